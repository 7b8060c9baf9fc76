// One service of the Dapr runtime, wired from the Dapr adapters: what each of the five processes builds beside its sidecar.
// Each service's factory (createChatApiService, createAuditService, …) returns the ServiceModule the embedded root loops
// over too; each is imported only by the process that runs it, so a small service does not load chat-api's front.
import type { FastifyRequest } from 'fastify';
import { migrate, openDatabase, type Database } from '@todo/db';
import { TOPICS, UnauthorizedError, UnavailableError } from '@todo/domain';
import { InvocationError, type Clock, type EventBus, type EventMetrics, type Invoker, type Scheduler, type ServiceModule, type StateStore } from '@todo/platform';
import {
  createCronBinding,
  createDaprDeadLetterStore,
  DAPR_DEAD_LETTERS_SERVICE,
  daprDeadLetterMigrations,
  type DaprAppRoute,
  type DaprEventBus,
  type DeadLetterSource,
} from '@todo/platform/dapr';
import { tokenOf, verifyToken, type AuthUser, type HttpApp, type Logger } from '@todo/http';
import type { Config } from '../config.js';
import { deadLetterRoutes } from './dead-letters.js';

export const DAPR_SERVICES = ['chat-api', 'audit', 'notification', 'recurring-task', 'realtime'] as const;
export type DaprServiceName = (typeof DAPR_SERVICES)[number];

/**
 * Every subscription of the five services, by app id, topic and consumer name (the names the embedded bus records):
 * chat-api collects the dead-letter topic of each (`<topic>.dead-letter.<appId>`) so the operator routes list the
 * same parked events on Dapr as embedded. dead-letter-sources.test.ts checks it against the services' modules.
 */
export const DEAD_LETTER_SOURCES: readonly DeadLetterSource[] = [
  { appId: 'chat-api', topic: TOPICS.taskEvents, consumer: 'chat-api-reminders' },
  { appId: 'audit', topic: TOPICS.taskEvents, consumer: 'audit' },
  { appId: 'recurring-task', topic: TOPICS.taskEvents, consumer: 'recurring-task' },
  { appId: 'notification', topic: TOPICS.reminders, consumer: 'notification' },
  { appId: 'realtime', topic: TOPICS.taskUpdates, consumer: 'realtime' },
];

/** The cron input binding (deploy/dapr/components/outbox-sweep.yaml) that makes chat-api sweep its outbox. */
export const OUTBOX_SWEEP_BINDING = 'outbox-sweep';

export interface ServiceContext {
  config: Config;
  app: HttpApp;
  bus: EventBus;
  /** The Dapr bus itself: chat-api subscribes it to every service's dead-letter topic. */
  deadLetterTopics: Pick<DaprEventBus, 'collectDeadLetters'>;
  state: StateStore;
  /** The same store with keys that expire within minutes (one-time WebSocket tickets). */
  shortLivedState: StateStore;
  invoker: Invoker;
  /** Only chat-api schedules jobs (reminders). */
  scheduler: Scheduler;
  clock: Clock;
  log: Logger;
  metrics: EventMetrics;
  jwtSecret: string;
  internalToken: string;
  databaseUrl: () => Promise<string>;
  /** Adds a /readyz check. */
  ready(name: string, check: () => Promise<boolean>): void;
  /** Registers a shutdown step (run last-registered first). */
  onClose(name: string, close: () => Promise<void> | void): void;
}

export interface WiredService {
  /** Routes daprd calls on this app besides the bus's and the scheduler's (bindings). */
  daprRoutes: DaprAppRoute[];
  /** Called once the server listens (relays and timers start here). */
  start(): Promise<void>;
}

async function openServiceDatabase(ctx: ServiceContext): Promise<Database> {
  const database = await openDatabase({ url: await ctx.databaseUrl() });
  ctx.onClose('database', () => database.close());
  ctx.ready('database', () => database.ping());
  return database;
}

/**
 * Auth for the services that do not own users: the token's signature and expiry are checked here, and that its session
 * is still open is asked of chat-api (the owner of sessions) through service invocation, cached for a few seconds.
 */
function remoteSessionAuth(ctx: ServiceContext) {
  const confirmed = new Map<string, number>();
  const authenticate = async (token: string): Promise<AuthUser> => {
    const user = await verifyToken(ctx.jwtSecret, token, ctx.clock.now());
    const now = Date.now();
    if ((confirmed.get(token) ?? 0) > now) return user;
    try {
      await ctx.invoker.invoke('chat-api', 'GET', '/api/me', undefined, { authorization: `Bearer ${token}` });
    } catch (error) {
      throw sessionCheckFailure(error);
    }
    if (confirmed.size > 10_000) confirmed.clear();
    confirmed.set(token, now + 5_000);
    return user;
  };
  const authGuard = async (request: FastifyRequest): Promise<void> => {
    const token = tokenOf(request);
    if (!token) throw new UnauthorizedError('Sign in first: send Authorization: Bearer <token>.');
    request.user = await authenticate(token);
  };
  /** Asked of chat-api every time (a ticket is used once), never cached. */
  const sessionActive = async (user: AuthUser): Promise<boolean> => {
    const body = user.sessionId ? { userId: user.id, sessionId: user.sessionId } : { userId: user.id };
    const answer = await ctx.invoker.invoke<{ active: boolean }>('chat-api', 'POST', '/internal/sessions/active', body);
    return answer.active === true;
  };
  return { authenticate, authGuard, sessionActive };
}

/** chat-api's 401 means the session is over; any other failure (chat-api down, a 5xx) is a 503 to retry, not a sign-out. */
export function sessionCheckFailure(error: unknown): Error {
  if (error instanceof InvocationError && error.status === 401) return new UnauthorizedError('The session has ended; sign in again.', 'invalid_token');
  return new UnavailableError('Cannot check the session right now; try again shortly.');
}

const child = (ctx: ServiceContext, service: string) => ctx.log.child({ service });

/** A service built for this process: its module, and (chat-api) the database its migrations go to and its binding routes. */
interface DaprService {
  module: ServiceModule<HttpApp>;
  database?: Database;
  daprRoutes?: DaprAppRoute[];
}

const BUILDERS: Record<DaprServiceName, (ctx: ServiceContext) => Promise<DaprService>> = {
  async 'chat-api'(ctx) {
    const { createChatApiService, createSharedOutboxRelay, llmConfigOf } = await import('@todo/chat-api');
    const { bus, state, scheduler, clock, metrics } = ctx;
    const log = child(ctx, 'chat-api');
    const database = await openServiceDatabase(ctx);
    // Every replica's relay shares the outbox (chain locks in PostgreSQL); a 1 s sweep (one indexed query) is how a
    // replica takes over the rows of one that died mid-pass. The cron binding also wakes it.
    const relay = createSharedOutboxRelay({ db: database.db, bus, clock, log: log.child({ component: 'outbox-relay' }), metrics, sweepMs: 1_000 });
    ctx.onClose('outbox relay', () => relay.close());
    const chatApi = createChatApiService({
      database, clock, log, scheduler, state, metrics,
      jwtSecret: ctx.jwtSecret,
      internalToken: ctx.internalToken,
      handOver: (records) => relay.publishCommitted(records),
      ...llmConfigOf(ctx.config),
    });
    const sweep = createCronBinding({ bindingName: OUTBOX_SWEEP_BINDING, log, onTick: async () => relay.wake() });
    // The one process with every service's dead letters: collected from their topics, listed and replayed here.
    await migrate(database, DAPR_DEAD_LETTERS_SERVICE, daprDeadLetterMigrations);
    const deadLetters = createDaprDeadLetterStore({ db: database.db, bus, clock, log: log.child({ component: 'dead-letters' }) });
    ctx.deadLetterTopics.collectDeadLetters([...DEAD_LETTER_SOURCES], deadLetters.park);
    const module: ServiceModule<HttpApp> = {
      ...chatApi,
      routes: async (app) => {
        await chatApi.routes(app);
        await deadLetterRoutes(app, { deadLetters, internalToken: ctx.internalToken });
      },
      start: async () => {
        await chatApi.start();
        await relay.start();
      },
    };
    return { module, database, daprRoutes: sweep.routes() };
  },
  async audit(ctx) {
    const { createAuditService } = await import('@todo/audit');
    const database = await openServiceDatabase(ctx);
    const { state, clock, metrics } = ctx;
    return { module: createAuditService({ database, state, clock, metrics, log: child(ctx, 'audit'), authGuard: remoteSessionAuth(ctx).authGuard }), database };
  },
  async notification(ctx) {
    const { channelsFromConfig, createNotificationService, deliveryPolicyFromConfig } = await import('@todo/notification');
    const database = await openServiceDatabase(ctx);
    const { bus, state, invoker, clock, metrics } = ctx;
    const module = createNotificationService({
      database, bus, state, invoker, clock, metrics,
      log: child(ctx, 'notification'),
      authGuard: remoteSessionAuth(ctx).authGuard,
      channels: channelsFromConfig(ctx.config),
      delivery: deliveryPolicyFromConfig(ctx.config),
    });
    return { module, database };
  },
  async 'recurring-task'(ctx) {
    const { createRecurringTaskService } = await import('@todo/recurring-task');
    const { state, invoker, clock, metrics } = ctx;
    return { module: createRecurringTaskService({ state, invoker, clock, metrics, log: child(ctx, 'recurring-task') }) };
  },
  async realtime(ctx) {
    const { createRealtimeService } = await import('@todo/realtime');
    const { clock, metrics } = ctx;
    const auth = remoteSessionAuth(ctx);
    const module = createRealtimeService({
      clock, metrics,
      log: child(ctx, 'realtime'),
      authenticate: auth.authenticate,
      authGuard: auth.authGuard,
      sessionActive: auth.sessionActive,
      jwtSecret: ctx.jwtSecret,
      ticketState: ctx.shortLivedState,
      allowedOrigins: ctx.config.ALLOWED_ORIGINS,
    });
    return { module };
  },
};

/** Builds the one service of this process and wires its module the way the embedded root wires all of them. */
export async function wireDaprService(service: DaprServiceName, ctx: ServiceContext): Promise<WiredService> {
  const { module, database, daprRoutes = [] } = await BUILDERS[service](ctx);
  if (module.migrations.length > 0) {
    if (!database) throw new Error(`${service} has migrations but no database`);
    await migrate(database, module.name, module.migrations);
  }
  await module.routes(ctx.app);
  for (const consumer of module.consumers) ctx.bus.subscribe(consumer);
  if (module.onDue) ctx.scheduler.onDue(module.onDue);
  ctx.onClose(module.name, () => module.close());
  return { daprRoutes, start: () => module.start() };
}
