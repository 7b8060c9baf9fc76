// The whole system across processes: every service with its own daprd sidecar over Kafka, Redis, PostgreSQL and the
// Dapr scheduler — the guarantees of docs/ARCHITECTURE.md ("The path of a task change", "Guarantees") under crashes and a broker restart.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { killService, readState, startKafka, startService, stopKafka, type StackState } from '../../scripts/infra/stack/stack.js';
import { auditOf, callOn, createTask, eventually, openSocket, registerUser, type ApiClient, type TaskDto } from './client.js';

let stack: StackState;
let client: ApiClient;

beforeAll(async () => {
  stack = readState(inject('stackRunDir'));
  client = await registerUser(stack.gatewayUrl);
});

const createdAudited = async (taskId: string) => (await auditOf(client, taskId)).filter((item) => item.type === 'task.created');

describe('distributed runtime (each service beside its own daprd)', () => {
  it('reports ready through every sidecar', async () => {
    for (const [service, runs] of Object.entries(stack.services)) {
      expect(runs.length, service).toBeGreaterThanOrEqual(1);
      for (const run of runs) {
        const response = await fetch(`http://127.0.0.1:${run.appPort}/readyz`);
        expect(response.status, `${service}-${run.index}`).toBe(200);
      }
    }
  });

  it('audits a created task (chat-api → Kafka → audit)', async () => {
    const task = await createTask(client, { title: 'audited across processes' });
    const created = await eventually(async () => {
      const items = await createdAudited(task.id);
      return items.length ? items : undefined;
    }, 15_000, 'the audit entry');
    expect(created).toHaveLength(1);
  });

  it('pushes an update over the WebSocket (chat-api → Kafka → realtime)', async () => {
    const socket = await openSocket(client);
    try {
      const task = await createTask(client, { title: 'before' });
      const { status } = await client.call('PATCH', `/api/tasks/${task.id}`, { title: 'after' });
      expect(status).toBe(200);
      const pushed = await eventually(
        async () => socket.messages.find((message) => message.type === 'task.updated' && message.task?.id === task.id),
        5_000,
        'the task.updated push',
      );
      expect(pushed.task?.title).toBe('after');
    } finally {
      socket.close();
    }
  });

  it('opens a socket with a one-time ticket (realtime, state store) and closes it at logout (chat-api → Kafka → realtime)', async () => {
    const user = await registerUser(stack.gatewayUrl);
    const { status, body } = await user.call<{ ticket: string }>('POST', '/api/ws/ticket');
    expect(status).toBe(200);
    const url = `${stack.gatewayUrl.replace('http', 'ws')}/api/ws?ticket=${encodeURIComponent(body.ticket)}`;
    const ws = new WebSocket(url);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    // the same ticket a second time is refused (401 at the upgrade)
    const again = new WebSocket(url);
    const refused = await new Promise<number>((resolve) => {
      again.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      again.on('open', () => resolve(101));
      again.on('error', () => resolve(0));
    });
    again.terminate();
    expect(refused).toBe(401);
    expect((await user.call('POST', '/api/auth/logout')).status).toBe(204);
    expect(await closed).toBe(4001);
  });

  it('pushes each change to the sockets of one user on every realtime replica within 1 s (a consumer group per replica)', async () => {
    const replicas = stack.services.realtime;
    const sockets = await Promise.all(replicas.map((run) => openSocket(client, `http://127.0.0.1:${run.appPort}`)));
    try {
      const task = await createTask(client, { title: 'seen everywhere' });
      const sent = Date.now();
      expect((await client.call('PATCH', `/api/tasks/${task.id}`, { title: 'seen everywhere, renamed' })).status).toBe(200);
      for (const [i, socket] of sockets.entries()) {
        const pushed = await eventually(
          async () => socket.messages.find((message) => message.type === 'task.updated' && message.task?.id === task.id),
          5_000,
          `the task.updated push on realtime-${i}`,
        );
        expect(pushed.receivedAt - sent, `realtime-${i}`).toBeLessThan(1_000);
      }
    } finally {
      for (const socket of sockets) socket.close();
    }
  });

  it('creates exactly one next occurrence when a recurring task is completed (recurring-task → invocation → chat-api)', async () => {
    const task = await createTask(client, { title: 'water plants', dueAt: new Date(Date.now() + 3_600_000).toISOString(), recurrence: 'daily' });
    expect((await client.call('POST', `/api/tasks/${task.id}/complete`)).status).toBe(200);
    expect((await client.call('POST', `/api/tasks/${task.id}/complete`)).status).toBe(200);
    const series = async () =>
      (await client.call<{ items: TaskDto[] }>('GET', '/api/tasks?status=all&limit=200')).body.items.filter((item) => item.previousTaskId === task.id);
    const next = await eventually(async () => ((await series()).length ? await series() : undefined), 20_000, 'the next occurrence');
    expect(next).toHaveLength(1);
    expect(next[0]?.status).toBe('pending');
    expect(new Date(next[0]!.dueAt!).getTime()).toBe(new Date(task.dueAt!).getTime() + 86_400_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await series()).toHaveLength(1);
  });

  it('fires a reminder through the Dapr Jobs API less than 2 s late (chat-api → scheduler → notification)', async () => {
    const remindAt = new Date(Date.now() + 4_000);
    const task = await createTask(client, { title: 'reminded', dueAt: new Date(remindAt.getTime() + 600_000).toISOString(), remindAt: remindAt.toISOString() });
    const notification = await eventually(async () => {
      const { body } = await client.call<{ items: Array<{ taskId: string; createdAt: string }> }>('GET', '/api/notifications');
      return body.items.find((item) => item.taskId === task.id);
    }, 20_000, 'the reminder notification');
    const lateMs = new Date(notification.createdAt).getTime() - remindAt.getTime();
    expect(lateMs).toBeGreaterThanOrEqual(0);
    expect(lateMs).toBeLessThan(2_000);
  });

  it('loses and doubles nothing when a consumer and its sidecar are SIGKILLed mid-stream', async () => {
    const tasks: TaskDto[] = [];
    for (let i = 0; i < 30; i++) {
      tasks.push(await createTask(client, { title: `stream ${i}` }));
      if (i === 10) await killService(stack, 'audit', 'SIGKILL');
    }
    await startService(stack, 'audit');
    for (const task of tasks) {
      const entries = await eventually(async () => {
        const items = await createdAudited(task.id);
        return items.length ? items : undefined;
      }, 60_000, `the audit of ${task.title}`);
      expect(entries, task.title).toHaveLength(1);
    }
  });

  it('resumes publishing after the Kafka broker is stopped and restarted, losing nothing', async () => {
    await stopKafka(stack);
    const tasks: TaskDto[] = [];
    try {
      for (let i = 0; i < 5; i++) tasks.push(await createTask(client, { title: `while kafka is down ${i}` }));
    } finally {
      await startKafka(stack);
    }
    for (const task of tasks) {
      const entries = await eventually(async () => {
        const items = await createdAudited(task.id);
        return items.length ? items : undefined;
      }, 90_000, `the audit of ${task.title}`);
      expect(entries).toHaveLength(1);
    }
    const after = await createTask(client, { title: 'after the restart' });
    await eventually(async () => ((await createdAudited(after.id)).length ? true : undefined), 30_000, 'a fresh event after the restart');
  }, 300_000);

  it('still delivers an event committed just before chat-api was SIGKILLed', async () => {
    // Take chat-api's sidecar away first so the commit cannot be published, then kill chat-api itself:
    // the event exists only as an outbox row until chat-api comes back.
    const run = stack.services['chat-api'][0]!;
    process.kill(run.sidecar.pid, 'SIGKILL');
    // readyz follows the sidecar's health.
    await eventually(async () => (await fetch(`http://127.0.0.1:${run.appPort}/readyz`)).status === 503, 10_000, 'readyz to report the lost sidecar');
    // Straight to that replica (the gateway would pick a healthy one).
    const task = await createTask({ ...client, call: callOn(client, `http://127.0.0.1:${run.appPort}`) }, { title: 'committed, then crashed' });
    await killService(stack, 'chat-api', 'SIGKILL');
    await startService(stack, 'chat-api');
    const entries = await eventually(async () => {
      const items = await createdAudited(task.id);
      return items.length ? items : undefined;
    }, 60_000, 'the audit of the task committed before the crash');
    expect(entries).toHaveLength(1);
  });
});

