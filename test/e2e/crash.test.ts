// Crash tests: the real server as a child process, killed with SIGKILL, restarted on the same DATA_DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '@todo/platform/testing';
import { api, registerUser } from './support.js';
import { spawnServer, type ServerProcess } from './process.js';

describe('crash safety (SIGKILL, real child processes)', () => {
  const running: ServerProcess[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await server.crash();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'todo-crash-'));
    dirs.push(dir);
    return dir;
  }
  async function start(dataDir: string): Promise<ServerProcess> {
    const server = await spawnServer(dataDir);
    running.push(server);
    return server;
  }

  it('task events committed just before a SIGKILL are published after the restart (every task is audited)', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    const user = await registerUser(first.url);
    const acknowledged: string[] = [];
    let killed = false;
    // A burst of changes; the process is killed from inside the loop as soon as 15 of them were acknowledged,
    // while the others are somewhere between commit and publish.
    await Promise.allSettled(
      Array.from({ length: 40 }, async (_, i) => {
        const res = await api(first.url, 'POST', '/api/tasks', { token: user.token, body: { title: `burst ${i}` } });
        if (res.status === 201) acknowledged.push(res.body.id);
        if (acknowledged.length >= 15 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }),
    );
    await first.crash();
    running.splice(running.indexOf(first), 1);
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);

    const second = await start(dataDir);
    const tasks = (await api(second.url, 'GET', '/api/tasks?limit=200', { token: user.token })).body.items as { id: string }[];
    const committed = tasks.map((x) => x.id);
    expect(committed).toEqual(expect.arrayContaining(acknowledged));
    const audit = await waitFor(
      () => api(second.url, 'GET', '/api/audit?limit=200', { token: user.token }),
      (r) => committed.every((id) => r.body.items.some((e: any) => e.taskId === id && e.type === 'task.created')),
      30_000,
    );
    const created = audit.body.items.filter((e: any) => e.type === 'task.created');
    expect(new Set(created.map((e: any) => e.taskId)).size).toBe(created.length);
    expect(created).toHaveLength(committed.length);
  }, 240_000);

  it('a reminder that came due while the process was down fires right after the restart, once', async () => {
    const dataDir = tempDir();
    const first = await start(dataDir);
    const user = await registerUser(first.url);
    const remindAt = new Date(Date.now() + 2_000).toISOString();
    const task = (await api(first.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Take the pills', remindAt } })).body;
    await first.crash();
    running.splice(running.indexOf(first), 1);
    await waitFor(() => Date.now() > Date.parse(remindAt) + 500, Boolean, 10_000);

    const second = await start(dataDir);
    const list = await waitFor(
      () => api(second.url, 'GET', '/api/notifications', { token: user.token }),
      (r) => r.body.items?.length >= 1,
      30_000,
    );
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ type: 'reminder', taskId: task.id, title: 'Take the pills' });
  }, 240_000);
});
