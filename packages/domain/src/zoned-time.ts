// Wall-clock time in an IANA zone ↔ UTC instants: the one time-zone module (Temporal polyfill), DST gaps and overlaps resolved explicitly.
import { Temporal } from 'temporal-polyfill';

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/**
 * How a wall-clock time that a DST change skips (gap) or shows twice (overlap) becomes one instant (Temporal's option).
 * 'compatible', the default everywhere: a skipped time moves forward by the gap (New York 2026-03-08 02:30 → 03:30 EDT),
 * a repeated time takes the earlier reading (2026-11-01 01:30 → 01:30 EDT), as RFC 5545 and a wall clock do.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

function zoned(instantMs: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instantMs).toZonedDateTimeISO(timeZone);
}

/** The wall clock shown in `timeZone` at `instant` (weekday 0 = Sunday, as Date.getUTCDay). */
export function wallClockAt(instant: Date, timeZone: string): Required<WallClock> & { weekday: number } {
  const z = zoned(instant.getTime(), timeZone);
  return { year: z.year, month: z.month, day: z.day, hour: z.hour, minute: z.minute, second: z.second, weekday: z.dayOfWeek % 7 };
}

/** Minutes the zone is ahead of UTC at `instant` (Karachi: +300, New York in winter: −300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(zoned(instant.getTime(), timeZone).offsetNanoseconds / 60e9);
}

/**
 * The UTC instant at which `timeZone` shows `wall`. Fields past their range roll over as in Date.UTC (day 32, hour 24),
 * so callers can add to a field; a gap or overlap is resolved by `disambiguation`.
 */
export function instantOf(wall: WallClock, timeZone: string, disambiguation: Disambiguation = 'compatible'): Date {
  const floating = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0));
  return fromFloating(floating, timeZone, disambiguation);
}

/** Adds whole days to a calendar date (month/year roll over). */
export function addDays<W extends WallClock>(wall: W, days: number): W {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** [start, end] instants of the local calendar day `wall` falls on (a day that starts in a gap starts when it begins). */
export function dayBounds(wall: WallClock, timeZone: string): { from: Date; to: Date } {
  const from = instantOf({ ...wall, hour: 0, minute: 0, second: 0 }, timeZone);
  const next = instantOf({ ...addDays(wall, 1), hour: 0, minute: 0, second: 0 }, timeZone);
  return { from, to: new Date(next.getTime() - 1) };
}

/**
 * The instant as a "floating" date: a Date whose UTC fields hold the wall clock in `timeZone` (what rrule expands on),
 * milliseconds kept.
 */
export function toFloating(instant: Date, timeZone: string): Date {
  const w = wallClockAt(instant, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, instant.getUTCMilliseconds()));
}

/** The instant at which the clock in `timeZone` shows the floating date `floating` (its UTC fields). */
export function fromFloating(floating: Date, timeZone: string, disambiguation: Disambiguation = 'compatible'): Date {
  const local = Temporal.PlainDateTime.from({
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
    millisecond: floating.getUTCMilliseconds(),
  });
  return new Date(local.toZonedDateTime(timeZone, { disambiguation }).epochMilliseconds);
}
