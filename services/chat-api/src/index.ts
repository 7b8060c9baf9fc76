// chat-api wiring: builds the core (users, tasks, outbox, reminders) and the chat/MCP front over its TaskService, and
// returns the ServiceModule both composition roots wire.
import { availableParallelism } from 'node:os';
import type { FastifyRequest } from 'fastify';
import { migrate, type Database } from '@todo/db';
import type { TaskService, UserDirectory } from '@todo/domain';
import type { Clock, EventMetrics, Scheduler, ServiceModule, StateStore } from '@todo/platform';
import { createAuthGuard, verifyToken, type AuthUser, type HttpApp, type Logger } from '@todo/http';
import { UnauthorizedError } from '@todo/domain';
import { CHAT_API_SERVICE, chatApiMigrations } from './core/migrations.js';
import type { LlmConfig } from '@todo/assistant';
import { createChatFeature } from './front/chat/feature.js';
export { llmConfigOf } from './front/chat/feature.js';
import { chatMigrations } from './front/chat/migrations.js';
import { createTaskService } from './core/tasks/service.js';
import { outboxWriter, type OutboxHandOver, type OutboxWriter } from './core/outbox/unit-of-work.js';
import { taskRoutes } from './core/tasks/routes.js';
import { createUserService } from './core/users/service.js';
import { DEFAULT_AUTH_RATE_LIMITS, userRoutes, type AuthRateLimits } from './core/users/routes.js';
import { createHashingGate, type HashingGateOptions } from './core/users/hashing-gate.js';
import { registerWebApp } from './front/web.js';
import { internalRoutes } from './core/internal/routes.js';
import { createReminders } from './core/reminders/index.js';

export { CHAT_API_SERVICE } from './core/migrations.js';
export type { AuthRateLimits } from './core/users/routes.js';
export type { HashingGateOptions } from './core/users/hashing-gate.js';
export { createTaskService } from './core/tasks/service.js';
export { createOutboxRelay, type OutboxRelay } from './core/outbox/relay.js';
export { createSharedOutboxRelay } from './core/outbox/shared-relay.js';
export { createInternalGuard, INTERNAL_TOKEN_HEADER } from './core/internal/routes.js';

export interface ChatApiDeps {
  database: Database;
  clock: Clock;
  log: Logger;
  jwtSecret: string;
  /** Receives the outbox rows of each committed change: the relay's publishCommitted (absent: the relay's next pass finds them). */
  handOver?: OutboxHandOver;
  /** Login and registration limits per client (defaults in DEFAULT_AUTH_RATE_LIMITS; tests raise them). */
  authRateLimits?: Partial<AuthRateLimits>;
  /** Password hashes at once and queued (default: half the cores, at least 1; 8 waiting). */
  hashing?: HashingGateOptions;
  newId?: () => string;
  /** The chat assistant's model (LLM_BASE_URL / LLM_API_KEY / LLM_MODEL); absent → the built-in interpreter answers. */
  llm?: LlmConfig;
  /** Directory of the built web app served at `/`; default: found next to the bundle or in ./web/dist; null: GET / answers 503 (not built). */
  webRoot?: string | null;
}

export interface ChatApi {
  /** Registers /api/auth/*, /api/me, /api/tasks*, /api/tags on an app made by createHttpApp. */
  plugin: (app: HttpApp) => Promise<void>;
  taskService: TaskService;
  users: UserDirectory;
  /** The outbox unit of work on chat-api's database, for the other writers (reminders). */
  outbox: OutboxWriter;
  /** onRequest hook for other services' /api routes: sets request.user or answers 401. */
  authGuard: (request: FastifyRequest) => Promise<void>;
  /** Verifies a token and that its session is still open (for WebSocket / MCP). */
  authenticate: (token: string) => Promise<AuthUser>;
  /** Whether a verified user's session is still open (realtime, when a WebSocket ticket is used). */
  sessionActive: (user: AuthUser) => Promise<boolean>;
}

/** chat-api's tables, core and front: users, sessions, tasks, outbox, conversations. */
export const chatApiAllMigrations = [...chatApiMigrations, ...chatMigrations];

/** Applies chat-api's migrations (tests and tools; the composition roots take them from the module). */
export function migrateChatApi(database: Database): Promise<void> {
  return migrate(database, CHAT_API_SERVICE, chatApiAllMigrations);
}

export function createChatApi(deps: ChatApiDeps): ChatApi {
  const { database, clock, jwtSecret } = deps;
  const idOption = deps.newId ? { newId: deps.newId } : {};
  const hashing = createHashingGate(deps.hashing ?? { concurrency: Math.max(1, Math.floor(availableParallelism() / 2)), maxWaiting: 8 });
  const users = createUserService({ database, clock, jwtSecret, hashing, ...idOption, ...(deps.handOver ? { handOver: deps.handOver } : {}) });
  const taskService = createTaskService({ database, clock, ...idOption, ...(deps.handOver ? { handOver: deps.handOver } : {}) });
  const authGuard = createAuthGuard({ secret: jwtSecret, isActive: users.isActive, now: () => clock.now() });
  const rateLimits = { ...DEFAULT_AUTH_RATE_LIMITS, ...deps.authRateLimits };
  const authenticate = async (token: string): Promise<AuthUser> => {
    const user = await verifyToken(jwtSecret, token, clock.now());
    if (!(await users.isActive(user))) {
      throw new UnauthorizedError('The session has ended; sign in again.', 'invalid_token');
    }
    return user;
  };
  const chat = createChatFeature({
    database,
    taskService,
    users: users.directory,
    clock,
    log: deps.log,
    authGuard,
    authenticate,
    ...(deps.llm ? { llm: deps.llm } : {}),
  });

  return {
    plugin: async (app) => {
      await userRoutes(app, { users, jwtSecret, authGuard, rateLimits, now: () => clock.now() });
      await taskRoutes(app, { taskService, authGuard });
      await chat.plugin(app); // /api/chat, /api/{userId}/chat, /api/conversations*, /mcp
      await registerWebApp(app, deps.webRoot === undefined ? {} : { root: deps.webRoot });
    },
    taskService,
    users: users.directory,
    outbox: outboxWriter(database.db, deps.handOver),
    authGuard,
    authenticate,
    sessionActive: users.isActive,
  };
}

export interface ChatApiServiceDeps extends ChatApiDeps {
  scheduler: Scheduler;
  state: StateStore;
  metrics?: EventMetrics | undefined;
  /** Shared secret of /internal/* (x-internal-token). */
  internalToken: string;
}

/** chat-api as the composition roots see it: its tables, public and /internal routes, the reminder consumer and due jobs. */
export function createChatApiService(deps: ChatApiServiceDeps): ServiceModule<HttpApp> & ChatApi {
  const chatApi = createChatApi(deps);
  const { taskService, users } = chatApi;
  const reminders = createReminders({ outbox: chatApi.outbox, scheduler: deps.scheduler, state: deps.state, taskService, users, clock: deps.clock, log: deps.log, metrics: deps.metrics });
  return {
    ...chatApi,
    name: CHAT_API_SERVICE,
    migrations: chatApiAllMigrations,
    async routes(app) {
      await chatApi.plugin(app);
      await internalRoutes(app, { taskService, users, internalToken: deps.internalToken, sessionActive: chatApi.sessionActive });
    },
    consumers: [reminders.consumer],
    onDue: reminders.onDue,
    start: async () => {},
    close: async () => {},
  };
}
