// Drizzle table of the audit log.
import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AuditData } from '@todo/domain';

export const auditLog = pgTable('audit_log', {
  id: uuid('id').primaryKey(),
  eventId: text('event_id').notNull().unique(),
  userId: text('user_id').notNull(),
  taskId: text('task_id').notNull(),
  type: text('type').notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  data: jsonb('data').$type<AuditData>().notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
