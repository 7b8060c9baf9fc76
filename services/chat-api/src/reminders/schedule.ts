// Keeps the reminder jobs in step with the tasks by consuming chat-api's own task-events: every change that can affect a
// reminder (re)schedules or cancels the task's job. Driven by the outbox, so a crash between a change and its job cannot
// lose the reminder.
import type { CloudEvent, TaskEventData } from '@todo/domain';
import type { Scheduler } from '@todo/platform';
import { reminderJobName, wantedReminder, type ReminderJobData } from './jobs.js';

/**
 * Whether the event can change the task's reminder job. Events arrive in order per task, so when neither remindAt nor
 * status changed, the job is already right; a task that never had a remindAt has no job to cancel.
 */
export function affectsReminder(event: CloudEvent): boolean {
  const { task, changes } = event.data as TaskEventData;
  switch (event.type) {
    case 'task.created':
      return task.remindAt !== null;
    case 'task.deleted':
      return task.remindAt !== null;
    default:
      return changes === undefined || 'remindAt' in changes || 'status' in changes;
  }
}

export function syncReminderJob(scheduler: Scheduler) {
  return async (event: CloudEvent): Promise<void> => {
    if (!affectsReminder(event)) return;
    const { userId, task } = event.data as TaskEventData;
    const name = reminderJobName(task.id);
    const remindAt = event.type === 'task.deleted' ? null : wantedReminder(task);
    if (!remindAt) {
      await scheduler.cancel(name);
      return;
    }
    const data: ReminderJobData = { taskId: task.id, userId, remindAt };
    await scheduler.schedule({ name, dueAt: new Date(remindAt), data });
  };
}
