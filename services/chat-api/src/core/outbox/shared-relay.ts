// The outbox relay for several chat-api replicas on one PostgreSQL outbox. A pass is one transaction that takes a
// transaction-scoped advisory lock per chain (topic + partition key) it can get (pg_try_advisory_xact_lock: chains
// another relay is publishing are skipped, never waited for), reads the unpublished rows of those chains in a NEW
// statement (so it sees every mark committed by the chain's previous holder, which released the lock only after its
// commit), publishes them in order per chain, marks them and commits, releasing the locks. Whole chains are claimed, so
// order per task holds across replicas. A replica whose process dies mid-pass (crash, SIGKILL, OOM kill) has its socket
// closed by its kernel: PostgreSQL ends the session at once, aborts the transaction and frees its locks, and the next
// pass of any replica (at most contendedRetryMs later) republishes the unmarked rows (at-least-once: the consumers drop a
// row the dead replica had already published). A replica frozen or cut off without a FIN (a stopped VM, a partition)
// loses its session after passIdleTimeoutMs idle in the pass. PGlite (one process) keeps the single relay (relay.ts).
// The statements are in store.ts (claimChains, unpublishedRowsOf, markPublished).
import type { OutboxRelay, OutboxRelayOptions } from './relay.js';
import { observeOutboxLag, relayLifecycle } from './relay-lifecycle.js';
import { claimChains, hasUnpublished, markPublished, unpublishedRowsOf, type ClaimedRow } from './store.js';

export interface SharedOutboxRelayOptions extends OutboxRelayOptions {
  /** Chains claimed per pass (default 200). */
  maxChains?: number;
  /** Passes one relay runs at once, each on its own connection (default 2). */
  concurrentPasses?: number;
  /** Retry delay when every chain with rows was held by another pass (default 50 ms: the holder is mid-publish). */
  contendedRetryMs?: number;
  /**
   * A pass idle this long between statements (publishing) has its session ended by PostgreSQL, which frees its chains for
   * the other replicas: the bound on a frozen replica's hold (default 5 s; a live pass that slow publishes again later).
   */
  passIdleTimeoutMs?: number;
}

interface PassResult {
  published: number;
  /** Chains with unpublished rows that another pass held. */
  contended: number;
}

export function createSharedOutboxRelay(options: SharedOutboxRelayOptions): OutboxRelay {
  const { db, bus, clock, log, metrics } = options;
  const maxRows = options.batchSize ?? 500;
  const maxChains = options.maxChains ?? 200;
  const maxPasses = options.concurrentPasses ?? 2;
  const passIdleTimeout = `${Math.max(1, Math.round(options.passIdleTimeoutMs ?? 5_000))}ms`;
  const passes = new Set<Promise<void>>();
  let again = false;

  /** Publishes each chain's rows in order (chains side by side); a chain stops at its first refused publish. */
  async function publishInOrder(rows: ClaimedRow[]): Promise<{ published: ClaimedRow[]; failed: boolean }> {
    const byChain = new Map<string, ClaimedRow[]>();
    for (const row of rows) {
      const chain = `${row.topic}|${row.partitionKey}`;
      byChain.set(chain, [...(byChain.get(chain) ?? []), row]);
    }
    const published: ClaimedRow[] = [];
    let failed = false;
    await Promise.all(
      [...byChain.values()].map(async (chainRows) => {
        for (const row of chainRows) {
          try {
            await bus.publish(row.topic, row.event);
            published.push(row);
          } catch (error) {
            failed = true;
            if (lifecycle.isRunning()) log.warn({ err: error, eventId: row.eventId, topic: row.topic }, 'outbox publish failed; will retry');
            return;
          }
        }
      }),
    );
    return { published, failed };
  }

  async function pass(): Promise<PassResult> {
    return db.transaction(async (tx) => {
      const { mine, contended } = await claimChains(tx, maxChains, passIdleTimeout);
      if (mine.length === 0) return { published: 0, contended };
      const rows = await unpublishedRowsOf(tx, mine, maxRows);
      const { published, failed } = await publishInOrder(rows);
      if (published.length > 0) {
        const now = clock.now();
        await markPublished(tx, published.map((r) => r.eventId), now);
        for (const row of published) metrics?.outboxPublishDelay.observe(Math.max(0, now.getTime() - row.createdAt.getTime()) / 1000);
      }
      if (failed) lifecycle.retryLater(options.retryMs ?? 1000);
      return { published: published.length, contended };
    });
  }

  function wake(): void {
    if (!lifecycle.isRunning()) return;
    if (passes.size >= maxPasses) {
      again = true;
      return;
    }
    again = false;
    const running_ = pass()
      .then(({ published, contended }) => {
        // Rows may have been committed behind this pass's read, and held chains come free shortly: look again.
        if (published > 0) again = true;
        else if (contended > 0) lifecycle.retryLater(options.contendedRetryMs ?? 50);
      })
      .catch((error: unknown) => {
        if (lifecycle.isRunning()) log.warn({ err: error }, 'outbox relay pass failed');
        lifecycle.retryLater(options.retryMs ?? 1000);
      })
      .finally(() => {
        passes.delete(running_);
        if (again) wake();
      });
    passes.add(running_);
  }

  /** A cheap look (the partial index) before opening a transaction: most sweeps find nothing. */
  async function sweep(): Promise<void> {
    try {
      if (await hasUnpublished(db)) wake();
    } catch (error) {
      log.warn({ err: error }, 'outbox sweep failed');
    }
    if (metrics) await observeOutboxLag(db, clock, metrics);
  }

  const settle = async () => {
    while (passes.size > 0) await Promise.allSettled([...passes]);
  };

  const lifecycle = relayLifecycle({ db, wake, sweep, settle, sweepMs: options.sweepMs });

  return {
    wake,
    // Rows just committed are read back under their chain's lock: another replica may hold an earlier row of the task.
    publishCommitted: () => wake(),
    start: lifecycle.start,
    drain: lifecycle.drain,
    close: lifecycle.close,
  };
}
