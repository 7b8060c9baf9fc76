// One service of the Dapr runtime, wired from the Dapr adapters: what each of the five processes builds beside its sidecar.
// The services' own factories (createChatApi, createAuditService, …) are the wiring shared with the embedded runtime;
// each is imported only by the process that runs it, so a small service does not load chat-api's chat, MCP and web app.
import type { FastifyRequest } from 'fastify';
import { openDatabase, type Database } from '@todo/db';
import { UnauthorizedError, UnavailableError } from '@todo/domain';
import { InvocationError, type Clock, type EventBus, type EventMetrics, type Invoker, type Scheduler, type StateStore } from '@todo/platform';
import { createCronBinding, type DaprAppRoute } from '@todo/platform/dapr';
import { tokenOf, verifyToken, type AuthUser, type HttpApp, type Logger } from '@todo/http';
import type { Config } from '../config.js';

export const DAPR_SERVICES = ['chat-api', 'audit', 'notification', 'recurring-task', 'realtime'] as const;
export type DaprServiceName = (typeof DAPR_SERVICES)[number];

/** The cron input binding (deploy/dapr/components/outbox-sweep.yaml) that makes chat-api sweep its outbox. */
export const OUTBOX_SWEEP_BINDING = 'outbox-sweep';

export interface ServiceContext {
  config: Config;
  app: HttpApp;
  bus: EventBus;
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

async function openServiceDatabase(ctx: ServiceContext, migrateService: (database: Database) => Promise<void>): Promise<Database> {
  const database = await openDatabase({ url: await ctx.databaseUrl() });
  ctx.onClose('database', () => database.close());
  await migrateService(database);
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
const nothingToStart = async () => {};

export async function wireDaprService(service: DaprServiceName, ctx: ServiceContext): Promise<WiredService> {
  const { app, bus, state, invoker, scheduler, clock, metrics } = ctx;
  switch (service) {
    case 'chat-api': {
      const { createChatApi, createReminders, createSharedOutboxRelay, internalRoutes, llmConfigOf, migrateChatApi, wakeRelayOnCommit } = await import('@todo/chat-api');
      const log = child(ctx, service);
      const database = await openServiceDatabase(ctx, migrateChatApi);
      // Every replica's relay shares the outbox (chain locks in PostgreSQL); a 1 s sweep (one indexed query) is how a
      // replica takes over the rows of one that died mid-pass. The cron binding also wakes it.
      const relay = createSharedOutboxRelay({ db: database.db, bus, clock, log: log.child({ component: 'outbox-relay' }), metrics, sweepMs: 1_000 });
      ctx.onClose('outbox relay', () => relay.close());
      const chatApi = createChatApi({ database: wakeRelayOnCommit(database, relay), clock, log, jwtSecret: ctx.jwtSecret, ...llmConfigOf(ctx.config) });
      await chatApi.plugin(app);
      await internalRoutes(app, { taskService: chatApi.taskService, users: chatApi.users, internalToken: ctx.internalToken, sessionActive: chatApi.sessionActive });
      createReminders({ db: database.db, bus, scheduler, state, taskService: chatApi.taskService, users: chatApi.users, clock, log, metrics, wake: relay.wake });
      const sweep = createCronBinding({ bindingName: OUTBOX_SWEEP_BINDING, log, onTick: async () => relay.wake() });
      return { daprRoutes: sweep.routes(), start: () => relay.start() };
    }
    case 'audit': {
      const { createAuditService, migrateAudit } = await import('@todo/audit');
      const database = await openServiceDatabase(ctx, migrateAudit);
      const audit = createAuditService({ database, bus, state, clock, log: child(ctx, service), metrics, authGuard: remoteSessionAuth(ctx).authGuard });
      await audit.plugin(app);
      return { daprRoutes: [], start: nothingToStart };
    }
    case 'notification': {
      const { channelsFromConfig, createNotificationService, migrateNotification } = await import('@todo/notification');
      const database = await openServiceDatabase(ctx, migrateNotification);
      const notification = createNotificationService({
        database, bus, state, invoker, clock, metrics,
        log: child(ctx, service),
        authGuard: remoteSessionAuth(ctx).authGuard,
        channels: channelsFromConfig(ctx.config),
      });
      ctx.onClose('notification channels', () => notification.close());
      await notification.plugin(app);
      return { daprRoutes: [], start: nothingToStart };
    }
    case 'recurring-task': {
      const { createRecurringTaskService } = await import('@todo/recurring-task');
      createRecurringTaskService({ bus, state, invoker, clock, log: child(ctx, service), metrics });
      return { daprRoutes: [], start: nothingToStart };
    }
    case 'realtime': {
      const { createRealtimeService } = await import('@todo/realtime');
      const auth = remoteSessionAuth(ctx);
      const realtime = createRealtimeService({
        bus, clock, metrics,
        log: child(ctx, service),
        authenticate: auth.authenticate,
        authGuard: auth.authGuard,
        sessionActive: auth.sessionActive,
        jwtSecret: ctx.jwtSecret,
        ticketState: ctx.shortLivedState,
        allowedOrigins: ctx.config.ALLOWED_ORIGINS,
      });
      ctx.onClose('websockets', () => realtime.close());
      await realtime.plugin(app);
      return { daprRoutes: [], start: nothingToStart };
    }
  }
}
