// Reads a new task out of free text: title, due date, priority, tags, recurrence, reminder. Date words never stay in the title.
import type { Priority, Recurrence } from '@todo/domain';
import { findPriority, findReminder, findTags, type ReminderPhrase } from './attributes.js';
import { DEFAULT_HOUR, findDate, firstOccurrence, nextAfterNow, resolveDate, type FoundDate, type ParseContext } from './due-date.js';
import { findCommandFrame, frameNoun } from './command-frame.js';
import { blank, cutPhrase, squeeze } from './phrase-cut.js';
import { findRecurrence, type RecurrencePhrase } from './recurrence-phrase.js';
import { FROM_NOW_ON, WEEKDAY_PATTERN } from './vocabulary.js';
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

export type SpanKind = 'quote' | 'description' | 'reminder' | 'recurrence' | 'priority' | 'tag' | 'filler' | 'date' | 'frame';

/** One phrase of the message and what it was read as; positions are in the text given to `readTaskSpans`. */
export interface TaskSpan {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
}

export interface TaskReading {
  spans: TaskSpan[];
  quotedTitle?: string;
  description?: string;
  reminder?: ReminderPhrase;
  recurrence?: RecurrencePhrase;
  priority?: Priority;
  tags: string[];
  date?: FoundDate;
  /** "every friday at 4pm starting next week": the day a series starts, said apart from its time. */
  seriesStart?: FoundDate;
}

const QUOTED = /["“”']([^"“”]{2,200}?)["“”'](?=\s|$|[,.!?])/;
const DESCRIPTION = /(?:\s*[-,;.]?\s*|\s+)\b(?:with (?:a )?)?(?:notes?|description|details?)\s*[:=]\s*(.+)$/i;
// "to my calendar", "on my to-do list": where the user keeps the task, not part of it (a named list is a tag: see findTags).
const LIST_FILLER =
  /\b(?:to|on|onto) (?:it|that)\s*$|\b(?:to|on|in|into|onto|for|from) (?:(?:my|the|our)(?: (?:own|family|personal|shared|main|google|outlook|work|daily))? (?:calendar|agenda|schedule|diary|planner|to-?do(?: list)?|to do list|todo(?: list)?|task list|tasks|list|reminders)|(?:calendar|agenda|diary|to-?do list|to do list|todo list))\b(?: of (?:things|stuff|items) to (?:buy|get|do|pick up))?/i;

/**
 * Reads every phrase of a new task at once. Each finder reads the whole message with the phrases already claimed blanked
 * out (same length, so positions hold and no words join across a gap); the title is what no finder claimed.
 */
export function readTaskSpans(text: string, ctx: ParseContext): TaskReading {
  const spans: TaskSpan[] = [];
  let masked = text;
  const claim = (kind: SpanKind, parts: Array<{ start: number; end: number }>) => {
    for (const { start, end } of parts) {
      if (end <= start) continue;
      spans.push({ kind, start, end, text: text.slice(start, end) });
      masked = blank(masked, start, end);
    }
  };
  const reading: TaskReading = { spans, tags: [] };
  const quoted = QUOTED.exec(masked);
  if (quoted && (quoted.index === 0 || /\s/.test(masked[quoted.index - 1] ?? ''))) {
    reading.quotedTitle = quoted[1]?.trim();
    claim('quote', [{ start: quoted.index, end: quoted.index + quoted[0].length }]);
  }
  const desc = DESCRIPTION.exec(masked);
  if (desc) {
    reading.description = desc[1]?.trim();
    claim('description', [{ start: desc.index, end: text.length }]);
  }
  const reminder = findReminder(masked);
  if (reminder) {
    reading.reminder = reminder;
    claim('reminder', reminder.spans);
  }
  const recurrence = findRecurrence(masked);
  if (recurrence) {
    reading.recurrence = recurrence;
    claim('recurrence', recurrence.spans);
    const start = findSeriesStart(masked, ctx);
    if (start) {
      reading.seriesStart = start;
      claim('date', start.spans);
    }
  }
  const priority = findPriority(masked);
  if (priority) {
    reading.priority = priority.priority;
    claim('priority', priority.spans);
  }
  const tags = findTags(masked);
  reading.tags = tags.tags;
  claim('tag', tags.spans);
  for (let filler = cutPhrase(masked, LIST_FILLER), i = 0; filler && i < 3; filler = cutPhrase(masked, LIST_FILLER), i += 1) {
    claim('filler', [{ start: filler.start, end: filler.end }]);
  }
  let date = findDate(masked, ctx);
  // "put monday meeting on my calendar every monday", "friday drinks every friday at 6pm": the repetition names the day,
  // so a lone weekday is the title's; a time said with it still counts.
  const repeated = date?.spans.find((span) => {
    const day = text.slice(span.start, span.end).trim().toLowerCase();
    return WEEKDAY_ONLY.test(day) && !!recurrence?.spans.some((r) => text.slice(r.start, r.end).toLowerCase().includes(day.slice(0, 3)));
  });
  if (repeated) date = findDate(blank(masked, repeated.start, repeated.end), ctx);
  if (date) {
    reading.date = date;
    claim('date', date.spans);
  }
  const lastKept = masked.trimEnd().length;
  claim('frame', findCommandFrame(masked, text.slice(lastKept).trim().length > 0));
  spans.sort((a, b) => a.start - b.start);
  return reading;
}

const SERIES_START = /\b(?:starting|beginning|commencing|from|as of)(?: on| from)?\s+(?=\S)/gi;

/** The day after "starting"/"from" in a repeating task, read on its own so that a time said elsewhere does not hide it. */
function findSeriesStart(masked: string, ctx: ParseContext): FoundDate | undefined {
  for (const lead of masked.matchAll(SERIES_START)) {
    const after = lead.index + lead[0].length;
    const found = findDate(blank(masked, 0, after), ctx);
    // Only a day said right after the word: "from home" or a date further on is not the start.
    if (!found?.hasDay || found.hasTime || found.exact || (found.spans[0]?.start ?? -1) !== after) continue;
    return { ...found, spans: [{ start: lead.index, end: after }, ...found.spans] };
  }
  return undefined;
}

const WEEKDAY_ONLY = new RegExp(`^(?:${WEEKDAY_PATTERN})$`, 'i');

// Words that led into a phrase that was claimed ("lunch with dale ⟨on⟩ friday", "buy milk ⟨by⟩ friday").
const CONNECTOR_BEFORE_SPAN =
  /(?:\s*(?:\b(?:due|by|on|at|for|in|from|starting(?: on| from)?|beginning|until|till|before|around|every|each|and|with|to|is|are|will be|which)\b|[,;:\-–—@]))+\s*$/i;

/** The message without its spans: a connector hanging before a removed span goes with it. */
export function unclaimedText(text: string, spans: TaskSpan[]): { text: string; cutAtEnd: boolean } {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) {
      at = Math.max(at, span.end);
      continue;
    }
    const piece = text.slice(at, span.start);
    // Only a connector between two kept words' worth of text is dropped; "add ⟨to my calendar⟩" keeps nothing odd either way.
    out += ` ${piece.replace(CONNECTOR_BEFORE_SPAN, '')} `;
    at = span.end;
  }
  const tail = text.slice(at);
  out += tail;
  return { text: squeeze(out.replace(/\(\s*\)|\[\s*\]/g, ' ')), cutAtEnd: tail.trim() === '' && spans.length > 0 };
}

/** Everything in `text` except the title; the title is what remains, cleaned. */
export function parseTaskDetails(text: string, ctx: ParseContext): TaskDraft {
  const reading = readTaskSpans(text, ctx);
  const rest = unclaimedText(text, reading.spans);
  const dueAt = computeDue(reading.date, reading.recurrence, ctx, text, reading.seriesStart);
  // "make a calendar entry for next saturday at 10am": nothing but the frame names it, so the frame's noun does.
  // A quoted title is kept as typed, but starts with a capital like every other ("print boarding passes"; "iPhone case" stays).
  const quoted = reading.quotedTitle && /^\p{Ll}\p{Ll}/u.test(reading.quotedTitle) ? reading.quotedTitle.charAt(0).toUpperCase() + reading.quotedTitle.slice(1) : reading.quotedTitle;
  const title = quoted ?? (cleanTitle(rest.text, { cutAtEnd: rest.cutAtEnd }) || reading.spans.filter((s) => s.kind === 'frame').map((s) => frameNoun(s.text)).find(Boolean) || '');
  const draft: TaskDraft = { title, tags: reading.tags, notes: [] };
  if (reading.description) draft.description = reading.description;
  if (dueAt) draft.dueAt = dueAt.toISOString();
  if (reading.priority) draft.priority = reading.priority;
  if (reading.recurrence) draft.recurrence = reading.recurrence.recurrence;
  if (reading.reminder) applyReminder(draft, reading.reminder, ctx);
  const unsaid = !reading.recurrence && UNREPEATABLE.exec(text);
  if (unsaid) draft.notes.push(`I can't repeat a task every ${unsaid[1]} minutes (every 5, 10, 15, 20 or 30 minutes, or by whole hours, I can), so it is set once.`);
  return draft;
}

// "every 45 minutes": a repetition the rule language cannot say (minutes that do not divide the hour).
const UNREPEATABLE = /\b(?:every|each) (\d+) min(?:ute)?s?\b/i;

/** "on march 21 2017" for a new task: a year already gone is a slip of the tongue; the day is taken in its next year. */
function withoutPastYear(found: FoundDate, ctx: ParseContext, text: string): FoundDate {
  const today = wallClockAt(ctx.now, ctx.timeZone);
  if (found.exact || found.wall.year >= today.year || !found.spans.some((s) => /\b(?:19|20)\d{2}\b/.test(text.slice(s.start, s.end)))) return found;
  const sameDay = { ...found.wall, year: today.year };
  const ahead = sameDay.month > today.month || (sameDay.month === today.month && sameDay.day >= today.day);
  return { ...found, wall: { ...sameDay, year: ahead ? today.year : today.year + 1 } };
}

function computeDue(found: FoundDate | undefined, recurrence: RecurrencePhrase | undefined, ctx: ParseContext, text: string, seriesStart?: FoundDate): Date | undefined {
  if (!recurrence) return found ? resolveDate(withoutPastYear(found, ctx, text), ctx) : undefined;
  const time = found?.hasTime ? { ...found.wall } : { hour: recurrence.hourHint ?? DEFAULT_HOUR, minute: 0 };
  // "every weekday at 8:45": a habit's bare hour is the daytime one, not the next one from now.
  if (found?.tonight) time.hour -= 12;
  // "every morning at 7:30": the repetition says which half of the day a bare hour is in (the date reader guessed pm).
  const said = found?.spans.map((s) => text.slice(s.start, s.end)).join(' ') ?? '';
  if (found?.hasTime && recurrence.hourHint !== undefined && recurrence.hourHint < 12 && time.hour >= 13 && time.hour <= 19 && !/\b(?:p\.?m\.?|afternoon|evening|tonight|night)\b|\dpm\b/i.test(said)) time.hour -= 12;
  // "every Monday starting next week": the series starts on the named day.
  const from = seriesStart?.wall ?? (found?.hasDay ? found.wall : undefined);
  // "every 30 minutes", "every 2 hours" with no start named: the first one comes round after now.
  if (/^FREQ=HOURLY/.test(recurrence.recurrence.rule) && !found && !seriesStart) return nextAfterNow(recurrence.recurrence.rule, ctx);
  return firstOccurrence(recurrence.recurrence.rule, time, ctx, from);
}

function applyReminder(draft: TaskDraft, reminder: ReminderPhrase, ctx: ParseContext): void {
  if (reminder.kind === 'at') {
    const at = findDate(reminder.phrase, ctx);
    if (!at) return;
    // "… set a reminder for tuesday at 3pm" with no other date: that is when it happens.
    if (!draft.dueAt) draft.dueAt = resolveDate(at, ctx).toISOString();
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

const LEADING_FILLER = /^(?:(?:to|that|:|-|—|a|an|the|new|task|todo|to-do|item|reminder|called|named|titled|for me|me)\b\s*:?\s*)+/i;
const TRAILING_POLITENESS = /(?:\s*(?:\b(?:please|pls|plz|thanks|thank you|thx|ty)\b|[,;:\-–—.!]|\p{Extended_Pictographic}|\uFE0F))+\s*$/iu;
// "yoga every monday from now on": when the repetition starts, never part of the task.
const STARTING_NOW = new RegExp(`\\s*\\b(?:${FROM_NOW_ON})\\b`, 'gi');
// Words that led into a date/priority/recurrence phrase that has been cut ("buy milk by ⟨friday⟩").
const TRAILING_CONNECTOR =
  /(?:\s*(?:\b(?:due|by|on|at|for|in|from|starting|until|till|before|after|every|each|and|with|to|the|this|next|of|around|about|starting on|beginning|it is|it's|this is|that's|which is|its|later|sometime)\b|[,;:\-–—.!@]))+\s*$/i;

/**
 * Strips fillers left around a title; connectors at the end ("buy milk by" → "Buy milk") only when a phrase was cut
 * after them, so "turn the heating on" keeps its last word.
 */
export function cleanTitle(text: string, options: { cutAtEnd?: boolean } = {}): string {
  // "p1: renew …", "low prio — …": the punctuation after a claimed marker leads nowhere.
  let title = squeeze(text).replace(/^[\s:;,.\-–—]+/, '').replace(LEADING_FILLER, '');
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
    .replace(STARTING_NOW, '')
    .replace(/\s+(?:,|and)\s+(?=,|$)/g, '')
    .replace(/[?!]+$/, '')
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
  return title.charAt(0).toUpperCase() + title.slice(1);
}
