// Several chat-api replicas on one PostgreSQL outbox: each replica's relay has its own connection pool, as separate
// processes do. Every row published exactly once, order per task kept whichever replica committed it, a relay killed
// mid-pass (its session terminated, as PostgreSQL does when the process dies) taken over by another in seconds.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isNull } from 'drizzle-orm';
import { migrate, openDatabase, type Database } from '@todo/db';
import type { CloudEvent, Topic } from '@todo/domain';
import type { EventBus } from '@todo/platform';
import { systemClock } from '@todo/platform/embedded';
import { createFreshPostgres, silentLogger, waitFor } from '@todo/platform/testing';
import { outboxMigrations } from './migrations.js';
import { outbox } from './schema.js';
import { outboxWriter, withOutbox, type OutboxEntry } from './unit-of-work.js';
import type { OutboxRelay } from './relay.js';

const append = (db: Database['db'], entries: OutboxEntry[]) => withOutbox(db, (_tx, emit) => emit(...entries));
import { createSharedOutboxRelay } from './shared-relay.js';

let counter = 0;
function event(subject: string): CloudEvent {
  counter++;
  const id = `0190f7e4-0000-7000-8000-${String(counter).padStart(12, '0')}`;
  return { specversion: '1.0', id, source: 'chat-api', type: 'task.updated', subject, time: new Date().toISOString(), datacontenttype: 'application/json', data: { n: counter } };
}

interface Published {
  id: string;
  subject: string;
  by: string;
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const suites = testDatabaseUrl ? [testDatabaseUrl] : [];

for (const serverUrl of suites) {
  describe('outbox relays of several replicas on one PostgreSQL outbox', () => {
    let fresh: Awaited<ReturnType<typeof createFreshPostgres>>;
    let main: Database;
    const opened: Database[] = [];
    const relays: OutboxRelay[] = [];
    /** Lets hung publishes fail so that their relays can close. */
    const unhang: (() => void)[] = [];
    /** One replica's connection pool, named so that the test can cut its sessions. */
    const replicaDatabase = async (name: string) => {
      const url = new URL(fresh.url);
      url.searchParams.set('application_name', name);
      const database = await openDatabase({ url: url.toString() });
      opened.push(database);
      return database;
    };
    const replica = async (name: string, log: Published[], publish?: (e: CloudEvent) => Promise<void>) => {
      const database = await replicaDatabase(name);
      const bus = {
        publish: async (_topic: Topic, e: CloudEvent) => {
          await (publish ? publish(e) : new Promise((r) => setTimeout(r, Math.random() * 3)));
          log.push({ id: e.id, subject: e.subject, by: name });
        },
      } as unknown as EventBus;
      const relay = createSharedOutboxRelay({ db: database.db, bus, clock: systemClock, log: silentLogger(), sweepMs: 200 });
      relays.push(relay);
      await relay.start();
      return { relay, database, write: outboxWriter(database.db, (records) => relay.publishCommitted(records)) };
    };
    const unpublished = async () => (await main.db.select().from(outbox).where(isNull(outbox.publishedAt))).length;

    beforeAll(async () => {
      fresh = await createFreshPostgres(serverUrl);
      main = await openDatabase({ url: fresh.url });
      await migrate(main, 'chat-api-outbox-test', outboxMigrations);
    });
    afterEach(async () => {
      for (const release of unhang.splice(0)) release();
      await Promise.all(relays.splice(0).map((relay) => relay.close()));
      await Promise.all(opened.splice(0).map((database) => database.close()));
      await main.exec('delete from outbox');
    });
    afterAll(async () => {
      await main.close();
      await fresh.drop();
    });

    it('publishes every row exactly once and in order per task, whichever of two replicas committed it', async () => {
      const order: Published[] = [];
      const a = await replica('relay-a', order);
      const b = await replica('relay-b', order);
      const written = new Map<string, string[]>();
      const writes: Promise<unknown>[] = [];
      for (let i = 0; i < 240; i++) {
        const subject = `task-m${i % 8}`;
        const e = event(subject);
        written.set(subject, [...(written.get(subject) ?? []), e.id]);
        // Writes to one task are serialised (as the task row lock does in the service); tasks run concurrently.
        const via = i % 2 === 0 ? a : b;
        writes.push(via.write((_tx, emit) => emit({ topic: 'task-updates', event: e })));
        if (i % 8 === 7) await Promise.all(writes.splice(0));
      }
      await Promise.all(writes);
      await a.relay.drain();
      await b.relay.drain();
      for (const [subject, ids] of written) expect(order.filter((p) => p.subject === subject).map((p) => p.id), subject).toEqual(ids);
      expect(order).toHaveLength(240);
      expect(await unpublished()).toBe(0);
      expect(new Set(order.map((p) => p.by))).toEqual(new Set(['relay-a', 'relay-b']));
    });

    it('keeps a task whose rows another replica is publishing for that replica, and takes it over within seconds when it dies mid-pass', async () => {
      const events = [event('task-f'), event('task-f'), event('task-f')];
      await append(main.db, events.map((e) => ({ topic: 'task-events' as Topic, event: e })));
      const order: Published[] = [];
      let hung = 0;
      let cut!: (error: Error) => void;
      const never = new Promise<void>((_, reject) => (cut = reject));
      never.catch(() => {});
      unhang.push(() => cut(new Error('replica A is gone')));
      // Replica A publishes the first row, then hangs on the second (as a process frozen or killed mid-batch would).
      await replica('relay-a', order, async () => {
        if (hung++ >= 1) await never;
      });
      await waitFor(async () => order.length === 1);
      const b = await replica('relay-b', order);
      await new Promise((r) => setTimeout(r, 600));
      expect(order.filter((p) => p.by === 'relay-b')).toEqual([]); // A's pass holds the chain: B leaves it alone
      expect(await unpublished()).toBe(3);

      // A dies: PostgreSQL ends its session, its transaction rolls back and its chain locks are freed.
      const killedAt = Date.now();
      await main.exec(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'relay-a'`);
      await waitFor(async () => (await unpublished()) === 0, Boolean, 15_000);
      const takeoverMs = Date.now() - killedAt;
      await b.relay.drain();
      // Bounded by the pass's idle-in-transaction timeout (10 s) even when the ended session is noticed late: a fresh CI
      // machine measured 10.07 s here, not the ~1 s seen when the kill is noticed at once (open point of #13).
      expect(takeoverMs).toBeLessThan(12_000);
      // B publishes the whole chain in order; the one row A had published before dying comes again (consumers drop it by id).
      expect(order.filter((p) => p.by === 'relay-b').map((p) => p.id)).toEqual(events.map((e) => e.id));
      expect(order.filter((p) => p.by === 'relay-a').map((p) => p.id)).toEqual([events[0]!.id]);
    });

    it('resends in order after a refused publish', async () => {
      const order: Published[] = [];
      let failures = 1;
      const a = await replica('relay-a', order, async () => {
        if (failures-- > 0) throw new Error('broker unavailable');
      });
      const events = [event('task-r'), event('task-r'), event('task-s')];
      await append(a.database.db, events.map((e) => ({ topic: 'task-events' as Topic, event: e })));
      await waitFor(async () => (await unpublished()) === 0, Boolean, 5_000);
      expect(order.filter((p) => p.subject === 'task-r').map((p) => p.id)).toEqual([events[0]!.id, events[1]!.id]);
      expect(new Set(order.map((p) => p.id))).toEqual(new Set(events.map((e) => e.id)));
    });
  });
}
