// Drizzle tables of chat-api (users, sessions, tasks); the SQL that creates them is in migrations.ts.
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull(),
  passwordHash: text('password_hash').notNull(),
  name: text('name'),
  timezone: text('timezone').notNull(),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});
export type UserRow = typeof users.$inferSelect;

export const sessions = pgTable('sessions', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  createdAt: instant('created_at').notNull(),
});

export const tasks = pgTable('tasks', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  status: text('status').$type<'pending' | 'completed'>().notNull(),
  priority: text('priority').$type<'low' | 'medium' | 'high'>().notNull(),
  priorityRank: integer('priority_rank').generatedAlwaysAs(sql`case priority when 'high' then 3 when 'medium' then 2 else 1 end`),
  tags: text('tags').array().notNull(),
  dueAt: instant('due_at'),
  remindAt: instant('remind_at'),
  recurrenceRule: text('recurrence_rule'),
  recurrenceText: text('recurrence_text'),
  completedAt: instant('completed_at'),
  seriesId: uuid('series_id'),
  previousTaskId: uuid('previous_task_id'),
  idempotencyKey: text('idempotency_key'),
  requestDigest: text('request_digest'),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});
export type TaskRow = typeof tasks.$inferSelect;
