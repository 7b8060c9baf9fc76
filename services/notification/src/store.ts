// The notification service's reads and writes (its own tables only).
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '@todo/db';
import type { Notification } from '@todo/domain';
import { notifications, pushSubscriptions } from './schema.js';

export type { Notification };

type Row = typeof notifications.$inferSelect;
export type StoredNotification = Notification & { userId: string; emailedAt: Date | null; webPushedAt: Date | null };

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
    emailedAt: row.emailedAt,
    webPushedAt: row.webPushedAt,
  };
}

/** The public shape (contract), without delivery bookkeeping. */
export function publicNotification(n: StoredNotification): Notification {
  return { id: n.id, type: n.type, taskId: n.taskId, title: n.title, body: n.body, createdAt: n.createdAt, readAt: n.readAt };
}

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
     * Takes the delivery of one channel until `until`, if it is neither delivered nor claimed by another replica right
     * now (an expired claim — its replica died mid-send — can be taken). True when this caller should send.
     */
    async claimDelivery(id: string, channel: 'email' | 'webPush', now: Date, until: Date): Promise<boolean> {
      const [delivered, claimed] = channel === 'email' ? [notifications.emailedAt, notifications.emailClaimedUntil] : [notifications.webPushedAt, notifications.webPushClaimedUntil];
      const rows = await db
        .update(notifications)
        .set(channel === 'email' ? { emailClaimedUntil: until } : { webPushClaimedUntil: until })
        .where(and(eq(notifications.id, id), isNull(delivered), or(isNull(claimed), lt(claimed, now))))
        .returning({ id: notifications.id });
      return rows.length === 1;
    },

    /** Gives a claim back after a failed send, so that the retry (on any replica) can take it at once. */
    async releaseDelivery(id: string, channel: 'email' | 'webPush'): Promise<void> {
      await db.update(notifications).set(channel === 'email' ? { emailClaimedUntil: null } : { webPushClaimedUntil: null }).where(eq(notifications.id, id));
    },

    async markDelivered(id: string, channel: 'email' | 'webPush', at: Date): Promise<void> {
      await db.update(notifications).set(channel === 'email' ? { emailedAt: at } : { webPushedAt: at }).where(eq(notifications.id, id));
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
