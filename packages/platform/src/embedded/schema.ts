// Drizzle tables of the embedded runtime (see migrations.ts).
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CloudEvent, Topic } from '@todo/domain';

export const processedEvents = pgTable('processed_events', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const jobs = pgTable('jobs', {
  name: text('name').primaryKey(),
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
  runAt: timestamp('run_at', { withTimezone: true, mode: 'date' }).notNull(),
  data: jsonb('data'),
  attempts: integer('attempts').notNull().default(0),
  version: uuid('version').notNull(),
}, (t) => [index('jobs_run_at_idx').on(t.runAt)]);

export const deadLetters = pgTable('dead_letters', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  consumer: text('consumer').notNull(),
  topic: text('topic').$type<Topic>().notNull(),
  eventId: text('event_id').notNull(),
  event: jsonb('event').$type<CloudEvent>().notNull(),
  error: text('error').notNull(),
  attempts: integer('attempts').notNull(),
  failedAt: timestamp('failed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  replayedAt: timestamp('replayed_at', { withTimezone: true, mode: 'date' }),
});
