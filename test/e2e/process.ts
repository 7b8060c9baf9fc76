// Runs the real CLI (`serve all`) as a child process on a free port: from the sources through tsx (no build needed), or
// from a built bundle. Used by the crash tests and the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown hooks, no flushing — a crash. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Run `dist/cli.js` from this directory instead of the sources through tsx. */
  builtRoot?: string;
}

export async function spawnServer(dataDir: string, options: SpawnOptions = {}): Promise<ServerProcess> {
  const { env = {}, timeoutMs = 120_000, builtRoot } = options;
  const entry = builtRoot ? ['dist/cli.js'] : ['--import', 'tsx', 'src/cli.ts'];
  const child = spawn(process.execPath, [...entry, 'serve', 'all'], {
    cwd: builtRoot ?? REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '', LLM_BASE_URL: '', JWT_SECRET: 'test-secret-0123456789abcdefghijklmnopqrstuv', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  // Resolves with the URL from the composition root's "todo-chatbot is listening" log line.
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timeout = setTimeout(() => fail('timed out'), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timeout);
      child.kill('SIGKILL');
      reject(new Error(`server did not start (${why}):\n${output.slice(-3000)}`));
    };
    const onChunk = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-100_000);
      const listening = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
      if (listening) {
        clearTimeout(timeout);
        resolveUrl(listening);
      }
    };
    child.stdout?.on('data', onChunk);
    child.stderr?.on('data', onChunk);
    child.once('exit', (code) => fail(`exit ${code}`));
  });
  return {
    url,
    child,
    output: () => output,
    crash: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}
