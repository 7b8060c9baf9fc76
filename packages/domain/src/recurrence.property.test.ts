// Property test: thousands of generated RRULEs, time zones and due dates through validation and a series of next occurrences.
// Every accepted rule answers within its period budget (counted, not timed), each next occurrence is later than the one
// before, COUNT bounds the number of tasks and UNTIL the last due date.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InvalidError } from './errors.js';
import { normaliseRule } from './recurrence.js';
import { RECURRENCE_PERIOD_BUDGET, RRule, RecurrenceBudgetError } from './bounded-rule.js';
import { planNextOccurrence } from './next-occurrence.js';
import { toFloating } from './zoned-time.js';

const ZONES = ['UTC', 'Asia/Karachi', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'America/St_Johns'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const YEAR_MS = 365.25 * 24 * 3600 * 1000;

const intList = (min: number, max: number, negative = false) =>
  fc
    .uniqueArray(fc.integer({ min, max }).chain((n) => (negative && n > 0 ? fc.constantFrom(n, -n) : fc.constant(n))), { minLength: 1, maxLength: 3 })
    .map((values) => values.join(','));

/** A part present in about `percent` % of rules: real rules have a few parts, and each probe of a long one costs its budget. */
const part = (name: string, value: fc.Arbitrary<string>, percent = 25) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 100 - percent }, { arbitrary: value.map((v) => `${name}=${v}`), weight: percent });

const ruleArb = fc
  .record({
    freq: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'),
    interval: part('INTERVAL', fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1000 })).map(String)),
    end: fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 1, max: 6 }).map((n) => `COUNT=${n}`),
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => `UNTIL=${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`),
    ),
    bymonth: part('BYMONTH', intList(1, 12)),
    bymonthday: part('BYMONTHDAY', intList(1, 31, true)),
    byyearday: part('BYYEARDAY', intList(1, 366, true), 8),
    byweekno: part('BYWEEKNO', intList(1, 53, true), 8),
    byday: part('BYDAY', fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }).map((d) => d.join(','))),
    byhour: part('BYHOUR', intList(0, 23)),
    byminute: part('BYMINUTE', intList(0, 59)),
    bysetpos: part('BYSETPOS', intList(1, 5, true), 10),
  })
  .map(({ freq, ...parts }) => [`FREQ=${freq}`, ...Object.values(parts).filter((p): p is string => p !== undefined)].join(';'));

const caseArb = fc.record({
  rule: ruleArb,
  timezone: fc.constantFrom(...ZONES),
  dueAt: fc.option(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), { nil: null, freq: 10 }),
  completedAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
});

describe('recurrence under generated rules', () => {
  it('validates or refuses every rule, and a series of an accepted one stays within budget, ordered, and within COUNT/UNTIL', () => {
    const tally = { refused: 0, accepted: 0, overBudget: 0, steps: 0 };
    fc.assert(
      fc.property(caseArb, ({ rule, timezone, dueAt, completedAt }) => {
        let normalised: string;
        try {
          normalised = normaliseRule(rule).rule;
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidError);
          tally.refused += 1;
          return;
        }
        tally.accepted += 1;
        const freq = RRule.parseString(normalised).freq!;
        const budget = RECURRENCE_PERIOD_BUDGET[freq]!;
        const count = Number(/COUNT=(\d+)/.exec(normalised)?.[1] ?? Infinity);
        const until = /UNTIL=(\d{8}T\d{6}Z)/.exec(normalised)?.[1];
        const untilAt = until ? Date.parse(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}Z`) : Infinity;
        let current = { rule: normalised, dueAt: dueAt?.toISOString() ?? null, completedAt: completedAt.toISOString() };
        let tasks = 1;
        for (let step = 0; step < 3; step += 1) {
          let plan;
          try {
            plan = planNextOccurrence({ ...current, remindAt: null, timezone });
          } catch (error) {
            expect(error).toBeInstanceOf(RecurrenceBudgetError);
            expect((error as RecurrenceBudgetError).periods).toBeLessThanOrEqual(budget);
            tally.overBudget += 1;
            return;
          }
          tally.steps += 1;
          expect(plan.periods).toBeLessThanOrEqual(budget);
          const next = plan.occurrence;
          if (!next) {
            if (Number.isFinite(count)) expect(tasks <= count).toBe(true);
            return;
          }
          tasks += 1;
          const previous = Math.max(current.dueAt ? Date.parse(current.dueAt) : 0, Date.parse(current.completedAt));
          expect(Date.parse(next.dueAt)).toBeGreaterThan(previous);
          expect(tasks).toBeLessThanOrEqual(count);
          // UNTIL holds on the owner's wall clock; a time skipped by a DST gap moves up to an hour later.
          if (Number.isFinite(untilAt)) expect(toFloating(new Date(next.dueAt), timezone).getTime() - 3600_000).toBeLessThanOrEqual(toFloating(new Date(untilAt), timezone).getTime());
          expect(normaliseRule(next.rule).rule).toBe(next.rule);
          current = { rule: next.rule, dueAt: next.dueAt, completedAt: new Date(Date.parse(next.dueAt) + (step % 2) * YEAR_MS).toISOString() };
        }
      }),
      { numRuns: 2000, seed: 20261202 },
    );
    // Most generated rules are accepted; an accepted rule rarely misses its budget (left to the dead-letter path).
    expect(tally.accepted).toBeGreaterThan(1000);
    expect(tally.overBudget).toBeLessThan(tally.accepted * 0.02);
    console.info('recurrence property tally', tally);
  }, 600_000);
});
