// The outbox relay: after each commit (and on a periodic sweep) publishes unpublished outbox rows in order per partition
// key, marking each row published once the bus accepted it. It resumes from the table, so a crash loses nothing.
import { asc, inArray, isNull, min } from 'drizzle-orm';
import type { Database, Db } from '@todo/db';
import type { Clock, EventBus, EventMetrics } from '@todo/platform';
import type { Logger } from '@todo/http';
import { outbox } from './schema.js';

export interface OutboxRelayOptions {
  db: Db;
  bus: EventBus;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  /** Safety sweep for rows nobody woke the relay for (default 1 s). */
  sweepMs?: number;
  /** Rows read per pass (default 500). */
  batchSize?: number;
  /** Wait before retrying after the bus refused a publish (default 1 s). */
  retryMs?: number;
}

export interface OutboxRelay {
  /** Call after a commit that wrote outbox rows. Cheap and coalescing. */
  wake(): void;
  start(): Promise<void>;
  /** Waits until everything committed so far has been published (tests, bench, shutdown). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

type Row = typeof outbox.$inferSelect;

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, bus, clock, log, metrics } = options;
  const batchSize = options.batchSize ?? 500;
  /** Dispatched but not yet marked published: seq → partition key. */
  const inFlight = new Map<number, string>();
  /** Per partition key, the promise of its last dispatched row: the next row of that key waits for it. */
  const chains = new Map<string, Promise<void>>();
  const toMark: Row[] = [];
  let running = false;
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;
  let sweepTimer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let marking: Promise<void> | undefined;

  function dispatch(row: Row): void {
    inFlight.set(row.seq, row.partitionKey);
    const previous = chains.get(row.partitionKey) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (!inFlight.has(row.seq)) throw new Error('abandoned'); // an earlier row of this key failed
      await bus.publish(row.topic, row.event);
      toMark.push(row);
      scheduleMarking();
    });
    const settled = next.catch((error: unknown) => {
      inFlight.delete(row.seq);
      if ((error as Error).message !== 'abandoned') {
        log.warn({ err: error, eventId: row.eventId, topic: row.topic }, 'outbox publish failed; will retry');
        abandonPartition(row.partitionKey);
        retryLater();
      }
      throw error;
    });
    const tail = settled.catch(() => undefined);
    chains.set(row.partitionKey, tail);
    void tail.then(() => {
      if (chains.get(row.partitionKey) === tail) chains.delete(row.partitionKey);
    });
  }

  /** After a failure, rows queued behind it for the same key must not overtake it: drop them; the retry resends in order. */
  function abandonPartition(partitionKey: string): void {
    // Rows of this key still queued notice on their turn (they check `inFlight` before publishing).
    for (const [seq, key] of inFlight) if (key === partitionKey) inFlight.delete(seq);
  }

  function scheduleMarking(): void {
    if (marking) return;
    marking = (async () => {
      await new Promise((r) => setImmediate(r));
      while (toMark.length > 0) {
        const rows = toMark.splice(0);
        const now = clock.now();
        try {
          await db.update(outbox).set({ publishedAt: now }).where(inArray(outbox.seq, rows.map((r) => r.seq)));
        } catch (error) {
          // Not marked: those rows are published again later (at-least-once); consumers drop the duplicates.
          log.warn({ err: error }, 'could not mark outbox rows published');
        }
        for (const row of rows) {
          inFlight.delete(row.seq);
          metrics?.outboxPublishDelay.observe(Math.max(0, now.getTime() - row.createdAt.getTime()) / 1000);
        }
      }
      marking = undefined;
    })();
  }

  function retryLater(): void {
    if (retryTimer || !running) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      wake();
    }, options.retryMs ?? 1000);
  }

  async function pump(): Promise<void> {
    do {
      pumpAgain = false;
      const rows = await db.select().from(outbox).where(isNull(outbox.publishedAt)).orderBy(asc(outbox.seq)).limit(batchSize + inFlight.size);
      let fresh = 0;
      for (const row of rows) {
        if (inFlight.has(row.seq)) continue;
        dispatch(row);
        fresh++;
      }
      if (fresh >= batchSize) pumpAgain = true;
    } while (pumpAgain && running);
  }

  function wake(): void {
    if (!running) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = pump()
      .catch((error: unknown) => {
        log.warn({ err: error }, 'outbox relay pass failed');
        retryLater();
      })
      .finally(() => {
        pumping = undefined;
        if (pumpAgain) wake();
      });
  }

  async function sweep(): Promise<void> {
    wake();
    if (!metrics) return;
    try {
      const [row] = await db.select({ oldest: min(outbox.createdAt) }).from(outbox).where(isNull(outbox.publishedAt));
      const oldest = row?.oldest ? new Date(row.oldest as unknown as string | Date).getTime() : undefined;
      metrics.outboxLag.set(oldest === undefined ? 0 : Math.max(0, clock.now().getTime() - oldest) / 1000);
    } catch {
      // the next sweep tries again
    }
  }

  return {
    wake,
    async start() {
      if (running) return;
      running = true;
      sweepTimer = setInterval(() => void sweep(), options.sweepMs ?? 1000);
      sweepTimer.unref();
      wake();
    },
    async drain() {
      for (;;) {
        await pumping;
        await Promise.all([...chains.values()]);
        await marking;
        const [row] = await db.select({ seq: outbox.seq }).from(outbox).where(isNull(outbox.publishedAt)).limit(1);
        if (!row || !running) return;
        wake();
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      running = false;
      if (sweepTimer) clearInterval(sweepTimer);
      if (retryTimer) clearTimeout(retryTimer);
      await pumping;
      await Promise.allSettled([...chains.values()]);
      await marking;
    },
  };
}

/**
 * The database with `transaction` wrapped to wake the relay after every commit: chat-api writes its outbox rows inside
 * transactions, so each commit is a chance that new rows are waiting.
 */
export function wakeRelayOnCommit(database: Database, wake: () => void): Database {
  const db = new Proxy(database.db, {
    get(target, property, receiver) {
      if (property === 'transaction') {
        return async (...args: Parameters<Db['transaction']>) => {
          const result = await target.transaction(...args);
          wake();
          return result;
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...database, db };
}

/** For tests and tools: the number of rows not yet published. */
export async function unpublishedCount(db: Db): Promise<number> {
  const rows = await db.select({ seq: outbox.seq }).from(outbox).where(isNull(outbox.publishedAt));
  return rows.length;
}

