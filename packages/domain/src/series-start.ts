// A rule's start moved forward by whole periods to just before the instant asked about, so expansion never walks decades of
// periods (FREQ=HOURLY from a due date in 1900) and the budget is spent near the answer; the occurrences after it are unchanged.
import type { Options } from 'rrule';
import { RRule } from './bounded-rule.js';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
/** Periods of fixed length: a shift by whole intervals stays on the rule's lattice of instants. */
const FIXED_PERIOD_MS: Partial<Record<number, number>> = {
  [RRule.WEEKLY]: 7 * DAY,
  [RRule.DAILY]: DAY,
  [RRule.HOURLY]: HOUR,
  [RRule.MINUTELY]: 60 * SECOND,
  [RRule.SECONDLY]: SECOND,
};
/** Whole periods kept between the new start and the instant asked about, so the start's own period never cuts a candidate. */
const MARGIN_PERIODS = 2;

export interface SeriesStart {
  options: Partial<Options>;
  dtstart: Date;
}

const given = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** The parts rrule takes from DTSTART when the rule leaves them out (rrule's parseOptions), written out. */
function withStartDefaults(options: Partial<Options>, dtstart: Date): Partial<Options> {
  const out: Partial<Options> = { ...options };
  const dayGiven = [options.byweekno, options.byyearday, options.bymonthday, options.byweekday, options.byeaster].some(given);
  if (!dayGiven && options.freq === RRule.YEARLY) {
    if (!given(options.bymonth)) out.bymonth = dtstart.getUTCMonth() + 1;
    out.bymonthday = dtstart.getUTCDate();
  }
  if (!dayGiven && options.freq === RRule.MONTHLY) out.bymonthday = dtstart.getUTCDate();
  if (!given(options.byhour)) out.byhour = dtstart.getUTCHours();
  if (!given(options.byminute)) out.byminute = dtstart.getUTCMinutes();
  if (!given(options.bysecond)) out.bysecond = dtstart.getUTCSeconds();
  return out;
}

/**
 * An equivalent (options, dtstart) for the occurrences after `after` (floating dates): for fixed-length periods the start moves
 * by whole intervals; for MONTHLY/YEARLY it moves to the first day of a period on the same lattice, with the day and time parts
 * the original start implied written out. COUNT must already be out of `options` (it counts from the start).
 */
export function startNear(options: Partial<Options>, dtstart: Date, after: Date): SeriesStart {
  const interval = options.interval ?? 1;
  const fixed = FIXED_PERIOD_MS[options.freq ?? RRule.DAILY];
  if (fixed !== undefined) {
    const step = fixed * interval;
    const periods = Math.floor((after.getTime() - dtstart.getTime()) / step) - MARGIN_PERIODS;
    return periods > 0 ? { options, dtstart: new Date(dtstart.getTime() + periods * step) } : { options, dtstart };
  }
  const monthsPerPeriod = (options.freq === RRule.YEARLY ? 12 : 1) * interval;
  const monthsApart = (after.getUTCFullYear() - dtstart.getUTCFullYear()) * 12 + after.getUTCMonth() - dtstart.getUTCMonth();
  const periods = Math.floor(monthsApart / monthsPerPeriod) - MARGIN_PERIODS;
  if (periods <= 0) return { options, dtstart };
  const firstMonth = options.freq === RRule.YEARLY ? 0 : dtstart.getUTCMonth();
  const start = new Date(Date.UTC(dtstart.getUTCFullYear(), firstMonth + periods * monthsPerPeriod, 1, 0, 0, 0, dtstart.getUTCMilliseconds()));
  return { options: withStartDefaults(options, dtstart), dtstart: start };
}
