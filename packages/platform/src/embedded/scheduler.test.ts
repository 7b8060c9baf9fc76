import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '@todo/db';
import type { Job, Scheduler } from '../ports.js';
import { testDatabaseKinds, silentLogger, waitFor } from '../testing/index.js';
import { systemClock } from './clock.js';
import { createEmbeddedScheduler } from './scheduler.js';
import { EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations } from './migrations.js';
import { createTableStateStore } from './state-store.js';

for (const kind of testDatabaseKinds()) {
  describe(`embedded scheduler (${kind.name})`, () => {
    let database: Database;
    const started: Scheduler[] = [];
    const log = silentLogger();

    beforeAll(async () => {
      database = await kind.open();
      await migrate(database, EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations);
    });
    afterAll(async () => {
      await database?.close();
    });
    afterEach(async () => {
      for (const s of started.splice(0)) await s.close();
      await database.exec('delete from jobs; delete from processed_events;');
    });

    function newScheduler(fired: Job[], fail?: () => boolean): Scheduler {
      const scheduler = createEmbeddedScheduler({ db: database.db, clock: systemClock, log, backoff: { initialMs: 20, maxMs: 50 } });
      scheduler.onDue(async (job) => {
        if (fail?.()) throw new Error('handler failed');
        fired.push(job);
      });
      started.push(scheduler);
      return scheduler;
    }

    it('fires jobs at their time, never early, in due order', async () => {
      const fired: Job[] = [];
      const scheduler = newScheduler(fired);
      await scheduler.start();
      const now = Date.now();
      await scheduler.schedule({ name: 'b', dueAt: new Date(now + 300), data: { n: 2 } });
      await scheduler.schedule({ name: 'a', dueAt: new Date(now + 150), data: { n: 1 } });
      await waitFor(() => fired.length === 2);
      expect(fired.map((j) => j.name)).toEqual(['a', 'b']);
      expect(fired[1]!.data).toEqual({ n: 2 });
      expect(fired.every((j) => j.dueAt.getTime() <= Date.now())).toBe(true);
      expect(await database.db.execute('select * from jobs' as never).then((r) => (r as unknown as { rows: unknown[] }).rows)).toEqual([]);
    });

    it('scheduling the same name again replaces the job; cancelling removes it', async () => {
      const fired: Job[] = [];
      const scheduler = newScheduler(fired);
      await scheduler.start();
      const now = Date.now();
      await scheduler.schedule({ name: 'reminder:1', dueAt: new Date(now + 100), data: { v: 'old' } });
      await scheduler.schedule({ name: 'reminder:1', dueAt: new Date(now + 250), data: { v: 'new' } });
      await scheduler.schedule({ name: 'reminder:2', dueAt: new Date(now + 100), data: {} });
      await scheduler.cancel('reminder:2');
      await waitFor(() => fired.length >= 1);
      await new Promise((r) => setTimeout(r, 200));
      expect(fired.map((j) => j.data)).toEqual([{ v: 'new' }]);
    });

    it('a job that came due while no scheduler ran fires right after start', async () => {
      const first = newScheduler([]);
      await first.start();
      await first.schedule({ name: 'overdue', dueAt: new Date(Date.now() + 60_000), data: { x: 1 } });
      await first.close();
      // move the job into the past, as if the process had been down across its due time
      await database.exec("update jobs set due_at = now() - interval '5 minutes', run_at = now() - interval '5 minutes'");
      const fired: Job[] = [];
      const second = newScheduler(fired);
      await second.start();
      await waitFor(() => fired.length === 1);
      expect(fired[0]!.name).toBe('overdue');
    });

    it('a failing handler is retried with backoff until it succeeds', async () => {
      const fired: Job[] = [];
      let failures = 2;
      const scheduler = newScheduler(fired, () => failures-- > 0);
      await scheduler.start();
      await scheduler.schedule({ name: 'flaky', dueAt: new Date(), data: null });
      await waitFor(() => fired.length === 1);
      expect(failures).toBe(-1);
    });
  });

  describe(`table state store (${kind.name})`, () => {
    it('first write wins', async () => {
      const database = await kind.open();
      try {
        await migrate(database, EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations);
        const state = createTableStateStore(database.db);
        expect(await state.setIfAbsent('k', { v: 1 })).toBe(true);
        expect(await state.setIfAbsent('k', { v: 2 })).toBe(false);
        expect(await state.get('k')).toEqual({ v: 1 });
        await state.delete('k');
        expect(await state.get('k')).toBeUndefined();
      } finally {
        await database.close();
      }
    });
  });
}
