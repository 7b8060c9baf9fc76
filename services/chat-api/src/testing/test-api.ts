// Test harness: chat-api on a real database (PGlite or PostgreSQL) inside createHttpApp, with a movable clock and helpers.
import { Registry } from 'prom-client';
import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '@todo/db';
import type { Clock } from '@todo/platform';
import { silentLogger } from '@todo/platform/testing';
import { createHttpApp, Readiness, type HttpApp } from '@todo/http';
import { createChatApi, migrateChatApi, type AuthRateLimits, type ChatApi } from '../index.js';

export interface MovableClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

export function movableClock(start: Date | string = '2026-01-15T09:00:00.000Z'): MovableClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

export interface TestApi {
  app: HttpApp;
  chatApi: ChatApi;
  clock: MovableClock;
  database: Database;
  /** Registers a fresh user and returns their bearer headers and id. */
  signUp(name?: string): Promise<TestUser>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  token: string;
  headers: { authorization: string };
}

export interface TestApiOptions {
  authRateLimits?: Partial<AuthRateLimits>;
}

/** Limits no test reaches by accident (the tests of the limits set their own). */
const GENEROUS = { max: 100_000, timeWindowMs: 60_000 };
export const GENEROUS_AUTH_RATE_LIMITS: AuthRateLimits = { loginPerClientAndEmail: GENEROUS, loginPerClient: GENEROUS, registerPerClient: GENEROUS };

/** The signing secret of the test API (tests mint their own tokens with it to probe what the server accepts). */
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';

let userCounter = 0;

/** Registers a fresh user (a unique email starting with `name`) through the API; returns id, token and bearer headers. */
export async function registerTestUser(app: HttpApp, name = 'user', timezone?: string): Promise<TestUser> {
  userCounter += 1;
  const email = `${name}-${process.pid}-${userCounter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const payload = { email, password: 'correct horse battery', ...(timezone ? { timezone } : {}) };
  const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const { user, token } = response.json() as { user: { id: string }; token: string };
  return { id: user.id, token, headers: { authorization: `Bearer ${token}` } };
}

export async function startTestApi(database: Database, options: TestApiOptions = {}): Promise<TestApi> {
  await migrateChatApi(database);
  const clock = movableClock();
  const log = silentLogger();
  const chatApi = createChatApi({
    database,
    clock,
    log,
    jwtSecret: TEST_JWT_SECRET,
    authRateLimits: { ...GENEROUS_AUTH_RATE_LIMITS, ...options.authRateLimits },
  });
  const readiness = new Readiness();
  readiness.add('database', () => database.ping());
  const app = await createHttpApp({ log, metricsRegistry: new Registry(), readiness });
  await chatApi.plugin(app);
  await app.ready();
  return {
    app,
    chatApi,
    clock,
    database,
    signUp: (name = 'user') => registerTestUser(app, name),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The parsed JSON body of an inject response (typed loosely for assertions). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function body(response: LightMyRequestResponse): any {
  return response.json();
}
