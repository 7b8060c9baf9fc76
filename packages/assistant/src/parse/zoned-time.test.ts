import { describe, expect, it } from 'vitest';
import { nextOccurrence } from '@todo/domain';
import { parseTaskDetails } from './task-details.js';

const newYork = { now: new Date('2026-03-01T15:00:00Z'), timeZone: 'America/New_York' };

describe('a time the user names across a DST change', () => {
  it('lands where the next occurrence of a daily task does, inside the spring-forward gap', () => {
    const draft = parseTaskDetails('pay rent on March 8 at 2:30am', newYork);
    const daily = nextOccurrence({ rule: 'FREQ=DAILY', dueAt: '2026-03-07T07:30:00.000Z', remindAt: null, completedAt: '2026-03-07T08:00:00.000Z', timezone: 'America/New_York' });
    expect(draft.dueAt).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT: moved ahead by the gap
    expect(daily?.dueAt).toBe(draft.dueAt);
  });

  it('takes the earlier reading of a time shown twice, in New York and in Berlin', () => {
    expect(parseTaskDetails('pay rent on November 1 at 1:30am', newYork).dueAt).toBe('2026-11-01T05:30:00.000Z'); // EDT
    const berlin = { now: new Date('2026-10-20T10:00:00Z'), timeZone: 'Europe/Berlin' };
    expect(parseTaskDetails('pay rent on October 25 at 2:30am', berlin).dueAt).toBe('2026-10-25T00:30:00.000Z'); // CEST
  });
});
