// The audit log's reads and its only write (append; a second copy of an event is ignored). Appends made in the same
// moment (a burst of deliveries) are one statement.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@todo/db';
import type { AuditEntry } from '@todo/domain';
import { createBatcher } from '@todo/platform';
import { auditLog } from './schema.js';

export interface AuditStore {
  /** Appends unless the event id is already there; says whether it appended. */
  append(entry: AuditEntry & { userId: string }): Promise<boolean>;
  list(userId: string, query: { taskId?: string; limit: number }): Promise<AuditEntry[]>;
}

export function createAuditStore(db: Db): AuditStore {
  const append = createBatcher(async (entries: (AuditEntry & { userId: string })[]) => {
    const firsts = new Map<string, AuditEntry & { userId: string }>();
    for (const entry of entries) if (!firsts.has(entry.eventId)) firsts.set(entry.eventId, entry);
    const inserted = await db
      .insert(auditLog)
      .values([...firsts.values()].map((entry) => ({ ...entry, occurredAt: new Date(entry.occurredAt) })))
      .onConflictDoNothing({ target: auditLog.eventId })
      .returning({ eventId: auditLog.eventId });
    // Of two copies of one event in a batch, the first one appended (as if they had come one after another).
    const appended = new Set(inserted.map((row) => row.eventId));
    return entries.map((entry) => appended.delete(entry.eventId));
  });
  return {
    append,
    list: async (userId, query) => {
      const where = query.taskId ? and(eq(auditLog.userId, userId), eq(auditLog.taskId, query.taskId)) : eq(auditLog.userId, userId);
      const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.occurredAt), desc(auditLog.id)).limit(query.limit);
      return rows.map((r) => ({ id: r.id, eventId: r.eventId, type: r.type, taskId: r.taskId, occurredAt: r.occurredAt.toISOString(), data: r.data }));
    },
  };
}
