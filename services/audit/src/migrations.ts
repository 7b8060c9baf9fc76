// audit's table: the append-only log of task events (one row per event id).
import type { Migration } from '@todo/db';

export const AUDIT_SERVICE = 'audit';

export const auditMigrations: Migration[] = [
  {
    name: '001_audit_log',
    sql: `
      create table audit_log (
        id uuid primary key,
        event_id text not null unique,
        user_id text not null,
        task_id text not null,
        type text not null,
        occurred_at timestamptz not null,
        data jsonb not null,
        recorded_at timestamptz not null default now()
      );
      create index audit_log_user_idx on audit_log (user_id, occurred_at desc, id desc);
      create index audit_log_task_idx on audit_log (user_id, task_id, occurred_at desc);
    `,
  },
];
