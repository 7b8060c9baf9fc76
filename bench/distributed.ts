// Distributed figures: end-to-end event latency through Kafka (task change → WebSocket push via chat-api, daprd,
// Kafka, realtime), reminder lateness through the Dapr Jobs API, and the RSS of every service and sidecar.
// Usage: node --import tsx bench/distributed.ts [--run-dir DIR] (part of npm run bench; without --run-dir it starts and
// stops its own stack on free ports).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultRunDir, downStack, readState, upStack, SERVICES, type StackState } from '../scripts/infra/stack/stack.js';
import { createTask, openSocket, registerUser } from '../test/distributed/client.js';
import { summarize } from './stats.js';

const repoRoot = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const given = args.includes('--run-dir') ? args[args.indexOf('--run-dir') + 1] : undefined;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 100);
/** Reminders due one after another this far apart (4 per second by default). */
const REMINDER_SPACING_MS = Number(process.env.BENCH_REMINDER_SPACING_MS ?? 250);

const rssMb = (pid: number) => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measureEventLatency(state: StackState): Promise<{ pushed: number[]; answered: number[]; committedToPush: number[] }> {
  const client = await registerUser(state.gatewayUrl);
  const socket = await openSocket(client);
  const task = await createTask(client, { title: 'bench 0' });
  await sleep(500);
  const latencies: number[] = [];
  const answered: number[] = [];
  const committedToPush: number[] = [];
  for (let i = 1; i <= EVENTS; i++) {
    const title = `bench ${i}`;
    const started = performance.now();
    const patch = client.call('PATCH', `/api/tasks/${task.id}`, { title }).then(() => answered.push(performance.now() - started));
    for (;;) {
      const push = socket.messages.find((m) => m.type === 'task.updated' && m.task?.title === title);
      if (push) {
        // updatedAt is stamped by chat-api inside the write transaction, on this machine's clock.
        if (push.task?.updatedAt) committedToPush.push(push.receivedAt - new Date(push.task.updatedAt).getTime());
        break;
      }
      if (performance.now() - started > 10_000) throw new Error(`no push for ${title}`);
      await sleep(1);
    }
    latencies.push(performance.now() - started);
    await patch;
  }
  socket.close();
  return { pushed: latencies, answered, committedToPush };
}

interface ReminderFigures {
  pushed: number[];
  stored: number[];
}

async function measureReminderLateness(state: StackState): Promise<ReminderFigures> {
  const client = await registerUser(state.gatewayUrl);
  const socket = await openSocket(client);
  const arrivals = new Map<string, number>();
  const due = new Map<string, number>();
  const start = Date.now() + 5_000;
  for (let i = 0; i < REMINDERS; i++) {
    const remindAt = new Date(start + i * REMINDER_SPACING_MS);
    const task = await createTask(client, { title: `remind ${i}`, dueAt: new Date(remindAt.getTime() + 3_600_000).toISOString(), remindAt: remindAt.toISOString() });
    due.set(task.id, remindAt.getTime());
  }
  const deadline = start + REMINDERS * REMINDER_SPACING_MS + 30_000;
  while (arrivals.size < due.size && Date.now() < deadline) {
    for (const message of socket.messages) {
      const notification = (message.notification ?? message) as { taskId?: string };
      if (message.type === 'notification' && notification.taskId && due.has(notification.taskId) && !arrivals.has(notification.taskId)) {
        arrivals.set(notification.taskId, message.receivedAt);
      }
    }
    await sleep(5);
  }
  socket.close();
  const { body } = await client.call<{ items: Array<{ taskId: string; createdAt: string }> }>('GET', '/api/notifications?limit=200');
  return {
    pushed: [...arrivals].map(([taskId, at]) => at - due.get(taskId)!),
    stored: body.items.filter((n) => due.has(n.taskId)).map((n) => new Date(n.createdAt).getTime() - due.get(n.taskId)!),
  };
}

/** Percentiles of chat-api's reminder_lateness_seconds histogram (the Jobs API callback vs remindAt), as bucket bounds. */
async function jobFireLateness(state: StackState): Promise<{ n: number; p50: number; p99: number }> {
  const text = await (await fetch(`http://127.0.0.1:${state.services['chat-api'][0]!.appPort}/metrics`)).text();
  const buckets = [...text.matchAll(/^reminder_lateness_seconds_bucket\{le="([^"]+)"\} (\d+)/gm)].map((m) => ({ le: Number(m[1]), count: Number(m[2]) }));
  const total = buckets.at(-1)?.count ?? 0;
  const bound = (p: number) => (buckets.find((b) => b.count >= (p / 100) * total)?.le ?? NaN) * 1000;
  return { n: total, p50: bound(50), p99: bound(99) };
}

async function main(): Promise<void> {
  const name = `bench-${process.pid}`;
  const runDir = given ?? defaultRunDir(name);
  const state = given ? readState(runDir) : await upStack({ name, repoRoot, runDir, gatewayPort: 0, logLevel: 'warn' });
  try {
    const eventRun = await measureEventLatency(state);
    const events = summarize(eventRun.pushed);
    const answered = summarize(eventRun.answered);
    const committed = summarize(eventRun.committedToPush);
    const reminderRun = await measureReminderLateness(state);
    const pushed = summarize(reminderRun.pushed);
    const stored = summarize(reminderRun.stored);
    const fired = await jobFireLateness(state);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const rss = SERVICES.map((service) => ({ service, app: rssMb(state.services[service][0]!.app.pid), sidecar: rssMb(state.services[service][0]!.sidecar.pid) }));
    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
    const lines = [
      '# Distributed runtime benchmark',
      '',
      `Run ${new Date().toISOString()} on ${process.platform}, Node ${process.version}; every service with its own daprd (Dapr ${process.env.DAPR_VERSION ?? '1.18.2'}), Kafka 3.9 (KRaft, 1 broker), Redis, PostgreSQL, Dapr scheduler — all on this machine.`,
      '',
      '| figure | n | p50 | p99 | max | target |',
      '|---|---|---|---|---|---|',
      `| event through Kafka: write in chat-api (task.updatedAt) → WebSocket push (outbox → daprd → Kafka → daprd → realtime), ms | ${committed.n} | ${fmt(committed.p50)} | ${fmt(committed.p99)} | ${fmt(committed.max)} | p99 < 100 |`,
      `| whole round: PATCH sent → WebSocket push, ms | ${events.n} | ${fmt(events.p50)} | ${fmt(events.p99)} | ${fmt(events.max)} | |`,
      `| PATCH sent → answered (gateway → chat-api → PostgreSQL commit), ms | ${answered.n} | ${fmt(answered.p50)} | ${fmt(answered.p99)} | ${fmt(answered.max)} | |`,
      `| reminder: Jobs API callback in chat-api − remindAt (histogram bucket bounds), ms | ${fired.n} | ≤ ${fmt(fired.p50)} | ≤ ${fmt(fired.p99)} | | p99 < 1000 |`,
      `| reminder: notification stored (after Kafka → notification) − remindAt, ms | ${stored.n}/${REMINDERS} | ${fmt(stored.p50)} | ${fmt(stored.p99)} | ${fmt(stored.max)} | |`,
      `| reminder: notification on the WebSocket − remindAt, ms | ${pushed.n}/${REMINDERS} | ${fmt(pushed.p50)} | ${fmt(pushed.p99)} | ${fmt(pushed.max)} | |`,
      '',
      `${EVENTS} sequential task updates; ${REMINDERS} reminders due ${REMINDER_SPACING_MS} ms apart. Load average at the end: ${load} (2 cores, shared with other work).`,
      '',
      '| service | app RSS (MB) | daprd RSS (MB) | target (app) |',
      '|---|---|---|---|',
      ...rss.map((row) => `| ${row.service} | ${fmt(row.app)} | ${fmt(row.sidecar)} | < 150 |`),
      '',
    ];
    mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
    const out = join(repoRoot, 'bench/results/distributed-latest.md'); // only the latest report is kept
    writeFileSync(out, lines.join('\n'));
    console.log(lines.join('\n'));
    console.log(`written to ${out}`);
  } finally {
    if (!given) await downStack(runDir, { purge: true });
  }
}

await main();
