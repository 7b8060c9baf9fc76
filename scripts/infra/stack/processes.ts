// Spawning and stopping the stack's long-running processes: detached, logging to files, restartable from their spec.
import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';

/** Everything needed to start a process again exactly as before (same ports, same env). */
export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  logFile: string;
}

export interface RunningProcess {
  spec: ProcessSpec;
  pid: number;
}

export function startProcess(spec: ProcessSpec): RunningProcess {
  const log = openSync(spec.logFile, 'a');
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${spec.name} (${spec.command})`);
  return { spec, pid: child.pid };
}

export function isAlive(pid: number): boolean {
  // pid 0 (never started) must not reach process.kill: it would address our own process group.
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends `signal` and waits until the process is gone (SIGKILL after `graceMs`). */
export async function stopProcess(pid: number, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  // isAlive above guarantees pid > 0 here.
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (isAlive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    while (isAlive(pid)) await sleep(20);
  }
}

/** Hands out free ports, never the same one twice (a port closed by one probe may come back from the next). */
export function createPortAllocator(): () => Promise<number> {
  const taken = new Set<number>();
  return async () => {
    for (;;) {
      const port = await freePort();
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `url` until it answers one of `statuses`; fails early when `pid` dies. */
export async function waitForHttp(url: string, options: { statuses?: number[]; timeoutMs?: number; pid?: number; what: string }): Promise<void> {
  const statuses = options.statuses ?? [200, 204];
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (statuses.includes(response.status)) return;
    } catch {
      /* not up yet */
    }
    if (options.pid !== undefined && !isAlive(options.pid)) throw new Error(`${options.what} exited before it was ready`);
    if (Date.now() > deadline) throw new Error(`${options.what} not ready at ${url} in time`);
    await sleep(150);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
