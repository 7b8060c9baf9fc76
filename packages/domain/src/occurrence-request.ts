// The body of chat-api's internal POST /internal/tasks/occurrences, declared once: recurring-task sends it, chat-api validates it.
import { z } from 'zod';
import { Priority } from './task.js';

export const OCCURRENCES_PATH = '/internal/tasks/occurrences';

export const CreateOccurrenceRequestSchema = z.object({
  userId: z.string().min(1).max(100),
  previousTaskId: z.string().min(1).max(100),
  seriesId: z.string().min(1).max(100),
  /** One next occurrence per completed task (recurring-task's occurrenceKey). */
  idempotencyKey: z.string().min(1).max(200),
  correlationId: z.string().max(200).optional(),
  task: z.object({
    title: z.string(),
    description: z.string().nullable(),
    priority: Priority,
    tags: z.array(z.string()),
    recurrence: z.object({ rule: z.string() }),
    dueAt: z.string(),
    remindAt: z.string().nullable(),
  }),
});
export type CreateOccurrenceRequest = z.infer<typeof CreateOccurrenceRequestSchema>;
