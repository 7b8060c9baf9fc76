import type { Migration } from '@todo/db';

export const outboxMigrations: Migration[] = [
  {
    name: '010_outbox',
    sql: `
      create table outbox (
        seq bigserial primary key,
        event_id uuid not null unique,
        topic text not null,
        partition_key text not null,
        event jsonb not null,
        created_at timestamptz not null default now(),
        published_at timestamptz
      );
      create index outbox_unpublished_idx on outbox (seq) where published_at is null;
    `,
  },
  {
    // Replicas of chat-api share the outbox: a relay publishes the rows of a (topic, partition key) only while it holds
    // that chain's lease, so order per task survives several relays; a lease nobody renews expires and is taken over.
    name: '011_outbox_leases',
    sql: `
      create table outbox_leases (
        topic text not null,
        partition_key text not null,
        owner text not null,
        expires_at timestamptz not null,
        primary key (topic, partition_key)
      );
      create index outbox_unpublished_chain_idx on outbox (topic, partition_key, seq) where published_at is null;
    `,
  },
];
