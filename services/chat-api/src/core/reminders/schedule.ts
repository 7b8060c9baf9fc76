// Keeps the reminder jobs in step with the tasks by consuming chat-api's own task-events: every change that can affect a
// reminder (re)schedules or cancels the task's job. Driven by the outbox, so a crash between a change and its job cannot
// lose the reminder. The job follows the task as it is now, not the event's snapshot, so events that arrive out of order
// (e.g. published by two chat-api replicas) still leave the job right.
import { TASK_EVENT_TYPES, readEvent, type CloudEvent, type Task } from '@todo/domain';
import type { Scheduler } from '@todo/platform';
import { reminderJobName, wantedReminder, type ReminderJobData } from './jobs.js';

/**
 * Whether the event can change the task's reminder job. Events arrive in order per task, so when neither remindAt nor
 * status changed, the job is already right; a task that never had a remindAt has no job to cancel.
 */
export function affectsReminder(received: CloudEvent): boolean {
  const event = readEvent(received, ...TASK_EVENT_TYPES);
  if (!event) return false;
  const { task, changes } = event.data;
  switch (event.type) {
    case 'task.created':
      return task.remindAt !== null;
    case 'task.deleted':
      return task.remindAt !== null;
    default:
      return changes === undefined || 'remindAt' in changes || 'status' in changes;
  }
}

/** The task as stored now, or undefined when it no longer exists. */
export type CurrentTask = (userId: string, taskId: string) => Promise<Task | undefined>;

export function syncReminderJob(scheduler: Scheduler, currentTask: CurrentTask) {
  return async (received: CloudEvent): Promise<void> => {
    const event = readEvent(received, ...TASK_EVENT_TYPES);
    if (!event || !affectsReminder(event)) return;
    const { userId, task: snapshot } = event.data;
    const name = reminderJobName(snapshot.id);
    const task = await currentTask(userId, snapshot.id);
    const remindAt = task ? wantedReminder(task) : null;
    if (!remindAt) {
      await scheduler.cancel(name);
      return;
    }
    const data: ReminderJobData = { taskId: snapshot.id, userId, remindAt };
    await scheduler.schedule({ name, dueAt: new Date(remindAt), data });
  };
}
