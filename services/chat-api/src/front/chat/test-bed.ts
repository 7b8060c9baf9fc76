// Test support for chat and MCP: chat-api (with its chat feature) on a real database, listening on 127.0.0.1:0, with a movable clock.
import { Registry } from 'prom-client';
import type { Database } from '@todo/db';
import type { LlmConfig } from '@todo/assistant';
import { createHttpApp, type HttpApp } from '@todo/http';
import { silentLogger } from '@todo/platform/testing';
import { createChatApi, migrateChatApi, type ChatApi } from '../../index.js';
import { GENEROUS_AUTH_RATE_LIMITS, movableClock, registerTestUser, type MovableClock, type TestUser } from '../../testing/test-api.js';

export interface ChatTestServer {
  app: HttpApp;
  chatApi: ChatApi;
  clock: MovableClock;
  baseUrl: string;
  /** Registers a user with the given time zone; returns id and bearer headers. */
  signUp(timezone?: string): Promise<TestUser>;
  warnings: string[];
  close(): Promise<void>;
}

export async function startChatTestServer(database: Database, options: { llm?: LlmConfig; start?: string } = {}): Promise<ChatTestServer> {
  await migrateChatApi(database);
  const clock = movableClock(options.start ?? '2026-11-25T14:00:00.000Z');
  const log = silentLogger();
  const warnings: string[] = [];
  const warnLog = Object.assign(Object.create(log) as typeof log, {
    warn: (_obj: object, msg: string) => void warnings.push(msg),
  });
  const chatApi = createChatApi({
    database,
    clock,
    log: warnLog,
    jwtSecret: 'chat-test-secret-long-enough-0123456789',
    authRateLimits: GENEROUS_AUTH_RATE_LIMITS,
    webRoot: null,
    ...(options.llm ? { llm: options.llm } : {}),
  });
  const app = await createHttpApp({ log, metricsRegistry: new Registry(), docs: false });
  await chatApi.plugin(app);
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    chatApi,
    clock,
    baseUrl,
    warnings,
    signUp: (timezone = 'UTC') => registerTestUser(app, 'chat', timezone),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
