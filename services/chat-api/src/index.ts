// chat-api wiring: builds the user and task services from explicit dependencies and returns a Fastify plugin with their routes.
import type { FastifyRequest } from 'fastify';
import { migrate, type Database } from '@todo/db';
import type { TaskService, UserDirectory } from '@todo/domain';
import type { Clock } from '@todo/platform';
import { createAuthGuard, verifyToken, type AuthUser, type HttpApp, type Logger } from '@todo/http';
import { UnauthorizedError } from '@todo/domain';
import { CHAT_API_SERVICE, chatApiMigrations } from './core/migrations.js';
import type { LlmConfig } from '@todo/assistant';
import { createChatFeature } from './front/chat/feature.js';
export { llmConfigOf } from './front/chat/feature.js';
import { chatMigrations } from './front/chat/migrations.js';
import { createTaskService } from './core/tasks/service.js';
import { taskRoutes } from './core/tasks/routes.js';
import { createUserService } from './core/users/service.js';
import { userRoutes, type LoginRateLimit } from './core/users/routes.js';
import { registerWebApp } from './front/web.js';

export { CHAT_API_SERVICE, chatApiMigrations } from './core/migrations.js';
export { createTaskService, EVENT_SOURCE } from './core/tasks/service.js';
export { appendToOutbox, type OutboxEntry } from './core/outbox/append.js';
export { outbox } from './core/outbox/schema.js';
export * as chatApiSchema from './core/schema.js';
export { createOutboxRelay, wakeRelayOnCommit, type OutboxRelay } from './core/outbox/relay.js';
export { createSharedOutboxRelay } from './core/outbox/shared-relay.js';
export { createReminders, reminderJobName, reminderEventId } from './core/reminders/index.js';
export { createInternalGuard, internalRoutes, INTERNAL_TOKEN_HEADER } from './core/internal/routes.js';

export interface ChatApiDeps {
  database: Database;
  clock: Clock;
  log: Logger;
  jwtSecret: string;
  /** Login attempts allowed per client IP and email in the window (default 10 per minute). */
  loginRateLimit?: LoginRateLimit;
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
  /** preHandler for other services' /api routes: sets request.user or answers 401. */
  authGuard: (request: FastifyRequest) => Promise<void>;
  /** Verifies a token and that its session is still open (for WebSocket / MCP). */
  authenticate: (token: string) => Promise<AuthUser>;
  /** Whether a verified user's session is still open (realtime, when a WebSocket ticket is used). */
  sessionActive: (user: AuthUser) => Promise<boolean>;
}

/** Applies chat-api's migrations (users, sessions, tasks, outbox, conversations). */
export function migrateChatApi(database: Database): Promise<void> {
  return migrate(database, CHAT_API_SERVICE, [...chatApiMigrations, ...chatMigrations]);
}

export function createChatApi(deps: ChatApiDeps): ChatApi {
  const { database, clock, jwtSecret } = deps;
  const idOption = deps.newId ? { newId: deps.newId } : {};
  const users = createUserService({ database, clock, jwtSecret, ...idOption });
  const taskService = createTaskService({ database, clock, ...idOption });
  const authGuard = createAuthGuard({ secret: jwtSecret, isActive: users.isActive, now: () => clock.now() });
  const loginRateLimit = deps.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 };
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
      await userRoutes(app, { users, jwtSecret, authGuard, loginRateLimit, now: () => clock.now() });
      await taskRoutes(app, { taskService, authGuard });
      await chat.plugin(app); // /api/chat, /api/{userId}/chat, /api/conversations*, /mcp
      await registerWebApp(app, deps.webRoot === undefined ? {} : { root: deps.webRoot });
    },
    taskService,
    users: users.directory,
    authGuard,
    authenticate,
    sessionActive: users.isActive,
  };
}
