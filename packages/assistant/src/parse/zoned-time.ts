// How the assistant reads zoned time: the domain's one time-zone module (DST gaps move ahead, overlaps take the earlier
// reading) and how an instant is written back to the user.
import { wallClockAt } from '@todo/domain';

export { addDays, dayBounds, instantOf, offsetMinutes, wallClockAt, type WallClock } from '@todo/domain';

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
