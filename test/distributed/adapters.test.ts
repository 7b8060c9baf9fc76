// The Dapr adapters against a real daprd, Kafka, Redis and the Dapr scheduler: publish/subscribe with retry and
// dead letters, the Jobs API, first-write-wins state, the local-file secret store, service invocation, the cron binding.
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudEvent } from '@todo/domain';
import { InvocationError, type Job } from '@todo/platform';
import {
  createCronBinding,
  createDaprEventBus,
  createDaprInvoker,
  createDaprScheduler,
  createDaprSecrets,
  createDaprSidecar,
  createDaprStateStore,
  mountDaprRoutes,
} from '@todo/platform/dapr';
import * as infra from '../../scripts/infra/stack/infra.js';
import { daprdSpec } from '../../scripts/infra/stack/daprd.js';
import { createPortAllocator, startProcess, stopProcess, waitForHttp, type RunningProcess } from '../../scripts/infra/stack/processes.js';
import { renderDaprResources } from '../../scripts/infra/stack/render.js';
import { startScheduler } from '../../scripts/infra/stack/stack.js';

const repoRoot = resolve(import.meta.dirname, '../..');
const name = `adapters-${process.pid}`;
const runDir = join('/var/tmp/todo-chatbot', `stack-${name}`);
const scripts = { root: repoRoot };
const log = pino({ level: 'silent' });
const appId = 'probe';

let app: FastifyInstance;
let processes: RunningProcess[] = [];
const received: CloudEvent[] = [];
const failingTimes = new Map<string, number>();
const deadLetters: string[] = [];
const fired: { job: Job; at: number }[] = [];
let cronTicks = 0;

const sidecarPorts = { http: 0, grpc: 0 };
const sidecar = () => createDaprSidecar({ httpPort: sidecarPorts.http });
const eventFor = (subject: string, type = 'task.created'): CloudEvent => ({
  specversion: '1.0',
  id: randomUUID(),
  source: 'adapters-test',
  type,
  subject,
  time: new Date().toISOString(),
  datacontenttype: 'application/json',
  data: { userId: 'u1', task: { id: subject } },
});
async function until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let bus: ReturnType<typeof createDaprEventBus>;
let scheduler: ReturnType<typeof createDaprScheduler>;

beforeAll(async () => {
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const [daprDir, redisHost, kafkaBrokers] = await Promise.all([
    infra.installDapr(scripts),
    infra.startRedis(scripts, name),
    infra.startKafka(scripts, name),
  ]);
  const secretsFile = join(runDir, 'secrets.json');
  writeFileSync(secretsFile, JSON.stringify({ JWT_SECRET: 'jwt-for-test' }));
  const { resourcesDir, configFile } = renderDaprResources(repoRoot, runDir, {
    KAFKA_BROKERS: kafkaBrokers,
    REDIS_HOST: redisHost,
    SECRETS_FILE: secretsFile,
    NAME_RESOLUTION_DB: join(runDir, 'name-resolution.db'),
  });
  // The cron binding is scoped to chat-api; give the probe app its own faster one.
  writeFileSync(
    join(resourcesDir, 'probe-cron.yaml'),
    'apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata:\n  name: probe-cron\nspec:\n  type: bindings.cron\n  version: v1\n  metadata:\n    - name: schedule\n      value: "@every 1s"\n    - name: direction\n      value: "input"\nscopes:\n  - probe\n',
  );
  const nextPort = createPortAllocator();
  const schedulerRun = await startScheduler(daprDir, runDir, nextPort);
  processes.push(schedulerRun);

  const [appPort, http, grpc, internalGrpcPort, metricsPort] = [await nextPort(), await nextPort(), await nextPort(), await nextPort(), await nextPort()];
  sidecarPorts.http = http;
  sidecarPorts.grpc = grpc;
  bus = createDaprEventBus({ sidecar: sidecar(), pubsubName: 'pubsub', appId, log });
  bus.subscribe({
    consumer: appId,
    topic: 'task-events',
    handle: async (event) => {
      const left = failingTimes.get(event.subject);
      if (left === -1) throw new Error('always failing');
      if (left !== undefined && left > 0) {
        failingTimes.set(event.subject, left - 1);
        return 'retry';
      }
      received.push(event);
    },
  });
  scheduler = createDaprScheduler({ sidecar: sidecar(), log, retryInterval: '0.2s' });
  scheduler.onDue(async (job) => {
    fired.push({ job, at: Date.now() });
  });
  const cron = createCronBinding({ bindingName: 'probe-cron', log, onTick: async () => void cronTicks++ });

  app = Fastify();
  app.get('/healthz', async () => ({ ok: true }));
  app.get('/echo/:word', async (request) => ({ word: (request.params as { word: string }).word, internal: request.headers['x-internal'] }));
  await mountDaprRoutes(app, [...bus.routes(), ...scheduler.routes(), ...cron.routes()]);
  // Dead letters: count them here as well as through the bus's own route.
  const routes = bus.routes();
  const dead = routes.find((route) => route.url.startsWith('/dapr/dead-letter'));
  expect(dead).toBeDefined();
  app.addHook('onResponse', async (request) => {
    if (request.url.startsWith('/dapr/dead-letter/')) deadLetters.push(String((request.body as { subject?: string } | undefined)?.subject));
  });
  await app.listen({ port: appPort, host: '127.0.0.1' });

  const daprd = startProcess(
    daprdSpec({ daprDir, runDir, appId, podName: appId, appPort, daprHttpPort: http, daprGrpcPort: grpc, internalGrpcPort, metricsPort, resourcesDir, configFile, schedulerPort: schedulerRun.port }),
  );
  processes.push(daprd);
  await waitForHttp(`http://127.0.0.1:${http}/v1.0/healthz`, { what: 'daprd', pid: daprd.pid, timeoutMs: 90_000 });
});

afterAll(async () => {
  await app?.close();
  for (const running of processes.reverse()) await stopProcess(running);
  await Promise.allSettled([infra.stopKafka(scripts, name), infra.stopRedis(scripts, name)]);
  for (const kind of ['kafka', 'redis']) rmSync(join('/var/tmp/todo-chatbot', `${kind}-${name}`), { recursive: true, force: true });
  if (!process.env.KEEP_LOGS) rmSync(runDir, { recursive: true, force: true });
});

describe('Dapr adapters over a real sidecar', () => {
  it('reports the sidecar healthy', async () => {
    expect(await bus.ready()).toBe(true);
  });

  it('publishes CloudEvents through Kafka keeping the id, subject and order per subject', async () => {
    const subject = randomUUID();
    const events = [eventFor(subject, 'task.created'), eventFor(subject, 'task.updated'), eventFor(subject, 'task.completed')];
    for (const event of events) await bus.publish('task-events', event);
    const got = await until(() => {
      const mine = received.filter((event) => event.subject === subject);
      return mine.length >= 3 ? mine : undefined;
    }, 30_000, 'three deliveries');
    expect(got.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(got[1]).toMatchObject({ type: 'task.updated', source: 'adapters-test', data: { task: { id: subject } } });
  });

  it('redelivers an event answered RETRY until it succeeds', async () => {
    const subject = randomUUID();
    failingTimes.set(subject, 2);
    const event = eventFor(subject);
    await bus.publish('task-events', event);
    await until(() => received.find((e) => e.id === event.id), 30_000, 'the retried delivery');
    expect(failingTimes.get(subject)).toBe(0);
  });

  it('parks an event that keeps failing on the dead-letter topic, and keeps delivering others', async () => {
    const poisoned = randomUUID();
    failingTimes.set(poisoned, -1);
    await bus.publish('task-events', eventFor(poisoned));
    await until(() => deadLetters.includes(poisoned), 60_000, 'the dead letter');
    const after = eventFor(randomUUID());
    await bus.publish('task-events', after);
    await until(() => received.find((e) => e.id === after.id), 30_000, 'a later event');
  });

  it('fires a job at its due time, never early, and lets a reschedule replace it', async () => {
    const jobName = `job-${randomUUID()}`;
    await scheduler.schedule({ name: jobName, dueAt: new Date(Date.now() + 60_000), data: { v: 'first' } });
    const dueAt = new Date(Date.now() + 1_500);
    await scheduler.schedule({ name: jobName, dueAt, data: { v: 'second' } });
    const hit = await until(() => fired.find((f) => f.job.name === jobName), 20_000, 'the job');
    expect(hit.job.data).toEqual({ v: 'second' });
    expect(hit.job.dueAt.toISOString()).toBe(dueAt.toISOString());
    expect(hit.at).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(hit.at - dueAt.getTime()).toBeLessThan(2_000);
  });

  it('does not fire a cancelled job', async () => {
    const jobName = `job-${randomUUID()}`;
    await scheduler.schedule({ name: jobName, dueAt: new Date(Date.now() + 1_000), data: {} });
    await scheduler.cancel(jobName);
    await scheduler.cancel(jobName); // twice is fine
    await new Promise((r) => setTimeout(r, 2_500));
    expect(fired.find((f) => f.job.name === jobName)).toBeUndefined();
  });

  it('keeps state first-write-wins', async () => {
    const state = createDaprStateStore({ sidecar: sidecar(), storeName: 'statestore' });
    const key = `processed:${randomUUID()}`;
    expect(await state.get(key)).toBeUndefined();
    const results = await Promise.all([state.setIfAbsent(key, { n: 1 }), state.setIfAbsent(key, { n: 2 }), state.setIfAbsent(key, { n: 3 })]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = results.indexOf(true) + 1;
    expect(await state.get(key)).toEqual({ n: winner });
    expect(await state.setIfAbsent(key, { n: 4 })).toBe(false);
    await state.delete(key);
    expect(await state.get(key)).toBeUndefined();
  });

  it('reads secrets from the local-file secret store', async () => {
    const secrets = createDaprSecrets({ sidecar: sidecar(), storeName: 'secretstore' });
    expect(await secrets.get('JWT_SECRET')).toBe('jwt-for-test');
    expect(await secrets.get('NO_SUCH_SECRET')).toBeUndefined();
  });

  it('invokes a service through Dapr service invocation with the internal headers', async () => {
    const invoker = createDaprInvoker({ sidecar: sidecar(), internalHeaders: () => ({ 'x-internal': 'yes' }) });
    expect(await invoker.invoke(appId, 'GET', '/echo/hello')).toEqual({ word: 'hello', internal: 'yes' });
    const failure = await invoker.invoke(appId, 'GET', '/missing').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvocationError);
    expect((failure as InvocationError).status).toBe(404);
  });

  it('sweeps on the cron binding', async () => {
    const before = cronTicks;
    await until(() => cronTicks >= before + 2, 10_000, 'two cron ticks');
  });
});
