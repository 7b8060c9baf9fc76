import { describe, expect, it } from 'vitest';
import { fromWallClock, nextOccurrence } from './next-occurrence.js';
import { RecurrenceBudgetError } from './bounded-rule.js';

describe('nextOccurrence', () => {
  it('a daily 09:00 task in Asia/Karachi stays at 09:00 Karachi time', () => {
    // 09:00 PKT = 04:00Z
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-10T04:00:00.000Z', remindAt: null, completedAt: '2026-03-10T03:00:00.000Z', timezone: 'Asia/Karachi' });
    expect(next).toEqual({ dueAt: '2026-03-11T04:00:00.000Z', remindAt: null });
  });

  it('keeps 09:00 wall-clock time in America/New_York across the spring DST change', () => {
    // Sat 2026-03-07 09:00 EST = 14:00Z; DST starts Sun 2026-03-08, so 09:00 EDT = 13:00Z.
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-07T14:00:00.000Z', remindAt: '2026-03-07T13:45:00.000Z', completedAt: '2026-03-07T12:00:00.000Z', timezone: 'America/New_York' });
    expect(next).toEqual({ dueAt: '2026-03-08T13:00:00.000Z', remindAt: '2026-03-08T12:45:00.000Z' });
  });

  it('keeps wall-clock time across the autumn DST change for a weekly rule', () => {
    // Mon 2026-10-26 18:00 EDT = 22:00Z; DST ends 2026-11-01, so Mon 2026-11-02 18:00 EST = 23:00Z.
    const next = nextOccurrence({ rule: 'FREQ=WEEKLY', dueAt: '2026-10-26T22:00:00.000Z', remindAt: null, completedAt: '2026-10-26T20:00:00.000Z', timezone: 'America/New_York' });
    expect(next?.dueAt).toBe('2026-11-02T23:00:00.000Z');
  });

  it('skips occurrences that passed before the task was completed late', () => {
    // due Mon 09:00 Karachi, completed Thu 10:00 Karachi → next is Fri 09:00.
    const next = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-09T04:00:00.000Z', remindAt: '2026-03-09T03:30:00.000Z', completedAt: '2026-03-12T05:00:00.000Z', timezone: 'Asia/Karachi' });
    expect(next).toEqual({ dueAt: '2026-03-13T04:00:00.000Z', remindAt: '2026-03-13T03:30:00.000Z' });
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
    expect(next).toEqual({ dueAt: '2026-05-02T10:15:00.000Z', remindAt: null });
  });

  it('monthly keeps the day of month; an exhausted UNTIL gives no next occurrence', () => {
    expect(nextOccurrence({ rule: 'FREQ=MONTHLY', dueAt: '2026-01-15T12:00:00.000Z', remindAt: null, completedAt: '2026-01-15T12:00:00.000Z', timezone: 'Europe/Berlin' })?.dueAt).toBe('2026-02-15T12:00:00.000Z');
    expect(nextOccurrence({ rule: 'FREQ=DAILY;UNTIL=20260116T000000Z', dueAt: '2026-01-15T12:00:00.000Z', remindAt: null, completedAt: '2026-01-15T12:00:00.000Z', timezone: 'UTC' })).toBeNull();
  });
});

describe('fromWallClock', () => {
  it('moves a time skipped by spring-forward ahead by the gap and takes the earlier instant in the autumn fold', () => {
    expect(fromWallClock(new Date('2026-03-08T02:30:00Z'), 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(fromWallClock(new Date('2026-11-01T01:30:00Z'), 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
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
