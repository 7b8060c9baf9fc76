import { describe, expect, it } from 'vitest';
import { TaskCreateSchema, newTask, type CloudEvent, type Notification } from '@todo/domain';
import { toClientMessage } from './handlers.js';

const base = { specversion: '1.0' as const, id: 'e1', source: 'chat-api', subject: 't1', time: '2030-01-01T00:00:00.000Z', datacontenttype: 'application/json' as const };

const task = newTask(TaskCreateSchema.parse({ title: 'Pay rent' }), { id: 't1' }, new Date(base.time));
const notification: Notification = { id: 'n1', type: 'reminder', taskId: 't1', title: 'Pay rent', body: 'Due soon.', createdAt: base.time, readAt: null };

describe('realtime messages', () => {
  it('task changes become {type, task, changes?} for the owner', () => {
    const event: CloudEvent = { ...base, type: 'task.updated', data: { userId: 'u1', task, changes: { title: ['a', 'b'] }, correlationId: 'c' } };
    expect(toClientMessage(event)).toEqual({ userId: 'u1', message: { type: 'task.updated', task, changes: { title: ['a', 'b'] } } });
  });

  it('notification pushes become {type: "notification", notification}', () => {
    const event: CloudEvent = { ...base, source: 'notification', type: 'notification.created', data: { userId: 'u2', notification, correlationId: 'c' } };
    expect(toClientMessage(event)).toEqual({ userId: 'u2', message: { type: 'notification', notification } });
  });

  it('anything without an owner, malformed or of an unknown type is not forwarded', () => {
    expect(toClientMessage({ ...base, type: 'task.created', data: { task, correlationId: 'c' } })).toBeNull();
    expect(toClientMessage({ ...base, type: 'task.created', data: { userId: 'u1', task: { id: 't1' }, correlationId: 'c' } })).toBeNull();
    expect(toClientMessage({ ...base, type: 'something.else', data: { userId: 'u1' } })).toBeNull();
  });
});
