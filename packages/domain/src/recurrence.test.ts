import { describe, expect, it } from 'vitest';
import { InvalidError } from './errors.js';
import { normaliseRecurrence, normaliseRule, PRESET_RULES, RECURRENCE_PRESETS } from './recurrence.js';

describe('recurrence presets', () => {
  it.each([
    ['daily', 'FREQ=DAILY', 'every day'],
    ['weekdays', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'every weekday'],
    ['weekly', 'FREQ=WEEKLY', 'every week'],
    ['biweekly', 'FREQ=WEEKLY;INTERVAL=2', 'every 2 weeks'],
    ['monthly', 'FREQ=MONTHLY', 'every month'],
    ['yearly', 'FREQ=YEARLY', 'every year'],
  ] as const)('%s becomes %s ("%s")', (preset, rule, text) => {
    expect(normaliseRecurrence(preset)).toEqual({ rule, text });
  });

  it('covers every preset the contract names', () => {
    expect(Object.keys(PRESET_RULES).sort()).toEqual([...RECURRENCE_PRESETS].sort());
  });

  it('rejects an unknown preset with a clear message', () => {
    expect(() => normaliseRecurrence('fortnightly' as never)).toThrow(/unknown preset/);
  });

  it('leaves null as no recurrence', () => {
    expect(normaliseRecurrence(null)).toBeNull();
  });
});

describe('RRULE normalisation', () => {
  it('turns a rule into canonical form and English text', () => {
    expect(normaliseRule('FREQ=WEEKLY;BYDAY=MO,WE')).toEqual({ rule: 'FREQ=WEEKLY;BYDAY=MO,WE', text: 'every week on Monday, Wednesday' });
  });

  it('accepts the RRULE: prefix, lower case and a trailing semicolon', () => {
    expect(normaliseRule('rrule:freq=monthly;bymonthday=15;')).toEqual({ rule: 'FREQ=MONTHLY;BYMONTHDAY=15', text: 'every month on the 15th' });
  });

  it('keeps interval, count and until', () => {
    const { rule } = normaliseRule('FREQ=DAILY;INTERVAL=3;COUNT=5');
    expect(rule).toBe('FREQ=DAILY;INTERVAL=3;COUNT=5');
    expect(normaliseRule('FREQ=WEEKLY;UNTIL=20261231T000000Z').rule).toContain('UNTIL=20261231T000000Z');
  });

  it.each([
    ['', /expected something like/],
    ['garbage', /not NAME=VALUE/],
    ['BYDAY=MO', /FREQ is required/],
    ['FREQ=FOO', /bad value for FREQ/],
    ['FREQ=SECONDLY', /bad value for FREQ/],
    ['FREQ=DAILY;COUNT=abc', /bad value for COUNT/],
    ['FREQ=DAILY;INTERVAL=0', /bad value for INTERVAL/],
    ['FREQ=WEEKLY;BYDAY=XX', /bad value for BYDAY/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /bad value for BYMONTHDAY/],
    ['FREQ=DAILY;BYHOUR=24', /bad value for BYHOUR/],
    ['FREQ=DAILY;FOO=1', /unknown part FOO/],
    ['FREQ=DAILY;FREQ=WEEKLY', /given twice/],
    ['FREQ=DAILY;COUNT=2;UNTIL=20260101', /cannot both/],
    ['DTSTART=20260101T000000Z;FREQ=DAILY', /DTSTART/],
  ])('rejects %j', (rule, message) => {
    let thrown: unknown;
    try {
      normaliseRule(rule);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidError);
    expect((thrown as InvalidError).code).toBe('invalid_recurrence');
    expect((thrown as InvalidError).message).toMatch(message);
  });
});
