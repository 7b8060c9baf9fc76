import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@todo/platform/testing';
import { body, startTestApi, type TestApi, type TestUser } from './testing/test-api.js';

describe.each(testDatabaseKinds())('bad input never gets past the edge on $name', (kind) => {
  let api: TestApi;
  let user: TestUser;
  let taskId: string;
  beforeAll(async () => {
    api = await startTestApi(await kind.open());
    user = await api.signUp('edge');
    taskId = body(await api.app.inject({ method: 'POST', url: '/api/tasks', headers: user.headers, payload: { title: 'target' } })).id;
  });
  afterAll(() => api.close());

  const raw = (method: 'POST' | 'PATCH', url: string, payload: string, contentType = 'application/json') =>
    api.app.inject({ method, url, headers: { ...user.headers, 'content-type': contentType }, payload });

  it('malformed JSON is a 400 invalid_json', async () => {
    const response = await raw('POST', '/api/tasks', '{"title": "x",');
    expect(response.statusCode).toBe(400);
    expect(body(response)).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
  });

  it('a body over 1 MiB is a 413', async () => {
    const response = await raw('POST', '/api/tasks', JSON.stringify({ title: 'x', description: 'y'.repeat(1024 * 1024) }));
    expect(response.statusCode).toBe(413);
    expect(body(response).error.code).toBe('payload_too_large');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml'])('content type %s is a 415', async (type) => {
    const response = await raw('POST', '/api/tasks', 'title=x', type);
    expect(response.statusCode).toBe(415);
    expect(body(response).error.code).toBe('unsupported_media_type');
  });

  it('accepts JSON with a charset and application/merge-patch+json', async () => {
    expect((await raw('POST', '/api/tasks', '{"title":"charset"}', 'application/json; charset=utf-8')).statusCode).toBe(201);
    const patched = await raw('PATCH', `/api/tasks/${taskId}`, '{"priority":"high"}', 'application/merge-patch+json');
    expect(patched.statusCode).toBe(200);
  });

  it.each([
    ['a JSON array', '[]'],
    ['a JSON string', '"title"'],
    ['null', 'null'],
    ['an empty body', ''],
    ['title as a number', '{"title": 5}'],
    ['tags as a string', '{"title": "x", "tags": "home"}'],
    ['priority as an array', '{"title": "x", "priority": ["high"]}'],
    ['a prototype-polluting key', '{"title": "x", "__proto__": {"admin": true}}'],
  ])('POST /api/tasks with %s is a 400', async (_label, payload) => {
    const response = await raw('POST', '/api/tasks', payload);
    expect(response.statusCode).toBe(400);
    expect(body(response).error.code).toMatch(/^invalid_/);
  });

  it.each([
    ['POST', '/api/tasks', { title: 'a\u0000b' }],
    ['POST', '/api/tasks', { title: 'ok', tags: ['\ud800'] }],
    ['POST', '/api/auth/login', { email: 'a@b.co', password: 'pass\u0000word' }],
    ['PATCH', '/api/me', { name: 'x\u0000' }],
    ['GET', '/api/tasks?q=%00', undefined],
    ['GET', '/api/tasks/%00', undefined],
    ['POST', '/api/tasks', { title: 'ok', dueAt: '0001-01-01T00:00:00Z' }],
    ['GET', '/api/tasks?dueFrom=0000-01-01', undefined],
  ] as const)('text or dates the database cannot store are a 400, not a 500: %s %s', async (method, url, payload) => {
    const response = await api.app.inject({ method, url, headers: user.headers, ...(payload ? { payload } : {}) });
    expect(response.statusCode).toBe(400);
    expect(body(response).error.code).toBe('invalid_request');
  });

  it('the task service refuses unstorable text from non-HTTP callers too', async () => {
    await expect(api.chatApi.taskService.create(user.id, { title: 'nul\u0000' })).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('unknown fields are ignored, not stored', async () => {
    const response = await raw('POST', '/api/tasks', '{"title": "extra", "colour": "red", "id": "mine", "userId": "someone"}');
    expect(response.statusCode).toBe(201);
    expect(body(response).colour).toBeUndefined();
    expect(body(response).id).not.toBe('mine');
  });

  it('an unknown route is a 404 in the contract shape', async () => {
    for (const url of ['/api/nope', '/api/tasks/x/explode', '/api']) {
      const response = await api.app.inject({ url, headers: user.headers });
      expect(response.statusCode).toBe(404);
      expect(body(response).error.code).toBe('not_found');
    }
  });

  it('every response carries a request id, echoing a sane X-Request-Id', async () => {
    const response = await api.app.inject({ url: '/api/tasks', headers: { ...user.headers, 'x-request-id': 'trace-123' } });
    expect(response.headers['x-request-id']).toBe('trace-123');
    const generated = await api.app.inject({ url: '/api/tasks', headers: { ...user.headers, 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves health, readiness, metrics, OpenAPI and the docs page', async () => {
    expect((await api.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const ready = await api.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(body(ready).checks).toEqual({ database: true });
    const metrics = await api.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('http_requests_total{method="GET",route="/api/tasks",status="200"}');
    expect(metrics.body).toContain('http_request_duration_seconds_bucket');
    expect(metrics.body).toContain('process_cpu_user_seconds_total');
    const openapi = body(await api.app.inject({ url: '/openapi.json' }));
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/auth/logout', '/api/me', '/api/tasks', '/api/tasks/{id}', '/api/tasks/{id}/complete', '/api/tasks/{id}/reopen', '/api/tags']),
    );
    const listParams = openapi.paths['/api/tasks'].get.parameters.map((p: { name: string }) => p.name);
    expect(listParams).toEqual(expect.arrayContaining(['status', 'q', 'priority', 'tags', 'dueFrom', 'dueTo', 'overdue', 'hasDue', 'sort', 'order', 'limit', 'cursor']));
    const docs = await api.app.inject({ url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('fuzz: random junk to every route never produces a 5xx', async () => {
    const routes: [string, string][] = [
      ['POST', '/api/auth/register'],
      ['POST', '/api/auth/login'],
      ['POST', '/api/auth/logout'],
      ['GET', '/api/me'],
      ['PATCH', '/api/me'],
      ['POST', '/api/tasks'],
      ['GET', '/api/tasks'],
      ['GET', `/api/tasks/${taskId}`],
      ['PATCH', `/api/tasks/${taskId}`],
      ['POST', `/api/tasks/${taskId}/complete`],
      ['POST', `/api/tasks/${taskId}/reopen`],
      ['GET', '/api/tags'],
      ['DELETE', '/api/tasks/00000000-0000-0000-0000-000000000000'],
    ];
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const scalars = [null, true, false, 0, -1, 1e308, 3.14, '', ' ', 'x'.repeat(300), '\u0000', '😀', '2026-02-30T00:00:00Z', 'FREQ=DAILY', [], {}, ['a', 1, null]];
    const keys = ['title', 'description', 'priority', 'tags', 'dueAt', 'remindAt', 'reminderMinutesBefore', 'recurrence', 'status', 'email', 'password', 'name', 'timezone', 'constructor', 'rule'];
    const junkValue = (depth: number): unknown =>
      depth > 1 || random() < 0.6 ? pick(scalars) : Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 4) }, () => [pick(keys), junkValue(depth + 1)]));
    const junkQuery = () =>
      Array.from({ length: Math.floor(random() * 4) }, () => `${pick(['status', 'q', 'priority', 'tags', 'dueFrom', 'overdue', 'sort', 'limit', 'cursor', 'x'])}=${encodeURIComponent(String(pick(scalars)))}`).join('&');

    const failures: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const [method, url] = pick(routes);
      const useRawText = random() < 0.15;
      const payload = useRawText ? pick(['{', '}{', 'null', '"', '[1,2', '\u0000', '{"title":"x"}garbage']) : JSON.stringify(junkValue(0));
      const response = await api.app.inject({
        method: method as 'GET',
        url: `${url}?${junkQuery()}`,
        headers: { ...user.headers, 'content-type': random() < 0.9 ? 'application/json' : pick(['text/plain', 'application/octet-stream']) },
        ...(method === 'GET' ? {} : { payload }),
      });
      if (response.statusCode >= 500) failures.push(`${method} ${url} ${payload} → ${response.statusCode} ${response.body}`);
      else expect(response.statusCode < 300 || typeof body(response).error?.code === 'string').toBe(true);
    }
    expect(failures).toEqual([]);
  });
});
