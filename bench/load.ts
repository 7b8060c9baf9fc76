// Load benchmark (`npm run bench`): 10 users, C concurrent clients looping 3 creates : 1 list of 20 against the embedded
// server (PGlite; and PostgreSQL when TEST_DATABASE_URL is set), checked for lost/doubled writes, beside the raw database
// doing the same write shape (one task row + two outbox rows per transaction). Writes bench/results/load-latest.md.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import WebSocket from 'ws';
import { openDatabase, type Database } from '@todo/db';
import { silentLogger } from '@todo/platform/testing';
import { parseConfig } from '../src/config.js';
import { startEmbedded } from '../src/runtime/embedded.js';
import { summarize, type Summary } from './stats.js';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_LOAD_LEVELS ?? '1,10,100').split(',').map(Number);
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
  rawPerSecond: number;
  rawLatency: Summary;
}

interface ModeResult {
  mode: string;
  levels: LevelResult[];
  acknowledged: number;
  lost: number;
  doubled: number;
  audit: Summary;
  push: Summary;
}

async function main(): Promise<void> {
  const modes: ModeResult[] = [await runMode('embedded (PGlite)', undefined)];
  const url = process.env.TEST_DATABASE_URL;
  if (url) modes.push(await runMode('on PostgreSQL', url));
  const report = renderReport(modes);
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'load-latest.md'), report);
  process.stdout.write(`${report}\nwritten to ${join(dir, 'load-latest.md')}\n`);
}

/** A fresh database on the PostgreSQL server of `url`, dropped by the returned cleanup. */
async function freshPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = await openDatabase({ url });
  await admin.exec(`create database ${name}`);
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const cleanup = await openDatabase({ url });
      await cleanup.exec(`drop database if exists ${name} with (force)`);
      await cleanup.close();
    },
  };
}

async function runMode(mode: string, postgresUrl: string | undefined): Promise<ModeResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-load-'));
  const server = postgresUrl ? await freshPostgres(postgresUrl) : undefined;
  const raw = postgresUrl ? await freshPostgres(postgresUrl) : undefined;
  const config = parseConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'bench-secret-0123456789abcdef', LOG_LEVEL: 'silent',
    ...(server ? { DATABASE_URL: server.url } : {}),
  });
  const system = await startEmbedded(config, { log: silentLogger() });
  const rawDb = raw ? await openDatabase({ url: raw.url }) : await openDatabase({ dataDir: join(dataDir, 'raw') });
  const sockets: WebSocket[] = [];
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
    const pushedMs: number[] = [];
    for (const token of tokens) {
      const socket = new WebSocket(`${system.url.replace('http', 'ws')}/api/ws?token=${token}`);
      await new Promise((ok, fail) => socket.once('open', ok).once('error', fail));
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; task?: { createdAt: string } };
        if (message.type === 'task.created' && message.task) pushedMs.push(Date.now() - Date.parse(message.task.createdAt));
      });
      sockets.push(socket);
    }
    const acknowledged = new Set<string>();
    const levels: LevelResult[] = [];
    await prepareRaw(rawDb);
    for (const c of LEVELS) {
      const level = await loadLevel(system.url, tokens, c, acknowledged);
      const rawResult = await rawLevel(rawDb, c);
      levels.push({ ...level, ...rawResult });
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
    const audit = rows<{ ms: number }>(
      await system.database.db.execute(sql`
        select extract(epoch from (recorded_at - (data->'task'->>'createdAt')::timestamptz)) * 1000 as ms
        from audit_log where type = 'task.created' and data->'task'->>'title' like 'load %'`),
    ).map((r) => Number(r.ms));
    return { mode, levels, acknowledged: acknowledged.size, lost, doubled, audit: summarize(audit), push: summarize(pushedMs) };
  } finally {
    for (const socket of sockets) socket.close();
    await rawDb.close();
    await system.close();
    await server?.drop();
    await raw?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function loadLevel(url: string, tokens: string[], c: number, acknowledged: Set<string>) {
  const latencies: number[] = [];
  const createLatencies: number[] = [];
  let errors = 0;
  let ok = 0;
  const warmUpEnd = performance.now() + 1000;
  const end = warmUpEnd + SECONDS * 1000;
  const client = async (i: number) => {
    const headers = { authorization: `Bearer ${tokens[i % tokens.length]}`, 'content-type': 'application/json' };
    for (let n = 0; performance.now() < end; n++) {
      const isList = n % 4 === 3;
      const title = `load c${c} ${i} ${n}`;
      const started = performance.now();
      try {
        const response = isList
          ? await fetch(`${url}/api/tasks?limit=20`, { headers })
          : await fetch(`${url}/api/tasks`, { method: 'POST', headers, body: JSON.stringify({ title }) });
        await response.arrayBuffer();
        const elapsed = performance.now() - started;
        if (started < warmUpEnd) {
          if (!isList && response.status === 201) acknowledged.add(title);
          continue;
        }
        if (response.status === (isList ? 200 : 201)) {
          ok++;
          latencies.push(elapsed);
          if (!isList) {
            acknowledged.add(title);
            createLatencies.push(elapsed);
          }
        } else errors++;
      } catch {
        if (started >= warmUpEnd) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: c }, (_, i) => client(i)));
  return {
    c,
    okPerSecond: ok / SECONDS,
    latency: summarize(latencies),
    createLatency: summarize(createLatencies),
    errors,
    requests: ok + errors,
    rssMb: process.memoryUsage().rss / 2 ** 20,
  };
}

async function prepareRaw(db: Database): Promise<void> {
  await db.exec(`create table raw_tasks (id uuid primary key, user_id uuid not null, title text not null,
      created_at timestamptz not null default now(), updated_at timestamptz not null default now());
    create table raw_outbox (seq bigserial primary key, event_id uuid not null unique, topic text not null,
      partition_key text not null, event jsonb not null, created_at timestamptz not null default now(), published_at timestamptz)`);
}

/** The raw database, same write shape: one transaction = one task row + two outbox rows, C writers for the same time. */
async function rawLevel(db: Database, c: number) {
  const latencies: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  const userId = randomUUID();
  const writer = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      const id = randomUUID();
      const event = JSON.stringify({ id: randomUUID(), subject: id, data: { task: { id, title: 'raw' } } });
      await db.db.transaction(async (tx) => {
        await tx.execute(sql`insert into raw_tasks (id, user_id, title) values (${id}, ${userId}, 'raw')`);
        await tx.execute(sql`insert into raw_outbox (event_id, topic, partition_key, event) values
          (${randomUUID()}, 'task-events', ${id}, ${event}::jsonb), (${randomUUID()}, 'task-updates', ${id}, ${event}::jsonb)`);
      });
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: c }, writer));
  return { rawPerSecond: latencies.length / SECONDS, rawLatency: summarize(latencies) };
}

function renderReport(modes: ModeResult[]): string {
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
  const lines = [
    `# Load benchmark — ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
    `${USERS} users, C clients each looping 3 × POST /api/tasks : 1 × GET /api/tasks?limit=20, ${SECONDS} s per level after 1 s warm-up.`,
    'The load generator runs in the server process (RSS is both). Raw = the same database with nothing on top: C writers,',
    'each transaction one task row + two outbox rows (one statement each for task and outbox, like the server).',
    '',
  ];
  for (const m of modes) {
    lines.push(`## ${m.mode}`, '', '| C | ok req/s | p50 ms | p99 ms | max ms | create p50 ms | errors | RSS MB | raw tx/s | raw p50/p99 ms | ratio to raw |', '|---|---|---|---|---|---|---|---|---|---|---|');
    for (const l of m.levels) {
      lines.push(`| ${l.c} | ${l.okPerSecond.toFixed(0)} | ${ms(l.latency.p50)} | ${ms(l.latency.p99)} | ${ms(l.latency.max)} | ${ms(l.createLatency.p50)} | ${l.errors}/${l.requests} | ${l.rssMb.toFixed(0)} | ${l.rawPerSecond.toFixed(0)} | ${ms(l.rawLatency.p50)} / ${ms(l.rawLatency.p99)} | ${(l.okPerSecond / l.rawPerSecond).toFixed(2)}× |`);
    }
    lines.push(
      '',
      `Writes: ${m.acknowledged} acknowledged creates, ${m.lost} lost, ${m.doubled} stored twice.`,
      `Event pipeline under this load: change → audit row p50 ${ms(m.audit.p50)} / p99 ${ms(m.audit.p99)} / max ${ms(m.audit.max)} ms (n=${m.audit.n});`,
      `change → WebSocket push p50 ${ms(m.push.p50)} / p99 ${ms(m.push.p99)} / max ${ms(m.push.max)} ms (n=${m.push.n}).`,
      '',
    );
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`load bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
