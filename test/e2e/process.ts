// Runs the real CLI (`serve all`, through tsx so no build is needed) as a child process on a free port, for crash tests.
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

export async function spawnServer(dataDir: string, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve', 'all'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '', JWT_SECRET: 'crash-test-secret-0123456789', ...env },
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
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
