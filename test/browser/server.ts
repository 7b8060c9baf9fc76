// Starts the real built server (`node dist/cli.js serve all`) on a free port with a temp DATA_DIR, for browser tests.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Builds dist/ and web/dist when missing or stale; the lock keeps parallel test files from building at once. */
export function buildIfNeeded(): void {
  execFileSync('flock', ['/tmp/todo-build.lock', process.execPath, 'scripts/build-if-needed.mjs'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    timeout: 600_000,
  });
}

async function waitForReady(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not accepting yet
    }
    if (Date.now() > deadline) throw new Error(`server at ${url} not ready in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startServer(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-browser-'));
  const child: ChildProcess = spawn(process.execPath, ['dist/cli.js', 'serve', 'all'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setInterval(() => {
      // The composition root logs {"url":"http://127.0.0.1:PORT", …, "msg":"todo-chatbot is listening"}.
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (match?.[1]) {
        clearInterval(timer);
        resolveUrl(match[1]);
      } else if (child.exitCode !== null || Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`server did not start (exit ${child.exitCode}):\n${output.slice(-4000)}`));
      }
    }, 100);
  });
  await waitForReady(url, deadline);

  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
