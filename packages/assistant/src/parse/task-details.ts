// Reads a new task out of free text: title, due date, priority, tags, recurrence, reminder. Date words never stay in the title.
import type { Priority, Recurrence } from '@todo/domain';
import { findPriority, findReminder, findTags, type ReminderPhrase } from './attributes.js';
import { DEFAULT_HOUR, findDate, firstOccurrence, resolveDate, type FoundDate, type ParseContext } from './due-date.js';
import { squeeze } from './phrase-cut.js';
import { findRecurrence } from './recurrence-phrase.js';
import { instantOf, wallClockAt } from './zoned-time.js';

export interface TaskDraft {
  title: string;
  description?: string;
  dueAt?: string;
  priority?: Priority;
  tags: string[];
  recurrence?: Recurrence;
  reminderMinutesBefore?: number;
  remindAt?: string;
  /** Things the user asked for that could not be done (shown in the reply). */
  notes: string[];
}

/** Everything in `text` except the title; the title is what remains, cleaned. */
export function parseTaskDetails(text: string, ctx: ParseContext): TaskDraft {
  const notes: string[] = [];
  let rest = text;
  let quotedTitle: string | undefined;
  const quoted = /["“”']([^"“”]{2,200}?)["“”'](?=\s|$|[,.!?])/.exec(rest);
  if (quoted && (quoted.index === 0 || /\s/.test(rest[quoted.index - 1] ?? ''))) {
    quotedTitle = quoted[1]?.trim();
    rest = squeeze(`${rest.slice(0, quoted.index)} ${rest.slice(quoted.index + quoted[0].length)}`);
  }
  let description: string | undefined;
  const desc = /(?:\s*[-,;.]?\s*|\s+)\b(?:with (?:a )?)?(?:notes?|description|details?)\s*[:=]\s*(.+)$/i.exec(rest);
  if (desc) {
    description = desc[1]?.trim();
    rest = rest.slice(0, desc.index);
  }

  const spoken = rest;
  const reminder = findReminder(rest);
  if (reminder) rest = reminder.rest;
  const recurrence = findRecurrence(rest);
  if (recurrence) rest = recurrence.rest;
  const priority = findPriority(rest);
  if (priority) rest = priority.rest;
  const tags = findTags(rest);
  rest = tags.rest;
  const found = findDate(rest, ctx);
  if (found) rest = found.rest;

  const dueAt = computeDue(found, recurrence, ctx);
  const draft: TaskDraft = { title: quotedTitle ?? cleanTitle(rest, { cutAtEnd: somethingCutAfter(spoken, rest) }), tags: tags.tags, notes };
  if (description) draft.description = description;
  if (dueAt) draft.dueAt = dueAt.toISOString();
  if (priority) draft.priority = priority.priority;
  if (recurrence) draft.recurrence = recurrence.recurrence;
  if (reminder) applyReminder(draft, reminder, ctx);
  return draft;
}

function computeDue(found: FoundDate | undefined, recurrence: ReturnType<typeof findRecurrence>, ctx: ParseContext): Date | undefined {
  if (!recurrence) return found ? resolveDate(found, ctx) : undefined;
  const time = found?.hasTime ? found.wall : { hour: recurrence.hourHint ?? DEFAULT_HOUR, minute: 0 };
  // "every Monday starting next week": the series starts on the named day.
  const from = found?.hasDay ? found.wall : undefined;
  if (/^FREQ=HOURLY/.test(recurrence.recurrence.rule) && !found) return undefined;
  return firstOccurrence(recurrence.recurrence.rule, time, ctx, from);
}

function applyReminder(draft: TaskDraft, reminder: ReminderPhrase, ctx: ParseContext): void {
  if (reminder.kind === 'at') {
    const at = findDate(reminder.phrase, ctx);
    if (!at) return;
    if (!at.hasDay && draft.dueAt) {
      const dueDay = wallClockAt(new Date(draft.dueAt), ctx.timeZone);
      draft.remindAt = instantOf({ ...dueDay, hour: at.wall.hour, minute: at.wall.minute }, ctx.timeZone).toISOString();
    } else {
      draft.remindAt = resolveDate(at, ctx).toISOString();
    }
    return;
  }
  if (!draft.dueAt) {
    if (reminder.kind === 'before') draft.notes.push('I did not set the reminder because the task has no due date.');
    return;
  }
  draft.reminderMinutesBefore = reminder.kind === 'before' ? reminder.minutes : 0;
}

const WORD = /[\p{L}\p{N}'’]+/gu;

/** Whether words of `spoken` were cut out after the last word left in `rest` (so a dangling "by"/"on" belonged to them). */
function somethingCutAfter(spoken: string, rest: string): boolean {
  const words = (text: string): string[] => text.replace(TRAILING_POLITENESS, '').toLowerCase().match(WORD) ?? [];
  const said = words(spoken);
  const kept = words(rest);
  let at = 0;
  for (const word of kept) {
    const found = said.indexOf(word, at);
    if (found < 0) return true;
    at = found + 1;
  }
  return at < said.length;
}

const LEADING_FILLER = /^(?:(?:to|that|:|-|—|a|an|new|task|todo|to-do|item|reminder|called|named|titled|for me|me)\b\s*:?\s*)+/i;
const TRAILING_POLITENESS = /(?:\s*(?:\b(?:please|pls|plz|thanks|thank you|thx|ty)\b|[,;:\-–—.!]|\p{Extended_Pictographic}|\uFE0F))+\s*$/iu;
// Words that led into a date/priority/recurrence phrase that has been cut ("buy milk by ⟨friday⟩").
const TRAILING_CONNECTOR =
  /(?:\s*(?:\b(?:due|by|on|at|for|in|from|starting|until|till|before|after|every|each|and|with|to|the|this|next|of|around|about|starting on|beginning|it is|it's|this is|that's|which is|its)\b|[,;:\-–—.!@]))+\s*$/i;

/**
 * Strips fillers left around a title; connectors at the end ("buy milk by" → "Buy milk") only when a phrase was cut
 * after them, so "turn the heating on" keeps its last word.
 */
export function cleanTitle(text: string, options: { cutAtEnd?: boolean } = {}): string {
  let title = squeeze(text).replace(LEADING_FILLER, '');
  let previous = '';
  while (previous !== title) {
    previous = title;
    title = title.replace(TRAILING_POLITENESS, '');
    if (options.cutAtEnd) title = title.replace(TRAILING_CONNECTOR, '');
    title = title.replace(LEADING_FILLER, '').trim();
  }
  title = title
    .replace(/\s*\b(?:to|on|onto|in|into) (?:my|the|our) (?:to-?do |task )?list\b/gi, '')
    .replace(/\s*\b(?:sometime|some time|at some point)\b/gi, '')
    .replace(/\s+(?:,|and)\s+(?=,|$)/g, '')
    .replace(/[?!]+$/, '')
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}
