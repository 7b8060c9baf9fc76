// recurring-task wiring: consumes task-events (task.completed with a recurrence) and creates the next occurrence via chat-api.
import { TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventBus, type EventMetrics, type Invoker, type StateStore } from '@todo/platform';
import type { Logger } from '@todo/http';
import { createNextOccurrence } from './handlers.js';

export const RECURRING_TASK_SERVICE = 'recurring-task';
export { occurrenceKey, type CreateOccurrenceRequest } from './handlers.js';

export interface RecurringTaskDeps {
  bus: EventBus;
  state: StateStore;
  invoker: Invoker;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
}

export function createRecurringTaskService(deps: RecurringTaskDeps): void {
  deps.bus.subscribe(
    idempotentConsumer({
      consumer: RECURRING_TASK_SERVICE,
      topic: TOPICS.taskEvents,
      types: ['task.completed'],
      state: deps.state,
      clock: deps.clock,
      log: deps.log,
      metrics: deps.metrics,
      handle: createNextOccurrence({ invoker: deps.invoker, log: deps.log }),
    }),
  );
}
