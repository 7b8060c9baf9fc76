import { describe, expect, it } from 'vitest';
import { nextOccurrence, planNextOccurrence } from './next-occurrence.js';
import { RecurrenceBudgetError } from './bounded-rule.js';

describe('nextOccurrence', () => {
  it('a daily 09:00 task in Asia/Karachi stays at 09:00 Karachi time', () => {
    // 09:00 PKT = 04:00Z
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-10T04:00:00.000Z', remindAt: null, completedAt: '2026-03-10T03:00:00.000Z', timezone: 'Asia/Karachi' });
    expect(next).toEqual({ dueAt: '2026-03-11T04:00:00.000Z', remindAt: null, rule: 'FREQ=DAILY' });
  });

  it('keeps 09:00 wall-clock time in America/New_York across the spring DST change', () => {
    // Sat 2026-03-07 09:00 EST = 14:00Z; DST starts Sun 2026-03-08, so 09:00 EDT = 13:00Z.
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-07T14:00:00.000Z', remindAt: '2026-03-07T13:45:00.000Z', completedAt: '2026-03-07T12:00:00.000Z', timezone: 'America/New_York' });
    expect(next).toEqual({ dueAt: '2026-03-08T13:00:00.000Z', remindAt: '2026-03-08T12:45:00.000Z', rule: 'FREQ=DAILY' });
  });

  it('keeps wall-clock time across the autumn DST change for a weekly rule', () => {
    // Mon 2026-10-26 18:00 EDT = 22:00Z; DST ends 2026-11-01, so Mon 2026-11-02 18:00 EST = 23:00Z.
    const next = nextOccurrence({ rule: 'FREQ=WEEKLY', dueAt: '2026-10-26T22:00:00.000Z', remindAt: null, completedAt: '2026-10-26T20:00:00.000Z', timezone: 'America/New_York' });
    expect(next?.dueAt).toBe('2026-11-02T23:00:00.000Z');
  });

  it('skips occurrences that passed before the task was completed late', () => {
    // due Mon 09:00 Karachi, completed Thu 10:00 Karachi → next is Fri 09:00.
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-09T04:00:00.000Z', remindAt: '2026-03-09T03:30:00.000Z', completedAt: '2026-03-12T05:00:00.000Z', timezone: 'Asia/Karachi' });
    expect(next).toEqual({ dueAt: '2026-03-13T04:00:00.000Z', remindAt: '2026-03-13T03:30:00.000Z', rule: 'FREQ=DAILY' });
  });

  it('weekdays skip the weekend in the user timezone', () => {
    // Fri 2026-03-13 09:00 Karachi → Mon 2026-03-16 09:00 Karachi.
    const next = nextOccurrence({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', dueAt: '2026-03-13T04:00:00.000Z', remindAt: null, completedAt: '2026-03-13T04:30:00.000Z', timezone: 'Asia/Karachi' });
    expect(next?.dueAt).toBe('2026-03-16T04:00:00.000Z');
  });

  it('a weekday rule follows the local date, not the UTC date', () => {
    // Mon 2026-03-09 02:00 in Karachi is still Sunday in UTC (21:00Z); the next Monday-only occurrence is 2026-03-16 02:00 PKT.
    const next = nextOccurrence({ rule: 'FREQ=WEEKLY;BYDAY=MO', dueAt: '2026-03-08T21:00:00.000Z', remindAt: null, completedAt: '2026-03-08T20:00:00.000Z', timezone: 'Asia/Karachi' });
    expect(next?.dueAt).toBe('2026-03-15T21:00:00.000Z');
  });

  it('without a dueAt the rule is anchored at the completion time', () => {
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: null, remindAt: null, completedAt: '2026-05-01T10:15:00.000Z', timezone: 'UTC' });
    expect(next).toEqual({ dueAt: '2026-05-02T10:15:00.000Z', remindAt: null, rule: 'FREQ=DAILY' });
  });

  it('monthly keeps the day of month; an exhausted UNTIL gives no next occurrence', () => {
    expect(nextOccurrence({ rule: 'FREQ=MONTHLY', dueAt: '2026-01-15T12:00:00.000Z', remindAt: null, completedAt: '2026-01-15T12:00:00.000Z', timezone: 'Europe/Berlin' })?.dueAt).toBe('2026-02-15T12:00:00.000Z');
    expect(nextOccurrence({ rule: 'FREQ=DAILY;UNTIL=20260116T000000Z', dueAt: '2026-01-15T12:00:00.000Z', remindAt: null, completedAt: '2026-01-15T12:00:00.000Z', timezone: 'UTC' })).toBeNull();
  });
});

describe('nextOccurrence within a fixed budget', () => {
  it('a stored rule whose BYHOUR the INTERVAL never reaches throws instead of looping forever', () => {
    expect(() =>
      nextOccurrence({ rule: 'FREQ=HOURLY;INTERVAL=24;BYHOUR=10', dueAt: '2030-01-01T09:00:00.000Z', remindAt: null, completedAt: '2030-01-01T09:00:00.000Z', timezone: 'UTC' }),
    ).toThrow(RecurrenceBudgetError);
  });

  it.each(['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=DAILY;BYSETPOS=366', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30'])('a stored rule that never occurs (%s) stops at the budget', (rule) => {
    expect(() => nextOccurrence({ rule, dueAt: '2030-01-01T09:00:00.000Z', remindAt: null, completedAt: '2030-01-01T09:00:00.000Z', timezone: 'UTC' })).toThrow(RecurrenceBudgetError);
  });
});

describe('nextOccurrence across a series', () => {
  const start = { remindAt: null, timezone: 'UTC' } as const;

  it('COUNT counts the tasks of the series: COUNT=2 gives one next task carrying COUNT=1, and that one none', () => {
    const second = nextOccurrence({ ...start, rule: 'FREQ=DAILY;COUNT=2', dueAt: '2026-03-01T09:00:00.000Z', completedAt: '2026-03-01T08:00:00.000Z' });
    expect(second).toEqual({ dueAt: '2026-03-02T09:00:00.000Z', remindAt: null, rule: 'FREQ=DAILY;COUNT=1' });
    expect(nextOccurrence({ ...start, rule: second!.rule, dueAt: second!.dueAt, completedAt: '2026-03-02T08:00:00.000Z' })).toBeNull();
  });

  it('UNTIL is an instant: 09:00 in Karachi (04:00Z) on the UNTIL day is in when UNTIL is 05:00Z, out when it is 03:00Z', () => {
    const input = { remindAt: null, timezone: 'Asia/Karachi', dueAt: '2026-01-15T04:00:00.000Z', completedAt: '2026-01-15T04:00:00.000Z' };
    expect(nextOccurrence({ ...input, rule: 'FREQ=DAILY;UNTIL=20260116T050000Z' })?.dueAt).toBe('2026-01-16T04:00:00.000Z');
    expect(nextOccurrence({ ...input, rule: 'FREQ=DAILY;UNTIL=20260116T030000Z' })).toBeNull();
  });

  it.each([
    ['FREQ=HOURLY;BYMINUTE=0,15,30,45;BYSECOND=0,30', '1900-01-01T00:00:00.000Z', '2026-06-01T10:07:00.000Z', '2026-06-01T10:15:00.000Z'],
    ['FREQ=HOURLY;INTERVAL=7', '1900-01-01T00:00:00.000Z', '2026-06-01T10:07:00.000Z', '2026-06-01T14:00:00.000Z'],
    ['FREQ=DAILY;BYHOUR=9', '1900-03-01T09:00:00.000Z', '2026-06-01T10:07:00.000Z', '2026-06-02T09:00:00.000Z'],
    ['FREQ=MONTHLY', '1900-01-31T09:00:00.000Z', '2026-06-01T10:07:00.000Z', '2026-07-31T09:00:00.000Z'],
    ['FREQ=YEARLY;INTERVAL=4', '1904-02-29T09:00:00.000Z', '2026-06-01T10:07:00.000Z', '2028-02-29T09:00:00.000Z'],
  ])('%s due in %s, completed %s, is next due %s, found near the completion (a small part of the budget)', (rule, dueAt, completedAt, expected) => {
    const plan = planNextOccurrence({ rule, dueAt, completedAt, remindAt: null, timezone: 'UTC' });
    expect(plan.occurrence?.dueAt).toBe(expected);
    expect(plan.periods).toBeLessThan(60);
  });

  it('agrees with a plain expansion from the original start (the shift keeps the lattice)', () => {
    const rule = 'FREQ=HOURLY;INTERVAL=5;BYMINUTE=10';
    const plan = planNextOccurrence({ rule, dueAt: '2020-01-01T03:10:00.000Z', completedAt: '2020-03-01T00:00:00.000Z', remindAt: null, timezone: 'UTC' });
    // 3:10 + 5h·k; 2020-03-01T00:00 is 60 days (1440 h) later: 1440 - 3 = 1437 → next k·5 ≥ 1437 is 1440 → 03:10 on 03-01 (+1440 h).
    expect(plan.occurrence?.dueAt).toBe('2020-03-01T03:10:00.000Z');
  });
});
