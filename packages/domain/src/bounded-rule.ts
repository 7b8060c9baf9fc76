// rrule expansion with a fixed work budget: rrule loops over empty periods without end (or until year 9999), so every call here is bounded.
import * as rruleModule from 'rrule';
import type { Options } from 'rrule';

// rrule ships CommonJS to Node (named exports live on `default`) and ESM to bundlers; accept both.
export const { RRule } = ('RRule' in rruleModule && rruleModule.RRule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default);

/** Periods rrule may step through per question, by FREQ (rrule's numbering: YEARLY 0 … HOURLY 4). About 11 years of days or
 *  hours (a Feb 29 rule needs ≤ 2 922 days), 400 years (one Gregorian cycle) of years; each costs ≤ ~100 ms on a busy core. */
export const RECURRENCE_PERIOD_BUDGET: readonly number[] = [400, 4800, 2100, 4000, 4000];

/** The rule did not reach an answer within the budget: it (practically) never occurs from this start. */
export class RecurrenceBudgetError extends Error {
  constructor(readonly periods: number) {
    super(`the rule has no occurrence within ${periods} periods of its start`);
    this.name = 'RecurrenceBudgetError';
  }
}

export interface BoundedAnswer {
  date: Date | null;
  /** Periods rrule stepped through (what the budget counts). */
  periods: number;
}

/**
 * The first occurrence strictly after `after` of `options` started at `dtstart` (floating wall-clock dates), stepping through at
 * most `share` × the FREQ's budget periods. rrule reads `options.interval` twice per period of its main loop, so a counting getter on the parsed
 * options is the one hook that bounds it without forking the library (rrule 2.8, pinned in package-lock.json).
 */
export function boundedAfter(options: Partial<Options>, dtstart: Date, after: Date, share = 1): BoundedAnswer {
  const rule = new RRule({ ...options, dtstart, tzid: null }, true);
  const budget = Math.max(1, Math.floor((RECURRENCE_PERIOD_BUDGET[rule.options.freq] ?? 4000) * share));
  const unreachable = unreachableHour(rule.options.freq, rule.options.interval, rule.options.byhour, dtstart.getUTCHours());
  if (unreachable) throw new RecurrenceBudgetError(0);
  const parsed = rule.options as { interval: number };
  const interval = parsed.interval;
  let reads = 0;
  Object.defineProperty(parsed, 'interval', {
    configurable: true,
    get() {
      reads += 1;
      if (reads > 2 * budget + 2) throw new RecurrenceBudgetError(budget);
      return interval;
    },
  });
  const date = rule.after(after, false);
  return { date, periods: Math.ceil(reads / 2) };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * FREQ=HOURLY steps the hour by INTERVAL, so from start hour h it only ever sees hours ≡ h (mod gcd(INTERVAL, 24)); rrule loops
 * forever (no year limit in that loop) when BYHOUR holds none of them. Returns true in exactly that case.
 */
export function unreachableHour(freq: number, interval: number, byhour: readonly number[] | null | undefined, startHour: number): boolean {
  if (freq !== RRule.HOURLY || !byhour || byhour.length === 0) return false;
  const step = gcd(interval, 24);
  return !byhour.some((hour) => hour % step === startHour % step);
}

/** The start hours from which FREQ=HOURLY;INTERVAL;BYHOUR can never occur (empty when every start hour works). */
export function unreachableStartHours(interval: number, byhour: readonly number[]): number[] {
  return Array.from({ length: 24 }, (_, hour) => hour).filter((hour) => unreachableHour(RRule.HOURLY, interval, byhour, hour));
}
