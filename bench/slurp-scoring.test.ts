// The SLURP scoring reads its references from the annotations the way a person would.
import { describe, expect, it } from 'vitest';
import type { Task } from '@todo/domain';
import { bystanderFor, classifyOutcome, digitsForSlot, expectedAction, expectedWhen, isCleanTitle, sameClock, slotsOf } from './slurp-scoring.js';

const NOW = new Date('2026-11-25T14:00:00.000Z'); // a Wednesday

describe('slurp scoring', () => {
  it('maps intents to actions', () => {
    expect(['calendar_set', 'lists_createoradd', 'set'].map(expectedAction)).toEqual(['add', 'add', 'add']);
    expect(['calendar_remove', 'lists_remove'].map(expectedAction)).toEqual(['remove', 'remove']);
    expect(['calendar_query', 'lists_query', 'query'].map(expectedAction)).toEqual(['read', 'read', 'read']);
  });

  it('reads the slots of an annotation', () => {
    expect(slotsOf('remind me [date : tomorrow] at [time : ten am] about the [event_name : team meeting]')).toEqual({ date: 'tomorrow', time: 'ten am', eventName: 'team meeting' });
    expect(slotsOf('remove [item : milk] from my [list_name : shopping] list')).toEqual({ item: 'milk', listName: 'shopping' });
  });

  it('puts a bystander where a remove that names no event points: on its day and time, or on its list', () => {
    expect(bystanderFor(slotsOf('clear my schedule for [date : today]'), NOW)).toEqual({ title: 'Haircut', dueAt: '2026-11-25T09:00:00.000Z' });
    expect(bystanderFor(slotsOf('remove my calendar event at [time : one pm] [date : today]'), NOW)).toEqual({ title: 'Haircut', dueAt: '2026-11-25T13:00:00.000Z' });
    expect(bystanderFor(slotsOf('erase my [list_name : old english] songs list'), NOW)).toEqual({ title: 'Haircut', tags: ['old-english'] });
    expect(bystanderFor(slotsOf('please remove my [list_name : to do] list'), NOW)).toBeUndefined();
    expect(bystanderFor(slotsOf('cancel my [event_name : meeting] on [date : friday]'), NOW)).toBeUndefined();
  });

  it('turns spoken numbers into digits for the reference reading', () => {
    expect(digitsForSlot('ten thirty am')).toBe('10:30 am');
    expect(digitsForSlot('april twenty first')).toBe('april 21st');
    expect(digitsForSlot('the twenty third')).toBe('the 23rd');
    expect(digitsForSlot('half past eight')).toBe('8:30');
    expect(digitsForSlot('quarter to eleven')).toBe('10:45');
    expect(digitsForSlot('quarter to one')).toBe('12:45');
    expect(digitsForSlot('january the eighth')).toBe('january 8th');
    expect(digitsForSlot('week from today')).toBe('a week from today');
    expect(digitsForSlot("three o'clock")).toBe('3:00');
    expect(digitsForSlot('noon')).toBe('12 pm');
    expect(digitsForSlot('twelve noon')).toBe('12 pm');
    expect(digitsForSlot('day after tomorrow')).toBe('the day after tomorrow');
    expect(digitsForSlot('the day after tomorrow')).toBe('the day after tomorrow');
  });

  it('reads the expected day and time, and leaves repetitions unscored', () => {
    expect(expectedWhen({ date: 'tomorrow', time: 'ten am' }, NOW)).toEqual({ day: '2026-11-26', time: '10:00' });
    expect(expectedWhen({ date: 'tomorrow', timeOfDay: 'evening', time: 'seven' }, NOW)).toEqual({ day: '2026-11-26', time: '19:00' });
    expect(expectedWhen({ date: 'friday', time: 'two' }, NOW)).toEqual({ day: '2026-11-27', time: '02:00', eitherHalf: true });
    expect(expectedWhen({ date: 'friday', time: 'two pm' }, NOW)).toEqual({ day: '2026-11-27', time: '14:00' });
    expect(expectedWhen({ date: 'friday' }, NOW)).toEqual({ day: '2026-11-27' });
    expect(expectedWhen({ time: 'every thirty minutes' }, NOW)).toBeUndefined();
    expect(expectedWhen({ date: 'day after tomorrow', time: 'four pm' }, NOW)).toEqual({ day: '2026-11-27', time: '16:00' });
    // a weekday before a dated day is that day; a day of the month alone is its next coming
    expect(expectedWhen({ date: 'saturday the fifth of december' }, NOW)).toEqual({ day: '2026-12-05' });
    expect(expectedWhen({ date: 'sunday the sixth' }, NOW)).toEqual({ day: '2026-12-06' });
    expect(expectedWhen({ date: 'eighteenth' }, NOW)).toEqual({ day: '2026-12-18' });
    expect(expectedWhen({ date: 'thirtieth' }, NOW)).toEqual({ day: '2026-11-30' });
    expect(expectedWhen({ date: 'twenty fifth', time: 'nine am' }, NOW)).toEqual({ day: '2026-11-25', time: '09:00' });
    expect(expectedWhen({ date: 'a week from friday' }, NOW)).toEqual({ day: '2026-12-04' });
    expect(expectedWhen({ date: 'week from today', time: 'five pm' }, NOW)).toEqual({ day: '2026-12-02', time: '17:00' });
    expect(expectedWhen({ date: 'twenty third', time: 'quarter to eleven' }, NOW)).toEqual({ day: '2026-12-23', time: '10:45', eitherHalf: true });
  });

  it('takes a bare hour in either half of the day, and an hour said with am or pm only as said', () => {
    expect(sameClock('14:00', { time: '02:00', eitherHalf: true })).toBe(true);
    expect(sameClock('02:00', { time: '02:00', eitherHalf: true })).toBe(true);
    expect(sameClock('14:30', { time: '02:00', eitherHalf: true })).toBe(false);
    expect(sameClock('20:15', { time: '08:15', eitherHalf: true })).toBe(true);
    expect(sameClock('14:00', { time: '02:00' })).toBe(false);
    expect(sameClock('09:00', {})).toBe(true);
  });

  it('calls a title clean only with every event word and no date or command word', () => {
    const slots = { eventName: 'meeting', date: 'tomorrow', time: 'ten am' };
    expect(isCleanTitle('Meeting with pawel', slots)).toBe(true);
    expect(isCleanTitle('Meeting with pawel for ten am', slots)).toBe(false);
    expect(isCleanTitle('Remind me meeting', slots)).toBe(false);
    expect(isCleanTitle('Call pawel', slots)).toBe(false);
    const vp = 'schedule a [event_name : meeting] with [relation : the vp of the department] on [date : the twenty first of march]';
    expect(isCleanTitle('Meeting with the vp of the department', slotsOf(vp), vp)).toBe(true);
    expect(isCleanTitle('Meeting with the vp of the department', slotsOf(vp))).toBe(false);
    expect(isCleanTitle('Meeting with the vp of the department march', slotsOf(vp), vp)).toBe(false);
  });

  it('counts deleting a task the command did not name as destructive', () => {
    const task = (id: string, title: string) => ({ id, title }) as Task;
    const seeded = [task('a', 'Team meeting'), task('b', 'Buy milk'), task('c', 'Dentist')];
    const deleting = (taskId: string) => [{ tool: 'delete_task' as const, input: { taskId }, output: { deleted: true, taskId, title: '' } }];
    expect(classifyOutcome(deleting('c'), 'Deleted.', seeded, seeded[2], 'remove')).toMatchObject({ action: 'remove', destructive: false });
    expect(classifyOutcome(deleting('a'), 'Deleted.', seeded, task('t', 'Meetings'), 'remove')).toMatchObject({ destructive: false });
    expect(classifyOutcome(deleting('b'), 'Deleted.', seeded, seeded[2], 'remove')).toMatchObject({ destructive: true });
    expect(classifyOutcome(deleting('a'), 'Deleted.', seeded, undefined, 'add')).toMatchObject({ action: 'remove', destructive: true });
    expect(classifyOutcome(deleting('b'), 'Deleted.', seeded, undefined, 'remove', 'milk')).toMatchObject({ action: 'remove', destructive: false });
    expect(classifyOutcome(deleting('b'), 'Deleted.', seeded, undefined, 'remove', 'bread')).toMatchObject({ destructive: true });
    expect(classifyOutcome(deleting('b'), 'Deleted.', seeded, undefined, 'remove')).toMatchObject({ destructive: true });
  });

  it('counts a reminder on the event the user already has on that day as the add, and on another day or task as not', () => {
    const meeting = { id: 'm', title: 'Team meeting', dueAt: '2026-11-26T10:00:00.000Z' } as Task;
    const seeded = [meeting, { id: 'b', title: 'Buy milk', dueAt: null } as Task];
    const reminding = (task: Task) => [{ tool: 'set_reminder' as const, input: { taskId: task.id, remindAt: task.dueAt }, output: { ...task, remindAt: task.dueAt } }];
    expect(classifyOutcome(reminding(meeting), 'Reminder set.', seeded, undefined, 'add', 'meeting', '2026-11-26')).toMatchObject({ action: 'add', created: [{ id: 'm' }] });
    expect(classifyOutcome(reminding(meeting), 'Reminder set.', seeded, undefined, 'add', 'meeting', '2026-11-27').action).toBe('other');
    expect(classifyOutcome(reminding(meeting), 'Reminder set.', seeded, undefined, 'add', 'dentist', '2026-11-26').action).toBe('other');
    expect(classifyOutcome(reminding(meeting), 'Reminder set.', seeded, undefined, 'add').action).toBe('other');
  });

  it('counts a question about what to delete as asking, and a plain lookup as a read', () => {
    const lookup = [{ tool: 'list_tasks' as const, input: {}, output: { items: [] } }];
    expect(classifyOutcome(lookup, 'Which one should I delete?\n1. Meeting\n2. Team meeting', [], undefined, 'remove').action).toBe('asked');
    expect(classifyOutcome([], 'Which task should I delete? Tell me part of its title.', [], undefined, 'remove').action).toBe('asked');
    expect(classifyOutcome(lookup, 'Which one do you mean?\n1. Meeting', [], undefined, 'remove').action).toBe('read');
    expect(classifyOutcome(lookup, 'Mark as done "Butter"? (yes / no)', [], undefined, 'remove').action).toBe('asked');
    expect(classifyOutcome(lookup, 'Which one should I complete? I found no "bread" on your shopping list', [], undefined, 'remove').action).toBe('asked');
  });

  it('tells a lookup that found nothing to remove from a plain read', () => {
    const lookup = [{ tool: 'list_tasks' as const, input: {}, output: { items: [] } }];
    expect(classifyOutcome(lookup, 'I couldn\'t find a task matching "eggs". Say "show my tasks" to see them.', [], undefined, 'remove').action).toBe('not-found');
    expect(classifyOutcome(lookup, 'You have nothing due later today, so there is nothing to delete.', [], undefined, 'remove').action).toBe('not-found');
    expect(classifyOutcome(lookup, 'You have 1 pending task matching "eggs":\n1. Eggs', [], undefined, 'remove').action).toBe('read');
  });
});
