import { describe, expect, it } from 'vitest';
import { newTask, patchedTask, withStatus } from './task-change.js';
import { TaskCreateSchema, TaskPatchSchema, normaliseTags } from './task.js';

const now = new Date('2026-11-25T14:00:00.000Z');
const created = newTask(TaskCreateSchema.parse({ title: 'Pay rent', dueAt: '2026-12-01T09:00:00Z', reminderMinutesBefore: 60, tags: ['Home'] }), { id: 't1' }, now);

describe('a task change as a value', () => {
  it('creates a pending task with defaults, the reminder counted back from dueAt', () => {
    expect(created).toMatchObject({ id: 't1', status: 'pending', priority: 'medium', tags: ['home'], remindAt: '2026-12-01T08:00:00.000Z', seriesId: null, createdAt: now.toISOString() });
    const recurring = newTask(TaskCreateSchema.parse({ title: 'Standup', recurrence: 'daily' }), { id: 't2' }, now);
    expect(recurring.seriesId).toBe('t2');
    expect(newTask(TaskCreateSchema.parse({ title: 'Standup', recurrence: 'daily' }), { id: 't3', seriesId: 't2', previousTaskId: 't2' }, now)).toMatchObject({ seriesId: 't2', previousTaskId: 't2' });
  });

  it('applies a patch: null clears, a tag edit applies to the patched tags, a new recurrence starts a series', () => {
    const patch = TaskPatchSchema.parse({ description: null, dueAt: null, reminderMinutesBefore: null, recurrence: 'weekly' });
    const after = patchedTask(created, patch, { tagEdit: { add: ['#Bills'], remove: ['home'] }, normaliseTags });
    expect(after).toMatchObject({ title: 'Pay rent', dueAt: null, remindAt: null, tags: ['bills'], seriesId: 't1', status: 'pending', updatedAt: created.updatedAt });
    expect(after.recurrence?.rule).toContain('FREQ=WEEKLY');
  });

  it('sets completedAt with the status and clears it on reopen', () => {
    const done = withStatus(created, 'completed', new Date('2026-11-26T10:00:00Z'));
    expect(done).toMatchObject({ status: 'completed', completedAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' });
    expect(withStatus(done, 'pending', now)).toMatchObject({ status: 'pending', completedAt: null });
  });
});
