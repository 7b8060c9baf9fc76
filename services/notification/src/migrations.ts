// notification's tables: stored notifications (one per reminder event) and Web Push subscriptions.
import type { Migration } from '@todo/db';

export const NOTIFICATION_SERVICE = 'notification';

export const notificationMigrations: Migration[] = [
  {
    name: '001_notifications',
    sql: `
      create table notifications (
        id uuid primary key,
        event_id text not null unique,
        user_id text not null,
        type text not null,
        task_id text not null,
        title text not null,
        body text not null,
        created_at timestamptz not null,
        read_at timestamptz,
        emailed_at timestamptz,
        web_pushed_at timestamptz
      );
      create index notifications_user_idx on notifications (user_id, created_at desc);
      create table push_subscriptions (
        id uuid primary key,
        user_id text not null,
        endpoint text not null unique,
        p256dh text not null,
        auth text not null,
        created_at timestamptz not null
      );
      create index push_subscriptions_user_idx on push_subscriptions (user_id);
    `,
  },
  {
    // A replica claims a channel's delivery (for a while) before sending, so two replicas handling one reminder at
    // once (a redelivery during a consumer-group rebalance) send one email and one Web Push.
    name: '002_delivery_claims',
    sql: `
      alter table notifications add column email_claimed_until timestamptz;
      alter table notifications add column web_push_claimed_until timestamptz;
    `,
  },
  {
    // Each replica sweeps for deliveries whose claim ran out (a replica died mid-send, or a send failed and waits for
    // its retry); the attempts bound the retries and the partial indexes keep the sweep off delivered rows.
    name: '003_delivery_retries',
    sql: `
      alter table notifications add column email_attempts integer not null default 0;
      alter table notifications add column web_push_attempts integer not null default 0;
      create index notifications_email_pending_idx on notifications (email_claimed_until) where emailed_at is null and email_claimed_until is not null;
      create index notifications_web_push_pending_idx on notifications (web_push_claimed_until) where web_pushed_at is null and web_push_claimed_until is not null;
    `,
  },
];
