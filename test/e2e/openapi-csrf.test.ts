// The API document tells the truth about the session cookie: every state-changing route that takes it declares
// cookieAuth and its 403 csrf_rejected, and the server really refuses a cookie-only change without CSRF proof.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerUser, startTestSystem, type TestSystem } from './support.js';

interface Operation {
  security?: Record<string, string[]>[];
  responses?: Record<string, { content?: { 'application/json'?: { schema?: { $ref?: string } } } }>;
}
interface ApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
}
interface Write {
  method: string;
  path: string;
  operation: Operation;
}

const SAFE = new Set(['get', 'head', 'options']);
const takesCookie = (operation: Operation) => operation.security?.some((requirement) => 'cookieAuth' in requirement) ?? false;

/** Every state-changing operation of the document, logout last (trying it for real ends the session). */
function writesOf(document: ApiDocument): Write[] {
  const writes: Write[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!SAFE.has(method)) writes.push({ method: method.toUpperCase(), path, operation });
    }
  }
  return writes.sort((a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'));
}

describe('the API document on cookie authentication and CSRF', () => {
  let t: TestSystem;
  let document: ApiDocument;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestSystem();
    document = (await (await fetch(`${t.url}/openapi.json`)).json()) as ApiDocument;
    cookie = `todo_token=${(await registerUser(t.url)).token}`;
  }, 180_000);
  afterAll(() => t.close());

  it('declares the session cookie as a security scheme beside the bearer token', () => {
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.cookieAuth).toEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'todo_token' }));
  });

  it('declares cookieAuth and 403 csrf_rejected on every cookie-authenticated change, logout included', () => {
    const cookieWrites = writesOf(document).filter((write) => takesCookie(write.operation));
    const names = cookieWrites.map((write) => `${write.method} ${write.path}`);
    for (const expected of ['POST /api/auth/logout', 'PATCH /api/me', 'POST /api/tasks', 'PATCH /api/tasks/{id}', 'DELETE /api/tasks/{id}', 'POST /api/chat', 'POST /mcp', 'POST /api/ws/ticket', 'DELETE /api/push/subscriptions']) {
      expect(names).toContain(expected);
    }
    for (const { method, path, operation } of cookieWrites) {
      expect(operation.responses?.['403']?.content?.['application/json']?.schema?.$ref, `${method} ${path}`).toBe('#/components/schemas/CsrfRejected');
    }
  });

  it('the server answers 403 csrf_rejected exactly where the document says, and not once the CSRF header is sent', async () => {
    const writes = writesOf(document);
    expect(writes.length).toBeGreaterThan(15);
    for (const { method, path, operation } of writes) {
      const url = `${t.url}${path.replace(/\{[^}]+\}/g, 'no-such-id')}`;
      const refused = await fetch(url, { method, headers: { cookie } });
      const body = (await refused.json().catch(() => undefined)) as { error?: { code?: string } } | undefined;
      const csrfRefused = refused.status === 403 && body?.error?.code === 'csrf_rejected';
      expect(csrfRefused, `${method} ${path} → ${refused.status} ${JSON.stringify(body)}`).toBe(takesCookie(operation));
      if (!takesCookie(operation)) continue;
      const proven = await fetch(url, { method, headers: { cookie, 'x-requested-with': 'todo-test', 'content-type': 'application/json' }, body: '{}' });
      expect(proven.status, `${method} ${path} with the header`).not.toBe(403);
      expect(proven.status, `${method} ${path} with the header`).not.toBe(401);
    }
  });
});
