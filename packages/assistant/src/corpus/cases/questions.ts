// Questions and views: what is due, overdue, tagged, searched; nothing changes.
import { unchanged, says, lists, STANDARD } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const QUESTIONS_CASES: PhraseCase[] = [
  // ---- questions ----
  { seed: STANDARD, say: "what's due today?", check: lists(['Buy groceries'], ['Dentist appointment', 'Pay rent']) },
  { seed: STANDARD, say: 'what do I have tomorrow', check: lists(['Dentist appointment'], ['Buy groceries']) },
  { seed: STANDARD, say: "what's overdue?", check: lists(['Finish report'], ['Buy groceries', 'Dentist appointment']) },
  { seed: STANDARD, say: 'show my high priority tasks', check: lists(['Finish report', 'Pay rent'], ['Call plumber', 'Buy groceries']) },
  { seed: STANDARD, say: 'show my shopping tasks', check: lists(['Buy groceries', 'Buy birthday gift'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'list all my tasks', check: lists(['Buy groceries', 'Dentist appointment', 'Finish report', 'Call plumber', 'Buy birthday gift', 'Pay rent', 'Old task']) },
  { seed: STANDARD, say: 'how many tasks do I have?', check: says(/You have 6 pending tasks/, unchanged) },
  { seed: STANDARD, say: 'what have I completed?', check: lists(['Old task'], ['Buy groceries']) },
  { seed: STANDARD, say: "what's due this week?", check: lists(['Buy groceries', 'Dentist appointment', 'Buy birthday gift'], ['Pay rent']) },
  { seed: STANDARD, say: 'anything due next week?', check: lists(['Pay rent'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'find the dentist', check: lists(['Dentist appointment'], ['Buy groceries']) },
  { seed: STANDARD, say: 'show tasks tagged work', check: lists(['Finish report'], ['Buy groceries', 'Pay rent']) },
  { seed: STANDARD, say: 'do I have anything about rent?', check: lists(['Pay rent'], ['Buy groceries']) },
  { seed: STANDARD, say: "what's on my plate today?", check: lists(['Buy groceries'], ['Dentist appointment']) },
  { seed: STANDARD, say: 'show me low priority tasks', check: lists(['Call plumber'], ['Finish report']) },
  { seed: STANDARD, say: "what's next?", check: says(/1\. Finish report/, unchanged) },
  { seed: STANDARD, say: 'Which tasks are due on Saturday?', check: lists(['Buy birthday gift'], ['Buy groceries']) },
  { seed: STANDARD, say: 'any urgent stuff?', check: lists(['Finish report', 'Pay rent'], ['Call plumber']) },
];
