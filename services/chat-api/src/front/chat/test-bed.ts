// Test support for chat and MCP: chat-api (with its chat feature) on a real database, listening on 127.0.0.1:0, with a movable clock.
import { Registry } from 'prom-client';
import type { Database } from '@todo/db';
import type { LlmConfig } from '@todo/assistant';
import { createHttpApp, type HttpApp } from '@todo/http';
import { silentLogger } from '@todo/platform/testing';
import { createChatApi, migrateChatApi, type ChatApi } from '../../index.js';
import { GENEROUS_AUTH_RATE_LIMITS, movableClock, type MovableClock } from '../../testing/test-api.js';

export interface ChatTestServer {
  app: HttpApp;
  chatApi: ChatApi;
  clock: MovableClock;
  baseUrl: string;
  /** Registers a user with the given time zone; returns id and bearer headers. */
  signUp(timezone?: string): Promise<{ id: string; token: string; headers: { authorization: string } }>;
  warnings: string[];
  close(): Promise<void>;
}

let counter = 0;

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
    async signUp(timezone = 'UTC') {
      counter += 1;
      const email = `chat-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload: { email, password: 'correct horse battery', timezone } });
      if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
      const { user, token } = response.json() as { user: { id: string }; token: string };
      return { id: user.id, token, headers: { authorization: `Bearer ${token}` } };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
