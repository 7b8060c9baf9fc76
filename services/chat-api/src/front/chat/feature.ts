// The chat feature's wiring: assistant (interpreter or LLM) + conversation store + the /api/chat and /mcp routes.
import type { FastifyRequest } from 'fastify';
import type { Database } from '@todo/db';
import type { TaskService, UserDirectory } from '@todo/domain';
import type { Assistant, AssistantDeps, LlmConfig } from '@todo/assistant';
import type { AuthUser, HttpApp, Logger } from '@todo/http';
import type { Clock } from '@todo/platform';
import { mcpRoutes } from '../mcp/routes.js';
import { chatRoutes } from './routes.js';
import { createConversationStore } from './store.js';

export interface ChatFeatureDeps {
  database: Database;
  taskService: TaskService;
  users: UserDirectory;
  clock: Clock;
  log: Logger;
  authGuard: (request: FastifyRequest) => Promise<void>;
  authenticate: (token: string) => Promise<AuthUser>;
  /** LLM_BASE_URL / LLM_API_KEY / LLM_MODEL, parsed by the composition root; absent → built-in interpreter. */
  llm?: LlmConfig;
}

/** The model settings from parsed configuration: none unless LLM_BASE_URL is set (the model defaults to gpt-4o-mini). */
export function llmConfigOf(config: { LLM_BASE_URL?: string | undefined; LLM_API_KEY?: string | undefined; LLM_MODEL?: string | undefined }): { llm?: LlmConfig } {
  if (!config.LLM_BASE_URL) return {};
  return { llm: { baseURL: config.LLM_BASE_URL, model: config.LLM_MODEL ?? 'gpt-4o-mini', ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}) } };
}

export interface ChatFeature {
  assistant: Assistant;
  plugin: (app: HttpApp) => Promise<void>;
}

/**
 * The assistant, loaded by the first chat turn: @todo/assistant with the interpreter's date reading (chrono-node) costs
 * ~0.4 s of start-up CPU that a server answering only the REST API never needs.
 */
function assistantOnFirstTurn(deps: AssistantDeps): Assistant {
  let loaded: Promise<Assistant> | undefined;
  const load = () => (loaded ??= import('@todo/assistant').then(({ createAssistant }) => createAssistant(deps)));
  return { respond: async (input) => (await load()).respond(input) };
}

export function createChatFeature(deps: ChatFeatureDeps): ChatFeature {
  const assistant = assistantOnFirstTurn({
    taskService: deps.taskService,
    now: () => deps.clock.now(),
    log: deps.log,
    ...(deps.llm ? { llm: deps.llm } : {}),
  });
  const conversations = createConversationStore(deps.database);
  return {
    assistant,
    plugin: async (app) => {
      await chatRoutes(app, { assistant, conversations, users: deps.users, clock: deps.clock, authGuard: deps.authGuard });
      await mcpRoutes(app, { taskService: deps.taskService, users: deps.users, clock: deps.clock, authenticate: deps.authenticate });
    },
  };
}
