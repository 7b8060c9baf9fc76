// Load benchmark (`npm run bench`): 10 users, C concurrent clients looping 3 creates : 1 list of 20 against the embedded
// server (PGlite; and PostgreSQL when TEST_DATABASE_URL is set), checked for lost/doubled writes, beside the raw database
// doing the same write shape (one task row + two outbox rows per transaction). The clients run in a worker thread
// (bench/load-client.ts), so the server's event loop is its own. Writes bench/results/load-latest.md.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import WebSocket from 'ws';
import { openDatabase, type Database } from '@todo/db';
import { createFreshPostgres, silentLogger } from '@todo/platform/testing';
import { parseConfig } from '../src/config.js';
import { startEmbedded } from '../src/runtime/embedded.js';
import type { ClientResult, ClientWork } from './load-client.js';
import { summarize, type Summary } from './stats.js';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_LOAD_LEVELS ?? '1,10,100').split(',').map(Number);
// BENCH_LOAD_MODES=postgres (or embedded) runs one mode, for quick iterations; a report from it is partial.
const MODES = (process.env.BENCH_LOAD_MODES ?? 'embedded,postgres').split(',');
// Each level runs RUNS times, interleaved with the raw database (ours, raw, ours, raw…); the report shows the median run.
const RUNS = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const USERS = 10;
const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

interface LevelResult {
  c: number;
  okPerSecond: number;
  latency: Summary;
  createLatency: Summary;
  errors: number;
  requests: number;
  rssMb: number;
  /** CPU time of the whole process (server and clients) per ok request. */
  cpuMsPerRequest: number;
  /** The server's event-loop delay, p99. */
  loopDelayP99: number;
  loadAverage: number;
  /** Level start → every client answered once (the warm-up waits for it; Node accepts one connection per loop turn). */
  rampMs: number;
  /** Connections the server accepted during the level (the clients hold exactly C, and a probe opens one every 250 ms). */
  connections: number;
  /** A new connection under this load: connect → first answer (GET /healthz), every run of the level. */
  newConnection: Summary;
  /** Ours ÷ raw in each of the level's runs (the row is the median of them). */
  ratios: number[];
  rawPerSecond: number;
  rawLatency: Summary;
  /** Embedded: the same raw write through the server's own db layer (@todo/db: prepared statements, work lanes). */
  layerPerSecond?: number;
  /** Process CPU time per raw transaction (the raw writers run in this process, on PGlite the database too). */
  rawCpuMsPerTx: number;
  /** The server database's committed transactions per request (consumers and relay included; a load-robust count). */
  commitsPerRequest: number;
  /** Commit → audit row and commit → WebSocket push for this level's creates. */
  audit: Summary;
  push: Summary;
}

interface ModeResult {
  mode: string;
  levels: LevelResult[];
  acknowledged: number;
  lost: number;
  doubled: number;
}

async function main(): Promise<void> {
  const modes: ModeResult[] = [];
  if (MODES.includes('embedded')) modes.push(await runMode('embedded (PGlite)', undefined));
  const url = process.env.TEST_DATABASE_URL;
  if (url && MODES.includes('postgres')) modes.push(await runMode('on PostgreSQL', url));
  const report = renderReport(modes);
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'load-latest.md'), report);
  process.stdout.write(`${report}\nwritten to ${join(dir, 'load-latest.md')}\n`);
}

async function runMode(mode: string, postgresUrl: string | undefined): Promise<ModeResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-load-'));
  const server = postgresUrl ? await createFreshPostgres(postgresUrl) : undefined;
  const raw = postgresUrl ? await createFreshPostgres(postgresUrl) : undefined;
  const config = parseConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuv', LOG_LEVEL: 'silent',
    ...(server ? { DATABASE_URL: server.url } : {}),
  });
  const system = await startEmbedded(config, { log: silentLogger() });
  // Raw = the database with nothing on top: node-postgres (under Drizzle), or PGlite's own query API. Embedded, the same
  // write also goes through @todo/db, whose prepared statements make PGlite itself faster.
  const rawDb = raw ? rawThrough(await openDatabase({ url: raw.url })) : await openPlainPglite(join(dataDir, 'raw'));
  const layerDb = raw ? undefined : rawThrough(await openDatabase({ dataDir: join(dataDir, 'raw-layer') }));
  const sockets: WebSocket[] = [];
  const clients = startClientThread();
  try {
    const tokens: string[] = [];
    for (let u = 0; u < USERS; u++) {
      const response = await fetch(`${system.url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `load-${u}-${Date.now()}@example.com`, password: 'bench password 1' }),
      });
      tokens.push(((await response.json()) as { token: string }).token);
    }
    // One WebSocket per user: commit → push is the task's createdAt (taken just before the write) → message received.
    const pushedMs = new Map<number, number[]>();
    for (const token of tokens) {
      const socket = new WebSocket(`${system.url.replace('http', 'ws')}/api/ws?token=${token}`);
      await new Promise((ok, fail) => socket.once('open', ok).once('error', fail));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; task?: { createdAt: string; title: string } };
        const c = Number(/^load c(\d+) /.exec(message.task?.title ?? '')?.[1]);
        if (message.type !== 'task.created' || !message.task || !Number.isFinite(c)) return;
        const list = pushedMs.get(c) ?? [];
        list.push(Date.now() - Date.parse(message.task.createdAt));
        pushedMs.set(c, list);
      });
      sockets.push(socket);
    }
    const acknowledged = new Set<string>();
    const levels: Omit<LevelResult, 'audit' | 'push'>[] = [];
    await prepareRaw(rawDb);
    if (layerDb) await prepareRaw(layerDb);
    const measureRun = async (c: number, run: number) => {
      const commitsBefore = await committedTransactions(system.database);
      let connections = 0;
      const onConnection = () => connections++;
      system.app.server.on('connection', onConnection);
      const level = { ...(await loadLevel(clients, system.url, tokens, c, run, acknowledged)), connections };
      system.app.server.off('connection', onConnection);
      await system.events.relay.drain();
      const commits = (await committedTransactions(system.database)) - commitsBefore;
      const rawResult = await rawLevel(rawDb, c);
      const layerPerSecond = layerDb ? (await rawLevel(layerDb, c)).rawPerSecond : undefined;
      const { all, ...measured } = level;
      return { ...measured, ...rawResult, ...(layerPerSecond === undefined ? {} : { layerPerSecond }), commitsPerRequest: commits / Math.max(1, all) };
    };
    for (const c of LEVELS) {
      const runs: Awaited<ReturnType<typeof measureRun>>[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await measureRun(c, run));
      const ratioOf = (r: (typeof runs)[number]) => r.okPerSecond / r.rawPerSecond;
      const median = [...runs].sort((a, b) => ratioOf(a) - ratioOf(b))[Math.floor(runs.length / 2)]!;
      const { newConnectionLatencies, ...row } = median;
      void newConnectionLatencies;
      levels.push({ ...row, newConnection: summarize(runs.flatMap((r) => r.newConnectionLatencies)), ratios: runs.map(ratioOf) });
    }
    await system.events.relay.drain();
    await new Promise((r) => setTimeout(r, 2000)); // consumers finish the last deliveries
    const stored = rows<{ title: string; n: number }>(
      await system.database.db.execute(sql`select title, count(*)::int as n from tasks where title like 'load %' group by title`),
    );
    const counts = new Map(stored.map((r) => [r.title, Number(r.n)]));
    let lost = 0;
    let doubled = 0;
    for (const title of acknowledged) {
      const n = counts.get(title) ?? 0;
      if (n === 0) lost++;
      if (n > 1) doubled++;
    }
    const audited = rows<{ c: number; ms: number }>(
      await system.database.db.execute(sql`
        select substring(data->'task'->>'title' from '^load c([0-9]+) ')::int as c,
          extract(epoch from (recorded_at - (data->'task'->>'createdAt')::timestamptz)) * 1000 as ms
        from audit_log where type = 'task.created' and data->'task'->>'title' like 'load %'`),
    );
    const auditOf = (c: number) => summarize(audited.filter((r) => Number(r.c) === c).map((r) => Number(r.ms)));
    return {
      mode,
      levels: levels.map((l) => ({ ...l, audit: auditOf(l.c), push: summarize(pushedMs.get(l.c) ?? []) })),
      acknowledged: acknowledged.size,
      lost,
      doubled,
    };
  } finally {
    for (const socket of sockets) socket.close();
    await clients.terminate();
    await rawDb.close();
    await layerDb?.close();
    await system.close();
    await server?.drop();
    await raw?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The thread the clients run in (one per mode, so its start-up is not measured). */
function startClientThread(): Worker {
  // Node 20 does not hand tsx's loader to workers: the worker registers it, then loads the client module.
  const client = new URL('./load-client.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(client)}); })`;
  return new Worker(boot, { eval: true });
}

/** One level: the clients in their thread; CPU and the server's event-loop delay measured here meanwhile. */
async function loadLevel(clients: Worker, url: string, tokens: string[], c: number, run: number, acknowledged: Set<string>) {
  const work: ClientWork = { url, tokens, c, run, warmUpMs: 1000, measuredMs: SECONDS * 1000 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let cpuBefore = process.cpuUsage();
  const result = await new Promise<ClientResult>((ok, fail) => {
    const onMessage = (message: 'measuring' | ClientResult) => {
      if (message === 'measuring') {
        cpuBefore = process.cpuUsage();
        loop.enable();
        return;
      }
      clients.off('message', onMessage).off('error', fail);
      ok(message);
    };
    clients.on('message', onMessage).once('error', fail);
    clients.postMessage(work);
  });
  const cpu = process.cpuUsage(cpuBefore);
  loop.disable();
  for (const title of result.acknowledged) acknowledged.add(title);
  return {
    c,
    all: result.all,
    okPerSecond: result.ok / SECONDS,
    latency: summarize(result.latencies),
    createLatency: summarize(result.createLatencies),
    errors: result.errors,
    requests: result.ok + result.errors,
    rssMb: process.memoryUsage().rss / 2 ** 20,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, result.ok),
    loopDelayP99: loop.percentile(99) / 1e6,
    loadAverage: loadavg()[0] ?? 0,
    rampMs: result.rampMs,
    newConnectionLatencies: result.newConnectionLatencies,
  };
}

/** Transactions committed in the database so far (pg_stat_database; flushed first, PGlite included). */
async function committedTransactions(database: Database): Promise<number> {
  await database.db.execute(sql`select pg_stat_force_next_flush()`);
  await database.db.execute(sql`select 1`);
  const [row] = rows<{ n: number }>(await database.db.execute(sql`select xact_commit::int as n from pg_stat_database where datname = current_database()`));
  return Number(row?.n ?? Number.NaN);
}

const RAW_TASK = `insert into raw_tasks (id, user_id, title) values ($1, $2, 'raw')`;
const RAW_OUTBOX = `insert into raw_outbox (event_id, topic, partition_key, event) values ($1, 'task-events', $3, $4::jsonb), ($2, 'task-updates', $3, $4::jsonb)`;

/** A raw database: its DDL, one same-shape write (task row + two outbox rows in one transaction), close. */
interface RawDatabase {
  exec(sql: string): Promise<void>;
  write(taskId: string, userId: string, eventIds: [string, string], event: string): Promise<void>;
  close(): Promise<void>;
}

/** PGlite as its own API runs it: client.transaction + tx.query, no Drizzle and no @todo/db layer. */
async function openPlainPglite(dataDir: string): Promise<RawDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const client = await PGlite.create(dataDir);
  return {
    exec: async (text) => void (await client.exec(text)),
    write: (taskId, userId, [first, second], event) =>
      client.transaction(async (tx) => {
        await tx.query(RAW_TASK, [taskId, userId]);
        await tx.query(RAW_OUTBOX, [first, second, taskId, event]);
      }),
    close: () => client.close(),
  };
}

/** The same write through @todo/db (Drizzle over node-postgres, or over PGlite with the server's prepared statements). */
function rawThrough(database: Database): RawDatabase {
  return {
    exec: (text) => database.exec(text),
    write: (taskId, userId, [first, second], event) =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into raw_tasks (id, user_id, title) values (${taskId}, ${userId}, 'raw')`);
        await tx.execute(sql`insert into raw_outbox (event_id, topic, partition_key, event) values
          (${first}, 'task-events', ${taskId}, ${event}::jsonb), (${second}, 'task-updates', ${taskId}, ${event}::jsonb)`);
      }),
    close: () => database.close(),
  };
}

async function prepareRaw(db: RawDatabase): Promise<void> {
  await db.exec(`create table raw_tasks (id uuid primary key, user_id uuid not null, title text not null,
      created_at timestamptz not null default now(), updated_at timestamptz not null default now());
    create table raw_outbox (seq bigserial primary key, event_id uuid not null unique, topic text not null,
      partition_key text not null, event jsonb not null, created_at timestamptz not null default now(), published_at timestamptz)`);
}

/** The raw database, same write shape: one transaction = one task row + two outbox rows, C writers for the same time. */
async function rawLevel(db: RawDatabase, c: number) {
  const latencies: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  const userId = randomUUID();
  const cpuBefore = process.cpuUsage();
  const writer = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const id = randomUUID();
      const event = JSON.stringify({ id: randomUUID(), subject: id, data: { task: { id, title: 'raw' } } });
      await db.write(id, userId, [randomUUID(), randomUUID()], event);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: c }, writer));
  const cpu = process.cpuUsage(cpuBefore);
  return { rawPerSecond: latencies.length / SECONDS, rawLatency: summarize(latencies), rawCpuMsPerTx: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length) };
}

/** The targets of issue #14 at C=100 (and C=1 for a create embedded), each with whether this run met it. */
function targetsOf(m: ModeResult): string[] {
  const top = m.levels.find((l) => l.c === 100);
  const one = m.levels.find((l) => l.c === 1);
  const mark = (held: boolean) => (held ? 'holds' : '**does not hold**');
  const lines: string[] = [];
  if (top) {
    const pipeline = Math.max(top.audit.p99, top.push.p99);
    lines.push(
      `- C=100 rate ≥ 1/3 of the raw database's (median of ${top.ratios.length} runs): ${(top.okPerSecond / top.rawPerSecond).toFixed(2)}× — ${mark(top.okPerSecond * 3 >= top.rawPerSecond)}`,
      `- C=100 p99 ≤ 3 × p50: ${top.latency.p99.toFixed(0)} vs 3 × ${top.latency.p50.toFixed(0)} ms — ${mark(top.latency.p99 <= 3 * top.latency.p50)}`,
      `- C=100 max < 2 s: ${top.latency.max.toFixed(0)} ms — ${mark(top.latency.max < 2000)}`,
      `- C=100 a new connection answered < 2 s (max): ${top.newConnection.max.toFixed(0)} ms — ${mark(top.newConnection.max < 2000)}`,
      `- C=100 0 errors: ${top.errors} — ${mark(top.errors === 0)}`,
      `- C=100 event pipeline p99 < 1 s: ${pipeline.toFixed(0)} ms — ${mark(pipeline < 1000)}`,
    );
  }
  if (one && m.mode.startsWith('embedded')) lines.push(`- C=1 create p50 < 3 ms: ${one.createLatency.p50.toFixed(1)} ms — ${mark(one.createLatency.p50 < 3)}`);
  lines.push(`- no lost or doubled writes: ${m.lost} lost, ${m.doubled} doubled of ${m.acknowledged} — ${mark(m.lost === 0 && m.doubled === 0)}`);
  return lines;
}

function renderReport(modes: ModeResult[]): string {
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : 'n/a');
  const lines = [
    `# Load benchmark — ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
    `${USERS} users, C clients on C keep-alive connections, each looping 3 × POST /api/tasks : 1 × GET /api/tasks?limit=20, ${SECONDS} s per level`,
    'after a warm-up of 1 s and until every client has had an answer (the ramp below). Meanwhile a probe opens a new connection',
    'every 250 ms and times its first answer (GET /healthz): Node 20 accepts one connection per event-loop turn.',
    `Each level runs ${RUNS} times interleaved with the raw database (ours, raw, ours, raw…); the rows are the median run by ratio.`,
    'The clients run in a worker thread of the bench process. Raw = the same database with nothing on top (PGlite\'s own query',
    'API; node-postgres), right after each level: C writers, each transaction one task row + two outbox rows. Embedded, the same',
    'raw write also through the server\'s db layer (@todo/db: prepared statements), which makes PGlite itself faster.',
    'Pipeline = commit → audit row / → WebSocket push, p99.',
    'Second table, the figures least moved by other load on a shared machine: process CPU ms per ok request (server and',
    'clients) beside the raw CPU ms per transaction (on PostgreSQL the database server\'s CPU is not counted on either side),',
    'transactions the server database committed per request (consumers and relay included), event-loop delay p99.',
    '',
  ];
  for (const m of modes) {
    lines.push(
      `## ${m.mode}`,
      '',
      '| C | ok req/s | p50 ms | p99 ms | max ms | errors | RSS MB | pipeline p99 ms (audit / push) | raw tx/s | ratio to raw (each run) | raw through @todo/db tx/s (ratio) |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const l of m.levels) {
      lines.push(
        `| ${l.c} | ${l.okPerSecond.toFixed(0)} | ${ms(l.latency.p50)} | ${ms(l.latency.p99)} | ${ms(l.latency.max)} | ${l.errors} | ${l.rssMb.toFixed(0)} | ${ms(l.audit.p99)} / ${ms(l.push.p99)} | ${l.rawPerSecond.toFixed(0)} | ${(l.okPerSecond / l.rawPerSecond).toFixed(2)}× (${l.ratios.map((r) => r.toFixed(2)).join(' / ')}) | ${l.layerPerSecond === undefined ? '—' : `${l.layerPerSecond.toFixed(0)} (${(l.okPerSecond / l.layerPerSecond).toFixed(2)}×)`} |`,
      );
    }
    lines.push(
      '',
      '| C | create p50 ms | CPU ms/req | raw CPU ms/tx | CPU ratio (raw ÷ ours) | commits/req | loop delay p99 ms | raw p50 / p99 ms | load avg |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const l of m.levels) {
      lines.push(
        `| ${l.c} | ${l.createLatency.p50.toFixed(1)} | ${l.cpuMsPerRequest.toFixed(2)} | ${l.rawCpuMsPerTx.toFixed(2)} | ${(l.rawCpuMsPerTx / l.cpuMsPerRequest).toFixed(2)}× | ${l.commitsPerRequest.toFixed(2)} | ${ms(l.loopDelayP99)} | ${ms(l.rawLatency.p50)} / ${ms(l.rawLatency.p99)} | ${l.loadAverage.toFixed(1)} |`,
      );
    }
    lines.push('', `Ramp, level start → all C clients answered once (not measured), median run: ${m.levels.map((l) => `C=${l.c} ${ms(l.rampMs)} ms (${l.connections} connections)`).join(', ')}.`);
    lines.push('', `A new connection under load, connect → first answer, p50 / p99 / max ms: ${m.levels.map((l) => `C=${l.c} ${ms(l.newConnection.p50)} / ${ms(l.newConnection.p99)} / ${ms(l.newConnection.max)} (n = ${l.newConnection.n})`).join(', ')}.`);
    lines.push('', `Writes: ${m.acknowledged} acknowledged creates, ${m.lost} lost, ${m.doubled} stored twice.`, '', 'Targets of #14 in this run:', ...targetsOf(m), '');
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`load bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
