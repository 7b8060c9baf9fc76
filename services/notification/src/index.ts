// notification wiring: consumes `reminders`, stores and pushes notifications, serves /api/notifications and /api/push/*.
import type { FastifyRequest } from 'fastify';
import type { Database } from '@todo/db';
import { REMINDER_DUE, TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventBus, type EventMetrics, type Invoker, type ServiceModule, type StateStore } from '@todo/platform';
import type { HttpApp, Logger } from '@todo/http';
import { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
import { createNotificationStore, type NotificationStore } from './store.js';
import { handleReminderDue } from './handlers.js';
import { notificationRoutes } from './routes.js';
import type { NotificationChannels } from './config.js';

export { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
export { channelsFromConfig, type ChannelConfig, type NotificationChannels } from './config.js';
export type { Notification } from './store.js';

export interface NotificationDeps {
  database: Database;
  /** Publishes the stored notification to task-updates (realtime shows it). */
  bus: EventBus;
  state: StateStore;
  invoker: Invoker;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  authGuard: (request: FastifyRequest) => Promise<void>;
  channels?: NotificationChannels;
}

export function createNotificationService(deps: NotificationDeps): ServiceModule<HttpApp> & { store: NotificationStore } {
  const store = createNotificationStore(deps.database.db);
  const { email, webPush } = deps.channels ?? {};
  const consumer = idempotentConsumer({
    consumer: NOTIFICATION_SERVICE,
    topic: TOPICS.reminders,
    types: [REMINDER_DUE],
    state: deps.state,
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    handle: handleReminderDue({ store, bus: deps.bus, clock: deps.clock, log: deps.log, invoker: deps.invoker, email, webPush }),
  });
  return {
    name: NOTIFICATION_SERVICE,
    migrations: notificationMigrations,
    routes: (app) => notificationRoutes(app, { store, clock: deps.clock, authGuard: deps.authGuard, vapidPublicKey: webPush?.publicKey }),
    consumers: [consumer],
    start: async () => {},
    close: async () => email?.close(),
    store,
  };
}
