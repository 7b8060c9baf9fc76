// Distributed throughput at 1 and 2 chat-api replicas (`npm run bench`, after bench/distributed.ts): the load bench's
// shape (10 users, C clients looping 3 creates : 1 list of 20) against the chat-api replicas of the whole stack (every
// service with its own daprd over Kafka, PostgreSQL, Redis), and the end-to-end event latency under that load: the
// task's createdAt (taken in chat-api before the commit) → the task.created push on a WebSocket (outbox relay → daprd →
// Kafka → daprd → realtime, either realtime replica). Writes bench/results/scale-out-latest.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { defaultRunDir, downStack, killService, SERVICES, startService, upStack, type StackState } from '../scripts/infra/stack/stack.js';
import { summarize, type Summary } from './stats.js';

const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 10);
const LEVELS = (process.env.BENCH_SCALE_LEVELS ?? '10,50').split(',').map(Number);
const USERS = 10;
const repoRoot = resolve(import.meta.dirname, '..');

interface Level {
  replicas: number;
  c: number;
  okPerSecond: number;
  latency: Summary;
  errors: number;
  event: Summary;
  load: string;
  /** Cores used during the level (CPU seconds per second) by each part, and by the whole machine. */
  cores: Record<CpuPart, number>;
}

type CpuPart = 'chat-api' | 'chat-api daprd' | 'other services + daprd' | 'load generator' | 'machine';
const CPU_PARTS: CpuPart[] = ['chat-api', 'chat-api daprd', 'other services + daprd', 'load generator', 'machine'];

/** CPU seconds a process has used so far (utime + stime from /proc; 0 when it is gone). */
function cpuSecondsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/** The machine's busy CPU seconds so far (all cores; /proc/stat minus idle and iowait). */
function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const values = ticks.map(Number);
  return (values.reduce((a, b) => a + b, 0) - values[3]! - values[4]!) / 100;
}

function cpuSnapshot(state: StackState): Record<CpuPart, number> {
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuSecondsOf(pid), 0);
  const chat = state.services['chat-api'];
  const others = SERVICES.filter((service) => service !== 'chat-api').flatMap((service) => state.services[service]);
  const own = process.cpuUsage();
  return {
    'chat-api': sum(chat.map((run) => run.app.pid)),
    'chat-api daprd': sum(chat.map((run) => run.sidecar.pid)),
    'other services + daprd': sum(others.flatMap((run) => [run.app.pid, run.sidecar.pid])),
    'load generator': (own.user + own.system) / 1e6,
    machine: machineBusySeconds(),
  };
}

async function register(gatewayUrl: string, u: number): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `scale-${u}-${Date.now()}@example.com`, password: 'bench password 1' }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** One socket per user through the gateway; records createdAt → push for the titles of the running level. */
async function openSockets(gatewayUrl: string, tokens: string[], pushed: Map<string, number[]>): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (const token of tokens) {
    const socket = new WebSocket(`${gatewayUrl.replace('http', 'ws')}/api/ws?token=${token}`);
    await new Promise((ok, fail) => socket.once('open', ok).once('error', fail));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; task?: { title: string; createdAt: string } };
      if (message.type !== 'task.created' || !message.task) return;
      const level = /^scale (r\d+ c\d+) /.exec(message.task.title)?.[1];
      if (level) pushed.get(level)?.push(Date.now() - Date.parse(message.task.createdAt));
    });
    sockets.push(socket);
  }
  return sockets;
}

async function runLevel(ports: number[], tokens: string[], c: number, label: string) {
  const latencies: number[] = [];
  let errors = 0;
  const warmUpEnd = performance.now() + 1000;
  const end = warmUpEnd + SECONDS * 1000;
  const client = async (i: number) => {
    const url = `http://127.0.0.1:${ports[i % ports.length]}`;
    const headers = { authorization: `Bearer ${tokens[i % tokens.length]}`, 'content-type': 'application/json' };
    for (let n = 0; performance.now() < end; n++) {
      const isList = n % 4 === 3;
      const started = performance.now();
      try {
        const response = isList
          ? await fetch(`${url}/api/tasks?limit=20`, { headers })
          : await fetch(`${url}/api/tasks`, { method: 'POST', headers, body: JSON.stringify({ title: `scale ${label} ${i} ${n}` }) });
        await response.arrayBuffer();
        if (started < warmUpEnd) continue;
        if (response.status === (isList ? 200 : 201)) latencies.push(performance.now() - started);
        else errors++;
      } catch {
        if (started >= warmUpEnd) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: c }, (_, i) => client(i)));
  return { okPerSecond: latencies.length / SECONDS, latency: summarize(latencies), errors };
}

/** What the figures of one level say limits it: the machine's CPU when it is (nearly) all busy. */
function verdictOf(l: Level): string {
  const n = cpus().length;
  const [top] = CPU_PARTS.filter((part) => part !== 'machine').sort((a, b) => l.cores[b] - l.cores[a]);
  const saturated = l.cores.machine >= 0.9 * n;
  const rest = l.cores.machine - CPU_PARTS.filter((part) => part !== 'machine').reduce((sum, part) => sum + l.cores[part], 0);
  return `- ${l.replicas} replica(s), C ${l.c}: the machine was busy ${l.cores.machine.toFixed(2)} of ${n} cores (${saturated ? 'CPU-bound' : 'not CPU-bound: waits'}); the largest part: ${top} (${l.cores[top!].toFixed(2)} cores); rest ${rest.toFixed(2)} cores.`;
}

const processCount = () => Number(execFileSync('bash', ['-c', 'ps -e --no-headers | wc -l']).toString().trim());

async function main(): Promise<void> {
  const name = `bench-scale-${process.pid}`;
  const runDir = defaultRunDir(name);
  const state: StackState = await upStack({ name, repoRoot, runDir, gatewayPort: 0, replicas: 2, logLevel: 'warn' });
  const levels: Level[] = [];
  try {
    const tokens: string[] = [];
    for (let u = 0; u < USERS; u++) tokens.push(await register(state.gatewayUrl, u));
    const pushed = new Map<string, number[]>();
    const sockets = await openSockets(state.gatewayUrl, tokens, pushed);
    try {
      for (const replicas of [1, 2]) {
        if (replicas === 1) await killService(state, 'chat-api', 'SIGTERM', 1);
        else await startService(state, 'chat-api', 1);
        const ports = state.services['chat-api'].slice(0, replicas).map((run) => run.appPort);
        for (const c of LEVELS) {
          const label = `r${replicas} c${c}`;
          pushed.set(label, []);
          const before = cpuSnapshot(state);
          const startedAt = performance.now();
          const result = await runLevel(ports, tokens, c, label);
          const after = cpuSnapshot(state);
          const elapsed = (performance.now() - startedAt) / 1000;
          const cores = Object.fromEntries(CPU_PARTS.map((part) => [part, (after[part] - before[part]) / elapsed])) as Record<CpuPart, number>;
          await new Promise((r) => setTimeout(r, 3_000)); // the last pushes arrive
          levels.push({ replicas, c, ...result, event: summarize(pushed.get(label)!), load: loadavg().map((l) => l.toFixed(1)).join(' / '), cores });
        }
      }
    } finally {
      for (const socket of sockets) socket.close();
    }
  } finally {
    await downStack(runDir, { purge: true });
  }
  const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
  const lines = [
    `# Scale-out benchmark — ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${processCount()} processes at the end (other work shares the machine).`,
    `The whole stack with 2 replicas of every service, each with its own daprd (Kafka 3.9 KRaft, PostgreSQL, Redis, Dapr scheduler on this machine).`,
    `${USERS} users, C clients each looping 3 × POST /api/tasks : 1 × GET /api/tasks?limit=20 straight to the chat-api replicas (round robin),`,
    `${SECONDS} s per level after 1 s warm-up; "1 replica" = chat-api-1 stopped. Event = task createdAt → task.created on a WebSocket (n = pushes received).`,
    '',
    '| chat-api replicas | C | ok req/s | p50 ms | p99 ms | errors | event p50 ms | event p99 ms | event max ms | n | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...levels.map((l) => `| ${l.replicas} | ${l.c} | ${l.okPerSecond.toFixed(0)} | ${ms(l.latency.p50)} | ${ms(l.latency.p99)} | ${l.errors} | ${ms(l.event.p50)} | ${ms(l.event.p99)} | ${ms(l.event.max)} | ${l.event.n} | ${l.load} |`),
    '',
    `Cores used during each level (CPU seconds per second; the machine has ${cpus().length}, "machine" counts every process on it, other work included):`,
    '',
    `| chat-api replicas | C | ${CPU_PARTS.join(' | ')} |`,
    `|---|---|${CPU_PARTS.map(() => '---').join('|')}|`,
    ...levels.map((l) => `| ${l.replicas} | ${l.c} | ${CPU_PARTS.map((part) => l.cores[part].toFixed(2)).join(' | ')} |`),
    '',
    ...levels.map((l) => verdictOf(l)),
    '',
    'Why: on this machine every process shares two cores: both chat-api replicas, their daprd sidecars (each publish is an',
    'HTTP call into daprd and a Kafka produce), the other services with theirs, Kafka, PostgreSQL, Redis, the Dapr scheduler,',
    'the load generator and whatever else runs here. A second chat-api replica adds no CPU, only another process taking',
    'its share, so throughput at 2 replicas is about that at 1; on separate nodes the replicas add CPU and the shared limits',
    'become PostgreSQL commits and the Kafka partitions (4 per topic here). "rest" above is the machine minus the parts.',
    '',
  ];
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'scale-out-latest.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\nwritten to ${join(dir, 'scale-out-latest.md')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`scale-out bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
