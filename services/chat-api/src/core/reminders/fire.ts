// A reminder job came due: if the task still wants this reminder, write `reminder.due` to the outbox (topic `reminders`).
// The event id is derived from (task, remindAt), so a job that fires twice yields one event.
import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { NotFoundError, REMINDER_DUE, TOPICS, cloudEvent, type TaskService, type UserDirectory } from '@todo/domain';
import type { Clock, EventMetrics, Job, Logger } from '@todo/platform';
import type { OutboxWriter } from '../outbox/unit-of-work.js';
import { readReminderJob, wantedReminder } from './jobs.js';

export const REMINDER_SOURCE = 'chat-api';

export interface FireReminderDeps {
  /** The outbox unit of work (hands the row to the relay after the commit). */
  outbox: OutboxWriter;
  taskService: TaskService;
  users: UserDirectory;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
}

/** A UUIDv7 whose time is the reminder time and whose random bits come from the task and time: stable per reminder. */
export function reminderEventId(taskId: string, remindAt: string): string {
  const random = createHash('sha256').update(`${taskId}|${remindAt}`).digest().subarray(0, 16);
  return uuidv7({ msecs: Date.parse(remindAt), random: new Uint8Array(random) });
}

export function fireReminder(deps: FireReminderDeps) {
  return async (job: Job): Promise<void> => {
    const data = readReminderJob(job.data);
    const task = await deps.taskService.get(data.userId, data.taskId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    });
    if (!task || wantedReminder(task) !== data.remindAt) {
      deps.log.debug({ taskId: data.taskId }, 'reminder no longer wanted');
      return;
    }
    const user = await deps.users.get(data.userId);
    const now = deps.clock.now();
    const event = cloudEvent(
      REMINDER_DUE,
      { id: reminderEventId(task.id, data.remindAt), source: REMINDER_SOURCE, subject: task.id, time: now },
      { userId: data.userId, task, remindAt: data.remindAt, timezone: user?.timezone ?? 'UTC', correlationId: job.name },
    );
    await deps.outbox((_tx, emit) => emit({ topic: TOPICS.reminders, event }));
    deps.metrics?.reminderLateness.observe(Math.max(0, now.getTime() - Date.parse(data.remindAt)) / 1000);
  };
}
