// Wall-clock time in an IANA zone ↔ UTC instants, using Intl only (no tz database of our own).

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock shown in `timeZone` at `instant`. */
export function wallClockAt(instant: Date, timeZone: string): WallClock & { second: number; weekday: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
  const weekday = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
  return { ...wall, weekday };
}

/** Minutes the zone is ahead of UTC at `instant` (Karachi: +300, New York in winter: −300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The UTC instant at which `timeZone` shows `wall` (the later reading wins in a DST gap or overlap). */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** Adds whole days to a calendar date (month/year roll over). */
export function addDays(wall: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** [start, end] instants of the local calendar day `wall` falls on. */
export function dayBounds(wall: WallClock, timeZone: string): { from: Date; to: Date } {
  const from = instantOf({ ...wall, hour: 0, minute: 0 }, timeZone);
  const next = instantOf({ ...addDays(wall, 1), hour: 0, minute: 0 }, timeZone);
  return { from, to: new Date(next.getTime() - 1) };
}

/** "Thu, Nov 26 at 5:00 PM" (year added when it differs from now's). */
export function describeInstant(iso: string, timeZone: string, now: Date): string {
  const date = new Date(iso);
  const sameYear = wallClockAt(date, timeZone).year === wallClockAt(now, timeZone).year;
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(date);
  return `${day} at ${time}`;
}
