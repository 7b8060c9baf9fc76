import { describe, expect, it } from 'vitest';
import { InvalidError } from './errors.js';
import { normaliseTags, resolveRemindAt, TaskCreateSchema, TaskListQuerySchema, TaskPatchSchema } from './task.js';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('task create input', () => {
  it('trims the title, defaults nothing it does not need, and normalises tags and times', () => {
    const parsed = TaskCreateSchema.parse({
      title: '  Buy milk  ',
      tags: [' Home', '#home', 'ERRANDS'],
      dueAt: '2026-02-10T18:00:00+05:00',
      recurrence: 'weekly',
    });
    expect(parsed.title).toBe('Buy milk');
    expect(parsed.tags).toEqual(['home', 'errands']);
    expect(parsed.dueAt).toBe('2026-02-10T13:00:00.000Z');
    expect(parsed.recurrence).toEqual({ rule: 'FREQ=WEEKLY', text: 'every week' });
  });

  it.each([
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ title: 'ok', description: 'x'.repeat(5001) }, 'description'],
    [{ title: 'ok', priority: 'urgent' }, 'priority'],
    [{ title: 'ok', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
    [{ title: 'ok', tags: ['x'.repeat(41)] }, 'tags.0'],
    [{ title: 'ok', tags: ['  '] }, 'tags.0'],
    [{ title: 'ok', tags: ['a,b'] }, 'tags.0'],
    [{ title: 'ok', dueAt: 'tomorrow' }, 'dueAt'],
    [{ title: 'ok', dueAt: '2026-02-30T10:00:00Z' }, 'dueAt'],
    [{ title: 'ok', dueAt: '2026-02-10T10:00:00' }, 'dueAt'],
    [{ title: 'ok', reminderMinutesBefore: 10 }, 'reminderMinutesBefore'],
    [{ title: 'ok', dueAt: '2026-02-10T10:00:00Z', reminderMinutesBefore: -1 }, 'reminderMinutesBefore'],
    [{ title: 'ok', dueAt: '2026-02-10T10:00:00Z', reminderMinutesBefore: 525_601 }, 'reminderMinutesBefore'],
    [{ title: 'ok', dueAt: '2026-02-10T10:00:00Z', remindAt: '2026-02-10T09:00:00Z', reminderMinutesBefore: 5 }, 'reminderMinutesBefore'],
    [{ title: 'ok', recurrence: { rule: 'FREQ=NEVER' } }, 'recurrence'],
    [{ title: 'ok', recurrence: 'sometimes' }, 'recurrence'],
    [{ title: 42 }, 'title'],
  ])('rejects %j at %s', (input, path) => {
    const result = TaskCreateSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issuesOf(result).some((line) => line.startsWith(`${path}:`))).toBe(true);
  });

  it('takes an empty description as none', () => {
    expect(TaskCreateSchema.parse({ title: 'x', description: '  ' }).description).toBeNull();
  });
});

describe('task patch input', () => {
  it('accepts an empty patch and null to clear fields', () => {
    expect(TaskPatchSchema.parse({})).toEqual({});
    expect(TaskPatchSchema.parse({ dueAt: null, recurrence: null, description: null })).toEqual({ dueAt: null, recurrence: null, description: null });
  });

  it('does not let the title be cleared', () => {
    expect(TaskPatchSchema.safeParse({ title: null }).success).toBe(false);
  });
});

describe('remindAt resolution', () => {
  it('counts reminderMinutesBefore back from dueAt', () => {
    expect(resolveRemindAt({ reminderMinutesBefore: 90 }, '2026-02-10T10:00:00.000Z', null)).toBe('2026-02-10T08:30:00.000Z');
  });

  it('keeps the current reminder when nothing about it changes, and clears it on null', () => {
    expect(resolveRemindAt({}, '2026-02-10T10:00:00.000Z', '2026-02-10T09:00:00.000Z')).toBe('2026-02-10T09:00:00.000Z');
    expect(resolveRemindAt({ remindAt: null }, null, '2026-02-10T09:00:00.000Z')).toBeNull();
    expect(resolveRemindAt({ reminderMinutesBefore: null }, null, '2026-02-10T09:00:00.000Z')).toBeNull();
  });

  it('refuses minutes-before without a due date', () => {
    expect(() => resolveRemindAt({ reminderMinutesBefore: 5 }, null, null)).toThrow(InvalidError);
  });
});

describe('tags', () => {
  it('are lower-case, trimmed, without a leading #, de-duplicated in order', () => {
    expect(normaliseTags(['Work', ' #work ', 'Deep Focus', 'work'])).toEqual(['work', 'deep focus']);
  });
});

describe('task list query', () => {
  it('has the contract defaults', () => {
    expect(TaskListQuerySchema.parse({})).toEqual({ status: 'all', sort: 'createdAt', order: 'desc', limit: 50 });
  });

  it('parses comma lists, booleans, numbers and date bounds', () => {
    expect(
      TaskListQuerySchema.parse({ priority: 'high, low', tags: 'Home,#errands', overdue: 'true', hasDue: 'false', limit: '10', dueFrom: '2026-02-01', dueTo: '2026-02-10' }),
    ).toMatchObject({
      priority: ['high', 'low'],
      tags: ['home', 'errands'],
      overdue: true,
      hasDue: false,
      limit: 10,
      dueFrom: '2026-02-01T00:00:00.000Z',
      dueTo: '2026-02-10T23:59:59.999Z',
    });
  });

  it.each([
    { status: 'done' },
    { priority: 'urgent' },
    { sort: 'random' },
    { order: 'up' },
    { limit: '0' },
    { limit: '201' },
    { limit: 'ten' },
    { limit: '1.5' },
    { overdue: 'yes' },
    { hasDue: 'none' },
    { hasDue: '1' },
    { dueFrom: 'yesterday' },
    { dueTo: '2026-13-01' },
  ])('rejects %j', (query) => {
    expect(TaskListQuerySchema.safeParse(query).success).toBe(false);
  });

  it('parses its own output again to the same value (services re-validate)', () => {
    const once = TaskListQuerySchema.parse({ priority: 'high', overdue: 'false', hasDue: 'true', dueTo: '2026-02-10' });
    expect(TaskListQuerySchema.parse(once)).toEqual(once);
  });
});
