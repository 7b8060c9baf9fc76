// Typed chat in the styles of real to-do app users (#11 point 7, session 17): lowercase, typos, emoji, slang, terse
// notes, questions, bulk edits, tag edits, renames, priority verbs, undo. Written before the round of fixes they drove
// (most already passed; the misses were fixed by general rules: vocabulary, span finders, resolution).
// Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const MINE: Seed[] = [
  { title: 'Call the carpenter', due: '2026-11-25 15:00' },
  { title: 'Finish quarterly report', due: '2026-11-26 17:00', tags: ['work'], priority: 'high' },
  { title: 'Pay rent', due: '2026-12-01 09:00' },
  { title: 'Buy milk', tags: ['groceries'] },
  { title: 'Eggs', tags: ['groceries'] },
  { title: 'Dentist appointment', due: '2026-11-27 10:00' },
  { title: 'Email Sarah about the invoice', due: '2026-11-25 11:00', tags: ['work'] },
  { title: 'Book flights to Lisbon' },
  { title: 'Team standup', due: '2026-11-24 09:30', tags: ['work'] },
  { title: 'Water the plants', completed: true },
];

/** Nothing added, deleted or changed, whatever the reply (small talk, moods, questions). */
const nothing = (o: Outcome) => unchanged(o);

/** Only that task changed: the rest are as seeded. */
function onlyChanged(title: string): (o: Outcome) => void {
  return (o) => {
    const before = o.seeded.find((t) => t.title === title);
    const others = (list: typeof o.tasks) => list.filter((t) => t.id !== before?.id).map((t) => [t.id, t.title, t.status, t.dueAt, t.priority, t.tags.join(',')]);
    assert.deepEqual(others(o.tasks), others(o.seeded), 'other tasks unchanged');
  };
}

export const TYPED_CASES: PhraseCase[] = [
  // ---- terse adds ----
  { seed: MINE, say: 'milk tmrw', check: added('Milk', { due: '2026-11-26' }) },
  { seed: MINE, say: 'remind me to call mom at 7pm 🙏', check: added('Call mom', { due: '2026-11-25 19:00' }) },
  { seed: MINE, say: 'add get gas #car', check: added('Get gas', { tags: ['car'] }) },
  { seed: MINE, say: 'gym mon wed fri 7am', check: added('Gym', { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { seed: MINE, say: 'add buy birthday card for jess fri', check: added('Buy birthday card for jess', { due: '2026-11-27' }) },
  { seed: MINE, say: 'high prio: fix the leaking tap', check: added('Fix the leaking tap', { priority: 'high' }) },
  { seed: MINE, say: 'add: pick up dry cleaning sat 10am', check: added('Pick up dry cleaning', { due: '2026-11-28 10:00' }) },
  { seed: MINE, say: 'schedule a call w/ tom next tues 2pm', check: added('Call with tom', { due: '2026-12-01 14:00' }) },
  { seed: MINE, say: 'gym every thurs 6pm', check: added('Gym', { due: '2026-11-26 18:00', rule: 'FREQ=WEEKLY;BYDAY=TH' }) },
  { seed: MINE, say: 'Tomorrow i need to pick up the kids at 3', check: added('Pick up the kids', { due: '2026-11-26 15:00' }) },
  { seed: MINE, say: "tonight, don't forget to call mom", check: added('Call mom', { due: '2026-11-25' }) },
  // A last word that is a tag the user has is that list; one that is not stays in the title.
  { seed: MINE, say: 'add bread to groceries', check: added('Bread', { tags: ['groceries'] }) },
  { seed: MINE, say: 'add cheese to my grocery', check: added('Cheese', { tags: ['groceries'] }) },
  { seed: MINE, say: 'add talk to sarah', check: added('Talk to sarah', { tags: [] }) },
  { seed: MINE, say: 'add send slides to the team', check: added('Send slides to the team', { tags: [] }) },
  { seed: MINE, say: 'pay electric bill on the 15th every month', check: added('Pay electric bill', { due: '2026-12-15' }) },
  { seed: MINE, say: 'doctor appt dec 3 @ 4:30pm', check: added('Doctor appt', { due: '2026-12-03 16:30' }) },
  // ---- questions only read ----
  { seed: MINE, say: 'anything due this week?', check: lists(['Call the carpenter', 'Dentist appointment'], ['Pay rent']) },
  { seed: MINE, say: 'whats on for 2day', check: lists(['Call the carpenter', 'Email Sarah about the invoice'], ['Dentist appointment']) },
  { seed: MINE, say: 'how many tasks do i have tagged work', check: says(/^You have 3 pending tasks tagged work/, nothing) },
  { seed: MINE, say: 'show overdue', check: lists(['Team standup'], ['Pay rent']) },
  { seed: MINE, say: 'anything overdue??', check: lists(['Team standup'], ['Pay rent']) },
  { seed: MINE, say: 'whats due tmrw', check: lists(['Finish quarterly report'], ['Dentist appointment']) },
  { seed: MINE, say: 'whats my plate look like tomorrow', check: lists(['Finish quarterly report'], ['Dentist appointment']) },
  { seed: MINE, say: 'what did i get done this week', check: lists(['Water the plants'], ['Pay rent']) },
  { seed: MINE, say: 'any work stuff today', check: lists(['Email Sarah about the invoice'], ['Finish quarterly report']) },
  { seed: MINE, say: "what's tagged groceries", check: lists(['Buy milk', 'Eggs'], ['Pay rent']) },
  { seed: MINE, say: 'list high priority stuff', check: lists(['Finish quarterly report'], ['Pay rent']) },
  { seed: MINE, say: 'is the report done?', check: says(/report/i, nothing) },
  // ---- small talk and moods never act ----
  { seed: MINE, say: 'ugh so much to do lol', check: nothing },
  { seed: MINE, say: "i'm so stressed about the report", check: says(/^(?!Mark|Marked|Added|Deleted)/, nothing) },
  { seed: MINE, say: 'i was so tired today', check: says(/^(?!Which one|Mark|Added)/, nothing) },
  { seed: MINE, say: 'wish me luck on the dentist tomorrow', check: says(/^(?!Added|You already have)/, nothing) },
  { seed: MINE, say: 'r u there', check: says(/^I'm doing well/, nothing) },
  { seed: MINE, say: 'hmm', check: says(/^Got it/, nothing) },
  { seed: MINE, say: 'lol nvm', check: says(/^OK — I won't do anything/, nothing) },
  { seed: MINE, say: 'my phone died', check: says(/^(?!Marked|Added)/, nothing) },
  // ---- completion: verbs, slang, emoji, a past tense after its object ----
  { seed: MINE, say: 'done with the carpenter call', check: statuses({ 'Call the carpenter': 'completed', 'Pay rent': 'pending' }) },
  { seed: MINE, say: 'finished the report 🎉', check: statuses({ 'Finish quarterly report': 'completed' }) },
  { seed: MINE, say: '✅ call the carpenter', check: statuses({ 'Call the carpenter': 'completed' }) },
  { seed: MINE, say: 'carpenter called', check: statuses({ 'Call the carpenter': 'completed', 'Email Sarah about the invoice': 'pending' }) },
  { seed: MINE, say: 'i did the standup already', check: statuses({ 'Team standup': 'completed' }) },
  { seed: MINE, say: 'ticked off the standup', check: statuses({ 'Team standup': 'completed' }) },
  { seed: MINE, say: 'mark milk and eggs as bought', check: statuses({ 'Buy milk': 'completed', Eggs: 'completed', 'Pay rent': 'pending' }) },
  { seed: MINE, say: "mark all of today's done", check: says(/^Mark as done these 2 tasks\?[\s\S]*Email Sarah[\s\S]*Call the carpenter[\s\S]*\(yes \/ no\)$/, nothing) },
  { seed: MINE, say: ["mark all of today's done", 'yes', 'undo'], check: nothing },
  // ---- deletes: abbreviations, bulk asked ----
  { seed: MINE, say: 'del the eggs', check: gone('Eggs') },
  { seed: MINE, say: 'rm buy milk', check: gone('Buy milk') },
  { seed: MINE, say: 'delete everything', check: says(/^Delete these 10 tasks\?/, nothing) },
  { seed: MINE, say: ['delete the eggs', 'undo'], check: (o) => has(o, 'Eggs', { tags: ['groceries'] }) },
  // ---- moves, priorities, tags, renames, repeats ----
  { seed: MINE, say: 'can u push the report to friday', check: changed('Finish quarterly report', { due: '2026-11-27 17:00' }) },
  { seed: MINE, say: 'dentist moved to monday 3pm', check: changed('Dentist appointment', { due: '2026-11-30 15:00' }) },
  { seed: MINE, say: 'push all of today\'s tasks to friday', check: (o) => {
      changed('Call the carpenter', { due: '2026-11-27 15:00' })(o);
      has(o, 'Team standup', { due: '2026-11-24' });
      has(o, 'Finish quarterly report', { due: '2026-11-26' });
    } },
  { seed: MINE, say: 'sarah email can wait till monday', check: changed('Email Sarah about the invoice', { due: '2026-11-30' }) },
  { seed: MINE, say: "i can't make the dentist friday, put it on monday instead", check: changed('Dentist appointment', { due: '2026-11-30' }) },
  { seed: MINE, say: 'bump up the dentist', check: changed('Dentist appointment', { priority: 'high' }) },
  { seed: MINE, say: 'deprioritise the flights', check: changed('Book flights to Lisbon', { priority: 'low' }) },
  { seed: MINE, say: 'the report isnt urgent anymore', check: changed('Finish quarterly report', { priority: 'low' }) },
  { seed: MINE, say: 'tag flights as travel', check: changed('Book flights to Lisbon', { tags: ['travel'] }) },
  { seed: MINE, say: 'retag the report as personal', check: (o) => { changed('Finish quarterly report', { tags: ['personal'] })(o); onlyChanged('Finish quarterly report')(o); } },
  { seed: MINE, say: 'remove the work tag from the standup', check: (o) => { changed('Team standup', { tags: [], status: 'pending' })(o); onlyChanged('Team standup')(o); } },
  { seed: MINE, say: 'untag the report', check: changed('Finish quarterly report', { tags: [] }) },
  { seed: MINE, say: ["rename the dentist one to 'dentist checkup'"], check: changed('Dentist checkup', { due: '2026-11-27 10:00' }) },
  { seed: MINE, say: "call the report 'Q4 report' from now on", check: changed('Q4 report', { priority: 'high' }) },
  { seed: MINE, say: 'set rent to repeat monthly', check: changed('Pay rent', { rule: 'FREQ=MONTHLY' }) },
  { seed: MINE, say: ['tag the report with urgent', 'undo'], check: nothing },
  // ---- second round: feelings, fillers, statements that edit, shorthand ----
  { seed: MINE, say: 'so excited for friday!!', check: says(/^(?!Mark|Added)/, nothing) },
  { seed: MINE, say: 'monday again 🙄', check: says(/^(?!Added)/, nothing) },
  { seed: MINE, say: 'tasks without a date', check: lists(['Book flights to Lisbon', 'Eggs'], ['Pay rent']) },
  { seed: MINE, say: 'did i already add the dentist?', check: lists(['Dentist appointment'], ['Pay rent']) },
  { seed: MINE, say: 'the report deadline is now friday', check: changed('Finish quarterly report', { due: '2026-11-27 17:00' }) },
  { seed: MINE, say: 'bring the dentist forward to thursday', check: changed('Dentist appointment', { due: '2026-11-26 10:00' }) },
  { seed: MINE, say: 'get haircut sometime next week', check: added('Get haircut', { due: '2026-12' }) },
  { seed: MINE, say: 'pls add ring the vet 2moro 10ish', check: added('Ring the vet', { due: '2026-11-26 10:00' }) },
  { seed: MINE, say: 'remind me 2 call dad on sun', check: added('Call dad', { due: '2026-11-29' }) },
  { seed: MINE, say: 'eggs aren\'t needed', check: gone('Eggs') },
  { seed: MINE, say: 'the dentist is at 11 not 10', check: changed('Dentist appointment', { due: '2026-11-27 11:00' }) },
  { seed: MINE, say: 'snooze the carpenter call 1 hour', check: changed('Call the carpenter', { due: '2026-11-25 16:00' }) },
  { seed: MINE, say: ['show overdue', 'mark it done'], check: statuses({ 'Team standup': 'completed', 'Pay rent': 'pending' }) },
  { seed: MINE, say: ['add call bank', 'actually make that tomorrow'], check: (o) => has(o, 'Call bank', { due: '2026-11-26' }) },
  // A tag taken off "everything" touches only the tasks that have it (asked: several).
  { seed: MINE, say: 'take the work tag off everything', check: says(/^Change these 3 tasks\?[\s\S]*Team standup[\s\S]*Finish quarterly report/, nothing) },
  { seed: MINE, say: ['take the work tag off everything', 'yes'], check: (o) => { has(o, 'Team standup', { tags: [] }); has(o, 'Buy milk', { tags: ['groceries'] }); } },
  { seed: MINE, say: 'eggs - done', check: statuses({ Eggs: 'completed', 'Buy milk': 'pending' }) },
  { seed: MINE, say: 'remove the one at 3', check: says(/^Delete "Call the carpenter"/, nothing) },
];
