// Cold-start benchmark (`npm run bench`): `node dist/cli.js serve all` (what `npm start` runs once built) to the first
// 200 from /readyz, on a fresh DATA_DIR (first run) and again on the same DATA_DIR (restart), median of RUNS each.
// Writes bench/results/cold-start-latest.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { templateFile } from '@todo/db';

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

/** Wall ms from spawn to the first 200 from /readyz, and the server's CPU seconds until then; it is stopped afterwards. */
async function timeToReady(dataDir: string): Promise<{ ms: number; cpuS: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/cli.js', 'serve', 'all'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuv', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200) return { ms: performance.now() - started, cpuS: cpuSecondsOf(child.pid) };
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 300_000) throw new Error('not ready after 300 s');
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const first: { ms: number; cpuS: number }[] = [];
  const restart: { ms: number; cpuS: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'todo-cold-'));
    try {
      first.push(await timeToReady(dataDir));
      restart.push(await timeToReady(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const fmt = (runs: { ms: number; cpuS: number }[]) =>
    `${median(runs.map((r) => r.ms)).toFixed(0)} | ${median(runs.map((r) => r.cpuS)).toFixed(2)} | ${runs.map((r) => `${r.ms.toFixed(0)} (${r.cpuS.toFixed(2)} s CPU)`).join(', ')}`;
  const report = [
    `# Cold start — ${new Date().toISOString()}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.`,
    '`node dist/cli.js serve all` (embedded, PGlite) until the first 200 from /readyz. A first run starts from the initialised',
    `data directory kept at ${templateFile().replace(process.env.HOME ?? '~', '~')} (made by the first database ever opened on the machine).`,
    '',
    'CPU s = the server process\'s own CPU time until then (what a quiet machine would take, near enough, on one core).',
    '',
    '| start | median ms | median CPU s | runs |',
    '|---|---|---|---|',
    `| first run (fresh DATA_DIR) | ${fmt(first)} |`,
    `| restart (same DATA_DIR) | ${fmt(restart)} |`,
    '',
  ].join('\n');
  const file = join(root, 'bench', 'results', 'cold-start-latest.md');
  writeFileSync(file, report);
  process.stdout.write(`${report}\nwritten to ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`cold-start bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
