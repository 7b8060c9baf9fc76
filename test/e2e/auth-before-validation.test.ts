// Authentication comes before validation on every guarded door: without credentials a malformed request is a 401,
// never a 400 that would describe the route's schema to a stranger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from './support.js';

interface Probe {
  method: string;
  url: string;
  body?: string;
}

const MALFORMED_QUERY = 'limit=abc&status=bogus&unread=maybe&sort=zzz&order=up&taskId=&endpoint=nope';
const MALFORMED_BODY = JSON.stringify({ title: 42, message: '', email: 5, endpoint: 'nope', unknown: { deep: [1] } });
const LONG_ID = 'x'.repeat(150);

/** Every guarded route of the OpenAPI document, with a bad path id, a bad query and (where it takes one) a bad body. */
function probesOf(document: { paths: Record<string, Record<string, { security?: object[] }>> }): Probe[] {
  const probes: Probe[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      // no security, or `{}` among the choices (logout): the route answers without credentials too
      if (!operation.security?.length || operation.security.some((requirement) => Object.keys(requirement).length === 0)) continue;
      const url = `${path.replace(/\{[^}]+\}/g, LONG_ID)}?${MALFORMED_QUERY}`;
      const upper = method.toUpperCase();
      probes.push({ method: upper, url, ...(upper === 'GET' || upper === 'DELETE' ? {} : { body: MALFORMED_BODY }) });
    }
  }
  return probes;
}

/** Routes hidden from the document: the internal ones (service credentials) and MCP's other methods. */
const HIDDEN: Probe[] = [
  { method: 'GET', url: `/internal/users/${LONG_ID}` },
  { method: 'POST', url: '/internal/tasks/occurrences', body: MALFORMED_BODY },
  { method: 'GET', url: '/internal/dead-letters?limit=abc' },
  { method: 'POST', url: '/internal/dead-letters/replay?consumer=' },
  { method: 'POST', url: '/mcp', body: '{"jsonrpc": "2.0", "method": ' },
  { method: 'GET', url: '/mcp?x=1' },
];

describe('authentication before validation', () => {
  let system: TestSystem;
  let probes: Probe[];
  beforeAll(async () => {
    system = await startTestSystem();
    const document = (await (await fetch(`${system.url}/openapi.json`)).json()) as Parameters<typeof probesOf>[0];
    probes = [...probesOf(document), ...HIDDEN];
  }, 180_000); // a cold start on a busy machine
  afterAll(() => system.close());

  it('covers every guarded route of the API document', () => {
    const routes = new Set(probes.map((probe) => `${probe.method} ${probe.url.split('?')[0]!.replaceAll(LONG_ID, ':id')}`));
    for (const expected of ['POST /api/tasks', 'PATCH /api/tasks/:id', 'GET /api/tasks', 'POST /api/chat', 'GET /api/conversations/:id', 'PATCH /api/me', 'GET /api/audit', 'GET /api/notifications', 'POST /api/push/subscriptions', 'DELETE /api/push/subscriptions']) {
      expect(routes, expected).toContain(expected);
    }
  });

  it('answers 401 to a malformed request without credentials, saying nothing about the schema', async () => {
    const answers: string[] = [];
    for (const probe of probes) {
      const response = await fetch(`${system.url}${probe.url}`, {
        method: probe.method,
        ...(probe.body !== undefined ? { body: probe.body, headers: { 'content-type': 'application/json' } } : {}),
      });
      const text = await response.text();
      answers.push(`${probe.method} ${probe.url.slice(0, 60)} → ${response.status}`);
      expect(response.status, `${probe.method} ${probe.url}`).toBe(401);
      const { error } = JSON.parse(text) as { error: { code: string; message: string; details?: unknown } };
      expect(error.details, `${probe.method} ${probe.url}`).toBeUndefined();
      expect(error.message).not.toMatch(/limit|status|title|userId|endpoint|consumer|Invalid/);
    }
    expect(answers.length).toBeGreaterThan(15);
  });
});
