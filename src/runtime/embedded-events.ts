// The event-driven half of the embedded composition root: in-process adapters (bus, scheduler, state, invoker), the
// outbox relay, and every service (chat-api first, whose auth the others use) wired by one loop over their modules.
import { randomBytes } from 'node:crypto';
import type { Registry } from 'prom-client';
import { migrate, runInBackground, type Database, type Schema } from '@todo/db';
import { createEventMetrics, withPublishMetrics, type Clock, type EventBus, type EventMetrics, type Scheduler, type ServiceModule, type StateStore } from '@todo/platform';
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
import { CHAT_API_SERVICE, chatApiAllMigrations, createChatApiService, createOutboxRelay, INTERNAL_TOKEN_HEADER, type ChatApi, type ChatApiDeps, type OutboxRelay } from '@todo/chat-api';
import { AUDIT_SERVICE, auditMigrations, createAuditService } from '@todo/audit';
import { NOTIFICATION_SERVICE, notificationMigrations, channelsFromConfig, createNotificationService, deliveryPolicyFromConfig, type ChannelConfig } from '@todo/notification';
import { createRecurringTaskService } from '@todo/recurring-task';
import { createRealtimeService, inProcessTicketState, type SocketLimits } from '@todo/realtime';
import { ConfigError } from '../config.js';
import { weakSecretReason } from '../secret-strength.js';
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

/**
 * Every schema this process applies, in order: a new PGlite DATA_DIR starts as a copy of a database that has all of them
 * (packages/db pglite-template.ts). wireEmbeddedServices checks that each module's migrations are the ones listed here.
 */
export const EMBEDDED_SCHEMA: Schema = [
  { service: EMBEDDED_RUNTIME_SERVICE, migrations: embeddedRuntimeMigrations },
  { service: CHAT_API_SERVICE, migrations: chatApiAllMigrations },
  { service: AUDIT_SERVICE, migrations: auditMigrations },
  { service: NOTIFICATION_SERVICE, migrations: notificationMigrations },
];

/** Step 1: the adapters and the relay (chat-api's commits are handed to it). */
export async function createEmbeddedEventRuntime(deps: { database: Database; clock: Clock; log: Logger; metricsRegistry: Registry }): Promise<EmbeddedEventRuntime> {
  const { database, clock, log } = deps;
  await migrate(database, EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations);
  const metrics = createEventMetrics(deps.metricsRegistry);
  const rawBus = createEmbeddedEventBus({ db: database.db, log: log.child({ component: 'event-bus' }), metrics });
  const bus = withPublishMetrics(rawBus, metrics);
  const scheduler = createEmbeddedScheduler({ db: database.db, clock, log: log.child({ component: 'scheduler' }) });
  const state = createTableStateStore(database.db);
  const relay = createOutboxRelay({ db: database.db, bus, clock, log: log.child({ service: 'chat-api', component: 'outbox-relay' }), metrics });
  return { bus, rawBus, scheduler, state, relay, metrics };
}

export interface EmbeddedServices {
  chatApi: ChatApi;
  /** Call after the server listens. */
  start(): Promise<void>;
  /** Stops scheduler, bus, relay, then the services (the database is closed by the caller afterwards). */
  close(): Promise<void>;
  ready(): Promise<boolean>;
}

/** Step 2: builds every service, applies their migrations and registers their routes, consumers and job handler. */
export async function wireEmbeddedServices(deps: {
  app: HttpApp;
  runtime: EmbeddedEventRuntime;
  database: Database;
  clock: Clock;
  log: Logger;
  channels: ChannelConfig;
  chatApi: Omit<ChatApiDeps, 'database' | 'clock' | 'log' | 'handOver'>;
  dataDir?: string;
  allowedOrigins?: readonly string[];
  socketLimits?: Partial<SocketLimits>;
}): Promise<EmbeddedServices> {
  const { app, runtime, database, clock, log } = deps;
  const { bus, scheduler, state, relay, metrics } = runtime;
  // In one process the internal token need not leave memory; it keeps /internal/* closed to outside callers. Set
  // INTERNAL_TOKEN (environment or DATA_DIR/secrets) to call the operator routes (dead letters) yourself.
  const secrets = createEnvSecrets(deps.dataDir ? { dataDir: deps.dataDir } : {});
  const givenInternalToken = await secrets.get('INTERNAL_TOKEN');
  const weakness = givenInternalToken === undefined ? undefined : weakSecretReason(givenInternalToken);
  if (weakness) throw new ConfigError(`Invalid configuration: INTERNAL_TOKEN ${weakness}.`);
  const internalToken = givenInternalToken ?? randomBytes(32).toString('hex');
  const invoker = createInProcessInvoker({ resolve: () => app, headers: { [INTERNAL_TOKEN_HEADER]: internalToken } });
  const child = (service: string) => log.child({ service });

  const chatApi = createChatApiService({
    ...deps.chatApi,
    database, clock, scheduler, state, metrics, internalToken,
    log: child('chat-api'),
    // The relay, the consumers it feeds and the scheduler are background work: on PGlite's one connection requests go
    // first (packages/db work-lanes.ts). Timers and deliveries they start stay in the background lane.
    handOver: (records) => runInBackground(() => relay.publishCommitted(records)),
  });
  const { authGuard, authenticate, sessionActive } = chatApi;
  const modules: ServiceModule<HttpApp>[] = [
    chatApi,
    createAuditService({ database, state, clock, log: child('audit'), metrics, authGuard }),
    createNotificationService({
      database, bus, state, invoker, clock, log: child('notification'), metrics, authGuard,
      channels: channelsFromConfig(deps.channels), delivery: deliveryPolicyFromConfig(deps.channels),
    }),
    createRecurringTaskService({ state, invoker, clock, log: child('recurring-task'), metrics }),
    createRealtimeService({
      clock, metrics, authGuard, authenticate, sessionActive,
      log: child('realtime'),
      jwtSecret: deps.chatApi.jwtSecret,
      ticketState: inProcessTicketState(),
      allowedOrigins: deps.allowedOrigins ?? [],
      ...(deps.socketLimits ? { limits: deps.socketLimits } : {}),
    }),
  ];
  for (const module of modules) {
    assertInSchema(module);
    await migrate(database, module.name, module.migrations);
    await module.routes(app);
    for (const consumer of module.consumers) bus.subscribe(consumer);
    if (module.onDue) scheduler.onDue(module.onDue);
  }
  await deadLetterRoutes(app, { deadLetters: runtime.rawBus, internalToken });

  return {
    chatApi,
    start: () =>
      runInBackground(async () => {
        await bus.start();
        await relay.start();
        await scheduler.start();
        for (const module of modules) await module.start();
      }),
    async close() {
      await scheduler.close();
      await bus.close(); // fails deliveries in flight: their outbox rows stay unpublished and go out after restart
      await relay.close();
      for (const module of [...modules].reverse()) await module.close();
    },
    ready: () => bus.ready(),
  };
}

/** Keeps the template complete: a module's tables missing from it would be created at every first start instead. */
function assertInSchema(module: ServiceModule<HttpApp>): void {
  const listed = EMBEDDED_SCHEMA.find((entry) => entry.service === module.name)?.migrations ?? [];
  if (listed !== module.migrations && (listed.length > 0 || module.migrations.length > 0)) {
    throw new Error(`${module.name}'s migrations are not the ones EMBEDDED_SCHEMA lists (src/runtime/embedded-events.ts)`);
  }
}
