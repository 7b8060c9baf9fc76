// The intent registry: every rule of the grammar, tried by priority; `decide` names the rule that read a message and
// `explain` shows how (normalised text, the deciding rule, its slots and the task phrases it found).
import type { ParseContext } from '../../parse/due-date.js';
import { readTaskSpans, type TaskSpan } from '../../parse/task-details.js';
import { normaliseMessage, type Intent } from '../intent.js';
import { ADDING_RULES } from './adding.js';
import { COMPLETION_RULES } from './completion.js';
import { DELETION_RULES } from './deletion.js';
import { EDIT_RULES } from './edits.js';
import { PRIORITY_RULES } from './priority.js';
import { QUESTION_RULES } from './questions.js';
import { REMINDER_RULES } from './reminders.js';
import type { IntentRule } from './rule.js';
import { SCHEDULE_RULES } from './schedule.js';
import { SMALL_TALK_RULES } from './small-talk.js';
import { STATEMENT_RULES } from './statements.js';
import { TAG_RULES } from './tags.js';

/** Every rule, highest priority first (a stable sort: equal priorities keep their listed order). */
export const INTENT_RULES: readonly IntentRule[] = [
  ...SMALL_TALK_RULES,
  ...STATEMENT_RULES,
  ...ADDING_RULES,
  ...QUESTION_RULES,
  ...TAG_RULES,
  ...REMINDER_RULES,
  ...COMPLETION_RULES,
  ...SCHEDULE_RULES,
  ...PRIORITY_RULES,
  ...EDIT_RULES,
  ...DELETION_RULES,
].sort((a, b) => b.priority - a.priority);

export interface Decision {
  intent: Intent;
  /** The rule that decided; undefined when none did (the intent is then 'unknown'). */
  rule?: IntentRule;
  match?: RegExpExecArray;
}

function slotsOf(match: RegExpExecArray, text: string): Record<string, string> {
  const slots: Record<string, string> = { whole: text };
  for (const [key, value] of Object.entries(match.groups ?? {})) if (value !== undefined) slots[key] = value.trim();
  return slots;
}

/** The first rule (by priority) whose template matches the normalised text and whose builder accepts the slots. */
export function decide(text: string): Decision {
  const asked = /\?\s*$/.test(text);
  for (const rule of INTENT_RULES) {
    // "the report is done?", "got anything due saturday?": a question about a task never changes it.
    if (asked && rule.pattern.source.startsWith('^(?<target>')) continue;
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const intent = rule.build(slotsOf(match, text));
    if (intent) return { intent, rule, match };
  }
  return { intent: { kind: 'unknown', text } };
}

/** Classifies a normalised message. */
export function classify(text: string): Intent {
  return decide(text).intent;
}

export interface Explanation {
  message: string;
  normalised: string;
  rule: { id: string; priority: number; statement: boolean } | null;
  intent: Intent;
  /** The rule's named slots and where they sit in the normalised text. */
  slots: Array<{ name: string; start: number; end: number; text: string }>;
  /** For a new task: the phrases read out of its text (date, recurrence, tags…), positions in `taskText`. */
  taskText?: string;
  spans?: TaskSpan[];
}

/** A debug trace of how a message is read: which rule decided and which spans it saw. */
export function explain(message: string, ctx: ParseContext = { now: new Date(), timeZone: 'UTC' }): Explanation {
  const normalised = normaliseMessage(message);
  const { intent, rule } = decide(normalised);
  const slots: Explanation['slots'] = [];
  if (rule) {
    const indexed = new RegExp(rule.pattern.source, `${rule.pattern.flags}d`).exec(normalised);
    for (const [name, range] of Object.entries(indexed?.indices?.groups ?? {})) {
      if (range) slots.push({ name, start: range[0], end: range[1], text: normalised.slice(range[0], range[1]) });
    }
  }
  const explanation: Explanation = { message, normalised, rule: rule ? { id: rule.id, priority: rule.priority, statement: !!rule.statement } : null, intent, slots };
  if (intent.kind === 'add') {
    explanation.taskText = intent.text;
    explanation.spans = readTaskSpans(intent.text, ctx).spans;
  }
  return explanation;
}
