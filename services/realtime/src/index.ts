// realtime wiring: consumes task-updates and forwards each change to the owner's open WebSocket connections; issues the
// one-time tickets browsers open them with.
import type { FastifyRequest } from 'fastify';
import { TOPICS } from '@todo/domain';
import { createRecentIdsStore, idempotentConsumer, type Clock, type EventMetrics, type ServiceModule, type StateStore } from '@todo/platform';
import type { AuthUser, HttpApp, Logger } from '@todo/http';
import { createConnectionRegistry, DEFAULT_SOCKET_LIMITS, type ConnectionRegistry, type SocketLimits } from './connections.js';
import { forwardUpdate } from './handlers.js';
import { realtimeRoutes } from './routes.js';
import { createTicketBook } from './tickets.js';

export type { SocketLimits } from './connections.js';
const REALTIME_SERVICE = 'realtime';

export interface RealtimeDeps {
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  /** Verifies a token: signature, expiry, open session. */
  authenticate: (token: string) => Promise<AuthUser>;
  /** Whether a session is still open (checked when a ticket is used). */
  sessionActive: (user: AuthUser) => Promise<boolean>;
  /** onRequest hook for POST /api/ws/ticket. */
  authGuard: (request: FastifyRequest) => Promise<void>;
  jwtSecret: string;
  /** Remembers used tickets; shared by every replica (Dapr state store), in memory in one process. */
  ticketState: StateStore;
  allowedOrigins?: readonly string[];
  limits?: Partial<SocketLimits>;
}

export function createRealtimeService(deps: RealtimeDeps): ServiceModule<HttpApp> & { connections: ConnectionRegistry } {
  const connections = createConnectionRegistry(deps.clock, { ...DEFAULT_SOCKET_LIMITS, ...deps.limits });
  const tickets = createTicketBook({ jwtSecret: deps.jwtSecret, used: deps.ticketState, clock: deps.clock });
  const consumer = idempotentConsumer({
    consumer: REALTIME_SERVICE,
    topic: TOPICS.taskUpdates,
    // Every replica must see every update (fan-out), so redeliveries are removed per process, not in shared state.
    state: createRecentIdsStore(),
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    handle: forwardUpdate(connections),
  });
  return {
    name: REALTIME_SERVICE,
    migrations: [],
    consumers: [consumer],
    start: async () => {},
    close: async () => connections.closeAll(),
    routes: (app) =>
      realtimeRoutes(app, {
        connections,
        tickets,
        authenticate: deps.authenticate,
        sessionActive: deps.sessionActive,
        authGuard: deps.authGuard,
        allowedOrigins: deps.allowedOrigins ?? [],
      }),
    connections,
  };
}

/** The used-ticket memory of a single process: tickets live 30 s, so a bounded recent-ids set is enough. */
export const inProcessTicketState = (): StateStore => createRecentIdsStore(100_000);
