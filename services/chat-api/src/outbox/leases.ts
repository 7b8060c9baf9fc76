// Per-chain leases on the outbox (a chain is one topic + partition key): how several relays share one outbox table.
// Each statement is atomic on the lease's primary key, and times come from the database so replicas' clocks don't matter.
import { sql, type SQL } from 'drizzle-orm';
import type { CloudEvent, Topic } from '@todo/domain';
import type { Db } from '@todo/db';

export interface Chain {
  topic: Topic;
  partitionKey: string;
}

export interface ClaimedRow {
  seq: number;
  eventId: string;
  topic: Topic;
  partitionKey: string;
  event: CloudEvent;
  createdAt: Date;
}

export interface LeaseOptions {
  owner: string;
  leaseMs: number;
}

const chainsJson = (chains: Iterable<Chain>) =>
  JSON.stringify([...chains].map((c) => ({ topic: c.topic, partition_key: c.partitionKey })));

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Takes (or keeps) the leases of chains with unpublished rows and returns those chains' unpublished rows in `seq` order.
 * With `wanted`, only those chains are tried, even if another relay holds them right now (its lease may be on the point
 * of being released; the insert waits for that). Without, the oldest chains nobody else holds are tried.
 */
export async function claimChains(
  db: Db,
  { owner, leaseMs }: LeaseOptions,
  { wanted, maxChains, maxRows }: { wanted?: Iterable<Chain> | undefined; maxChains: number; maxRows: number },
): Promise<ClaimedRow[]> {
  const filter: SQL = wanted
    ? sql`and (o.topic, o.partition_key) in (select topic, partition_key from jsonb_to_recordset(${chainsJson(wanted)}::jsonb) as w(topic text, partition_key text))`
    : sql`and not exists (select 1 from outbox_leases l where l.topic = o.topic and l.partition_key = o.partition_key and l.owner <> ${owner} and l.expires_at > now())`;
  const result = await db.execute(sql`
    with candidates as (
      select o.topic, o.partition_key, min(o.seq) as first
      from outbox o
      where o.published_at is null ${filter}
      group by o.topic, o.partition_key
      order by first
      limit ${maxChains}
    ), claimed as (
      insert into outbox_leases (topic, partition_key, owner, expires_at)
      select topic, partition_key, ${owner}, now() + ${leaseMs} * interval '1 millisecond' from candidates
      on conflict (topic, partition_key) do update set owner = excluded.owner, expires_at = excluded.expires_at
        where outbox_leases.owner = excluded.owner or outbox_leases.expires_at <= now()
      returning topic, partition_key
    )
    select o.seq, o.event_id, o.topic, o.partition_key, o.event, o.created_at
    from outbox o join claimed c on c.topic = o.topic and c.partition_key = o.partition_key
    where o.published_at is null
    order by o.seq
    limit ${maxRows}`);
  return rowsOf<{ seq: number | string; event_id: string; topic: Topic; partition_key: string; event: CloudEvent | string; created_at: Date | string }>(result).map((r) => ({
    seq: Number(r.seq),
    eventId: r.event_id,
    topic: r.topic,
    partitionKey: r.partition_key,
    event: typeof r.event === 'string' ? (JSON.parse(r.event) as CloudEvent) : r.event,
    createdAt: new Date(r.created_at),
  }));
}

/** Extends this owner's leases on `chains`; returns the chains still held (the others were taken over after expiring). */
export async function renewLeases(db: Db, { owner, leaseMs }: LeaseOptions, chains: Iterable<Chain>): Promise<Chain[]> {
  const result = await db.execute(sql`
    update outbox_leases l set expires_at = now() + ${leaseMs} * interval '1 millisecond'
    from jsonb_to_recordset(${chainsJson(chains)}::jsonb) as w(topic text, partition_key text)
    where l.owner = ${owner} and l.topic = w.topic and l.partition_key = w.partition_key
    returning l.topic, l.partition_key`);
  return rowsOf<{ topic: Topic; partition_key: string }>(result).map((r) => ({ topic: r.topic, partitionKey: r.partition_key }));
}

/**
 * Gives up this owner's leases on `chains` that have no unpublished row left; returns the chains released. A chain kept
 * has rows another replica committed meanwhile (its claim lost to ours): the caller claims them next.
 */
export async function releaseLeases(db: Db, { owner }: Pick<LeaseOptions, 'owner'>, chains: Iterable<Chain>): Promise<Chain[]> {
  const result = await db.execute(sql`
    delete from outbox_leases l
    using jsonb_to_recordset(${chainsJson(chains)}::jsonb) as w(topic text, partition_key text)
    where l.owner = ${owner} and l.topic = w.topic and l.partition_key = w.partition_key
      and not exists (select 1 from outbox o where o.published_at is null and o.topic = l.topic and o.partition_key = l.partition_key)
    returning l.topic, l.partition_key`);
  return rowsOf<{ topic: Topic; partition_key: string }>(result).map((r) => ({ topic: r.topic, partitionKey: r.partition_key }));
}

/** Drops every lease of this owner (clean shutdown: the others take over at once instead of after expiry). */
export async function releaseAllLeases(db: Db, owner: string): Promise<void> {
  await db.execute(sql`delete from outbox_leases where owner = ${owner}`);
}
