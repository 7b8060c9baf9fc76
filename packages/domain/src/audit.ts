// The audit entry of GET /api/audit: served by the audit service, read by the web app's task history.
import { z } from 'zod';
import { TaskEventDataSchema } from './event-map.js';

/** The logged event's data; loose, because an entry outlives changes to the task's shape. */
export const AuditDataSchema = z
  .looseObject({ changes: TaskEventDataSchema.shape.changes })
  .describe('The event data: {userId, task, changes?, correlationId}');
export type AuditData = z.infer<typeof AuditDataSchema>;

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    eventId: z.string().describe('The CloudEvent id'),
    type: z.string().describe('task.created, task.updated, task.completed, task.reopened or task.deleted'),
    taskId: z.string(),
    occurredAt: z.iso.datetime(),
    data: AuditDataSchema,
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema) });
export type AuditPage = z.infer<typeof AuditPageSchema>;
