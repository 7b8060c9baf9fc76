// The event-driven half of the embedded composition root: in-process adapters (bus, scheduler, state, invoker), the
// outbox relay, and the services that live on events (audit, notification, recurring-task, realtime, chat-api reminders).
import { randomBytes } from 'node:crypto';
import type { Registry } from 'prom-client';
import { migrate, type Database } from '@todo/db';
import { createEventMetrics, withPublishMetrics, type Clock, type EventBus, type EventMetrics, type Scheduler, type StateStore } from '@todo/platform';
import {
  EMBEDDED_RUNTIME_SERVICE,
  createEmbeddedEventBus,
  createEmbeddedScheduler,
  createInProcessInvoker,
  createEnvSecrets,
  createTableStateStore,
  embeddedRuntimeMigrations,
  type EmbeddedEventBus,
} from '@todo/platform/embedded';
import type { HttpApp, Logger } from '@todo/http';
import { createOutboxRelay, createReminders, internalRoutes, INTERNAL_TOKEN_HEADER, type ChatApi, type OutboxRelay } from '@todo/chat-api';
import { createAuditService, migrateAudit } from '@todo/audit';
import { channelsFromConfig, createNotificationService, migrateNotification, type ChannelConfig } from '@todo/notification';
import { createRecurringTaskService } from '@todo/recurring-task';
import { createRealtimeService, inProcessTicketState, type SocketLimits } from '@todo/realtime';
import { deadLetterRoutes } from './dead-letters.js';

export interface EmbeddedEventRuntime {
  bus: EventBus;
  /** The adapter itself, for dead-letter replay. */
  rawBus: EmbeddedEventBus;
  scheduler: Scheduler;
  state: StateStore;
  relay: OutboxRelay;
  metrics: EventMetrics;
}

/** Step 1, before chat-api is built: the adapters and the relay (chat-api's commits wake it). */
export async function createEmbeddedEventRuntime(deps: { database: Database; clock: Clock; log: Logger; metricsRegistry: Registry }): Promise<EmbeddedEventRuntime> {
  const { database, clock, log } = deps;
  await migrate(database, EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations);
  await migrateAudit(database);
  await migrateNotification(database);
  const metrics = createEventMetrics(deps.metricsRegistry);
  const rawBus = createEmbeddedEventBus({ db: database.db, log: log.child({ component: 'event-bus' }), metrics });
  const bus = withPublishMetrics(rawBus, metrics);
  const scheduler = createEmbeddedScheduler({ db: database.db, clock, log: log.child({ component: 'scheduler' }) });
  const state = createTableStateStore(database.db);
  const relay = createOutboxRelay({ db: database.db, bus, clock, log: log.child({ service: 'chat-api', component: 'outbox-relay' }), metrics });
  return { bus, rawBus, scheduler, state, relay, metrics };
}

/**
 * Step 2, once the app and chat-api exist: registers the services' routes and consumers. Returns start (call after the
 * server listens) and close (stops scheduler, bus, relay, sockets; the database is closed by the caller afterwards).
 */
export async function wireEmbeddedServices(deps: {
  app: HttpApp;
  runtime: EmbeddedEventRuntime;
  chatApi: ChatApi;
  database: Database;
  clock: Clock;
  log: Logger;
  channels: ChannelConfig;
  dataDir?: string;
  jwtSecret: string;
  allowedOrigins?: readonly string[];
  socketLimits?: Partial<SocketLimits>;
}): Promise<{ start(): Promise<void>; close(): Promise<void>; ready(): Promise<boolean> }> {
  const { app, runtime, chatApi, database, clock, log } = deps;
  const { bus, scheduler, state, relay, metrics } = runtime;
  // In one process the internal token need not leave memory; it keeps /internal/* closed to outside callers. Set
  // INTERNAL_TOKEN (environment or DATA_DIR/secrets) to call the operator routes (dead letters) yourself.
  const secrets = createEnvSecrets(deps.dataDir ? { dataDir: deps.dataDir } : {});
  const internalToken = (await secrets.get('INTERNAL_TOKEN')) ?? randomBytes(32).toString('hex');
  const invoker = createInProcessInvoker({ resolve: () => app, headers: { [INTERNAL_TOKEN_HEADER]: internalToken } });
  const authGuard = chatApi.authGuard;

  await internalRoutes(app, { taskService: chatApi.taskService, users: chatApi.users, internalToken, sessionActive: chatApi.sessionActive });
  await deadLetterRoutes(app, { bus: runtime.rawBus, internalToken });
  createReminders({ db: database.db, bus, scheduler, state, taskService: chatApi.taskService, users: chatApi.users, clock, log: log.child({ service: 'chat-api' }), metrics, wake: relay.wake });

  const audit = createAuditService({ database, bus, state, clock, log: log.child({ service: 'audit' }), metrics, authGuard });
  await audit.plugin(app);
  const notification = createNotificationService({ database, bus, state, invoker, clock, log: log.child({ service: 'notification' }), metrics, authGuard, channels: channelsFromConfig(deps.channels) });
  await notification.plugin(app);
  createRecurringTaskService({ bus, state, invoker, clock, log: log.child({ service: 'recurring-task' }), metrics });
  const realtime = createRealtimeService({
    bus, clock, metrics, authGuard,
    log: log.child({ service: 'realtime' }),
    authenticate: chatApi.authenticate,
    sessionActive: chatApi.sessionActive,
    jwtSecret: deps.jwtSecret,
    ticketState: inProcessTicketState(),
    allowedOrigins: deps.allowedOrigins ?? [],
    ...(deps.socketLimits ? { limits: deps.socketLimits } : {}),
  });
  await realtime.plugin(app);

  return {
    async start() {
      await bus.start();
      await relay.start();
      await scheduler.start();
    },
    async close() {
      realtime.close();
      await scheduler.close();
      await bus.close(); // fails deliveries in flight: their outbox rows stay unpublished and go out after restart
      await relay.close();
      notification.close();
    },
    ready: () => bus.ready(),
  };
}
