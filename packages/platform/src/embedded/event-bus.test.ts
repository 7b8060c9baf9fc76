import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Registry } from 'prom-client';
import type { CloudEvent } from '@todo/domain';
import { migrate, type Database } from '@todo/db';
import { testDatabaseKinds, silentLogger, waitFor } from '../testing/index.js';
import { createEventMetrics } from '../metrics.js';
import { idempotentConsumer, processedKey } from '../consumer.js';
import { systemClock } from './clock.js';
import { createEmbeddedEventBus, type EmbeddedEventBus } from './event-bus.js';
import { createTableStateStore } from './state-store.js';
import { EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations } from './migrations.js';

function event(subject: string, n: number): CloudEvent<{ n: number }> {
  return { specversion: '1.0', id: `${subject}-${n}-${Math.random()}`, source: 'test', type: 'task.updated', subject, time: new Date().toISOString(), datacontenttype: 'application/json', data: { n } };
}

for (const kind of testDatabaseKinds()) {
  describe(`embedded event bus (${kind.name})`, () => {
    let database: Database;
    let bus: EmbeddedEventBus;
    const log = silentLogger();

    beforeAll(async () => {
      database = await kind.open();
      await migrate(database, EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations);
    });
    afterAll(async () => {
      await database?.close();
    });

    async function setup(options: { maxAttempts?: number } = {}) {
      await database.exec('delete from dead_letters; delete from processed_events;');
      const metrics = createEventMetrics(new Registry());
      bus = createEmbeddedEventBus({ db: database.db, log, metrics, maxAttempts: options.maxAttempts ?? 3, backoff: { initialMs: 5, maxMs: 20 } });
      return { metrics };
    }
    afterEach(async () => {
      await bus?.close();
    });

    it('delivers each subject in publish order while another subject is being retried', async () => {
      await setup({ maxAttempts: 50 });
      const seen: string[] = [];
      let failuresLeft = 5;
      bus.subscribe({
        consumer: 'probe',
        topic: 'task-events',
        handle: async (e) => {
          const { n } = e.data as { n: number };
          if (e.subject === 'slow' && failuresLeft-- > 0) throw new Error('transient');
          seen.push(`${e.subject}:${n}`);
        },
      });
      await bus.start();
      const published = [
        ...[1, 2, 3].map((n) => bus.publish('task-events', event('slow', n))),
        ...[1, 2, 3].map((n) => bus.publish('task-events', event('fast', n))),
      ];
      await Promise.all(published);
      expect(seen.filter((s) => s.startsWith('slow'))).toEqual(['slow:1', 'slow:2', 'slow:3']);
      expect(seen.filter((s) => s.startsWith('fast'))).toEqual(['fast:1', 'fast:2', 'fast:3']);
      // the fast subject did not wait for the retried one
      expect(seen.indexOf('fast:3')).toBeLessThan(seen.indexOf('slow:1'));
    });

    it('parks an event in dead_letters after the retry limit, counts it, and replays it on request', async () => {
      const { metrics } = await setup({ maxAttempts: 3 });
      let attempts = 0;
      let broken = true;
      const handled: string[] = [];
      bus.subscribe({
        consumer: 'audit',
        topic: 'task-events',
        handle: async (e) => {
          attempts++;
          if (broken) throw new Error('database on fire');
          handled.push(e.id);
        },
      });
      await bus.start();
      const e = event('t1', 1);
      await bus.publish('task-events', e);
      expect(attempts).toBe(3);
      const parked = await database.db.execute(sql`select consumer, event_id, error, attempts from dead_letters`);
      expect((parked as unknown as { rows: unknown[] }).rows).toEqual([{ consumer: 'audit', event_id: e.id, error: 'database on fire', attempts: 3 }]);
      expect((await metrics.deadLettered.get()).values[0]?.value).toBe(1);

      broken = false;
      expect(await bus.replayDeadLetters({ consumer: 'audit' })).toBe(1);
      expect(handled).toEqual([e.id]);
      expect(await bus.replayDeadLetters()).toBe(0);
    });

    it('lists parked events a page at a time, oldest first, and replays at most the limit asked', async () => {
      await setup({ maxAttempts: 1 });
      bus.subscribe({ consumer: 'audit', topic: 'task-events', handle: async () => { throw new Error('down'); } });
      await bus.start();
      const events = [event('a', 1), event('b', 1), event('c', 1)];
      for (const e of events) await bus.publish('task-events', e);

      const first = await bus.listDeadLetters({ limit: 2 });
      expect(first.items.map((d) => d.eventId)).toEqual([events[0]!.id, events[1]!.id]);
      expect(first.nextCursor).toBe(String(first.items[1]!.id));
      const second = await bus.listDeadLetters({ limit: 2, after: Number(first.nextCursor) });
      expect(second).toEqual({ items: [expect.objectContaining({ eventId: events[2]!.id, consumer: 'audit', type: 'task.updated', attempts: 1, error: 'down' })], nextCursor: null });
      expect((await bus.listDeadLetters({ consumer: 'nobody' })).items).toEqual([]);

      expect(await bus.replayDeadLetters({ limit: 2 })).toBe(2);
      // replayed and refused again: parked anew, after the one still waiting
      expect((await bus.listDeadLetters()).items.map((d) => d.eventId)).toEqual([events[2]!.id, events[0]!.id, events[1]!.id]);
    });

    it('publish does not resolve before the subscriber is done, and never calls it synchronously', async () => {
      await setup();
      const calls: string[] = [];
      bus.subscribe({ consumer: 'a', topic: 'reminders', handle: async () => { calls.push('handled'); } });
      await bus.start();
      const pending = bus.publish('reminders', event('x', 1));
      calls.push('after publish call');
      await pending;
      expect(calls).toEqual(['after publish call', 'handled']);
    });

    it('closing fails deliveries still in flight so that a publisher does not mark them sent', async () => {
      await setup({ maxAttempts: 100 });
      bus.subscribe({ consumer: 'a', topic: 'task-events', handle: async () => { throw new Error('down'); } });
      await bus.start();
      const pending = bus.publish('task-events', event('y', 1));
      await new Promise((r) => setTimeout(r, 30));
      await bus.close();
      await expect(pending).rejects.toThrow(/closed/);
    });

    it('with the idempotent consumer a redelivered event is handled once', async () => {
      const { metrics } = await setup();
      const state = createTableStateStore(database.db);
      const handled: number[] = [];
      bus.subscribe(idempotentConsumer({ consumer: 'audit', topic: 'task-events', state, clock: systemClock, log, metrics, handle: async (e) => { handled.push((e.data as { n: number }).n); } }));
      await bus.start();
      const e = event('z', 7);
      await bus.publish('task-events', e);
      await bus.publish('task-events', e);
      await waitFor(() => handled.length === 1);
      expect(handled).toEqual([7]);
      expect((await metrics.duplicates.get()).values[0]?.value).toBe(1);
      expect((await metrics.consumed.get()).values[0]?.value).toBe(1);
    });

    it('a consumer deduped by its handler records no processed id and counts what the handler calls a duplicate', async () => {
      const { metrics } = await setup();
      const state = createTableStateStore(database.db);
      const seen = new Set<string>();
      const handled: string[] = [];
      bus.subscribe(idempotentConsumer({
        consumer: 'keyed', topic: 'task-events', state, clock: systemClock, log, metrics, dedupedByHandler: true,
        handle: async (e) => {
          handled.push(e.id);
          if (seen.has(e.id)) return 'duplicate';
          seen.add(e.id);
        },
      }));
      await bus.start();
      const e = event('k', 1);
      await bus.publish('task-events', e);
      await bus.publish('task-events', e);
      expect(handled).toEqual([e.id, e.id]);
      expect(await state.get(processedKey('keyed', e.id))).toBeUndefined();
      expect((await metrics.duplicates.get()).values[0]?.value).toBe(1);
      expect((await metrics.consumed.get()).values[0]?.value).toBe(1);
    });
  });
}
