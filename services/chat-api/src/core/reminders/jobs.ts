// Reminder jobs: one per task, named after it, so scheduling again replaces the previous time.
import type { Task } from '@todo/domain';

export interface ReminderJobData {
  taskId: string;
  userId: string;
  remindAt: string;
}

export function reminderJobName(taskId: string): string {
  return `reminder:${taskId}`;
}

/** The reminder a task wants right now: pending with a remindAt; otherwise none. */
export function wantedReminder(task: Task): string | null {
  return task.status === 'pending' && task.remindAt ? task.remindAt : null;
}
