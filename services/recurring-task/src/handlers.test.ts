import { describe, expect, it } from 'vitest';
import { CreateOccurrenceRequestSchema, type CloudEvent, type CreateOccurrenceRequest, type Task } from '@todo/domain';
import { InvocationError, type Invoker } from '@todo/platform';
import { silentLogger } from '@todo/platform/testing';
import { createNextOccurrence, occurrenceKey } from './handlers.js';

const completed: Task = {
  id: 'task-1', title: 'Water plants', description: 'balcony', status: 'completed', priority: 'low', tags: ['home'],
  dueAt: '2026-03-07T14:00:00.000Z', remindAt: '2026-03-07T13:30:00.000Z', recurrence: { rule: 'FREQ=DAILY', text: 'every day' },
  completedAt: '2026-03-07T15:00:00.000Z', seriesId: 'series-1', previousTaskId: null, createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-07T15:00:00.000Z',
};
const completion = (task: Task, id = 'evt-1'): CloudEvent => ({
  specversion: '1.0', id, source: 'chat-api', type: 'task.completed', subject: task.id, time: task.completedAt!, datacontenttype: 'application/json',
  data: { userId: 'user-1', task, correlationId: 'req-1' },
});

function fakeChatApi(options: { userStatus?: number; userBody?: unknown } = {}) {
  const created: CreateOccurrenceRequest[] = [];
  const invoker: Invoker = {
    invoke: async <T>(_app: string, method: string, path: string, body?: unknown) => {
      if (method === 'GET') {
        if (options.userStatus !== undefined) throw new InvocationError('chat-api', path, options.userStatus, options.userBody ?? null);
        return { timezone: 'America/New_York' } as T;
      }
      created.push(CreateOccurrenceRequestSchema.parse(body)); // the body chat-api's route validates
      return {} as T;
    },
  };
  return { invoker, created };
}

describe('recurring-task: next occurrence on task.completed', () => {
  it('asks chat-api for the next occurrence in the owner timezone, keyed by the completed task', async () => {
    const { invoker, created } = fakeChatApi();
    await createNextOccurrence({ invoker, log: silentLogger() })(completion(completed));
    // 09:00 EST on Mar 7 → 09:00 EDT on Mar 8 (DST starts), reminder 30 minutes before
    expect(created).toEqual([
      {
        userId: 'user-1', previousTaskId: 'task-1', seriesId: 'series-1', idempotencyKey: occurrenceKey('task-1'), correlationId: 'req-1',
        task: { title: 'Water plants', description: 'balcony', priority: 'low', tags: ['home'], recurrence: { rule: 'FREQ=DAILY' }, dueAt: '2026-03-08T13:00:00.000Z', remindAt: '2026-03-08T12:30:00.000Z' },
      },
    ]);
  });

  it('uses the same idempotency key for a second completion of the same task (reopened and completed again)', async () => {
    const { invoker, created } = fakeChatApi();
    const handle = createNextOccurrence({ invoker, log: silentLogger() });
    await handle(completion(completed, 'evt-1'));
    await handle(completion({ ...completed, completedAt: '2026-03-07T18:00:00.000Z' }, 'evt-2'));
    expect(new Set(created.map((c) => c.idempotencyKey)).size).toBe(1);
  });

  it('ignores tasks without recurrence and other event types; drops the event when the owner no longer exists', async () => {
    const { invoker, created } = fakeChatApi();
    const handle = createNextOccurrence({ invoker, log: silentLogger() });
    await handle(completion({ ...completed, recurrence: null }));
    await handle({ ...completion(completed), type: 'task.updated' });
    expect(created).toEqual([]);
    const gone = fakeChatApi({ userStatus: 404, userBody: { error: { code: 'user_not_found', message: 'User not found.' } } });
    expect(await createNextOccurrence({ invoker: gone.invoker, log: silentLogger() })(completion(completed))).toBe('drop');
    const down = fakeChatApi({ userStatus: 503 });
    await expect(createNextOccurrence({ invoker: down.invoker, log: silentLogger() })(completion(completed))).rejects.toThrow(InvocationError);
  });

  it.each([
    ['chat-api unreachable', 0, null],
    ['a database error in chat-api', 500, { error: { code: 'internal_error', message: 'boom' } }],
    ['a 404 that is not "user not found" (a route missing mid-deploy)', 404, { message: 'Route GET:/internal/users/x not found' }],
    ['a 401 (a wrong internal token)', 401, { error: { code: 'unauthorized', message: 'Internal route' } }],
  ])('retries (throws) on %s instead of dropping the event', async (_name, status, body) => {
    const failing = fakeChatApi({ userStatus: status, userBody: body });
    await expect(createNextOccurrence({ invoker: failing.invoker, log: silentLogger() })(completion(completed))).rejects.toBeInstanceOf(InvocationError);
    expect(failing.created).toEqual([]);
  });
});
