// Contradictions in an RRULE found by arithmetic, before any expansion: the common never-occurring rules (February 30,
// the 31st of a 30-day month, a BYSETPOS past the candidates of a day) are refused in microseconds instead of a probe.
import type { Options } from 'rrule';
import { RRule } from './bounded-rule.js';

/** Most days a month can have (February counts 29). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const list = (value: number | number[] | null | undefined): number[] => (value === null || value === undefined ? [] : ([] as number[]).concat(value));

/** The clashing parts (e.g. "BYMONTH=2 with BYMONTHDAY=30"), or null when arithmetic finds no clash. */
export function findRuleClash(options: Partial<Options>): string | null {
  return monthDayClash(options) ?? setPositionClash(options);
}

function monthDayClash(options: Partial<Options>): string | null {
  const days = list(options.bymonthday as number | number[] | null | undefined);
  if (days.length === 0) return null;
  const months = list(options.bymonth);
  const candidates = months.length > 0 ? months : MONTH_DAYS.map((_, index) => index + 1);
  const fits = candidates.some((month) => days.some((day) => Math.abs(day) <= MONTH_DAYS[month - 1]!));
  if (fits) return null;
  return `BYMONTH=${months.join(',')} with BYMONTHDAY=${days.join(',')}`;
}

/** DAILY and HOURLY periods hold a fixed number of candidates (their times); a BYSETPOS beyond it never selects one. */
function setPositionClash(options: Partial<Options>): string | null {
  const positions = list(options.bysetpos);
  if (positions.length === 0 || (options.freq !== RRule.DAILY && options.freq !== RRule.HOURLY)) return null;
  const size = (value: number | number[] | null | undefined) => Math.max(1, list(value).length);
  const hours = options.freq === RRule.DAILY ? size(options.byhour) : 1;
  const perPeriod = hours * size(options.byminute) * size(options.bysecond);
  if (positions.some((position) => Math.abs(position) <= perPeriod)) return null;
  return `BYSETPOS=${positions.join(',')} (a FREQ=${options.freq === RRule.DAILY ? 'DAILY' : 'HOURLY'} period has ${perPeriod} candidate${perPeriod === 1 ? '' : 's'})`;
}
