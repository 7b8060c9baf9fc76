// All SQL of the outbox (except the task create's one-statement insert, a CTE in tasks/store.ts): write rows, read and
// mark the unpublished ones, and the shared relay's chain claims (the protocol is described in shared-relay.ts).
import { asc, isNull, min, sql } from 'drizzle-orm';
import type { CloudEvent, Topic } from '@todo/domain';
import type { Db, Tx } from '@todo/db';
import { outbox } from './schema.js';

type Queryable = Db | Tx;

export type OutboxRow = typeof outbox.$inferSelect;

/** Inserts rows, skipping event ids already there; returns the ids it wrote. */
export async function insertOutboxRows(db: Queryable, rows: Array<typeof outbox.$inferInsert>): Promise<Set<string>> {
  const written = await db.insert(outbox).values(rows).onConflictDoNothing({ target: outbox.eventId }).returning({ eventId: outbox.eventId });
  return new Set(written.map((w) => w.eventId));
}

/** The oldest unpublished rows, in seq order (so in order per task). */
export function unpublishedRows(db: Queryable, limit: number): Promise<OutboxRow[]> {
  return db.select().from(outbox).where(isNull(outbox.publishedAt)).orderBy(asc(outbox.seq)).limit(limit);
}

export async function markPublished(db: Queryable, eventIds: string[], now: Date): Promise<void> {
  // The ids as one array parameter, not one parameter each (a relay batch is up to hundreds of rows).
  await db.execute(sql`update ${outbox} set published_at = ${now.toISOString()}::timestamptz where event_id = any(${sql.param(eventIds)}::uuid[])`);
}

/** Whether any committed row waits to be published (the partial index answers). */
export async function hasUnpublished(db: Queryable): Promise<boolean> {
  const [row] = await db.select({ seq: outbox.seq }).from(outbox).where(isNull(outbox.publishedAt)).limit(1);
  return row !== undefined;
}

/** When the oldest unpublished row was written; undefined when none waits. */
export async function oldestUnpublishedAt(db: Queryable): Promise<Date | undefined> {
  const [row] = await db.select({ oldest: min(outbox.createdAt) }).from(outbox).where(isNull(outbox.publishedAt));
  return row?.oldest ? new Date(row.oldest as unknown as string | Date) : undefined;
}

/** The first key of the two-key advisory locks of outbox chains (the two-key space never meets the one-key space). */
const CHAIN_LOCK_SPACE = 0x0b0c;

export interface Chain {
  topic: string;
  partition_key: string;
}

export interface ClaimedRow {
  eventId: string;
  topic: Topic;
  partitionKey: string;
  event: CloudEvent;
  createdAt: Date;
}

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * In the pass's transaction: ends the session when idle `idleTimeout` (a PostgreSQL interval), then takes the advisory
 * lock of each of the first `maxChains` chains with unpublished rows that it can get, without waiting.
 */
export async function claimChains(tx: Tx, maxChains: number, idleTimeout: string): Promise<{ mine: Chain[]; contended: number }> {
  await tx.execute(sql`select set_config('idle_in_transaction_session_timeout', ${idleTimeout}, true)`);
  const candidates = rowsOf<Chain & { mine: boolean }>(
    await tx.execute(sql`
      with chains as (
        select topic, partition_key, min(seq) as first
        from outbox where published_at is null
        group by topic, partition_key
        order by first
        limit ${maxChains}
      )
      select topic, partition_key, pg_try_advisory_xact_lock(${CHAIN_LOCK_SPACE}, hashtext(topic || '|' || partition_key)) as mine
      from chains order by first`),
  );
  const mine = candidates.filter((c) => c.mine).map(({ topic, partition_key }) => ({ topic, partition_key }));
  return { mine, contended: candidates.length - mine.length };
}

/** The unpublished rows of the chains, in seq order, read in a new statement (it sees every mark committed before). */
export async function unpublishedRowsOf(tx: Tx, chains: Chain[], maxRows: number): Promise<ClaimedRow[]> {
  const result = await tx.execute(sql`
    select o.event_id, o.topic, o.partition_key, o.event, o.created_at
    from outbox o
    join jsonb_to_recordset(${JSON.stringify(chains)}::jsonb) as c(topic text, partition_key text)
      on c.topic = o.topic and c.partition_key = o.partition_key
    where o.published_at is null
    order by o.seq
    limit ${maxRows}`);
  return rowsOf<{ event_id: string; topic: Topic; partition_key: string; event: CloudEvent | string; created_at: Date | string }>(result).map((r) => ({
    eventId: r.event_id,
    topic: r.topic,
    partitionKey: r.partition_key,
    event: typeof r.event === 'string' ? (JSON.parse(r.event) as CloudEvent) : r.event,
    createdAt: new Date(r.created_at),
  }));
}
