// A small client for the distributed suite: the contract's REST API through the gateway, a WebSocket, polling.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

export interface ApiClient {
  baseUrl: string;
  token: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export async function registerUser(baseUrl: string, timezone = 'UTC'): Promise<ApiClient> {
  const email = `dist-${randomUUID()}@example.com`;
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery', timezone }),
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${await response.text()}`);
  const { token } = (await response.json()) as { token: string };
  return { baseUrl, token, call: callOn({ token }, baseUrl) };
}

/** `call` for the user of `client` against `baseUrl` (the gateway, or one replica's app port). */
export function callOn(client: Pick<ApiClient, 'token'>, baseUrl: string): ApiClient['call'] {
  return async <T>(method: string, path: string, body?: unknown) => {
    const send = () =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${client.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // A read may meet a connection the gateway dropped while a replica was killed or restarted ("other side closed");
    // it is safe to send again. Writes are never resent: a test counts what was acknowledged.
    const res = method === 'GET' ? await send().catch(async () => { await new Promise((ok) => setTimeout(ok, 500)); return send(); }) : await send();
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
}

export interface TaskDto {
  id: string;
  title: string;
  status: string;
  dueAt: string | null;
  remindAt: string | null;
  seriesId: string | null;
  previousTaskId: string | null;
}
export interface AuditItem {
  id: string;
  eventId: string;
  type: string;
  taskId: string;
}

export async function createTask(client: ApiClient, input: Record<string, unknown>): Promise<TaskDto> {
  const { status, body } = await client.call<TaskDto>('POST', '/api/tasks', input);
  if (status !== 201) throw new Error(`create task failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

export async function auditOf(client: ApiClient, taskId: string): Promise<AuditItem[]> {
  const { status, body } = await client.call<{ items: AuditItem[] }>('GET', `/api/audit?taskId=${taskId}&limit=200`);
  if (status !== 200) throw new Error(`audit failed: ${status}`);
  return body.items;
}

/** Polls `probe` until it returns something other than undefined/false, or throws after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Socket {
  /** Every message received, stamped with the local time it arrived (`receivedAt`, ms since the epoch). */
  messages: Array<{ type: string; task?: TaskDto & { updatedAt?: string }; receivedAt: number; [key: string]: unknown }>;
  /** When it opened, and when the server side went away (undefined while open). */
  openedAt: number;
  closedAt?: number;
  onClose(listener: () => void): void;
  close(): void;
}

/** A WebSocket of `client`'s user, through the gateway or straight to one replica (`baseUrl` = its app's address). */
export async function openSocket(client: ApiClient, baseUrl = client.baseUrl): Promise<Socket> {
  const ws = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/ws?token=${encodeURIComponent(client.token)}`);
  const messages: Socket['messages'] = [];
  ws.on('message', (data) => messages.push({ ...(JSON.parse(String(data)) as { type: string }), receivedAt: Date.now() }));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.on('error', () => {}); // a killed replica resets the connection: `close` follows
  const socket: Socket = { messages, openedAt: Date.now(), onClose: (listener) => ws.on('close', listener), close: () => ws.close() };
  ws.on('close', () => (socket.closedAt ??= Date.now()));
  return socket;
}
