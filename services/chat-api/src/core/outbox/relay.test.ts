import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isNull } from 'drizzle-orm';
import { migrate, type Database } from '@todo/db';
import type { CloudEvent, Topic } from '@todo/domain';
import type { EventBus } from '@todo/platform';
import { systemClock } from '@todo/platform/embedded';
import { silentLogger, testDatabaseKinds, waitFor } from '@todo/platform/testing';
import { outboxMigrations } from './migrations.js';
import { outbox } from './schema.js';
import { outboxWriter, withOutbox, type OutboxEntry } from './unit-of-work.js';
import { createOutboxRelay, type OutboxRelay } from './relay.js';

let counter = 0;
function event(subject: string): CloudEvent {
  counter++;
  const id = `0190f7e4-0000-7000-8000-${String(counter).padStart(12, '0')}`;
  return { specversion: '1.0', id, source: 'chat-api', type: 'task.updated', subject, time: new Date().toISOString(), datacontenttype: 'application/json', data: { n: counter } };
}

/** Commits the entries in one unit of work, handing nothing over: the relay must find them in the table. */
const commit = (database: Database, entries: OutboxEntry[]) => withOutbox(database.db, (_tx, emit) => emit(...entries));

function recordingBus(failFirst = 0) {
  const published: { topic: Topic; id: string; subject: string }[] = [];
  let failures = failFirst;
  const bus = {
    publish: async (topic: Topic, e: CloudEvent) => {
      if (failures-- > 0) throw new Error('broker unavailable');
      published.push({ topic, id: e.id, subject: e.subject });
    },
  } as unknown as EventBus;
  return { bus, published };
}

for (const kind of testDatabaseKinds()) {
  describe(`outbox relay (${kind.name})`, () => {
    let database: Database;
    let relay: OutboxRelay | undefined;
    beforeAll(async () => {
      database = await kind.open();
      await migrate(database, 'chat-api-outbox-test', outboxMigrations);
    });
    afterAll(async () => {
      await database.close();
    });
    beforeEach(async () => {
      await relay?.close();
      await database.exec('delete from outbox');
    });
    const unpublished = async () => (await database.db.select().from(outbox).where(isNull(outbox.publishedAt))).length;

    it('publishes rows left unpublished by a crash when it starts, in order per task, and marks them', async () => {
      const a1 = event('task-a'), b1 = event('task-b'), a2 = event('task-a'), a3 = event('task-a');
      await commit(database, [a1, b1, a2, a3].map((e) => ({ topic: 'task-events' as Topic, event: e })));
      const { bus, published } = recordingBus();
      relay = createOutboxRelay({ db: database.db, bus, clock: systemClock, log: silentLogger() });
      await relay.start();
      await relay.drain();
      expect(published.filter((p) => p.subject === 'task-a').map((p) => p.id)).toEqual([a1.id, a2.id, a3.id]);
      expect(published.map((p) => p.id).sort()).toEqual([a1.id, a2.id, a3.id, b1.id].sort());
      expect(await unpublished()).toBe(0);
    });

    it('hands committed rows over without reading them back, and nothing from a rolled-back transaction', async () => {
      const { bus, published } = recordingBus();
      relay = createOutboxRelay({ db: database.db, bus, clock: systemClock, log: silentLogger(), sweepMs: 60_000 });
      await relay.start();
      await relay.drain();
      const write = outboxWriter(database.db, (records) => relay?.publishCommitted(records));
      const kept = event('task-c');
      const dropped = event('task-c');
      await write((_tx, emit) => emit({ topic: 'task-updates', event: kept }));
      await expect(
        write(async (_tx, emit) => {
          await emit({ topic: 'task-updates', event: dropped });
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      await waitFor(() => published.length === 1);
      await relay.drain();
      expect(published.map((p) => p.id)).toEqual([kept.id]);
      expect(await unpublished()).toBe(0);
    });

    it('when the bus refuses, retries later and still keeps the order of each task', async () => {
      const events = [event('task-d'), event('task-d'), event('task-d')];
      await commit(database, events.map((e) => ({ topic: 'task-events' as Topic, event: e })));
      const { bus, published } = recordingBus(1);
      relay = createOutboxRelay({ db: database.db, bus, clock: systemClock, log: silentLogger(), retryMs: 20 });
      await relay.start();
      await waitFor(async () => (await unpublished()) === 0);
      expect(published.map((p) => p.id)).toEqual(events.map((e) => e.id));
    });

    it('keeps order per task within a topic, but a slow topic does not hold back another', async () => {
      const slow = event('task-e'), fast = event('task-e');
      await commit(database, [{ topic: 'task-events', event: slow }, { topic: 'task-updates', event: fast }]);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const published: string[] = [];
      const bus = {
        publish: async (topic: Topic, e: CloudEvent) => {
          if (topic === 'task-events') await held;
          published.push(e.id);
        },
      } as unknown as EventBus;
      relay = createOutboxRelay({ db: database.db, bus, clock: systemClock, log: silentLogger() });
      await relay.start();
      await waitFor(() => published.length === 1);
      expect(published).toEqual([fast.id]);
      release();
      await relay.drain();
      expect(published).toEqual([fast.id, slow.id]);
    });
  });
}
