// realtime wiring: consumes task-updates and forwards each change to the owner's open WebSocket connections.
import { TOPICS } from '@todo/domain';
import { createRecentIdsStore, idempotentConsumer, type Clock, type EventBus, type EventMetrics } from '@todo/platform';
import type { AuthUser, HttpApp, Logger } from '@todo/http';
import { createConnectionRegistry } from './connections.js';
import { forwardUpdate } from './handlers.js';
import { realtimeRoutes } from './routes.js';

export const REALTIME_SERVICE = 'realtime';

export interface RealtimeDeps {
  bus: EventBus;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  authenticate: (token: string) => Promise<AuthUser>;
}

export function createRealtimeService(deps: RealtimeDeps) {
  const connections = createConnectionRegistry();
  deps.bus.subscribe(
    idempotentConsumer({
      consumer: REALTIME_SERVICE,
      topic: TOPICS.taskUpdates,
      // Every replica must see every update (fan-out), so redeliveries are removed per process, not in shared state.
      state: createRecentIdsStore(),
      clock: deps.clock,
      log: deps.log,
      metrics: deps.metrics,
      handle: forwardUpdate(connections),
    }),
  );
  return {
    plugin: (app: HttpApp) => realtimeRoutes(app, { connections, authenticate: deps.authenticate }),
    connections,
    close: () => connections.closeAll(),
  };
}
