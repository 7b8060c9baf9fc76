// audit wiring: consumes task-events into the append-only log and serves GET /api/audit.
import type { FastifyRequest } from 'fastify';
import type { Database } from '@todo/db';
import { TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventMetrics, type ServiceModule, type StateStore } from '@todo/platform';
import type { HttpApp, Logger } from '@todo/http';
import { AUDIT_SERVICE, auditMigrations } from './migrations.js';
import { createAuditStore, type AuditStore } from './store.js';
import { recordTaskEvent } from './handlers.js';
import { auditRoutes } from './routes.js';

export { AUDIT_SERVICE, auditMigrations } from './migrations.js';

export interface AuditDeps {
  database: Database;
  state: StateStore;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  authGuard: (request: FastifyRequest) => Promise<void>;
}

export function createAuditService(deps: AuditDeps): ServiceModule<HttpApp> & { store: AuditStore } {
  const store = createAuditStore(deps.database.db);
  const consumer = idempotentConsumer({
    consumer: AUDIT_SERVICE,
    topic: TOPICS.taskEvents,
    state: deps.state,
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    handle: recordTaskEvent(store),
    dedupedByHandler: true, // audit_log.event_id is unique
  });
  return {
    name: AUDIT_SERVICE,
    migrations: auditMigrations,
    routes: (app) => auditRoutes(app, { store, authGuard: deps.authGuard }),
    consumers: [consumer],
    start: async () => {},
    close: async () => {},
    store,
  };
}
