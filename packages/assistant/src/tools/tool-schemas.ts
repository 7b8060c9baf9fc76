// Input schemas of the task tools (zod; also the JSON Schema that MCP clients and LLMs see). No user parameter anywhere.
import { z } from 'zod';
import { PRIORITIES } from '@todo/domain';

const When = z
  .string()
  .min(1)
  .max(200)
  .describe('ISO 8601 timestamp (2026-02-10T18:00:00Z) or plain English like "tomorrow at 5pm", read in the user\'s time zone');
const TaskId = z.string().min(1).max(100).describe('The task id (from add_task, list_tasks or search_tasks)');
const Tags = z.array(z.string().min(1).max(40)).max(20);
const Recurrence = z
  .string()
  .min(1)
  .max(500)
  .describe('daily | weekdays | weekly | biweekly | monthly | yearly, an RRULE like FREQ=WEEKLY;BYDAY=MO,WE, or English like "every 3 days"');
const Status = z.enum(['pending', 'completed', 'all']);

export const AddTaskInput = z.object({
  title: z.string().min(1).max(200).describe('Short title without the date words'),
  description: z.string().max(5000).optional(),
  dueAt: When.optional(),
  priority: z.enum(PRIORITIES).optional().describe('Default medium'),
  tags: Tags.optional(),
  recurrence: Recurrence.optional(),
  reminderMinutesBefore: z.number().int().min(0).max(525_600).optional().describe('Remind this many minutes before dueAt'),
  remindAt: When.optional().describe('Exact reminder time, instead of reminderMinutesBefore'),
});

export const ListTasksInput = z.object({
  status: Status.optional().describe('Default pending'),
  priority: z.array(z.enum(PRIORITIES)).max(3).optional(),
  tags: Tags.optional().describe('Tasks must carry all of these tags'),
  dueFrom: When.optional(),
  dueTo: When.optional(),
  overdue: z.boolean().optional().describe('Only pending tasks whose due time has passed'),
  sort: z.enum(['createdAt', 'updatedAt', 'dueAt', 'priority', 'title']).optional().describe('Default dueAt'),
  order: z.enum(['asc', 'desc']).optional().describe('Default asc'),
  limit: z.number().int().min(1).max(200).optional().describe('Default 50'),
});

export const SearchTasksInput = z.object({
  query: z.string().min(1).max(200).describe('Words to find in titles and descriptions'),
  status: Status.optional().describe('Default all'),
  limit: z.number().int().min(1).max(200).optional(),
});

export const UpdateTaskInput = z.object({
  taskId: TaskId,
  title: z.string().min(1).max(200).optional(),
  description: z.string().max(5000).nullable().optional(),
  dueAt: When.nullable().optional().describe('New due time; null removes it'),
  priority: z.enum(PRIORITIES).optional(),
  tags: Tags.optional().describe('Replaces all tags'),
  addTags: Tags.optional(),
  removeTags: Tags.optional(),
  recurrence: Recurrence.nullable().optional().describe('null stops the repetition'),
  status: z.enum(['pending', 'completed']).optional().describe('completed completes it, pending reopens it'),
});

export const TaskIdInput = z.object({ taskId: TaskId });

export const SetReminderInput = z.object({
  taskId: TaskId,
  remindAt: When.nullable().optional().describe('When to remind; null removes the reminder'),
  minutesBefore: z.number().int().min(0).max(525_600).optional().describe('Remind this many minutes before the due time'),
});

export type AddTaskInput = z.infer<typeof AddTaskInput>;
export type ListTasksInput = z.infer<typeof ListTasksInput>;
export type SearchTasksInput = z.infer<typeof SearchTasksInput>;
export type UpdateTaskInput = z.infer<typeof UpdateTaskInput>;
export type TaskIdInput = z.infer<typeof TaskIdInput>;
export type SetReminderInput = z.infer<typeof SetReminderInput>;
