// Tables of the embedded runtime: idempotency/state keys, scheduled jobs, dead letters.
import type { Migration } from '@todo/db';

export const EMBEDDED_RUNTIME_SERVICE = 'embedded-runtime';

export const embeddedRuntimeMigrations: Migration[] = [
  {
    name: '001_processed_events',
    sql: `
      create table processed_events (
        key text primary key,
        value jsonb not null,
        created_at timestamptz not null default now()
      );
    `,
  },
  {
    name: '002_jobs',
    sql: `
      create table jobs (
        name text primary key,
        due_at timestamptz not null,
        run_at timestamptz not null,
        data jsonb,
        attempts integer not null default 0,
        version uuid not null
      );
      create index jobs_run_at_idx on jobs (run_at);
    `,
  },
  {
    name: '003_dead_letters',
    sql: `
      create table dead_letters (
        id bigserial primary key,
        consumer text not null,
        topic text not null,
        event_id text not null,
        event jsonb not null,
        error text not null,
        attempts integer not null,
        failed_at timestamptz not null default now(),
        replayed_at timestamptz
      );
      create index dead_letters_pending_idx on dead_letters (id) where replayed_at is null;
    `,
  },
];
