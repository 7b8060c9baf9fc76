// A recurring series over HTTP on the embedded system: COUNT and UNTIL end it, and a stored rule that cannot occur parks its
// completion as a dead letter without ever blocking the instance (also not after a restart on the same DATA_DIR).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { processedKey } from '@todo/platform';
import { silentLogger, waitFor } from '@todo/platform/testing';
import { parseConfig } from '../../src/config.js';
import { startEmbedded, type EmbeddedSystem } from '../../src/runtime/embedded.js';
import { api, registerUser } from './support.js';

async function start(dataDir: string): Promise<EmbeddedSystem> {
  const url = process.env.TEST_E2E_DATABASE_URL;
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    JWT_SECRET: 'series-secret-0123456789abcdef0123',
    LOG_LEVEL: 'silent',
    ...(url ? { DATABASE_URL: url } : {}),
  });
  return startEmbedded(config, { log: silentLogger(), authRateLimits: { loginPerClientAndEmail: { max: 10_000, timeWindowMs: 60_000 }, loginPerClient: { max: 10_000, timeWindowMs: 60_000 }, registerPerClient: { max: 10_000, timeWindowMs: 60_000 } } });
}

describe('recurring series end and fail safely (embedded)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-series-'));
  let system: EmbeddedSystem;

  beforeAll(async () => {
    system = await start(dataDir);
  });
  afterAll(async () => {
    await system?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Completes a task and waits until recurring-task has handled that completion (created the next task or not). */
  async function completeAndSettle(token: string, taskId: string): Promise<void> {
    expect((await api(system.url, 'POST', `/api/tasks/${taskId}/complete`, { token })).status).toBe(200);
    await system.events.relay.drain();
    const audit = await waitFor(() => api(system.url, 'GET', `/api/audit?taskId=${taskId}`, { token }), (r) => r.body.items.some((e: any) => e.type === 'task.completed'));
    const eventId = audit.body.items.find((e: any) => e.type === 'task.completed').eventId as string;
    await waitFor(() => system.events.state.get(processedKey('recurring-task', eventId)), (v) => v !== undefined);
  }

  async function allTasks(token: string): Promise<any[]> {
    return (await api(system.url, 'GET', '/api/tasks?status=all&limit=200', { token })).body.items;
  }

  it('FREQ=DAILY;COUNT=2 makes exactly two tasks, however often the last one is completed', async () => {
    const user = await registerUser(system.url);
    const first = (await api(system.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Twice', dueAt: '2030-03-10T09:00:00Z', recurrence: { rule: 'FREQ=DAILY;COUNT=2' } } })).body;
    await completeAndSettle(user.token, first.id);
    const second = (await allTasks(user.token)).find((t) => t.previousTaskId === first.id);
    expect(second).toMatchObject({ status: 'pending', dueAt: '2030-03-11T09:00:00.000Z' });
    expect(second.recurrence.rule).toBe('FREQ=DAILY;COUNT=1');
    await completeAndSettle(user.token, second.id);
    await api(system.url, 'POST', `/api/tasks/${second.id}/reopen`, { token: user.token });
    await completeAndSettle(user.token, second.id);
    const tasks = await allTasks(user.token);
    expect(tasks).toHaveLength(2);
    expect(tasks.every((t) => t.status === 'completed')).toBe(true);
  });

  it('an UNTIL that has passed gives no next occurrence; one still ahead does', async () => {
    const user = await registerUser(system.url, 'Asia/Karachi');
    const ends = (await api(system.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Ends', dueAt: '2030-03-10T04:00:00Z', recurrence: { rule: 'FREQ=DAILY;UNTIL=20300311T030000Z' } } })).body;
    const goesOn = (await api(system.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Goes on', dueAt: '2030-03-10T04:00:00Z', recurrence: { rule: 'FREQ=DAILY;UNTIL=20300311T050000Z' } } })).body;
    await completeAndSettle(user.token, ends.id);
    await completeAndSettle(user.token, goesOn.id);
    const tasks = await allTasks(user.token);
    expect(tasks.filter((t) => t.previousTaskId === ends.id)).toHaveLength(0);
    expect(tasks.filter((t) => t.previousTaskId === goesOn.id).map((t) => t.dueAt)).toEqual(['2030-03-11T04:00:00.000Z']);
  });

  it('a stored rule that cannot occur is dead-lettered, the instance keeps answering, and a restart on the same DATA_DIR gets ready', async () => {
    const user = await registerUser(system.url);
    const task = (await api(system.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'Never again', dueAt: '2030-01-01T09:00:00Z', recurrence: 'daily' } })).body;
    // A rule stored before validation refused it (or made impossible by an upgrade): the API would not take it today.
    await system.database.db.execute(sql`UPDATE tasks SET recurrence_rule = 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30' WHERE id = ${task.id}`);
    expect((await api(system.url, 'POST', `/api/tasks/${task.id}/complete`, { token: user.token })).status).toBe(200);
    await system.events.relay.drain();
    const parked = await waitFor(async () => (await system.events.rawBus.listDeadLetters({ consumer: 'recurring-task' })).items, (items) => items.length > 0, 30_000);
    expect(parked[0]!.error).toMatch(/no occurrence within/);
    expect((await fetch(`${system.url}/healthz`)).status).toBe(200);

    await system.close();
    system = await start(dataDir);
    expect((await fetch(`${system.url}/readyz`)).status).toBe(200);
    expect((await api(system.url, 'GET', '/api/tasks', { token: user.token })).status).toBe(200);
    expect((await allTasks(user.token)).filter((t) => t.previousTaskId === task.id)).toHaveLength(0);
  }, 90_000);
});
