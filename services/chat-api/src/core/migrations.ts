// chat-api's tables: users, sessions, tasks (001–009) and the outbox (010, in outbox/migrations.ts). Same SQL on PGlite and PostgreSQL.
import type { Migration } from '@todo/db';
import { outboxMigrations } from './outbox/migrations.js';

export const CHAT_API_SERVICE = 'chat-api';

const ownMigrations: Migration[] = [
  {
    name: '001_users',
    sql: `
      create table users (
        id uuid primary key,
        email text not null,
        password_hash text not null,
        name text,
        timezone text not null default 'UTC',
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create unique index users_email_idx on users (lower(email));
      create table sessions (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        created_at timestamptz not null
      );
      create index sessions_user_idx on sessions (user_id);
    `,
  },
  {
    name: '002_tasks',
    sql: `
      create extension if not exists pg_trgm;
      create table tasks (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        title text not null,
        description text,
        status text not null default 'pending' check (status in ('pending', 'completed')),
        priority text not null default 'medium' check (priority in ('low', 'medium', 'high')),
        priority_rank smallint generated always as (case priority when 'high' then 3 when 'medium' then 2 else 1 end) stored,
        tags text[] not null default '{}',
        due_at timestamptz,
        remind_at timestamptz,
        recurrence_rule text,
        recurrence_text text,
        completed_at timestamptz,
        series_id uuid,
        previous_task_id uuid,
        idempotency_key text,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        unique (user_id, idempotency_key)
      );
      create index tasks_user_created_idx on tasks (user_id, created_at, id);
      create index tasks_user_due_idx on tasks (user_id, due_at, id);
      create index tasks_tags_idx on tasks using gin (tags);
      create index tasks_title_trgm_idx on tasks using gin (title gin_trgm_ops);
      create index tasks_description_trgm_idx on tasks using gin (description gin_trgm_ops);
    `,
  },
  {
    // A digest of the body that first used an Idempotency-Key, so reusing the key with another body is refused (422).
    name: '003_task_request_digest',
    sql: `alter table tasks add column request_digest text;`,
  },
];

/** Everything chat-api needs, in order; apply with `migrate(database, CHAT_API_SERVICE, chatApiMigrations)`. */
export const chatApiMigrations: Migration[] = [...ownMigrations, ...outboxMigrations];
