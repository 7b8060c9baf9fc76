// audit wiring: consumes task-events into the append-only log and serves GET /api/audit.
import type { FastifyRequest } from 'fastify';
import { migrate, type Database } from '@todo/db';
import { TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventBus, type EventMetrics, type StateStore } from '@todo/platform';
import type { HttpApp, Logger } from '@todo/http';
import { AUDIT_SERVICE, auditMigrations } from './migrations.js';
import { createAuditStore } from './store.js';
import { recordTaskEvent } from './handlers.js';
import { auditRoutes } from './routes.js';

export { AUDIT_SERVICE, auditMigrations } from './migrations.js';

export interface AuditDeps {
  database: Database;
  bus: EventBus;
  state: StateStore;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  authGuard: (request: FastifyRequest) => Promise<void>;
}

export function migrateAudit(database: Database): Promise<void> {
  return migrate(database, AUDIT_SERVICE, auditMigrations);
}

export function createAuditService(deps: AuditDeps) {
  const store = createAuditStore(deps.database.db);
  deps.bus.subscribe(
    idempotentConsumer({
      consumer: AUDIT_SERVICE,
      topic: TOPICS.taskEvents,
      state: deps.state,
      clock: deps.clock,
      log: deps.log,
      metrics: deps.metrics,
      handle: recordTaskEvent(store),
      dedupedByHandler: true, // audit_log.event_id is unique
    }),
  );
  return {
    plugin: (app: HttpApp) => auditRoutes(app, { store, authGuard: deps.authGuard }),
    store,
  };
}
