import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayBounds, fromFloating, instantOf, offsetMinutes, toFloating, wallClockAt } from './zoned-time.js';

const at = (wall: string) => {
  const [date, time] = wall.split(' ');
  const [year, month, day] = date!.split('-').map(Number);
  const [hour, minute] = time!.split(':').map(Number);
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute! };
};
const iso = (wall: string, zone: string, how?: Parameters<typeof instantOf>[2]) => instantOf(at(wall), zone, how).toISOString();

describe('a time skipped by spring-forward (DST gap)', () => {
  it('moves ahead by the gap by default, and earlier/later/reject say what they do', () => {
    expect(iso('2026-03-08 02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(iso('2026-03-08 02:30', 'America/New_York', 'later')).toBe('2026-03-08T07:30:00.000Z');
    expect(iso('2026-03-08 02:30', 'America/New_York', 'earlier')).toBe('2026-03-08T06:30:00.000Z'); // 01:30 EST
    expect(() => iso('2026-03-08 02:30', 'America/New_York', 'reject')).toThrow(RangeError);
  });

  it('does the same in Berlin and Sydney', () => {
    expect(iso('2026-03-29 02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(iso('2026-10-04 02:30', 'Australia/Sydney')).toBe('2026-10-03T16:30:00.000Z'); // 03:30 AEDT
    expect(wallClockAt(instantOf(at('2026-10-04 02:30'), 'Australia/Sydney'), 'Australia/Sydney')).toMatchObject({ hour: 3, minute: 30 });
  });

  it('is the same instant for the domain’s floating dates as for wall clocks', () => {
    expect(fromFloating(new Date('2026-03-08T02:30:00Z'), 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });
});

describe('a time shown twice by fall-back (DST overlap)', () => {
  it('takes the earlier reading by default, the later one when asked', () => {
    expect(iso('2026-11-01 01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(iso('2026-11-01 01:30', 'America/New_York', 'later')).toBe('2026-11-01T06:30:00.000Z'); // 01:30 EST
    expect(() => iso('2026-11-01 01:30', 'America/New_York', 'reject')).toThrow(RangeError);
  });

  it('does the same in Berlin and Sydney', () => {
    expect(iso('2026-10-25 02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z'); // 02:30 CEST
    expect(iso('2026-10-25 02:30', 'Europe/Berlin', 'later')).toBe('2026-10-25T01:30:00.000Z'); // 02:30 CET
    expect(iso('2026-04-05 02:30', 'Australia/Sydney')).toBe('2026-04-04T15:30:00.000Z'); // 02:30 AEDT
    expect(iso('2026-04-05 02:30', 'Australia/Sydney', 'later')).toBe('2026-04-04T16:30:00.000Z'); // 02:30 AEST
  });
});

describe('wall clocks and offsets', () => {
  it('reads the wall clock, weekday and offset in a zone', () => {
    const instant = new Date('2026-11-26T22:00:00Z');
    expect(wallClockAt(instant, 'Asia/Karachi')).toEqual({ year: 2026, month: 11, day: 27, hour: 3, minute: 0, second: 0, weekday: 5 });
    expect(offsetMinutes(instant, 'Asia/Karachi')).toBe(300);
    expect(offsetMinutes(instant, 'America/New_York')).toBe(-300);
    expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('rolls fields past their range over, as Date.UTC does', () => {
    expect(iso('2026-01-31 24:00', 'UTC')).toBe('2026-02-01T00:00:00.000Z');
    expect(instantOf({ year: 2026, month: 12, day: 32, hour: 9, minute: 0 }, 'Europe/Berlin').toISOString()).toBe('2027-01-01T08:00:00.000Z');
  });

  it('bounds a local day that is 23 hours long', () => {
    const { from, to } = dayBounds(at('2026-03-08 12:00'), 'America/New_York');
    expect(from.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(to.getTime() - from.getTime()).toBe(23 * 3600_000 - 1);
  });

  it('gives back every instant from its wall clock, by the earlier or the later reading', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }), fc.constantFrom(...zones), (seconds, zone) => {
        const instant = new Date(seconds * 1000);
        const wall = wallClockAt(instant, zone);
        const readings = [instantOf(wall, zone, 'earlier').getTime(), instantOf(wall, zone, 'later').getTime()];
        expect(readings).toContain(instant.getTime());
        expect(toFloating(instant, zone).getTime() - instant.getTime()).toBe(offsetMinutes(instant, zone) * 60_000);
      }),
      { numRuns: 2000 },
    );
  });
});
