// The next occurrence of a recurring task (docs/ARCHITECTURE.md, "Recurrence semantics"), expanded with rrule in the user's timezone.
import type { Options } from 'rrule';
import { RRule, boundedAfter } from './bounded-rule.js';
import { startNear } from './series-start.js';
import { fromFloating, toFloating } from './zoned-time.js';

export interface OccurrenceInput {
  /** The task's RRULE (normalised, without DTSTART). */
  rule: string;
  dueAt: string | null;
  remindAt: string | null;
  completedAt: string;
  /** IANA zone of the owner; the rule keeps wall-clock time there (09:00 stays 09:00 across DST). */
  timezone: string;
}

export interface Occurrence {
  dueAt: string;
  remindAt: string | null;
  /** The rule the next task carries: the same, with COUNT one less (COUNT counts the tasks of the series). */
  rule: string;
}

export interface OccurrencePlan {
  occurrence: Occurrence | null;
  /** Periods rrule stepped through to find it (bounded by RECURRENCE_PERIOD_BUDGET for the rule's FREQ). */
  periods: number;
}

/**
 * The first occurrence strictly after the later of the previous dueAt and the completion time; the rule is anchored on
 * the previous dueAt (or on the completion time when there is none). remindAt keeps its offset before dueAt.
 * Null when the series is over: COUNT counts the tasks of the series (this one included, occurrences passed while it was
 * open are skipped, not counted), UNTIL is an instant (UTC) checked in the owner's zone. Throws RecurrenceBudgetError when
 * the rule finds no occurrence within its fixed budget (a rule that never occurs from this start, e.g. after the owner
 * changed timezone).
 */
export function nextOccurrence(input: OccurrenceInput): Occurrence | null {
  return planNextOccurrence(input).occurrence;
}

export function planNextOccurrence(input: OccurrenceInput): OccurrencePlan {
  const completed = new Date(input.completedAt);
  const anchor = input.dueAt ? new Date(input.dueAt) : completed;
  const after = new Date(Math.max(anchor.getTime(), completed.getTime()));
  const rule = input.rule.replace(/^RRULE:/i, '');
  const options = RRule.parseString(rule);
  const count = options.count ?? null;
  if (count !== null && count <= 1) return { occurrence: null, periods: 0 };
  // rrule works on "floating" dates: UTC fields that stand for the wall clock in the user's zone.
  const afterWall = toFloating(after, input.timezone);
  const series = { ...options, count: null, until: untilWallClock(rule, options, input.timezone) };
  const near = startNear(series, toFloating(anchor, input.timezone), afterWall);
  const answer = boundedAfter(near.options, near.dtstart, afterWall);
  if (!answer.date) return { occurrence: null, periods: answer.periods };
  const due = fromFloating(answer.date, input.timezone);
  const remindAt =
    input.dueAt && input.remindAt ? new Date(due.getTime() - (Date.parse(input.dueAt) - Date.parse(input.remindAt))).toISOString() : null;
  const nextRule = count === null ? rule : rule.replace(/\bCOUNT=\d+/i, `COUNT=${count - 1}`);
  return { occurrence: { dueAt: due.toISOString(), remindAt, rule: nextRule }, periods: answer.periods };
}

/** UNTIL as a floating date: a UTC instant (…Z, what normalised rules hold) in the owner's zone; a bare date includes its day. */
function untilWallClock(rule: string, options: Partial<Options>, timezone: string): Date | null {
  if (!options.until) return null;
  const written = /\bUNTIL=(\d{8})(T\d{6}(Z)?)?/i.exec(rule);
  if (written?.[3]) return toFloating(options.until, timezone);
  if (written && !written[2]) return new Date(options.until.getTime() + 24 * 3600 * 1000 - 1000);
  return options.until;
}
