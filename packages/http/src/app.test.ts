import { Writable } from 'node:stream';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { z } from 'zod';
import { InvalidError, NotFoundError } from '@todo/domain';
import { createHttpApp, type HttpApp } from './app.js';
import { createAuthGuard, createTokenVerifier, currentUser, signToken, verifyToken } from './auth.js';
import { Readiness } from './health.js';
import { createLogger } from './logger.js';

function captureLines(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const apps: HttpApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

async function build(readiness = new Readiness()) {
  const capture = captureLines();
  const log = createLogger({ service: 'probe', level: 'info', destination: capture.stream });
  const app = await createHttpApp({ log, metricsRegistry: new Registry(), readiness });
  apps.push(app);
  return { app, capture };
}

describe('createHttpApp', () => {
  it('puts the service and request id on every request log line and never logs secrets', async () => {
    const { app, capture } = await build();
    app.post('/echo', { schema: { body: z.object({ password: z.string() }) } }, async (request) => {
      request.log.info({ body: request.body }, 'handling');
      return { ok: true };
    });
    await app.inject({
      method: 'POST',
      url: '/echo?token=abc.def.ghi',
      headers: { authorization: 'Bearer super-secret-token', 'x-request-id': 'req-1' },
      payload: { password: 'hunter22' },
    });
    const lines = capture.lines().filter((l) => l.requestId !== undefined || l.msg === 'handling');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toMatchObject({ service: 'probe', requestId: 'req-1' });
    const all = JSON.stringify(capture.lines());
    expect(all).not.toContain('hunter22');
    expect(all).not.toContain('super-secret-token');
    expect(all).not.toContain('abc.def.ghi');
  });

  it('maps domain errors to the contract shape and hides unexpected errors behind a 500', async () => {
    const { app, capture } = await build();
    app.get('/missing', async () => {
      throw new NotFoundError('Task not found.', 'task_not_found');
    });
    app.get('/invalid', async () => {
      throw new InvalidError('Bad thing.', { field: 'x' });
    });
    app.get('/boom', async () => {
      throw new Error('database password is hunter22');
    });
    expect((await app.inject({ url: '/missing' })).json()).toEqual({ error: { code: 'task_not_found', message: 'Task not found.' } });
    const invalid = await app.inject({ url: '/invalid' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toEqual({ error: { code: 'invalid_request', message: 'Bad thing.', details: { field: 'x' } } });
    const boom = await app.inject({ url: '/boom' });
    expect(boom.statusCode).toBe(500);
    expect(boom.json()).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(boom.body).not.toContain('hunter22');
    expect(capture.lines().some((l) => l.level === 50)).toBe(true);
  });

  it('/readyz is 503 when a registered check fails or hangs, 200 when all pass', async () => {
    const readiness = new Readiness();
    let healthy = false;
    readiness.add('database', async () => healthy);
    const { app } = await build(readiness);
    const down = await app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json().checks).toEqual({ database: false });
    healthy = true;
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    readiness.add('bus', () => new Promise<boolean>(() => {}));
    const result = await readiness.run(50);
    expect(result).toEqual({ ready: false, checks: { database: true, bus: false } });
  });

  it('two apps on one registry do not clash over metric names', async () => {
    const registry = new Registry();
    const log = createLogger({ service: 'x', level: 'silent' });
    apps.push(await createHttpApp({ log, metricsRegistry: registry }), await createHttpApp({ log, metricsRegistry: registry }));
    expect(registry.getSingleMetric('http_requests_total')).toBeDefined();
  });
});

describe('tokens', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('round-trip the user and session, and tell when they expire', async () => {
    const token = await signToken('s'.repeat(32), { id: 'u1', sessionId: 's1' }, now, 3600);
    expect(await verifyToken('s'.repeat(32), token, now)).toEqual({ id: 'u1', sessionId: 's1', expiresAt: new Date(now.getTime() + 3600_000) });
  });

  it('are refused when signed with another secret or expired', async () => {
    const token = await signToken('s'.repeat(32), { id: 'u1', sessionId: 's1' }, now, 60);
    await expect(verifyToken('t'.repeat(32), token, now)).rejects.toMatchObject({ code: 'invalid_token' });
    await expect(verifyToken('s'.repeat(32), token, new Date(now.getTime() + 61_000))).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('are refused without a session id, even when signed with the right secret', async () => {
    const sessionless = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer('todo-chatbot').setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('s'.repeat(32)));
    await expect(verifyToken('s'.repeat(32), sessionless)).rejects.toMatchObject({ code: 'invalid_token' });
    await expect(signToken('s'.repeat(32), { id: 'u1', sessionId: '' }, now)).rejects.toThrow(/session/);
  });

  it('a verifier remembers a good token until it expires, refuses it after, and never remembers a bad one', async () => {
    const verify = createTokenVerifier('s'.repeat(32));
    const token = await signToken('s'.repeat(32), { id: 'u1', sessionId: 's1' }, now, 60);
    expect(await verify(token, now)).toEqual({ id: 'u1', sessionId: 's1', expiresAt: new Date(now.getTime() + 60_000) });
    expect(await verify(token, new Date(now.getTime() + 59_000))).toMatchObject({ id: 'u1', sessionId: 's1' });
    await expect(verify(token, new Date(now.getTime() + 60_000))).rejects.toMatchObject({ code: 'invalid_token' });
    const forged = await signToken('t'.repeat(32), { id: 'u1', sessionId: 's1' }, now, 60);
    await expect(verify(forged, now)).rejects.toMatchObject({ code: 'invalid_token' });
    await expect(verify(forged, now)).rejects.toMatchObject({ code: 'invalid_token' });
    await expect(createTokenVerifier('t'.repeat(32))(token, now)).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('the guard accepts a bearer header and refuses an ended session', async () => {
    const { app } = await build();
    let active = true;
    const guard = createAuthGuard({ secret: 's'.repeat(32), isActive: async () => active });
    app.get('/mine', { preHandler: guard }, async (request) => ({ id: currentUser(request).id }));
    const token = await signToken('s'.repeat(32), { id: 'u9', sessionId: 's9' }, new Date());
    const ok = await app.inject({ url: '/mine', headers: { authorization: `Bearer ${token}` } });
    expect(ok.json()).toEqual({ id: 'u9' });
    active = false;
    const ended = await app.inject({ url: '/mine', headers: { authorization: `Bearer ${token}` } });
    expect(ended.statusCode).toBe(401);
    expect(ended.headers['www-authenticate']).toBe('Bearer');
  });
});
