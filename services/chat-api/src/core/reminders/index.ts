// Reminder wiring inside chat-api: task-events keep the jobs in step; due jobs become `reminder.due` events.
import { NotFoundError, TOPICS, type TaskService, type UserDirectory } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventMetrics, type Job, type Scheduler, type StateStore, type Subscription, type Logger } from '@todo/platform';
import type { OutboxWriter } from '../outbox/unit-of-work.js';
import { affectsReminder, syncReminderJob } from './schedule.js';
import { fireReminder } from './fire.js';

export { reminderJobName } from './jobs.js';
export { reminderEventId } from './fire.js';

export const REMINDER_CONSUMER = 'chat-api-reminders';

export interface RemindersDeps {
  /** The outbox unit of work `reminder.due` is written through. */
  outbox: OutboxWriter;
  scheduler: Scheduler;
  state: StateStore;
  taskService: TaskService;
  users: UserDirectory;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
}

/** The task-events consumer that keeps the jobs in step, and the handler of due jobs. */
export function createReminders(deps: RemindersDeps): { consumer: Subscription; onDue: (job: Job) => Promise<void> } {
  const consumer = idempotentConsumer({
    consumer: REMINDER_CONSUMER,
    topic: TOPICS.taskEvents,
    accepts: affectsReminder,
    state: deps.state,
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    handle: syncReminderJob(deps.scheduler, (userId, taskId) =>
      deps.taskService.get(userId, taskId).catch((error: unknown) => {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      }),
    ),
  });
  return { consumer, onDue: fireReminder(deps) };
}
