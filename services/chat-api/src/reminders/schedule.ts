// Keeps the reminder jobs in step with the tasks by consuming chat-api's own task-events: every change (re)schedules or
// cancels the task's job. Driven by the outbox, so a crash between a change and its job cannot lose the reminder.
import type { CloudEvent, TaskEventData } from '@todo/domain';
import type { Scheduler } from '@todo/platform';
import { reminderJobName, wantedReminder, type ReminderJobData } from './jobs.js';

export function syncReminderJob(scheduler: Scheduler) {
  return async (event: CloudEvent): Promise<void> => {
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
