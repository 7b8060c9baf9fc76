// What a target phrase says about its task: fillers dropped, times of day and "next"/"newest" read, the rest left for the filter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from '@todo/domain';
import { dueAtTimeOfDay, orderPool, readReference } from './reference.js';

const task = (title: string, dueAt: string | null, createdAt = '2026-11-20T10:00:00.000Z', id = title): Task => ({
  id, title, description: null, status: 'pending', priority: 'medium', tags: [], dueAt, remindAt: null, recurrence: null,
  completedAt: null, seriesId: null, previousTaskId: null, createdAt, updatedAt: createdAt,
});

describe('readReference', () => {
  it.each([
    ['dinner with mike from my calendar', 'dinner with mike'],
    ['grocery shopping from my saturday schedule', 'grocery shopping saturday'],
    ['the milk off my shopping list', 'the milk'],
    ['my meeting for 2:00 pm today', 'my meeting today'],
    ['the dentist thing on friday', 'the dentist thing on friday'],
    ['the lunch i have with sam tomorrow', 'the lunch with sam tomorrow'],
    ['my appointment that is on friday', 'my appointment on friday'],
    ['the recital scheduled for saturday', 'the recital for saturday'],
    ["the call we've booked with the bank", 'the call with the bank'],
    ['the thing that matters', 'the thing that matters'],
  ])('"%s" leaves "%s" for the filter', (said, rest) => expect(readReference(said).phrase).toBe(rest));

  it('keeps the name of the list a task is taken off apart from its title', () => {
    expect(readReference('pepper from my grocery list')).toEqual({ phrase: 'pepper', list: 'grocery' });
    expect(readReference('vodka off my party shopping list')).toEqual({ phrase: 'vodka', list: 'party shopping' });
    expect(readReference('the eggs on my to do list')).toEqual({ phrase: 'the eggs', list: '' });
    expect(readReference('lunch from my saturday schedule')).toEqual({ phrase: 'lunch saturday' });
  });

  it('reads a whole list, with the day that narrows it', () => {
    expect(readReference('my old english songs list')).toEqual({ phrase: '', list: 'old english songs', wholeList: true });
    expect(readReference('this list')).toEqual({ phrase: '', list: '', wholeList: true });
    expect(readReference('my to do list from today')).toEqual({ phrase: 'from today', list: '', wholeList: true });
    expect(readReference('list titled kickball')).toEqual({ phrase: '', list: 'kickball', wholeList: true });
    expect(readReference('the list')).toMatchObject({ wholeList: true });
    expect(readReference('the milk').wholeList).toBeUndefined();
  });

  it('reads a clock time as a window around it, and a bare hour as either half of the day', () => {
    expect(readReference('my meeting at 2pm').times).toEqual([{ from: 13 * 60 + 30, to: 14 * 60 + 30 }]);
    expect(readReference('the call at 3').times).toEqual([{ from: 150, to: 210 }, { from: 870, to: 930 }]);
    expect(readReference('the call at 3 days').times).toBeUndefined();
  });

  it('reads a part of the day, and "this evening"/"tonight" as today', () => {
    const tonight = readReference("tonight's dinner");
    expect(tonight.times).toEqual([{ from: 17 * 60, to: 24 * 60 - 1 }]);
    expect(tonight.phrase).toBe('today dinner');
    expect(readReference('the standup tomorrow morning').phrase).toBe('the standup tomorrow');
  });

  it('reads "next meeting" and "the last one I added" as orders, not words', () => {
    expect(readReference('my next meeting')).toEqual({ phrase: 'meeting', order: 'next' });
    expect(readReference('the last one I added')).toEqual({ phrase: '', order: 'newest' });
    expect(readReference('the most recent task').order).toBe('newest');
    expect(readReference('next week').order).toBeUndefined();
  });

  it('never throws and never adds words to what it was given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (said) => {
        const { phrase } = readReference(said);
        const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
        const given = new Set(wordsOf(said));
        for (const word of wordsOf(phrase)) expect(given.has(word) || /^(?:today|tomorrow)$/.test(word)).toBe(true);
      }),
    );
  });
});

describe('dueAtTimeOfDay and orderPool', () => {
  it('matches the due time in the user zone', () => {
    const sync = task('Project sync', '2026-11-25T19:00:00.000Z'); // 14:00 in New York
    expect(dueAtTimeOfDay(sync, readReference('at 2pm').times ?? [], 'America/New_York')).toBe(true);
    expect(dueAtTimeOfDay(sync, readReference('at 2pm').times ?? [], 'UTC')).toBe(false);
    expect(dueAtTimeOfDay(task('Undated', null), [{ from: 0, to: 1439 }], 'UTC')).toBe(false);
  });

  it('"next" is the earliest pending task still ahead; "newest" the last created', () => {
    const now = new Date('2026-11-25T14:00:00.000Z');
    const past = task('Past', '2026-11-25T13:00:00.000Z', '2026-11-20T10:00:00.000Z', 'a');
    const soon = task('Soon', '2026-11-25T15:00:00.000Z', '2026-11-21T10:00:00.000Z', 'b');
    const later = task('Later', '2026-11-26T15:00:00.000Z', '2026-11-19T10:00:00.000Z', 'c');
    expect(orderPool([later, past, soon], 'next', now).map((t) => t.title)).toEqual(['Soon', 'Later']);
    expect(orderPool([later, past, soon], 'newest', now)[0]?.title).toBe('Soon');
  });
});
