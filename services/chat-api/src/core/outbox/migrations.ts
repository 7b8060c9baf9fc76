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
];
