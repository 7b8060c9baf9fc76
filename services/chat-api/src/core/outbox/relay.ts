// The outbox relay: publishes outbox rows in order per partition key and marks each published once the bus accepted it.
// Rows written in a transaction are handed over right after its commit (no query in the way); a wake-up query and a
// periodic sweep pick up anything else. It resumes from the table after a crash, so nothing committed is lost.
import type { Db } from '@todo/db';
import type { Clock, EventBus, EventMetrics, Logger } from '@todo/platform';
import { markPublished, unpublishedRows } from './store.js';
import type { OutboxRecord } from './unit-of-work.js';
import { observeOutboxLag, relayLifecycle } from './relay-lifecycle.js';

export interface OutboxRelayOptions {
  db: Db;
  bus: EventBus;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  /** Safety sweep for rows nobody handed over (default 1 s). */
  sweepMs?: number;
  /** Rows read per pass (default 500). */
  batchSize?: number;
  /** Wait before retrying after the bus refused a publish (default 1 s). */
  retryMs?: number;
}

export interface OutboxRelay {
  /** Look for unpublished rows now. Cheap and coalescing. */
  wake(): void;
  /** Rows a transaction has just committed: published without reading them back. */
  publishCommitted(records: OutboxRecord[]): void;
  start(): Promise<void>;
  /** Waits until everything committed so far has been published (tests, bench, shutdown). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, bus, clock, log, metrics } = options;
  const batchSize = options.batchSize ?? 500;
  /** Dispatched but not yet marked published: event id → its ordering chain. */
  const inFlight = new Map<string, string>();
  /**
   * Per chain (topic + partition key), the promise of its last dispatched row: the next row of that chain waits for it.
   * Order is kept per task within a topic, as Kafka keeps it per partition; topics don't wait for each other.
   */
  const chains = new Map<string, Promise<void>>();
  const toMark: { eventId: string; createdAt: number }[] = [];
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;
  let marking: Promise<void> | undefined;

  function dispatch(record: OutboxRecord): void {
    if (inFlight.has(record.eventId)) return;
    const chain = `${record.topic}|${record.partitionKey}`;
    inFlight.set(record.eventId, chain);
    const createdAt = (record.createdAt ?? clock.now()).getTime();
    const previous = chains.get(chain) ?? Promise.resolve();
    const settled = previous
      .then(async () => {
        if (!inFlight.has(record.eventId)) throw new AbandonedError(); // an earlier row of this key failed
        await bus.publish(record.topic, record.event);
        toMark.push({ eventId: record.eventId, createdAt });
        scheduleMarking();
      })
      .catch((error: unknown) => {
        inFlight.delete(record.eventId);
        if (error instanceof AbandonedError) return;
        if (lifecycle.isRunning()) log.warn({ err: error, eventId: record.eventId, topic: record.topic }, 'outbox publish failed; will retry');
        abandonChain(chain);
        lifecycle.retryLater(options.retryMs ?? 1000);
      });
    chains.set(chain, settled);
    void settled.then(() => {
      if (chains.get(chain) === settled) chains.delete(chain);
    });
  }

  /** After a failure, rows queued behind it in the same chain must not overtake it: they give up; the retry resends in order. */
  function abandonChain(chain: string): void {
    for (const [eventId, key] of inFlight) if (key === chain) inFlight.delete(eventId);
  }

  function scheduleMarking(): void {
    if (marking) return;
    marking = (async () => {
      await new Promise((r) => setImmediate(r));
      while (toMark.length > 0) {
        const batch = toMark.splice(0);
        const now = clock.now();
        try {
          await markPublished(db, batch.map((r) => r.eventId), now);
        } catch (error) {
          // Not marked: those rows are published again later (at-least-once); consumers drop the duplicates.
          log.warn({ err: error }, 'could not mark outbox rows published');
        }
        for (const row of batch) {
          inFlight.delete(row.eventId);
          metrics?.outboxPublishDelay.observe(Math.max(0, now.getTime() - row.createdAt) / 1000);
        }
      }
      marking = undefined;
    })();
  }

  async function pump(): Promise<void> {
    do {
      pumpAgain = false;
      const rows = await unpublishedRows(db, batchSize + inFlight.size);
      let fresh = 0;
      for (const row of rows) {
        if (inFlight.has(row.eventId)) continue;
        dispatch(row);
        fresh++;
      }
      if (fresh >= batchSize) pumpAgain = true;
    } while (pumpAgain && lifecycle.isRunning());
  }

  function wake(): void {
    if (!lifecycle.isRunning()) return;
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = pump()
      .catch((error: unknown) => {
        log.warn({ err: error }, 'outbox relay pass failed');
        lifecycle.retryLater(options.retryMs ?? 1000);
      })
      .finally(() => {
        pumping = undefined;
        if (pumpAgain) wake();
      });
  }

  async function settle(): Promise<void> {
    await pumping;
    await Promise.all([...chains.values()]);
    await marking;
  }

  async function sweep(): Promise<void> {
    wake();
    if (metrics) await observeOutboxLag(db, clock, metrics);
  }

  const lifecycle = relayLifecycle({ db, wake, sweep, settle, sweepMs: options.sweepMs });

  return {
    wake,
    publishCommitted(records) {
      // Before start() (e.g. during boot), rows wait for the first pass, which reads them from the table in order.
      if (!lifecycle.isRunning()) return;
      for (const record of records) dispatch(record);
    },
    start: lifecycle.start,
    drain: lifecycle.drain,
    close: lifecycle.close,
  };
}

class AbandonedError extends Error {}
