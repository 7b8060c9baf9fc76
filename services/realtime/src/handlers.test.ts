import { describe, expect, it } from 'vitest';
import type { CloudEvent } from '@todo/domain';
import { toClientMessage } from './handlers.js';

const base = { specversion: '1.0' as const, id: 'e1', source: 'chat-api', subject: 't1', time: '2030-01-01T00:00:00.000Z', datacontenttype: 'application/json' as const };

describe('realtime messages', () => {
  it('task changes become {type, task, changes?} for the owner', () => {
    const event: CloudEvent = { ...base, type: 'task.updated', data: { userId: 'u1', task: { id: 't1' }, changes: { title: ['a', 'b'] }, correlationId: 'c' } };
    expect(toClientMessage(event)).toEqual({ userId: 'u1', message: { type: 'task.updated', task: { id: 't1' }, changes: { title: ['a', 'b'] } } });
  });

  it('notification pushes become {type: "notification", notification}', () => {
    const event: CloudEvent = { ...base, source: 'notification', type: 'notification.created', data: { userId: 'u2', notification: { id: 'n1' }, correlationId: 'c' } };
    expect(toClientMessage(event)).toEqual({ userId: 'u2', message: { type: 'notification', notification: { id: 'n1' } } });
  });

  it('anything without an owner or of an unknown type is not forwarded', () => {
    expect(toClientMessage({ ...base, type: 'task.created', data: { task: { id: 't1' } } })).toBeNull();
    expect(toClientMessage({ ...base, type: 'something.else', data: { userId: 'u1' } })).toBeNull();
  });
});
