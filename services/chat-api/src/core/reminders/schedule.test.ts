import { describe, expect, it } from 'vitest';
import type { CloudEvent, Task } from '@todo/domain';
import type { Job, Scheduler } from '@todo/platform';
import { affectsReminder, syncReminderJob } from './schedule.js';

const base: Task = {
  id: 't1', title: 'x', description: null, status: 'pending', priority: 'medium', tags: [], dueAt: null, remindAt: null,
  recurrence: null, completedAt: null, seriesId: null, previousTaskId: null, createdAt: '2030-01-01T00:00:00.000Z', updatedAt: '2030-01-01T00:00:00.000Z',
};
function event(type: string, task: Partial<Task>, changes?: Record<string, [unknown, unknown]>): CloudEvent {
  return { specversion: '1.0', id: `e-${Math.random()}`, source: 'chat-api', type, subject: 't1', time: '2030-01-01T00:00:00.000Z', datacontenttype: 'application/json', data: { userId: 'u1', task: { ...base, ...task }, correlationId: 'c', ...(changes ? { changes } : {}) } };
}
function recordingScheduler() {
  const calls: string[] = [];
  const scheduler: Scheduler = {
    schedule: async (job: Job) => void calls.push(`schedule ${job.name} ${job.dueAt.toISOString()}`),
    cancel: async (name) => void calls.push(`cancel ${name}`),
    onDue: () => {},
    start: async () => {},
    close: async () => {},
  };
  return { calls, scheduler };
}

/** The stored task, moved along with the events as chat-api would have written it. */
function storedTask() {
  let current: Task | undefined;
  return {
    set: (task: Partial<Task> | undefined) => void (current = task && { ...base, ...task }),
    read: async () => current,
  };
}

describe('reminder jobs follow task events', () => {
  it('schedules on create, reschedules when remindAt moves, cancels on complete and delete', async () => {
    const { calls, scheduler } = recordingScheduler();
    const stored = storedTask();
    const sync = syncReminderJob(scheduler, stored.read);
    const apply = async (e: CloudEvent, now: Partial<Task> | undefined) => {
      stored.set(now);
      await sync(e);
    };
    await apply(event('task.created', { remindAt: '2030-01-02T09:00:00.000Z' }), { remindAt: '2030-01-02T09:00:00.000Z' });
    const moved = { remindAt: '2030-01-03T09:00:00.000Z' };
    await apply(event('task.updated', moved, { remindAt: ['2030-01-02T09:00:00.000Z', '2030-01-03T09:00:00.000Z'] }), moved);
    const completed = { status: 'completed' as const, remindAt: '2030-01-03T09:00:00.000Z' };
    await apply(event('task.completed', completed, { status: ['pending', 'completed'] }), completed);
    await apply(event('task.reopened', moved, { status: ['completed', 'pending'] }), moved);
    await apply(event('task.deleted', moved), undefined);
    expect(calls).toEqual([
      'schedule reminder:t1 2030-01-02T09:00:00.000Z',
      'schedule reminder:t1 2030-01-03T09:00:00.000Z',
      'cancel reminder:t1',
      'schedule reminder:t1 2030-01-03T09:00:00.000Z',
      'cancel reminder:t1',
    ]);
  });

  it('follows the stored task when events arrive out of order', async () => {
    const { calls, scheduler } = recordingScheduler();
    const stored = storedTask();
    stored.set({ remindAt: '2030-01-03T09:00:00.000Z' }); // both updates are committed; their events come reversed
    const sync = syncReminderJob(scheduler, stored.read);
    await sync(event('task.updated', { remindAt: '2030-01-03T09:00:00.000Z' }, { remindAt: ['2030-01-02T09:00:00.000Z', '2030-01-03T09:00:00.000Z'] }));
    await sync(event('task.updated', { remindAt: '2030-01-02T09:00:00.000Z' }, { remindAt: [null, '2030-01-02T09:00:00.000Z'] }));
    expect(calls).toEqual(['schedule reminder:t1 2030-01-03T09:00:00.000Z', 'schedule reminder:t1 2030-01-03T09:00:00.000Z']);
  });

  it('leaves the job alone for changes that cannot affect it', () => {
    expect(affectsReminder(event('task.created', {}))).toBe(false);
    expect(affectsReminder(event('task.updated', { remindAt: '2030-01-02T09:00:00.000Z' }, { title: ['a', 'b'] }))).toBe(false);
    expect(affectsReminder(event('task.deleted', {}))).toBe(false);
    expect(affectsReminder(event('task.updated', {}, { remindAt: ['2030-01-02T09:00:00.000Z', null] }))).toBe(true);
  });
});
