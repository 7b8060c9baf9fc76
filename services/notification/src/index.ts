// notification wiring: consumes `reminders`, stores and pushes notifications, serves /api/notifications and /api/push/*.
import type { FastifyRequest } from 'fastify';
import { migrate, type Database } from '@todo/db';
import { REMINDER_DUE, TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventBus, type EventMetrics, type Invoker, type StateStore } from '@todo/platform';
import type { HttpApp, Logger } from '@todo/http';
import { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
import { createNotificationStore } from './store.js';
import { handleReminderDue } from './handlers.js';
import { notificationRoutes } from './routes.js';
import type { NotificationChannels } from './config.js';

export { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
export { channelsFromConfig, type ChannelConfig, type NotificationChannels } from './config.js';
export type { Notification } from './store.js';

export interface NotificationDeps {
  database: Database;
  bus: EventBus;
  state: StateStore;
  invoker: Invoker;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  authGuard: (request: FastifyRequest) => Promise<void>;
  channels?: NotificationChannels;
}

export function migrateNotification(database: Database): Promise<void> {
  return migrate(database, NOTIFICATION_SERVICE, notificationMigrations);
}

export function createNotificationService(deps: NotificationDeps) {
  const store = createNotificationStore(deps.database.db);
  const { email, webPush } = deps.channels ?? {};
  deps.bus.subscribe(
    idempotentConsumer({
      consumer: NOTIFICATION_SERVICE,
      topic: TOPICS.reminders,
      types: [REMINDER_DUE],
      state: deps.state,
      clock: deps.clock,
      log: deps.log,
      metrics: deps.metrics,
      handle: handleReminderDue({ store, bus: deps.bus, clock: deps.clock, log: deps.log, invoker: deps.invoker, email, webPush }),
    }),
  );
  return {
    plugin: (app: HttpApp) => notificationRoutes(app, { store, clock: deps.clock, authGuard: deps.authGuard, vapidPublicKey: webPush?.publicKey }),
    store,
    close: () => email?.close(),
  };
}
