// The next occurrence of a recurring task (docs/ARCHITECTURE.md, "Recurrence semantics"), expanded with rrule in the user's timezone.
import rrulePkg from 'rrule';
import { boundedAfter } from './bounded-rule.js';

const { RRule } = rrulePkg;

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
}

/**
 * The first occurrence strictly after the later of the previous dueAt and the completion time; the rule is anchored on
 * the previous dueAt (or on the completion time when there is none). remindAt keeps its offset before dueAt.
 * Null when the rule has no further occurrence (COUNT/UNTIL exhausted). Throws RecurrenceBudgetError when the rule finds no
 * occurrence within its fixed budget (a rule that never occurs from this start, e.g. after the owner changed timezone).
 */
export function nextOccurrence(input: OccurrenceInput): Occurrence | null {
  const completed = new Date(input.completedAt);
  const anchor = input.dueAt ? new Date(input.dueAt) : completed;
  const after = new Date(Math.max(anchor.getTime(), completed.getTime()));
  const options = RRule.parseString(input.rule.replace(/^RRULE:/i, ''));
  // rrule works on "floating" dates: UTC fields that stand for the wall clock in the user's zone.
  const nextWall = boundedAfter(options, toWallClock(anchor, input.timezone), toWallClock(after, input.timezone)).date;
  if (!nextWall) return null;
  const due = fromWallClock(nextWall, input.timezone);
  const remindAt =
    input.dueAt && input.remindAt ? new Date(due.getTime() - (Date.parse(input.dueAt) - Date.parse(input.remindAt))).toISOString() : null;
  return { dueAt: due.toISOString(), remindAt };
}

/** The instant's wall-clock time in `timezone`, as a Date whose UTC fields hold it (seconds precision). */
export function toWallClock(instant: Date, timezone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!, instant.getUTCMilliseconds()));
}

/**
 * The instant at which the clock in `timezone` shows `wall` (UTC fields). Ambiguous times (autumn fold) take the
 * earlier instant; times skipped by a spring-forward gap move forward by the gap, as a wall clock would.
 */
export function fromWallClock(wall: Date, timezone: string): Date {
  const offsetAt = (instant: number) => toWallClock(new Date(instant), timezone).getTime() - instant;
  const day = 24 * 60 * 60 * 1000;
  const before = wall.getTime() - offsetAt(wall.getTime() - day);
  const later = wall.getTime() - offsetAt(wall.getTime() + day);
  const exact = [before, later].filter((t) => toWallClock(new Date(t), timezone).getTime() === wall.getTime());
  return new Date(exact.length > 0 ? Math.min(...exact) : before);
}
