import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { CloudEvent } from '@todo/domain';
import { testDatabaseKinds } from '@todo/platform/testing';
import { body, startTestApi, type TestApi, type TestUser } from '../../testing/test-api.js';
import type { OutboxRecord } from '../outbox/unit-of-work.js';
import { createTaskService } from './service.js';

interface OutboxRow {
  topic: string;
  event: CloudEvent<{ userId: string; task: { id: string; status: string }; changes?: Record<string, unknown>; correlationId: string }>;
}

describe.each(testDatabaseKinds())('tasks on $name', (kind) => {
  let api: TestApi;
  let alice: TestUser;
  let bob: TestUser;
  beforeAll(async () => {
    api = await startTestApi(await kind.open());
    alice = await api.signUp('alice');
    bob = await api.signUp('bob');
  });
  afterAll(() => api.close());

  const create = (user: TestUser, payload: Record<string, unknown>) =>
    api.app.inject({ method: 'POST', url: '/api/tasks', headers: user.headers, payload });
  const eventsOf = async (taskId: string): Promise<OutboxRow[]> => {
    const result = await api.database.db.execute(sql`select topic, event from outbox where partition_key = ${taskId} order by seq`);
    return (result as unknown as { rows: OutboxRow[] }).rows;
  };

  it('creates a task with defaults and returns it in the contract shape', async () => {
    const response = await create(alice, { title: '  Water the plants ' });
    expect(response.statusCode).toBe(201);
    expect(body(response)).toEqual({
      id: expect.any(String),
      title: 'Water the plants',
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
      createdAt: '2026-01-15T09:00:00.000Z',
      updatedAt: '2026-01-15T09:00:00.000Z',
    });
    const fetched = await api.app.inject({ url: `/api/tasks/${body(response).id}`, headers: alice.headers });
    expect(body(fetched)).toEqual(body(response));
  });

  it('creates a task with every field: times in UTC, tags normalised, reminder from minutes, recurrence as {rule, text}', async () => {
    const response = await create(alice, {
      title: 'Standup',
      description: 'Daily sync',
      priority: 'high',
      tags: ['Work', '#work', ' Meetings '],
      dueAt: '2026-01-16T09:00:00+05:00',
      reminderMinutesBefore: 10,
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO,WE' },
    });
    expect(response.statusCode).toBe(201);
    const task = body(response);
    expect(task).toMatchObject({
      priority: 'high',
      tags: ['work', 'meetings'],
      dueAt: '2026-01-16T04:00:00.000Z',
      remindAt: '2026-01-16T03:50:00.000Z',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO,WE', text: 'every week on Monday, Wednesday' },
      seriesId: task.id,
    });
  });

  it('writes task.created to task-events and task-updates in the same transaction', async () => {
    const task = body(await create(alice, { title: 'Evented' }));
    const rows = await eventsOf(task.id);
    expect(rows.map((r) => r.topic).sort()).toEqual(['task-events', 'task-updates']);
    for (const { event } of rows) {
      expect(event).toMatchObject({ specversion: '1.0', source: 'chat-api', type: 'task.created', subject: task.id, datacontenttype: 'application/json' });
      expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
      expect(event.data).toMatchObject({ userId: alice.id, task });
      expect(event.data.correlationId).toEqual(expect.any(String));
    }
    expect(rows[0]!.event.id).not.toBe(rows[1]!.event.id);
  });

  it('PATCH changes only the given fields, null clears, and the event lists the changes', async () => {
    const task = body(await create(alice, { title: 'Draft', description: 'old', dueAt: '2026-02-01T10:00:00Z', remindAt: '2026-02-01T09:00:00Z', tags: ['a'] }));
    api.clock.advance(60_000);
    const response = await api.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${task.id}`,
      headers: alice.headers,
      payload: { title: 'Final', description: null, remindAt: null, recurrence: 'daily' },
    });
    expect(response.statusCode).toBe(200);
    expect(body(response)).toMatchObject({
      title: 'Final',
      description: null,
      remindAt: null,
      dueAt: '2026-02-01T10:00:00.000Z',
      tags: ['a'],
      recurrence: { rule: 'FREQ=DAILY', text: 'every day' },
      seriesId: task.id,
      updatedAt: '2026-01-15T09:01:00.000Z',
    });
    const updated = (await eventsOf(task.id)).filter((r) => r.event.type === 'task.updated');
    expect(updated).toHaveLength(2);
    expect(updated[0]!.event.data.changes).toMatchObject({ title: ['Draft', 'Final'], description: ['old', null], remindAt: ['2026-02-01T09:00:00.000Z', null] });
  });

  it('PATCH null resets priority to medium and clears tags', async () => {
    const task = body(await create(alice, { title: 'Tagged', priority: 'high', tags: ['x', 'y'] }));
    const response = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${task.id}`, headers: alice.headers, payload: { priority: null, tags: null } });
    expect(body(response)).toMatchObject({ priority: 'medium', tags: [] });
    const noTitle = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${task.id}`, headers: alice.headers, payload: { title: null } });
    expect(noTitle.statusCode).toBe(400);
  });

  it('PATCH with reminderMinutesBefore counts back from the existing dueAt, and without any dueAt is a 400', async () => {
    const task = body(await create(alice, { title: 'Call mum', dueAt: '2026-03-01T18:00:00Z' }));
    const patched = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${task.id}`, headers: alice.headers, payload: { reminderMinutesBefore: 30 } });
    expect(body(patched).remindAt).toBe('2026-03-01T17:30:00.000Z');
    const undated = body(await create(alice, { title: 'Someday' }));
    const bad = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${undated.id}`, headers: alice.headers, payload: { reminderMinutesBefore: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(body(bad).error.message).toMatch(/needs dueAt/);
  });

  it('PATCH that changes nothing writes no event', async () => {
    const task = body(await create(alice, { title: 'Same', priority: 'low' }));
    const response = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${task.id}`, headers: alice.headers, payload: { title: 'Same', priority: 'low' } });
    expect(body(response)).toEqual(task);
    expect((await eventsOf(task.id)).filter((r) => r.event.type === 'task.updated')).toHaveLength(0);
  });

  it('PATCH status completes and reopens like the dedicated routes', async () => {
    const task = body(await create(alice, { title: 'Via patch' }));
    const done = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${task.id}`, headers: alice.headers, payload: { status: 'completed' } });
    expect(body(done)).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    expect((await eventsOf(task.id)).map((r) => r.event.type)).toContain('task.completed');
  });

  it('completing is idempotent: the second call changes nothing and writes no second event', async () => {
    const task = body(await create(alice, { title: 'Once', recurrence: 'daily', dueAt: '2026-01-15T10:00:00Z' }));
    api.clock.advance(1000);
    const first = await api.app.inject({ method: 'POST', url: `/api/tasks/${task.id}/complete`, headers: alice.headers });
    expect(first.statusCode).toBe(200);
    expect(body(first)).toMatchObject({ status: 'completed', completedAt: api.clock.now().toISOString() });
    api.clock.advance(1000);
    const second = await api.app.inject({ method: 'POST', url: `/api/tasks/${task.id}/complete`, headers: alice.headers });
    expect(body(second)).toEqual(body(first));
    const completions = (await eventsOf(task.id)).filter((r) => r.event.type === 'task.completed');
    expect(completions).toHaveLength(2); // one per topic
    expect(completions[0]!.event.data.changes).toMatchObject({ status: ['pending', 'completed'] });
  });

  it('reopens a completed task, clearing completedAt', async () => {
    const task = body(await create(alice, { title: 'Again' }));
    await api.app.inject({ method: 'POST', url: `/api/tasks/${task.id}/complete`, headers: alice.headers });
    const reopened = await api.app.inject({ method: 'POST', url: `/api/tasks/${task.id}/reopen`, headers: alice.headers });
    expect(reopened.statusCode).toBe(200);
    expect(body(reopened)).toMatchObject({ status: 'pending', completedAt: null });
    expect((await eventsOf(task.id)).map((r) => r.event.type)).toContain('task.reopened');
  });

  it('deletes a task: 204, then 404, with a task.deleted event carrying the last snapshot', async () => {
    const task = body(await create(alice, { title: 'Trash' }));
    const deleted = await api.app.inject({ method: 'DELETE', url: `/api/tasks/${task.id}`, headers: alice.headers });
    expect(deleted.statusCode).toBe(204);
    expect((await api.app.inject({ url: `/api/tasks/${task.id}`, headers: alice.headers })).statusCode).toBe(404);
    expect((await api.app.inject({ method: 'DELETE', url: `/api/tasks/${task.id}`, headers: alice.headers })).statusCode).toBe(404);
    const deletion = (await eventsOf(task.id)).find((r) => r.event.type === 'task.deleted');
    expect(deletion?.event.data.task).toEqual(task);
  });

  describe("another user's task is a 404 on every route, and stays unchanged", () => {
    let secret: { id: string };
    beforeAll(async () => {
      secret = body(await create(alice, { title: "Alice's secret", tags: ['private'] }));
    });
    it.each([
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/complete'],
      ['POST', '/reopen'],
    ] as const)('%s /api/tasks/:id%s', async (method, suffix) => {
      const response = await api.app.inject({
        method,
        url: `/api/tasks/${secret.id}${suffix}`,
        headers: bob.headers,
        ...(method === 'PATCH' ? { payload: { title: 'pwned' } } : {}),
      });
      expect(response.statusCode).toBe(404);
      expect(body(response).error.code).toBe('task_not_found');
      const stillThere = await api.app.inject({ url: `/api/tasks/${secret.id}`, headers: alice.headers });
      expect(body(stillThere)).toMatchObject({ title: "Alice's secret", status: 'pending' });
    });

    it('is absent from the list, search and tags', async () => {
      expect(body(await api.app.inject({ url: '/api/tasks?q=secret', headers: bob.headers })).items).toEqual([]);
      expect(body(await api.app.inject({ url: '/api/tags', headers: bob.headers })).items).toEqual([]);
    });

    it('looks exactly like a task that does not exist', async () => {
      const missing = await api.app.inject({ url: '/api/tasks/01900000-0000-7000-8000-000000000000', headers: bob.headers });
      const foreign = await api.app.inject({ url: `/api/tasks/${secret.id}`, headers: bob.headers });
      expect(body(missing)).toEqual(body(foreign));
      expect((await api.app.inject({ url: '/api/tasks/not-a-uuid', headers: bob.headers })).statusCode).toBe(404);
    });
  });

  it('every task route needs a token', async () => {
    const routes = [
      ['GET', '/api/tasks'],
      ['POST', '/api/tasks'],
      ['GET', '/api/tasks/x'],
      ['PATCH', '/api/tasks/x'],
      ['DELETE', '/api/tasks/x'],
      ['POST', '/api/tasks/x/complete'],
      ['POST', '/api/tasks/x/reopen'],
      ['GET', '/api/tags'],
    ] as const;
    for (const [method, url] of routes) {
      const response = await api.app.inject({ method, url, ...(method === 'POST' || method === 'PATCH' ? { payload: { title: 't' } } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('create with an idempotency key already used returns the first task and writes nothing new', async () => {
    const service = api.chatApi.taskService;
    const first = await service.create(alice.id, { title: 'Next occurrence' }, { idempotencyKey: 'evt-123', seriesId: '01900000-0000-7000-8000-0000000000aa' });
    const again = await service.create(alice.id, { title: 'Next occurrence' }, { idempotencyKey: 'evt-123' });
    expect(again).toEqual(first);
    expect(first.seriesId).toBe('01900000-0000-7000-8000-0000000000aa');
    expect(await eventsOf(first.id)).toHaveLength(2);
    const parallel = await Promise.all([1, 2, 3].map(() => service.create(alice.id, { title: 'Raced' }, { idempotencyKey: 'evt-race' })));
    expect(new Set(parallel.map((t) => t.id)).size).toBe(1);
    expect(await eventsOf(parallel[0]!.id)).toHaveLength(2); // the losers of the race wrote no outbox rows
  });

  it('hands a create\'s outbox rows (task row and events in one statement) to the relay after the commit, in seq order', async () => {
    const handedOver: OutboxRecord[][] = [];
    const service = createTaskService({ database: api.database, clock: api.clock, handOver: (records) => handedOver.push(records) });
    const task = await service.create(alice.id, { title: 'Handed over' }, { idempotencyKey: 'hand-over-1' });
    await service.create(alice.id, { title: 'Handed over' }, { idempotencyKey: 'hand-over-1' });
    expect(handedOver).toHaveLength(1); // the replay wrote nothing and handed nothing over
    const stored = await eventsOf(task.id);
    expect(handedOver[0]!.map((r) => [r.topic, r.eventId, r.partitionKey])).toEqual(stored.map((r) => [r.topic, r.event.id, task.id]));
    expect(handedOver[0]!.map((r) => r.event)).toEqual(stored.map((r) => r.event));
  });

  it('POST /api/tasks with the same Idempotency-Key returns the first task', async () => {
    const send = () => api.app.inject({ method: 'POST', url: '/api/tasks', headers: { ...alice.headers, 'idempotency-key': 'retry-1' }, payload: { title: 'Once only' } });
    const first = body(await send());
    const second = await send();
    expect(body(second)).toEqual(first);
    const list = body(await api.app.inject({ url: '/api/tasks?q=Once%20only', headers: alice.headers }));
    expect(list.items).toHaveLength(1);
    const bobsTry = body(await api.app.inject({ method: 'POST', url: '/api/tasks', headers: { ...bob.headers, 'idempotency-key': 'retry-1' }, payload: { title: 'Bob too' } }));
    expect(bobsTry.title).toBe('Bob too');
  });

  it('POST /api/tasks reusing an Idempotency-Key with another body is a 422 and creates nothing', async () => {
    const send = (payload: object) =>
      api.app.inject({ method: 'POST', url: '/api/tasks', headers: { ...alice.headers, 'idempotency-key': 'retry-2' }, payload });
    const first = await send({ title: 'Pay rent', priority: 'high' });
    expect(first.statusCode).toBe(201);
    expect(body(await send({ priority: 'high', title: '  Pay rent ' }))).toEqual(body(first)); // the same request, spelled differently
    const other = await send({ title: 'Pay rent', priority: 'low' });
    expect(other.statusCode).toBe(422);
    expect(body(other).error.code).toBe('idempotency_key_reused');
    const list = body(await api.app.inject({ url: '/api/tasks?q=Pay%20rent', headers: alice.headers }));
    expect(list.items.map((t: { id: string; priority: string }) => [t.id, t.priority])).toEqual([[body(first).id, 'high']]);
  });

  it('lists tag counts for the caller', async () => {
    const carol = await api.signUp('carol');
    await create(carol, { title: 'a', tags: ['home', 'errands'] });
    await create(carol, { title: 'b', tags: ['home'] });
    const response = await api.app.inject({ url: '/api/tags', headers: carol.headers });
    expect(body(response)).toEqual({ items: [{ name: 'home', count: 2 }, { name: 'errands', count: 1 }] });
  });
});
