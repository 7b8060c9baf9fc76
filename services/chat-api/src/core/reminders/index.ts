// Reminder wiring inside chat-api: task-events keep the jobs in step; due jobs become `reminder.due` events.
import { NotFoundError, TOPICS, type TaskService, type UserDirectory } from '@todo/domain';
import type { Db } from '@todo/db';
import { idempotentConsumer, type Clock, type EventBus, type EventMetrics, type Scheduler, type StateStore } from '@todo/platform';
import type { Logger } from '@todo/http';
import { affectsReminder, syncReminderJob } from './schedule.js';
import { fireReminder } from './fire.js';

export { reminderJobName } from './jobs.js';
export { reminderEventId } from './fire.js';

export const REMINDER_CONSUMER = 'chat-api-reminders';

export interface RemindersDeps {
  db: Db;
  bus: EventBus;
  scheduler: Scheduler;
  state: StateStore;
  taskService: TaskService;
  users: UserDirectory;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  wake: () => void;
}

export function createReminders(deps: RemindersDeps): void {
  deps.bus.subscribe(
    idempotentConsumer({
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
    }),
  );
  deps.scheduler.onDue(fireReminder(deps));
}
