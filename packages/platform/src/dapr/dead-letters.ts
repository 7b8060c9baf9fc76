// The DeadLetters port on Dapr: the events Dapr moved to the services' dead-letter topics, collected by one process
// (chat-api) into its database, listed from there and replayed by publishing them again to their original topic.
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { bigserial, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { UnavailableError, type CloudEvent, type Topic } from '@todo/domain';
import type { Db, Migration } from '@todo/db';
import type { Logger } from 'pino';
import type { Clock, DeadLetter, DeadLetters, EventBus } from '../ports.js';
import { deadLetterLimit, deadLetterPage } from '../dead-letter-page.js';

/** Where a dead letter comes from: the app whose subscription gave up, the topic, and the consumer it runs there. */
export interface DeadLetterSource {
  appId: string;
  topic: Topic;
  consumer: string;
}

export const DAPR_DEAD_LETTERS_SERVICE = 'dapr-dead-letters';

export const daprDeadLetters = pgTable('dapr_dead_letters', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  appId: text('app_id').notNull(),
  consumer: text('consumer').notNull(),
  topic: text('topic').$type<Topic>().notNull(),
  eventId: text('event_id').notNull(),
  event: jsonb('event').$type<CloudEvent>().notNull(),
  failedAt: timestamp('failed_at', { withTimezone: true, mode: 'date' }).notNull(),
  replayedAt: timestamp('replayed_at', { withTimezone: true, mode: 'date' }),
}, (t) => [uniqueIndex('dapr_dead_letters_pending_key').on(t.appId, t.topic, t.eventId).where(sql`replayed_at is null`)]);

export const daprDeadLetterMigrations: Migration[] = [
  {
    name: '001_dapr_dead_letters',
    sql: `
      create table dapr_dead_letters (
        id bigserial primary key,
        app_id text not null,
        consumer text not null,
        topic text not null,
        event_id text not null,
        event jsonb not null,
        failed_at timestamptz not null,
        replayed_at timestamptz
      );
      -- One pending row per parked event: a redelivered dead-letter message changes nothing; after a replay the same
      -- event may be parked again as a new row.
      create unique index dapr_dead_letters_pending_key on dapr_dead_letters (app_id, topic, event_id) where replayed_at is null;
    `,
  },
];

export interface DaprDeadLetterStore extends DeadLetters {
  /** Stores one dead-letter delivery (idempotent: the same event parked twice by one app is one row). */
  park(source: DeadLetterSource, event: CloudEvent): Promise<void>;
}

export function createDaprDeadLetterStore(deps: { db: Db; bus: EventBus; clock: Clock; log: Logger }): DaprDeadLetterStore {
  const { db, bus, clock, log } = deps;
  const pending = (filter: { consumer?: string; ids?: number[] }) => {
    const conditions = [isNull(daprDeadLetters.replayedAt)];
    if (filter.consumer) conditions.push(eq(daprDeadLetters.consumer, filter.consumer));
    if (filter.ids) conditions.push(inArray(daprDeadLetters.id, filter.ids));
    return conditions;
  };

  return {
    async park(source, event) {
      const inserted = await db
        .insert(daprDeadLetters)
        .values({ appId: source.appId, consumer: source.consumer, topic: source.topic, eventId: event.id, event, failedAt: clock.now() })
        .onConflictDoNothing({ target: [daprDeadLetters.appId, daprDeadLetters.topic, daprDeadLetters.eventId], where: sql`replayed_at is null` })
        .returning({ id: daprDeadLetters.id });
      if (inserted.length > 0) log.warn({ ...source, eventId: event.id, type: event.type }, 'dead letter collected');
    },

    async listDeadLetters(filter = {}) {
      const limit = deadLetterLimit(filter.limit);
      const conditions = pending(filter);
      if (filter.after !== undefined) conditions.push(gt(daprDeadLetters.id, filter.after));
      const rows = await db.select().from(daprDeadLetters).where(and(...conditions)).orderBy(asc(daprDeadLetters.id)).limit(limit + 1);
      return deadLetterPage(rows.map(toDeadLetter), limit);
    },

    async replayDeadLetters(filter = {}) {
      const limit = deadLetterLimit(filter.limit, Infinity);
      // Claimed in one statement (SKIP LOCKED), so two operators or replicas replaying at once publish each row once.
      const claimed = await db
        .update(daprDeadLetters)
        .set({ replayedAt: clock.now() })
        .where(inArray(daprDeadLetters.id, db.select({ id: daprDeadLetters.id }).from(daprDeadLetters).where(and(...pending(filter))).orderBy(asc(daprDeadLetters.id)).limit(limit).for('update', { skipLocked: true })))
        .returning();
      claimed.sort((a, b) => a.id - b.id);
      for (const [i, row] of claimed.entries()) {
        try {
          // Every consumer of the topic sees it again; those that handled it skip it by its id.
          await bus.publish(row.topic, row.event);
        } catch (error) {
          const unpublished = claimed.slice(i).map((r) => r.id);
          await db.update(daprDeadLetters).set({ replayedAt: null }).where(inArray(daprDeadLetters.id, unpublished));
          log.error({ err: error, replayed: i, left: unpublished.length }, 'replay stopped: publishing failed');
          throw new UnavailableError(`Replayed ${i} dead letters, then publishing failed; the other ${unpublished.length} stay parked. Try again shortly.`);
        }
      }
      if (claimed.length > 0) log.info({ replayed: claimed.length, consumer: filter.consumer }, 'dead letters replayed');
      return claimed.length;
    },
  };
}

function toDeadLetter(row: typeof daprDeadLetters.$inferSelect): DeadLetter {
  return {
    id: row.id,
    consumer: row.consumer,
    topic: row.topic,
    eventId: row.eventId,
    type: row.event.type,
    error: `${row.appId} refused it until Dapr's retry policy gave up; the cause is in ${row.appId}'s log`,
    attempts: null,
    failedAt: row.failedAt.toISOString(),
  };
}
