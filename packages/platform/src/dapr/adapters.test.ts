// The Dapr adapters' wire format against a recording stand-in for daprd (the real sidecar runs in test/distributed).
import { createServer, type Server } from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CloudEvent } from '@todo/domain';
import { InvocationError } from '../errors.js';
import { createDaprEventBus, deadLetterTopic } from './event-bus.js';
import { createDaprInvoker } from './invoker.js';
import { createDaprScheduler } from './scheduler.js';
import { createDaprSecrets } from './secrets.js';
import { createDaprSidecar } from './sidecar.js';
import { createDaprStateStore } from './state-store.js';

interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}
let server: Server;
let port = 0;
const recorded: Recorded[] = [];
let answer: (req: Recorded) => { status: number; body?: unknown } = () => ({ status: 204 });

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      recorded.push(entry);
      const { status, body: out } = answer(entry);
      res.writeHead(status, out === undefined ? {} : { 'content-type': 'application/json' });
      res.end(out === undefined ? undefined : JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  recorded.length = 0;
  answer = () => ({ status: 204 });
});

const log = pino({ level: 'silent' });
const sidecar = () => createDaprSidecar({ httpPort: port, apiToken: 'tok' });
const event: CloudEvent = {
  specversion: '1.0',
  id: '0190a0b0-0000-7000-8000-000000000001',
  source: 'chat-api',
  type: 'task.updated',
  subject: 'task-1',
  time: '2026-01-01T00:00:00.000Z',
  datacontenttype: 'application/json',
  data: { userId: 'u1' },
};

describe('DaprEventBus', () => {
  it('publishes our CloudEvent as-is, keyed by subject, with the API token', async () => {
    const bus = createDaprEventBus({ sidecar: sidecar(), pubsubName: 'pubsub', appId: 'audit', log });
    await bus.publish('task-events', event);
    const [req] = recorded;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/v1.0/publish/pubsub/task-events?metadata.partitionKey=task-1');
    expect(req?.headers['content-type']).toBe('application/cloudevents+json');
    expect(req?.headers['dapr-api-token']).toBe('tok');
    expect(JSON.parse(req?.body ?? '')).toEqual(event);
  });

  it('rejects when the sidecar refuses the publish, so the outbox row stays unsent', async () => {
    answer = () => ({ status: 500, body: { errorCode: 'ERR_PUBSUB_PUBLISH_MESSAGE' } });
    const bus = createDaprEventBus({ sidecar: sidecar(), pubsubName: 'pubsub', appId: 'audit', log });
    await expect(bus.publish('task-events', event)).rejects.toThrow(/ERR_PUBSUB_PUBLISH_MESSAGE/);
  });

  it('declares one subscription per topic with a dead-letter topic, and answers SUCCESS / RETRY / DROP', async () => {
    const bus = createDaprEventBus({ sidecar: sidecar(), pubsubName: 'pubsub', appId: 'audit', log });
    const outcomes: Array<'success' | 'retry' | 'drop' | 'throw'> = ['success', 'retry', 'throw', 'drop'];
    const seen: string[] = [];
    bus.subscribe({
      consumer: 'audit',
      topic: 'task-events',
      handle: async (delivered) => {
        seen.push(delivered.id);
        const next = outcomes.shift();
        if (next === 'throw') throw new Error('boom');
        return next;
      },
    });
    const routes = bus.routes();
    const subscribe = routes.find((route) => route.url === '/dapr/subscribe');
    expect((await subscribe!.handle({ params: {}, body: undefined })).body).toEqual([
      { pubsubname: 'pubsub', topic: 'task-events', routes: { default: '/dapr/events/task-events' }, deadLetterTopic: deadLetterTopic('audit', 'task-events') },
      { pubsubname: 'pubsub', topic: deadLetterTopic('audit', 'task-events'), routes: { default: '/dapr/dead-letter/task-events' } },
    ]);
    const deliver = routes.find((route) => route.url === '/dapr/events/:topic')!;
    const delivery = { ...event, topic: 'task-events', pubsubname: 'pubsub', traceparent: '00-abc' };
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await deliver.handle({ params: { topic: 'task-events' }, body: delivery })).body);
    expect(answers).toEqual([{ status: 'SUCCESS' }, { status: 'RETRY' }, { status: 'RETRY' }, { status: 'DROP' }]);
    expect(seen).toEqual([event.id, event.id, event.id, event.id]);
    expect((await deliver.handle({ params: { topic: 'task-events' }, body: 'not an event' })).body).toEqual({ status: 'DROP' });
  });
});

describe('DaprScheduler', () => {
  it('schedules with overwrite, deletes idempotently, and turns the callback back into the Job', async () => {
    const scheduler = createDaprScheduler({ sidecar: sidecar(), log });
    const dueAt = new Date('2030-01-01T10:00:00.000Z');
    await scheduler.schedule({ name: 'reminder-task-1', dueAt, data: { taskId: 'task-1' } });
    expect(recorded[0]?.url).toBe('/v1.0/jobs/reminder-task-1');
    expect(JSON.parse(recorded[0]?.body ?? '')).toMatchObject({ dueTime: dueAt.toISOString(), overwrite: true, data: { dueAt: dueAt.toISOString(), data: { taskId: 'task-1' } } });
    answer = () => ({ status: 500, body: { errorCode: 'ERR_JOBS_NOT_FOUND', message: 'job not found' } });
    await expect(scheduler.cancel('reminder-task-1')).resolves.toBeUndefined();

    const due: unknown[] = [];
    const callback = scheduler.routes()[0]!;
    expect((await callback.handle({ params: { name: 'x' }, body: { dueAt: dueAt.toISOString(), data: {} } })).status).toBe(503);
    scheduler.onDue(async (job) => {
      due.push(job);
      if ((job.data as { fail?: boolean }).fail) throw new Error('not yet');
    });
    expect((await callback.handle({ params: { name: 'reminder-task-1' }, body: { dueAt: dueAt.toISOString(), data: { taskId: 'task-1' } } })).status).toBe(200);
    expect(due[0]).toEqual({ name: 'reminder-task-1', dueAt, data: { taskId: 'task-1' } });
    expect((await callback.handle({ params: { name: 'r2' }, body: { dueAt: dueAt.toISOString(), data: { fail: true } } })).status).toBe(500);
  });
});

describe('DaprStateStore', () => {
  it('writes first-write and reports a refused write as "someone else won"', async () => {
    const store = new Map<string, string>();
    answer = (req) => {
      if (req.method === 'POST') {
        const [item] = JSON.parse(req.body) as Array<{ key: string; value: unknown; options: { concurrency: string } }>;
        expect(item?.options.concurrency).toBe('first-write');
        if (store.has(item!.key)) return { status: 500, body: { errorCode: 'ERR_STATE_SAVE' } };
        store.set(item!.key, JSON.stringify(item!.value));
        return { status: 204 };
      }
      const key = decodeURIComponent(req.url.split('?')[0]!.split('/').pop()!);
      return store.has(key) ? { status: 200, body: JSON.parse(store.get(key)!) } : { status: 204 };
    };
    const state = createDaprStateStore({ sidecar: sidecar(), storeName: 'statestore' });
    expect(await state.setIfAbsent('processed:audit:e1', { at: 1 })).toBe(true);
    expect(await state.setIfAbsent('processed:audit:e1', { at: 2 })).toBe(false);
    expect(await state.get('processed:audit:e1')).toEqual({ at: 1 });
    expect(await state.get('processed:audit:e2')).toBeUndefined();
  });
});

describe('DaprSecrets and DaprInvoker', () => {
  it('reads a secret and treats "not found" as absent', async () => {
    answer = (req) => (req.url.endsWith('/JWT_SECRET') ? { status: 200, body: { JWT_SECRET: 's3cret' } } : { status: 500, body: { message: 'secret NOPE not found' } });
    const secrets = createDaprSecrets({ sidecar: sidecar(), storeName: 'secretstore' });
    expect(await secrets.get('JWT_SECRET')).toBe('s3cret');
    expect(await secrets.get('NOPE')).toBeUndefined();
  });

  it('invokes through the sidecar with the internal headers and maps failures to InvocationError', async () => {
    answer = (req) => (req.url.includes('/ok') ? { status: 200, body: { id: 't1' } } : { status: 409, body: { error: { code: 'conflict' } } });
    const invoker = createDaprInvoker({ sidecar: sidecar(), internalHeaders: () => ({ authorization: 'Internal x' }) });
    expect(await invoker.invoke('chat-api', 'POST', '/internal/ok', { a: 1 })).toEqual({ id: 't1' });
    expect(recorded[0]?.url).toBe('/v1.0/invoke/chat-api/method/internal/ok');
    expect(recorded[0]?.headers.authorization).toBe('Internal x');
    const error = await invoker.invoke('chat-api', 'POST', '/internal/bad', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationError);
    expect(error).toMatchObject({ appId: 'chat-api', status: 409 });
  });
});
