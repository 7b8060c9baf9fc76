// notification wiring: consumes `reminders`, stores and pushes notifications, serves /api/notifications and /api/push/*.
import type { FastifyRequest } from 'fastify';
import type { Database } from '@todo/db';
import { REMINDER_DUE, TOPICS } from '@todo/domain';
import { idempotentConsumer, type Clock, type EventBus, type EventMetrics, type Invoker, type ServiceModule, type StateStore } from '@todo/platform';
import type { HttpApp, Logger } from '@todo/http';
import { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
import { createNotificationStore, type NotificationStore } from './store.js';
import { handleReminderDue, sendersOf } from './handlers.js';
import { createDelivery, type DeliveryPolicy } from './delivery.js';
import { notificationRoutes } from './routes.js';
import type { NotificationChannels } from './config.js';

export { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
export { channelsFromConfig, deliveryPolicyFromConfig, type ChannelConfig } from './config.js';

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
  /** Delivery lease, sweep interval and retries (defaults in delivery.ts). */
  delivery?: Partial<DeliveryPolicy> | undefined;
}

export function createNotificationService(deps: NotificationDeps): ServiceModule<HttpApp> & { store: NotificationStore } {
  const store = createNotificationStore(deps.database.db);
  const { email, webPush } = deps.channels ?? {};
  const delivery = createDelivery({ store, clock: deps.clock, log: deps.log, policy: deps.delivery, senders: sendersOf({ store, invoker: deps.invoker, log: deps.log, email, webPush }) });
  const consumer = idempotentConsumer({
    consumer: NOTIFICATION_SERVICE,
    topic: TOPICS.reminders,
    types: [REMINDER_DUE],
    state: deps.state,
    clock: deps.clock,
    log: deps.log,
    metrics: deps.metrics,
    handle: handleReminderDue({ store, bus: deps.bus, clock: deps.clock, delivery }),
  });
  return {
    name: NOTIFICATION_SERVICE,
    migrations: notificationMigrations,
    routes: (app) => notificationRoutes(app, { store, clock: deps.clock, authGuard: deps.authGuard, vapidPublicKey: webPush?.publicKey }),
    consumers: [consumer],
    start: async () => delivery.start(),
    close: async () => {
      await delivery.close();
      email?.close();
    },
    store,
  };
}
