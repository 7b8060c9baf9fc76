// The stack launcher's process handling on real child processes: a pid is signalled only while it is still the process
// started (by the launcher and by the Kafka/Redis scripts' stop), a process that ignores SIGTERM is gone within a bound,
// and a failed `up` stops what it had started.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAlive, isRunning, startProcess, stopProcess, type RunningProcess } from '../scripts/infra/stack/processes.js';
import { upStack } from '../scripts/infra/stack/stack.js';

const dirs: string[] = [];
const children: number[] = [];
afterEach(() => {
  for (const pid of children.splice(0)) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stack-processes-'));
  dirs.push(dir);
  return dir;
}
function start(name: string, args: string[]): RunningProcess {
  const running = startProcess({ name, command: '/bin/bash', args, env: {}, cwd: tempDir(), logFile: join(tempDir(), `${name}.log`) });
  children.push(running.pid);
  return running;
}

describe('stopping a stack process', () => {
  it('leaves alone a pid that now runs another command line (a pid from an old state.json, reused)', async () => {
    const other = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
    children.push(other.pid!);
    const stale: RunningProcess = { pid: other.pid!, spec: { name: 'daprd', command: '/opt/dapr/daprd', args: ['--app-id', 'audit'], env: {}, cwd: '/', logFile: '/dev/null' } };
    expect(isRunning(stale)).toBe(false);
    await stopProcess(stale, 'SIGKILL');
    expect(isAlive(other.pid!)).toBe(true);
  });

  it('stops its own process, SIGKILL after the grace period when SIGTERM is ignored', async () => {
    const stubborn = start('stubborn', ['-c', 'trap "" TERM; while :; do sleep 0.1; done']);
    await new Promise((resolve) => setTimeout(resolve, 200)); // bash has installed its trap
    expect(isRunning(stubborn)).toBe(true);
    await stopProcess(stubborn, 'SIGTERM', 300);
    expect(isRunning(stubborn)).toBe(false);
  });
});

describe('a failed up', () => {
  it('stops the PostgreSQL, Redis and Kafka it had started before rethrowing', async () => {
    const root = tempDir();
    const calls = join(root, 'calls.log');
    mkdirSync(join(root, 'scripts/infra'), { recursive: true });
    const exports: Record<string, string> = { postgres: 'TEST_DATABASE_URL=postgres://p@127.0.0.1:1/todo', redis: 'REDIS_HOST=127.0.0.1:2', kafka: 'KAFKA_BROKERS=127.0.0.1:3' };
    for (const [kind, line] of Object.entries(exports)) {
      const file = join(root, `scripts/infra/${kind}.sh`);
      writeFileSync(file, `#!/usr/bin/env bash\necho "$1 ${kind}" >> ${calls}\n[[ "$1" == start ]] && echo "export ${line}"\nexit 0\n`);
      chmodSync(file, 0o755);
    }
    writeFileSync(join(root, 'scripts/infra/install-dapr.sh'), '#!/usr/bin/env bash\necho "dapr build failed" >&2\nexit 1\n');
    await expect(upStack({ name: 'failing', repoRoot: root, runDir: join(root, 'run'), gatewayPort: 0 })).rejects.toThrow(/install-dapr/);
    const lines = readFileSync(calls, 'utf8').trim().split('\n');
    expect(lines.slice(0, 3).sort()).toEqual(['start kafka', 'start postgres', 'start redis']); // every start finished first
    expect(lines.slice(3).sort()).toEqual(['stop kafka', 'stop postgres', 'stop redis']);
  });
});

describe('stopping Kafka and Redis from their pid files', () => {
  const stop = (script: string, env: Record<string, string>) =>
    execFileSync('bash', [join(import.meta.dirname, '../scripts/infra', script), 'stop', 'probe'], { env: { ...process.env, ...env }, stdio: 'pipe' });
  /** Whether the child is still running 300 ms after the stop (time for Node to see a signalled child exit). */
  const stillRunning = async (child: ChildProcess) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return child.exitCode === null && child.signalCode === null;
  };

  it.each([
    ['kafka.sh', 'TODO_KAFKA_DIR', 'kafka-probe'],
    ['redis.sh', 'TODO_REDIS_DIR', 'redis-probe'],
  ])('%s leaves alone a pid file\'s pid that now runs another program', async (script, variable, sub) => {
    const base = tempDir();
    mkdirSync(join(base, sub));
    const other = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
    children.push(other.pid!);
    writeFileSync(join(base, sub, 'pid'), String(other.pid));
    writeFileSync(join(base, sub, 'port'), '6399');
    stop(script, { [variable]: base });
    expect(await stillRunning(other)).toBe(true);
  });

  it('kafka.sh stops the broker its pid file names (the process started with its server.properties)', async () => {
    const base = tempDir();
    mkdirSync(join(base, 'kafka-probe'));
    // Stands in for `java … kafka.Kafka <dir>/server.properties`: the same argument on its command line.
    const broker = spawn('/bin/bash', ['-c', 'while :; do sleep 0.1; done', 'kafka', join(base, 'kafka-probe/server.properties')], { stdio: 'ignore' });
    children.push(broker.pid!);
    writeFileSync(join(base, 'kafka-probe/pid'), String(broker.pid));
    stop('kafka.sh', { TODO_KAFKA_DIR: base });
    expect(await stillRunning(broker)).toBe(false);
  });
});
