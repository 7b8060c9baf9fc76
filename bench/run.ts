// Embedded benchmarks (`npm run bench`): publish-after-commit latency, event-to-audit latency and reminder lateness,
// measured on the whole system in one process (PGlite in a temp DATA_DIR). Writes Markdown to bench/results/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { TOPICS } from '@todo/domain';
import { silentLogger } from '@todo/platform/testing';
import { parseConfig } from '../src/config.js';
import { startEmbedded } from '../src/runtime/embedded.js';
import { summarize, type Summary } from './stats.js';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 300);
const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 250);
/** Pause between changes: latency is measured at a steady rate the pipeline keeps up with, not under a flood. */
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 25);
const SPREAD_MS = Number(process.env.BENCH_REMINDER_SPREAD_MS ?? 20_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-bench-'));
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuv', LOG_LEVEL: 'silent' });
  const system = await startEmbedded(config, { log: silentLogger() });
  try {
    const register = await fetch(`${system.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `bench-${Date.now()}@example.com`, password: 'bench password 1' }),
    });
    const userId = ((await register.json()) as { user: { id: string } }).user.id;
    const tasks = system.chatApi.taskService;

    // 1. publish after commit: commit → the relay calling bus.publish, and commit → a probe subscriber receiving it.
    //    Sequential changes, so this is latency, not throughput.
    const received = new Map<string, number>();
    const handedToBus = new Map<string, number>();
    // The relay holds this bus object and calls its publish: record when it does (first publish per task).
    const bus = system.events.bus;
    const publish = bus.publish.bind(bus);
    bus.publish = (topic, event) => {
      if (topic === TOPICS.taskEvents && !handedToBus.has(event.subject)) handedToBus.set(event.subject, performance.now());
      return publish(topic, event);
    };
    // The commit instant: the outbox unit of work (withOutbox) hands the committed rows to relay.publishCommitted right after COMMIT.
    const committedAtRelay = new Map<string, number>();
    const relay = system.events.relay;
    const handOver = relay.publishCommitted.bind(relay);
    relay.publishCommitted = (records) => {
      const now = performance.now();
      for (const r of records) if (!committedAtRelay.has(r.partitionKey)) committedAtRelay.set(r.partitionKey, now);
      handOver(records);
    };
    system.events.bus.subscribe({ consumer: 'bench-probe', topic: TOPICS.taskEvents, handle: async (event) => void received.set(event.subject, performance.now()) });
    for (let i = 0; i < 20; i++) await tasks.create(userId, { title: `warm-up ${i}` });
    const committedAt = new Map<string, number>();
    for (let i = 0; i < EVENTS; i++) {
      const task = await tasks.create(userId, { title: `bench ${i}` });
      committedAt.set(task.id, performance.now());
      await sleep(GAP_MS);
    }
    await system.events.relay.drain();
    const publishMs = [...committedAt].map(([id]) => (handedToBus.get(id) ?? Number.NaN) - (committedAtRelay.get(id) ?? Number.NaN));
    const deliveredMs = [...committedAt].map(([id]) => (received.get(id) ?? Number.NaN) - (committedAtRelay.get(id) ?? Number.NaN));

    // 2. event to audit: task.createdAt (taken before the write) → the audit row's insert time, both from this machine's clock.
    const audit = rows<{ ms: number }>(
      await system.database.db.execute(sql`
        select extract(epoch from (recorded_at - (data->'task'->>'createdAt')::timestamptz)) * 1000 as ms
        from audit_log where type = 'task.created' and data->'task'->>'title' like 'bench %'`),
    ).map((r) => Number(r.ms));

    // 3. reminder lateness: reminders spread over a few seconds; lateness = notification stored − remindAt.
    await system.events.relay.drain();
    // Reminders must be scheduled before they come due: time a few creates to leave enough headroom for all of them.
    const probeStart = performance.now();
    for (let i = 0; i < 10; i++) await tasks.create(userId, { title: `timing ${i}` });
    const perCreateMs = (performance.now() - probeStart) / 10;
    await system.events.relay.drain();
    const start = Date.now() + 5_000 + Math.ceil(REMINDERS * perCreateMs * 2);
    const remindAtByTask = new Map<string, number>();
    for (let i = 0; i < REMINDERS; i++) {
      const remindAt = start + Math.floor((i * SPREAD_MS) / REMINDERS);
      const task = await tasks.create(userId, { title: `reminder ${i}`, remindAt: new Date(remindAt).toISOString() });
      remindAtByTask.set(task.id, remindAt);
    }
    const scheduledBy = Date.now();
    const deadline = start + SPREAD_MS + 30_000;
    let fired: { task_id: string; created: number }[] = [];
    while (Date.now() < deadline) {
      fired = rows<{ task_id: string; created: number }>(
        await system.database.db.execute(sql`select task_id, extract(epoch from created_at) * 1000 as created from notifications`),
      );
      if (fired.length >= REMINDERS) break;
      await sleep(250);
    }
    const lateness = fired.map((n) => Number(n.created) - remindAtByTask.get(n.task_id)!).filter((v) => Number.isFinite(v));

    const report = renderReport({
      publish: summarize(publishMs.filter(Number.isFinite)),
      delivered: summarize(deliveredMs.filter(Number.isFinite)),
      audit: summarize(audit),
      reminders: summarize(lateness),
      remindersExpected: REMINDERS,
      schedulingHeadroomMs: start - scheduledBy,
      database: system.database.kind,
      load: loadavg().map((l) => l.toFixed(1)).join(' / '),
    });
    const dir = resolve(import.meta.dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'embedded-latest.md'); // only the latest report is kept
    writeFileSync(file, report);
    process.stdout.write(`${report}\nwritten to ${file}\n`);
  } finally {
    await system.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function renderReport(r: { publish: Summary; delivered: Summary; audit: Summary; reminders: Summary; remindersExpected: number; schedulingHeadroomMs: number; database: string; load: string }): string {
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
  const row = (name: string, s: Summary, target: string, ok: boolean | null) =>
    `| ${name} | ${s.n} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} | ${target} | ${ok === null ? '' : ok ? 'met' : '**missed**'} |`;
  return [
    `# Embedded benchmark — ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; database: ${r.database} (temp DATA_DIR); one process (\`startEmbedded\`).`,
    `Load average at the end (1/5/15 min): ${r.load} — other work shares the machine, so these are upper bounds.`,
    '',
    '| measurement | n | p50 ms | p99 ms | max ms | target | |',
    '|---|---|---|---|---|---|---|',
    row('publish after commit (commit → relay calls bus.publish)', r.publish, 'p99 < 10 ms', r.publish.p99 < 10),
    row('delivery after commit (commit → last subscriber of task-events starts)', r.delivered, '—', null),
    row('event to audit (change → audit row written)', r.audit, '—', null),
    row(`reminder lateness (remindAt → notification stored; ${r.reminders.n}/${r.remindersExpected} fired)`, r.reminders, 'p99 < 1000 ms', r.reminders.p99 < 1000 && r.reminders.n === r.remindersExpected),
    '',
    `How: changes go through TaskService.create one after another (${GAP_MS} ms apart).`,
    'Publish latency: from the commit (the moment the transaction wrapper hands the committed rows to the relay) to the',
    'relay calling bus.publish for that event (the embedded bus then delivers asynchronously). Delivery latency: to a',
    'probe subscribed last on task-events; the consumers before it (audit, reminders, recurring-task) run their PGlite',
    'queries on the same thread first, so this is mostly their work. Audit latency uses the task\'s createdAt and the audit row\'s insert time. Reminders are spread',
    `evenly over ${SPREAD_MS / 1000} s starting ${Math.round(r.schedulingHeadroomMs)} ms after the last one was scheduled.`,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
