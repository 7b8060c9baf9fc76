// The transactional outbox: events written in the same transaction as the change they describe.
import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CloudEvent, Topic } from '@todo/domain';

export const outbox = pgTable(
  'outbox',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    eventId: uuid('event_id').notNull().unique(),
    topic: text('topic').$type<Topic>().notNull(),
    partitionKey: text('partition_key').notNull(),
    event: jsonb('event').$type<CloudEvent>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('outbox_unpublished_idx').on(t.seq).where(sql`published_at is null`)],
);
