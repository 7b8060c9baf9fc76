// Reminder jobs: one per task, named after it, so scheduling again replaces the previous time.
import { z } from 'zod';
import { InvalidError, type Task } from '@todo/domain';

export const ReminderJobDataSchema = z.object({ taskId: z.string().min(1), userId: z.string().min(1), remindAt: z.string() });
export type ReminderJobData = z.infer<typeof ReminderJobDataSchema>;

/** A due job's data as scheduled; anything else is a bug upstream and fails the job (InvalidError). */
export function readReminderJob(data: unknown): ReminderJobData {
  const parsed = ReminderJobDataSchema.safeParse(data);
  if (!parsed.success) throw new InvalidError(`Malformed reminder job: ${parsed.error.issues[0]?.message ?? 'invalid data'}.`);
  return parsed.data;
}

export function reminderJobName(taskId: string): string {
  return `reminder:${taskId}`;
}

/** The reminder a task wants right now: pending with a remindAt; otherwise none. */
export function wantedReminder(task: Task): string | null {
  return task.status === 'pending' && task.remindAt ? task.remindAt : null;
}
