// Cold-start benchmark (`npm run bench`): `node dist/cli.js serve all` (what `npm start` runs once built) to the first
// 200 from /readyz, on a fresh DATA_DIR (first run) and again on the same DATA_DIR (restart), median of RUNS each; then,
// when the distributed stack can be started (Dapr built, PostgreSQL/Redis/Kafka installable; BENCH_COLD_DISTRIBUTED=0
// skips it), each Dapr service restarted beside its running sidecar, to its first 200 from /readyz.
// Writes bench/results/cold-start-latest.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { migratedTemplateDir, templateFile } from '@todo/db';
import { downStack, defaultRunDir, SERVICES, upStack, type StackState } from '../scripts/infra/stack/stack.js';
import { startProcess, stopProcess } from '../scripts/infra/stack/processes.js';

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const root = resolve(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/** CPU seconds a process has used so far (Linux /proc; NaN elsewhere). */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime in clock ticks (100 per second on Linux)
  } catch {
    return Number.NaN;
  }
}

/**
 * Wall ms from spawn to the first 200 from /readyz, the server's CPU seconds until then, and when it finished each
 * start-up step (its "listening" log line); it is stopped afterwards.
 */
async function timeToReady(dataDir: string): Promise<Timing & { steps?: Record<string, number> }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/cli.js', 'serve', 'all'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuv', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const steps = () => {
    const line = output.split('\n').find((l) => l.includes('"startUpMs"'));
    return line ? (JSON.parse(line) as { startUpMs: Record<string, number> }).startUpMs : undefined;
  };
  try {
    const timing = await readyAfter(started, port, child.pid, () => child.exitCode === null);
    // /readyz can answer before the last step (the consumers' start) is logged.
    for (let waited = 0; !steps() && waited < 2_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    const logged = steps();
    return logged ? { ...timing, steps: logged } : timing;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

interface Timing {
  ms: number;
  cpuS: number;
}

/** Polls /readyz until 200; the time from `started` and the process's CPU seconds then. */
async function readyAfter(started: number, port: number, pid: number | undefined, alive: () => boolean): Promise<Timing> {
  for (;;) {
    if (!alive()) throw new Error('server exited before it was ready');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return { ms: performance.now() - started, cpuS: cpuSecondsOf(pid) };
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 300_000) throw new Error('not ready after 300 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Each service's app process stopped and started again RUNS times while its sidecar (and the rest of the stack) runs. */
async function distributedRestarts(): Promise<Map<string, Timing[]> | string> {
  if (process.env.BENCH_COLD_DISTRIBUTED === '0') return 'skipped (BENCH_COLD_DISTRIBUTED=0)';
  const runDir = defaultRunDir('cold-start');
  let state: StackState;
  try {
    state = await upStack({ name: 'cold-start', repoRoot: root, runDir, gatewayPort: 0, logLevel: 'warn' });
  } catch (error) {
    return `not measured: the stack did not start (${(error as Error).message.split('\n')[0]})`;
  }
  try {
    const timings = new Map<string, Timing[]>();
    for (const service of SERVICES) {
      const run = state.services[service][0]!;
      const runs: Timing[] = [];
      for (let i = 0; i < RUNS; i++) {
        await stopProcess(run.app);
        const started = performance.now();
        run.app = startProcess(run.app.spec);
        const { pid } = run.app;
        runs.push(await readyAfter(started, run.appPort, pid, () => existsSync(`/proc/${pid}`)));
      }
      timings.set(service, runs);
    }
    return timings;
  } finally {
    // The restarted processes are not the ones state.json names: stopped here, the rest by downStack.
    for (const service of SERVICES) await stopProcess(state.services[service][0]!.app).catch(() => {});
    await downStack(runDir, { purge: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const first: Awaited<ReturnType<typeof timeToReady>>[] = [];
  const restart: Awaited<ReturnType<typeof timeToReady>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'todo-cold-'));
    try {
      first.push(await timeToReady(dataDir));
      restart.push(await timeToReady(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const distributed = await distributedRestarts();
  const stepTable = (runs: { steps?: Record<string, number> }[]) => {
    const logged = runs.flatMap((r) => (r.steps ? [r.steps] : []));
    return logged.length === 0 ? '—' : Object.keys(logged[0]!).map((step) => `${step} ${median(logged.map((s) => s[step] ?? Number.NaN))}`).join(' · ');
  };
  const fmt = (runs: { ms: number; cpuS: number }[]) =>
    `${median(runs.map((r) => r.ms)).toFixed(0)} | ${median(runs.map((r) => r.cpuS)).toFixed(2)} | ${runs.map((r) => `${r.ms.toFixed(0)} (${r.cpuS.toFixed(2)} s CPU)`).join(', ')}`;
  const report = [
    `# Cold start — ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
    '`node dist/cli.js serve all` (embedded, PGlite) until the first 200 from /readyz. A first run starts from a copy of the',
    `migrated data directory kept at ${migratedTemplateDir('<schema>').replace(process.env.HOME ?? '~', '~')} (made once per machine and schema`,
    `from the initialised one, ${templateFile().replace(process.env.HOME ?? '~', '~')}).`,
    '',
    'CPU s = the server process\'s own CPU time until then (what a quiet machine would take, near enough, on one core).',
    '',
    '| start | median ms | median CPU s | runs |',
    '|---|---|---|---|',
    `| first run (fresh DATA_DIR) | ${fmt(first)} |`,
    `| restart (same DATA_DIR) | ${fmt(restart)} |`,
    '',
    'When each start-up step was done, ms since the process started (median; the database opens while the HTTP app is built):',
    '',
    `- first run: ${stepTable(first)}`,
    `- restart: ${stepTable(restart)}`,
    '',
    '## Distributed: each service restarted beside its running sidecar',
    '',
    ...(typeof distributed === 'string'
      ? [distributed, '']
      : [
          '`node dist/cli.js serve <service>` with RUNTIME=dapr (the stack of `npm run stack`: PostgreSQL, Redis, Kafka, daprd per',
          'service), from spawn to the first 200 from its /readyz, its sidecar already up.',
          '',
          '| service | median ms | median CPU s | runs |',
          '|---|---|---|---|',
          ...[...distributed].map(([service, runs]) => `| ${service} | ${fmt(runs)} |`),
          '',
        ]),
  ].join('\n');
  const file = join(root, 'bench', 'results', 'cold-start-latest.md');
  writeFileSync(file, report);
  process.stdout.write(`${report}\nwritten to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`cold-start bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
