import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@todo/platform/testing';
import { TOPICS } from '@todo/domain';
import { api, openSocket, registerUser, startTestSystem, type TestSystem } from './support.js';

describe('event-driven core (embedded, one process)', () => {
  let t: TestSystem;
  const internalToken = 'e2e-internal-token-0123456789abcdefghij';
  beforeAll(async () => {
    process.env.INTERNAL_TOKEN = internalToken;
    t = await startTestSystem();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('every task change is audited, newest first, for its owner only', async () => {
    const alice = await registerUser(t.url);
    const bob = await registerUser(t.url);
    const created = await api(t.url, 'POST', '/api/tasks', { token: alice.token, body: { title: 'Write report' } });
    const id = created.body.id;
    await api(t.url, 'PATCH', `/api/tasks/${id}`, { token: alice.token, body: { priority: 'high' } });
    await api(t.url, 'POST', `/api/tasks/${id}/complete`, { token: alice.token });
    await api(t.url, 'POST', '/api/tasks', { token: alice.token, body: { title: 'Other task' } });

    const audit = await waitFor(
      () => api(t.url, 'GET', `/api/audit?taskId=${id}`, { token: alice.token }),
      (r) => r.body.items?.length === 3,
    );
    expect(audit.body.items.map((e: any) => e.type)).toEqual(['task.completed', 'task.updated', 'task.created']);
    const [completed] = audit.body.items;
    expect(completed).toMatchObject({ taskId: id, type: 'task.completed', data: { userId: alice.userId, task: { id, status: 'completed' } } });
    expect(Object.keys(completed).sort()).toEqual(['data', 'eventId', 'id', 'occurredAt', 'taskId', 'type']);
    // a redelivered event (same id) is recorded once
    const createdEntry = audit.body.items[2];
    const again = { specversion: '1.0' as const, id: createdEntry.eventId, source: 'chat-api', type: 'task.created', subject: id, time: createdEntry.occurredAt, datacontenttype: 'application/json' as const, data: createdEntry.data };
    await t.system.events.bus.publish(TOPICS.taskEvents, again);
    await t.system.events.bus.publish(TOPICS.taskEvents, again);
    expect((await api(t.url, 'GET', `/api/audit?taskId=${id}`, { token: alice.token })).body.items).toHaveLength(3);
    const all = await waitFor(() => api(t.url, 'GET', '/api/audit?limit=2', { token: alice.token }), (r) => r.body.items?.[0]?.data.task.title === 'Other task');
    expect(all.body.items).toHaveLength(2);
    expect((await api(t.url, 'GET', '/api/audit', { token: bob.token })).body.items).toEqual([]);
    expect((await api(t.url, 'GET', '/api/audit')).status).toBe(401);
    expect((await api(t.url, 'GET', '/api/audit?limit=0', { token: alice.token })).status).toBe(400);
  });

  it('completing a daily 09:00 Karachi task creates exactly one next occurrence at 09:00 Karachi, even when the event is delivered twice', async () => {
    const user = await registerUser(t.url, 'Asia/Karachi');
    const due = '2030-03-10T04:00:00.000Z'; // 09:00 in Karachi
    const task = (await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Standup', dueAt: due, reminderMinutesBefore: 15, recurrence: 'daily', tags: ['work'] } })).body;
    await api(t.url, 'POST', `/api/tasks/${task.id}/complete`, { token: user.token });
    await api(t.url, 'POST', `/api/tasks/${task.id}/complete`, { token: user.token });
    const pending = await waitFor(() => api(t.url, 'GET', '/api/tasks?status=pending', { token: user.token }), (r) => r.body.items.length >= 1);
    expect(pending.body.items).toHaveLength(1);
    const next = pending.body.items[0];
    expect(next).toMatchObject({ title: 'Standup', dueAt: '2030-03-11T04:00:00.000Z', remindAt: '2030-03-11T03:45:00.000Z', tags: ['work'], previousTaskId: task.id, seriesId: task.seriesId ?? task.id });
    expect(next.recurrence.rule).toBe(task.recurrence.rule);

    // Redeliver the completion event itself, and reopen + complete again: still one occurrence.
    const audit = await api(t.url, 'GET', `/api/audit?taskId=${task.id}`, { token: user.token });
    const completion = audit.body.items.find((e: any) => e.type === 'task.completed');
    await t.system.events.bus.publish(TOPICS.taskEvents, { specversion: '1.0', id: completion.eventId, source: 'chat-api', type: 'task.completed', subject: task.id, time: completion.occurredAt, datacontenttype: 'application/json', data: completion.data });
    await api(t.url, 'POST', `/api/tasks/${task.id}/reopen`, { token: user.token });
    await api(t.url, 'POST', `/api/tasks/${task.id}/complete`, { token: user.token });
    await t.system.events.relay.drain();
    const after = await api(t.url, 'GET', '/api/tasks?status=all', { token: user.token });
    expect(after.body.items.filter((x: any) => x.previousTaskId === task.id)).toHaveLength(1);
  });

  it('a reminder becomes a stored notification pushed over the WebSocket; changing remindAt reschedules, completing cancels', async () => {
    const user = await registerUser(t.url);
    const socket = await openSocket(t.url, user.token);
    try {
      const soon = (ms: number) => new Date(Date.now() + ms).toISOString();
      const moved = (await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Call mum', remindAt: soon(60_000) } })).body;
      const cancelled = (await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Never mind', remindAt: soon(1_500) } })).body;
      await api(t.url, 'POST', `/api/tasks/${cancelled.id}/complete`, { token: user.token });
      await api(t.url, 'PATCH', `/api/tasks/${moved.id}`, { token: user.token, body: { remindAt: soon(300) } });

      const list = await waitFor(() => api(t.url, 'GET', '/api/notifications?unread=true', { token: user.token }), (r) => r.body.items.length >= 1);
      expect(list.body.items).toHaveLength(1);
      const notification = list.body.items[0];
      expect(notification).toMatchObject({ type: 'reminder', taskId: moved.id, title: 'Call mum', readAt: null });
      await waitFor(() => socket.messages.some((m) => m.type === 'notification'));
      expect(socket.messages.find((m) => m.type === 'notification').notification).toEqual(notification);

      const read = await api(t.url, 'POST', `/api/notifications/${notification.id}/read`, { token: user.token });
      expect(read.status).toBe(200);
      expect(read.body.readAt).not.toBeNull();
      expect((await api(t.url, 'GET', '/api/notifications?unread=true', { token: user.token })).body.items).toEqual([]);

      // the completed task's reminder time passes without a notification
      await new Promise((r) => setTimeout(r, 1_800));
      expect((await api(t.url, 'GET', '/api/notifications', { token: user.token })).body.items.map((n: any) => n.taskId)).toEqual([moved.id]);
      const other = await registerUser(t.url);
      expect((await api(t.url, 'POST', `/api/notifications/${notification.id}/read`, { token: other.token })).status).toBe(404);
    } finally {
      socket.close();
    }
  });

  it("pushes a user's task changes to all of that user's sockets and to no one else", async () => {
    const alice = await registerUser(t.url);
    const bob = await registerUser(t.url);
    const aliceTab1 = await openSocket(t.url, alice.token);
    const aliceTab2 = await openSocket(t.url, alice.token);
    const bobTab = await openSocket(t.url, bob.token);
    try {
      const task = (await api(t.url, 'POST', '/api/tasks', { token: alice.token, body: { title: 'Secret plan' } })).body;
      await api(t.url, 'DELETE', `/api/tasks/${task.id}`, { token: alice.token });
      const bobsTask = (await api(t.url, 'POST', '/api/tasks', { token: bob.token, body: { title: "Bob's" } })).body;
      await waitFor(() => bobTab.messages.length >= 1 && aliceTab1.messages.length >= 2 && aliceTab2.messages.length >= 2);
      for (const tab of [aliceTab1, aliceTab2]) {
        expect(tab.messages.map((m) => [m.type, m.task.id])).toEqual([['task.created', task.id], ['task.deleted', task.id]]);
        expect(tab.messages[0].task.title).toBe('Secret plan');
      }
      expect(bobTab.messages.map((m) => [m.type, m.task.id])).toEqual([['task.created', bobsTask.id]]);
    } finally {
      for (const s of [aliceTab1, aliceTab2, bobTab]) s.close();
    }
  });

  it('refuses a WebSocket without a valid token', async () => {
    await expect(openSocket(t.url, 'not-a-token')).rejects.toThrow(/401/);
  });

  it('a consumer that keeps failing parks the event as a dead letter; an operator lists and replays it', async () => {
    const user = await registerUser(t.url);
    let broken = true;
    const handled: string[] = [];
    t.system.events.bus.subscribe({
      consumer: 'flaky-probe',
      topic: TOPICS.taskEvents,
      handle: async (event) => {
        if ((event.data as { task: { title: string } }).task.title !== 'dead letter me') return;
        if (broken) throw new Error('downstream is down');
        handled.push(event.id);
      },
    });
    await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'dead letter me' } });
    const operator = { 'x-internal-token': internalToken };
    const parked = await waitFor(
      async () => (await (await fetch(`${t.url}/internal/dead-letters?consumer=flaky-probe`, { headers: operator })).json()) as { items: any[] },
      (r) => r.items.length === 1,
      20_000,
    );
    expect(parked.items[0]).toMatchObject({ consumer: 'flaky-probe', topic: 'task-events', type: 'task.created', error: 'downstream is down', attempts: 6 });
    expect(await (await fetch(`${t.url}/metrics`)).text()).toMatch(/events_dead_lettered_total\{topic="task-events",consumer="flaky-probe"\} 1/);
    expect((await fetch(`${t.url}/internal/dead-letters`)).status).toBe(401);
    expect((await fetch(`${t.url}/internal/dead-letters?limit=5000`, { headers: operator })).status).toBe(400);
    expect((await fetch(`${t.url}/internal/dead-letters/replay?id=-1`, { method: 'POST', headers: operator })).status).toBe(400);

    broken = false;
    const replay = await fetch(`${t.url}/internal/dead-letters/replay?id=${parked.items[0].id}`, { method: 'POST', headers: operator });
    expect(await replay.json()).toEqual({ replayed: 1 });
    expect(handled).toEqual([parked.items[0].eventId]);
    expect(((await (await fetch(`${t.url}/internal/dead-letters`, { headers: operator })).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('publishes every outbox row and exposes the event metrics', async () => {
    await t.system.events.relay.drain();
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/events_published_total\{topic="task-events"\} [1-9]/);
    expect(metrics).toMatch(/events_consumed_total\{topic="task-events",consumer="audit"\} [1-9]/);
    expect(metrics).toMatch(/reminder_lateness_seconds_count [1-9]/);
    expect(metrics).toContain('outbox_lag_seconds');
    expect(metrics).toContain('events_dead_lettered_total');
    expect((await fetch(`${t.url}/internal/users/x`)).status).toBe(401);
  });
});
