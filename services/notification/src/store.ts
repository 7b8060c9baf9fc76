// The notification service's reads and writes (its own tables only).
import { and, desc, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@todo/db';
import type { Notification } from '@todo/domain';
import { notifications, pushSubscriptions } from './schema.js';

export type { Notification };

type Row = typeof notifications.$inferSelect;
export type Channel = 'email' | 'webPush';
/** A notification with its delivery bookkeeping: when each channel delivered it, and how many sends each has begun. */
export type StoredNotification = Notification & { userId: string; deliveredAt: Record<Channel, Date | null>; attempts: Record<Channel, number> };

export interface PushSubscriptionRecord {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

function toNotification(row: Row): StoredNotification {
  return {
    id: row.id,
    type: row.type,
    taskId: row.taskId,
    title: row.title,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
    userId: row.userId,
    deliveredAt: { email: row.emailedAt, webPush: row.webPushedAt },
    attempts: { email: row.emailAttempts, webPush: row.webPushAttempts },
  };
}

/** The public shape (contract), without delivery bookkeeping. */
export function publicNotification(n: StoredNotification): Notification {
  return { id: n.id, type: n.type, taskId: n.taskId, title: n.title, body: n.body, createdAt: n.createdAt, readAt: n.readAt };
}

const channelColumns = {
  email: { delivered: notifications.emailedAt, deliveredKey: 'emailedAt', claimed: notifications.emailClaimedUntil, claimedKey: 'emailClaimedUntil', attempts: notifications.emailAttempts, attemptsKey: 'emailAttempts' },
  webPush: { delivered: notifications.webPushedAt, deliveredKey: 'webPushedAt', claimed: notifications.webPushClaimedUntil, claimedKey: 'webPushClaimedUntil', attempts: notifications.webPushAttempts, attemptsKey: 'webPushAttempts' },
} as const;

const columnsOf = (channel: Channel) => channelColumns[channel];

export function createNotificationStore(db: Db) {
  return {
    /** Stores the notification of an event once; a redelivery gets the row stored the first time. */
    async insertOnce(values: { id: string; eventId: string; userId: string; taskId: string; title: string; body: string; createdAt: Date }): Promise<StoredNotification> {
      const [inserted] = await db.insert(notifications).values({ ...values, type: 'reminder' }).onConflictDoNothing({ target: notifications.eventId }).returning();
      if (inserted) return toNotification(inserted);
      const [existing] = await db.select().from(notifications).where(eq(notifications.eventId, values.eventId));
      return toNotification(existing!);
    },

    async list(userId: string, unreadOnly: boolean, limit: number): Promise<StoredNotification[]> {
      const where = unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId);
      const rows = await db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit);
      return rows.map(toNotification);
    },

    /** Marks read (keeps the first read time); undefined when it is not the user's. */
    async markRead(userId: string, id: string, now: Date): Promise<StoredNotification | undefined> {
      const mine = and(eq(notifications.id, id), eq(notifications.userId, userId));
      await db.update(notifications).set({ readAt: now }).where(and(mine, isNull(notifications.readAt)));
      const [row] = await db.select().from(notifications).where(mine);
      return row ? toNotification(row) : undefined;
    },

    /**
     * Takes one channel's delivery until `until` (one attempt more) if it is not delivered, not claimed by another
     * replica right now, and has attempts left; an expired claim (its replica died, or its retry is due) can be taken.
     * True when this caller should send.
     */
    async claimDelivery(id: string, channel: Channel, now: Date, until: Date, maxAttempts: number): Promise<boolean> {
      const c = columnsOf(channel);
      const rows = await db
        .update(notifications)
        .set({ [c.claimedKey]: until, [c.attemptsKey]: sql`${c.attempts} + 1` })
        .where(and(eq(notifications.id, id), isNull(c.delivered), or(isNull(c.claimed), lt(c.claimed, now)), lt(c.attempts, maxAttempts)))
        .returning({ id: notifications.id });
      return rows.length === 1;
    },

    /** After a failed send: the claim now lasts until the retry is due, when any replica's sweep may take it. */
    async retryDeliveryAt(id: string, channel: Channel, retryAt: Date): Promise<void> {
      await db.update(notifications).set({ [columnsOf(channel).claimedKey]: retryAt }).where(eq(notifications.id, id));
    },

    async markDelivered(id: string, channel: Channel, at: Date): Promise<void> {
      await db.update(notifications).set({ [columnsOf(channel).deliveredKey]: at }).where(eq(notifications.id, id));
    },

    /** Deliveries claimed once whose claim has run out, still undelivered with attempts left, of notifications since `since`. */
    async expiredDeliveries(channel: Channel, now: Date, since: Date, maxAttempts: number, limit: number): Promise<StoredNotification[]> {
      const c = columnsOf(channel);
      const rows = await db
        .select()
        .from(notifications)
        .where(and(isNull(c.delivered), isNotNull(c.claimed), lt(c.claimed, now), lt(c.attempts, maxAttempts), gt(notifications.createdAt, since)))
        .orderBy(c.claimed)
        .limit(limit);
      return rows.map(toNotification);
    },

    async savePushSubscription(userId: string, id: string, sub: PushSubscriptionRecord, now: Date): Promise<void> {
      const values = { id, userId, endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth, createdAt: now };
      // An endpoint stays with the user who registered it first: another user registering it changes nothing.
      await db
        .insert(pushSubscriptions)
        .values(values)
        .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: { p256dh: values.p256dh, auth: values.auth }, setWhere: eq(pushSubscriptions.userId, userId) });
    },

    async pushSubscriptionsOf(userId: string): Promise<PushSubscriptionRecord[]> {
      const rows = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
      return rows.map((r) => ({ endpoint: r.endpoint, keys: { p256dh: r.p256dh, auth: r.auth } }));
    },

    async removePushSubscription(endpoint: string, userId?: string): Promise<void> {
      const where = userId ? and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.userId, userId)) : eq(pushSubscriptions.endpoint, endpoint);
      await db.delete(pushSubscriptions).where(where);
    },
  };
}

export type NotificationStore = ReturnType<typeof createNotificationStore>;
