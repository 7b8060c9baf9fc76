// recurring-task wiring: consumes task-events (task.completed with a recurrence) and creates the next occurrence via chat-api.
import { TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventMetrics, type Invoker, type ServiceModule, type StateStore } from '@todo/platform';
import type { HttpApp, Logger } from '@todo/http';
import { createNextOccurrence } from './handlers.js';

const RECURRING_TASK_SERVICE = 'recurring-task';

export interface RecurringTaskDeps {
  state: StateStore;
  invoker: Invoker;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
}

/** No tables and no routes of its own: it only consumes, and writes through chat-api's internal route. */
export function createRecurringTaskService(deps: RecurringTaskDeps): ServiceModule<HttpApp> {
  const consumer = idempotentConsumer({
    consumer: RECURRING_TASK_SERVICE,
    topic: TOPICS.taskEvents,
    types: ['task.completed'],
    state: deps.state,
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    handle: createNextOccurrence({ invoker: deps.invoker, log: deps.log }),
  });
  return {
    name: RECURRING_TASK_SERVICE,
    migrations: [],
    routes: async () => {},
    consumers: [consumer],
    start: async () => {},
    close: async () => {},
  };
}
