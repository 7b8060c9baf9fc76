import { describe, expect, it } from 'vitest';
import { draftToInput, parseQuickAdd } from './parse.js';

describe('quick add', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('reads a monthly bill with a tag into a recurring task due on the 1st, in the user timezone', () => {
    const input = draftToInput(parseQuickAdd('pay rent on the 1st of every month #home', 'Asia/Karachi', now), []);
    expect(input).toEqual({
      title: 'Pay rent',
      tags: ['home'],
      dueAt: '2026-12-01T04:00:00.000Z', // 09:00 in Karachi (UTC+5)
      recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=1' },
    });
  });

  it('adds the tags of the current view and keeps a reminder offset', () => {
    const input = draftToInput(parseQuickAdd('call mom tomorrow at 5pm remind me 10 minutes before', 'UTC', now), ['family']);
    expect(input).toMatchObject({ title: 'Call mom', tags: ['family'], dueAt: '2026-11-26T17:00:00.000Z', reminderMinutesBefore: 10 });
  });

  it('leaves plain text as the title only', () => {
    expect(draftToInput(parseQuickAdd('buy milk', 'UTC', now), [])).toEqual({ title: 'Buy milk' });
  });
});
