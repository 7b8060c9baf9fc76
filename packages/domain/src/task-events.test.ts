import { describe, expect, it } from 'vitest';
import { buildTaskChangeEvents, diffTasks } from './task-events.js';
import type { Task } from './task.js';

const task: Task = {
  id: 't1',
  title: 'Pay rent',
  description: null,
  status: 'pending',
  priority: 'medium',
  tags: [],
  dueAt: null,
  remindAt: null,
  recurrence: null,
  completedAt: null,
  seriesId: null,
  previousTaskId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('task change events', () => {
  it('are one CloudEvent per topic with the same data and different ids', () => {
    let n = 0;
    const events = buildTaskChangeEvents(
      { time: new Date('2026-01-02T00:00:00Z'), source: 'chat-api', type: 'task.updated', userId: 'u1', task, changes: { title: ['a', 'b'] }, correlationId: 'req-1' },
      () => `id-${++n}`,
    );
    expect(events.map((e) => e.topic)).toEqual(['task-events', 'task-updates']);
    expect(events[0]!.event).toEqual({
      specversion: '1.0',
      id: 'id-1',
      source: 'chat-api',
      type: 'task.updated',
      subject: 't1',
      time: '2026-01-02T00:00:00.000Z',
      datacontenttype: 'application/json',
      data: { userId: 'u1', task, changes: { title: ['a', 'b'] }, correlationId: 'req-1' },
    });
    expect(events[1]!.event.id).toBe('id-2');
    expect(events[1]!.event.data).toEqual(events[0]!.event.data);
  });

  it('diff lists only the fields that changed', () => {
    expect(diffTasks(task, { ...task, title: 'Pay rent today', tags: ['home'], updatedAt: 'later' })).toEqual({
      title: ['Pay rent', 'Pay rent today'],
      tags: [[], ['home']],
    });
  });
});
