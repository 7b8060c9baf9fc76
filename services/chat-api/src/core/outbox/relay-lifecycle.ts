// What both relays (relay.ts: one process; shared-relay.ts: replicas sharing the table) do around their passes: a
// periodic sweep while started, at most one pending retry, a drain, and a close that stops the timers and settles.
import type { Db } from '@todo/db';
import type { Clock, EventMetrics } from '@todo/platform';
import { hasUnpublished, oldestUnpublishedAt } from './store.js';

export interface RelayLifecycleOptions {
  db: Db;
  /** Starts (or requests) a pass. */
  wake: () => void;
  /** One periodic look: wakes when rows wait, and observes lag. */
  sweep: () => Promise<void>;
  /** Resolves when the passes in progress are done. */
  settle: () => Promise<void>;
  sweepMs?: number | undefined;
}

export function relayLifecycle(options: RelayLifecycleOptions) {
  let running = false;
  let sweepTimer: NodeJS.Timeout | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  return {
    isRunning: () => running,
    /** Wakes after `ms`, unless a retry is pending already or the relay stopped. */
    retryLater(ms: number): void {
      if (retryTimer || !running) return;
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        options.wake();
      }, ms);
    },
    async start(): Promise<void> {
      if (running) return;
      running = true;
      sweepTimer = setInterval(() => void options.sweep(), options.sweepMs ?? 1000);
      sweepTimer.unref();
      options.wake();
    },
    drain: () => drainOutbox(options.db, options.settle, options.wake, () => running),
    async close(): Promise<void> {
      running = false;
      clearInterval(sweepTimer);
      clearTimeout(retryTimer);
      await options.settle();
    },
  };
}

/** Settles the relay's work, then looks again until no committed row waits (or the relay stopped). */
async function drainOutbox(db: Db, settle: () => Promise<void>, wake: () => void, isRunning: () => boolean): Promise<void> {
  for (;;) {
    await settle();
    if (!(await hasUnpublished(db)) || !isRunning()) return;
    wake();
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sets the outbox lag gauge: the age of the oldest unpublished row (0 when none). */
export async function observeOutboxLag(db: Db, clock: Clock, metrics: EventMetrics): Promise<void> {
  try {
    const oldest = (await oldestUnpublishedAt(db))?.getTime();
    metrics.outboxLag.set(oldest === undefined ? 0 : Math.max(0, clock.now().getTime() - oldest) / 1000);
  } catch {
    // the next sweep tries again
  }
}
