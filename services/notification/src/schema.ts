// Drizzle tables of the notification service.
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  eventId: text('event_id').notNull().unique(),
  userId: text('user_id').notNull(),
  type: text('type').$type<'reminder'>().notNull(),
  taskId: text('task_id').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  createdAt: ts('created_at').notNull(),
  readAt: ts('read_at'),
  emailedAt: ts('emailed_at'),
  webPushedAt: ts('web_pushed_at'),
  emailClaimedUntil: ts('email_claimed_until'),
  webPushClaimedUntil: ts('web_push_claimed_until'),
  emailAttempts: integer('email_attempts').notNull().default(0),
  webPushAttempts: integer('web_push_attempts').notNull().default(0),
});

export const pushSubscriptions = pgTable('push_subscriptions', {
  id: uuid('id').primaryKey(),
  userId: text('user_id').notNull(),
  endpoint: text('endpoint').notNull().unique(),
  p256dh: text('p256dh').notNull(),
  auth: text('auth').notNull(),
  createdAt: ts('created_at').notNull(),
});
