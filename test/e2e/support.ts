// Helpers for cross-service tests: the whole embedded system in this process on a free port, plus a tiny API client.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config.js';
import { startEmbedded, type EmbeddedOptions, type EmbeddedSystem } from '../../src/runtime/embedded.js';
import { silentLogger } from '@todo/platform/testing';
import type { AuthRateLimits } from '@todo/chat-api';

/** The signing secret startTestSystem's server uses (for tests that mint their own tokens). */
export const E2E_JWT_SECRET = 'e2e-secret-0123456789abcdefghijklmnopqrstuv';

export interface TestSystem {
  system: EmbeddedSystem;
  url: string;
  close(): Promise<void>;
}

const GENEROUS = { max: 100_000, timeWindowMs: 60_000 };

/** The whole system; auth rate limits are out of reach unless `authRateLimits` sets some. */
export async function startTestSystem(env: Record<string, string> = {}, options: Pick<EmbeddedOptions, 'socketLimits' | 'authRateLimits' | 'hashing'> = {}): Promise<TestSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-e2e-'));
  const url = process.env.TEST_E2E_DATABASE_URL;
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: E2E_JWT_SECRET, LOG_LEVEL: 'silent', ...(url ? { DATABASE_URL: url } : {}), ...env });
  const system = await startEmbedded(config, { log: silentLogger(), ...options, authRateLimits: { loginPerClientAndEmail: GENEROUS, loginPerClient: GENEROUS, registerPerClient: GENEROUS, ...options.authRateLimits } });
  return {
    system,
    url: system.url,
    close: async () => {
      await system.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

export async function api<T = any>(base: string, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<ApiResponse<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

let userCounter = 0;
export async function registerUser(base: string, timezone = 'UTC'): Promise<{ token: string; userId: string }> {
  const email = `user${Date.now()}-${userCounter++}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await api(base, 'POST', '/api/auth/register', { body: { email, password: 'correct horse battery', timezone } });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.token, userId: res.body.user.id };
}

/** A WebSocket to /api/ws that records every message; resolves once the server said it is ready. */
export async function openSocket(base: string, token: string): Promise<{ messages: any[]; close(): void }> {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/ws?token=${encodeURIComponent(token)}`);
  const messages: any[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'ready') resolve();
      else messages.push(message);
    });
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  return { messages, close: () => socket.close() };
}

export interface WatchedSocket {
  socket: WebSocket;
  /** Every message but the first {type: "ready"}. */
  messages: any[];
  /** Resolves with the HTTP status of a refused upgrade, or 101 once the server said ready. */
  opened: Promise<number>;
  /** Resolves with the close code once the socket is closed. */
  closed: Promise<number>;
  close(): void;
}

/** A WebSocket to /api/ws with the given query (ticket= or token=) and headers (Origin, Cookie), watched rather than awaited. */
export function watchSocket(base: string, query: string, options: { headers?: Record<string, string>; autoPong?: boolean } = {}): WatchedSocket {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/api/ws${query ? `?${query}` : ''}`, { headers: options.headers ?? {}, autoPong: options.autoPong ?? true });
  const messages: any[] = [];
  let ready: (status: number) => void = () => {};
  const opened = new Promise<number>((resolve) => (ready = resolve));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'ready') ready(101);
    else messages.push(message);
  });
  socket.on('unexpected-response', (_req, res) => {
    ready(res.statusCode ?? 0);
    socket.terminate();
  });
  socket.on('error', () => ready(0));
  void closed.then(() => ready(0));
  return { socket, messages, opened, closed, close: () => socket.close() };
}
