// Spawning and stopping the stack's long-running processes: detached, logging to files, restartable from their spec.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
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

/** The argv of `pid` from /proc/PID/cmdline; [] for a zombie or a process that is gone. */
export function commandLineOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter((arg, i, all) => arg !== '' || i < all.length - 1);
  } catch {
    return [];
  }
}

/**
 * Whether `proc.pid` is still the process started from `proc.spec`: alive and with the spec's command line. A pid from an
 * old state.json may since have been given to another program; that one is never signalled. (Without /proc, as on
 * macOS, only liveness can be checked.)
 */
export function isRunning(proc: RunningProcess): boolean {
  if (!isAlive(proc.pid)) return false;
  if (!existsSync('/proc/self/cmdline')) return true;
  const argv = commandLineOf(proc.pid);
  return argv.length > 0 && argv.join('\0') === [proc.spec.command, ...proc.spec.args].join('\0');
}

/** How long a process may take to disappear after SIGKILL (the kernel reaps it in milliseconds; a D-state wait is longer). */
export const KILL_WAIT_MS = 10_000;

/**
 * Sends `signal` to the process (only if it is still the one we started) and waits until it is gone: SIGKILL after
 * `graceMs`, then at most KILL_WAIT_MS more before giving up with an error naming it.
 */
export async function stopProcess(proc: RunningProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5_000): Promise<void> {
  if (!isRunning(proc)) return;
  if (!signalProcess(proc.pid, signal)) return;
  if (await gone(proc, graceMs)) return;
  signalProcess(proc.pid, 'SIGKILL');
  if (!(await gone(proc, KILL_WAIT_MS))) throw new Error(`${proc.spec.name} (pid ${proc.pid}) still running ${KILL_WAIT_MS} ms after SIGKILL`);
}

function signalProcess(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

async function gone(proc: RunningProcess, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (isRunning(proc)) {
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
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
