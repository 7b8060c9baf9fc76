import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@todo/platform/testing';
import { SignJWT } from 'jose';
import { TEST_JWT_SECRET, body, startTestApi, type TestApi } from '../../testing/test-api.js';

const json = (payload: unknown) => ({ payload: payload as Record<string, unknown> });

describe.each(testDatabaseKinds())('auth on $name', (kind) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(await kind.open(), { authRateLimits: { loginPerClientAndEmail: { max: 5, timeWindowMs: 60_000 } } });
  });
  afterAll(() => api.close());

  const register = (payload: unknown) => api.app.inject({ method: 'POST', url: '/api/auth/register', ...json(payload) });
  const login = (payload: unknown) => api.app.inject({ method: 'POST', url: '/api/auth/login', ...json(payload) });

  it('registers a user and returns them with a token that works on /api/me', async () => {
    const response = await register({ email: 'Ada@Example.com', password: 'correct horse', name: 'Ada', timezone: 'Asia/Karachi' });
    expect(response.statusCode).toBe(201);
    const { user, token } = body(response);
    expect(user).toEqual({ id: expect.any(String), email: 'ada@example.com', name: 'Ada', timezone: 'Asia/Karachi', createdAt: expect.any(String) });
    expect(JSON.stringify(body(response))).not.toContain('correct horse');
    const me = await api.app.inject({ url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(body(me)).toEqual(user);
  });

  it('stores the canonical spelling of the timezone', async () => {
    const { user } = body(await register({ email: 'tzcase@example.com', password: 'password1', timezone: 'asia/karachi' }));
    expect(user.timezone).toBe('Asia/Karachi');
  });

  it('defaults the timezone to UTC and the name to null', async () => {
    const { user } = body(await register({ email: 'plain@example.com', password: '12345678' }));
    expect(user).toMatchObject({ timezone: 'UTC', name: null });
  });

  it('refuses a second account for the same email in any letter case with 409', async () => {
    await register({ email: 'twice@example.com', password: 'password-1' });
    const again = await register({ email: 'TWICE@example.com', password: 'password-2' });
    expect(again.statusCode).toBe(409);
    expect(body(again).error.code).toBe('email_taken');
  });

  it.each([
    [{ email: 'not-an-email', password: 'password1' }, 'email'],
    [{ email: 'short@example.com', password: '1234567' }, 'password'],
    [{ email: 'long@example.com', password: 'x'.repeat(129) }, 'password'],
    [{ email: 'tz@example.com', password: 'password1', timezone: 'Mars/Olympus' }, 'timezone'],
    [{ password: 'password1' }, 'email'],
    [{ email: 'n@example.com', password: 12345678 }, 'password'],
  ])('rejects %j with 400 naming %s', async (payload, field) => {
    const response = await register(payload);
    expect(response.statusCode).toBe(400);
    expect(body(response).error.code).toBe('invalid_request');
    expect(JSON.stringify(body(response).error.details)).toContain(`body.${field}`);
  });

  it('logs in with the right password, case-insensitively by email', async () => {
    await register({ email: 'login@example.com', password: 'right password' });
    const response = await login({ email: 'LOGIN@example.com', password: 'right password' });
    expect(response.statusCode).toBe(200);
    expect(body(response).user.email).toBe('login@example.com');
    expect(body(response).token).toEqual(expect.any(String));
  });

  it('answers a wrong password and an unknown email the same way (401 invalid_credentials)', async () => {
    await register({ email: 'secret@example.com', password: 'right password' });
    const wrong = await login({ email: 'secret@example.com', password: 'wrong password' });
    const unknown = await login({ email: 'nobody@example.com', password: 'wrong password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(body(wrong)).toEqual(body(unknown));
    expect(body(wrong).error.code).toBe('invalid_credentials');
  });

  it('rate-limits repeated logins for one email with 429 in the contract shape', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await login({ email: 'hammer@example.com', password: `guess-${i}` })).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await login({ email: 'hammer@example.com', password: 'guess' });
    expect(limited.statusCode).toBe(429);
    expect(body(limited).error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    // another email from the same client is not affected
    expect((await login({ email: 'other@example.com', password: 'guess' })).statusCode).toBe(401);
  });

  it('logout ends the session: the token stops working, and logout answers 204', async () => {
    const { token } = body(await register({ email: 'bye@example.com', password: 'password1' }));
    const headers = { authorization: `Bearer ${token}` };
    expect((await api.app.inject({ url: '/api/me', headers })).statusCode).toBe(200); // the session is now remembered
    const out = await api.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe('');
    const me = await api.app.inject({ url: '/api/me', headers });
    expect(me.statusCode).toBe(401);
    expect((await api.app.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });

  it('refuses a token without a session, even one signed with the real secret for an existing user', async () => {
    const { user } = body(await register({ email: 'nosession@example.com', password: 'password1' }));
    const minted = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('todo-chatbot')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    for (const url of ['/api/me', '/api/tasks', '/api/conversations']) {
      const response = await api.app.inject({ url, headers: { authorization: `Bearer ${minted}` } });
      expect(response.statusCode, url).toBe(401);
      expect(body(response).error.code).toBe('invalid_token');
    }
  });

  it('sets an httpOnly cookie that authenticates the web app', async () => {
    const response = await register({ email: 'cookie@example.com', password: 'password1' });
    const cookie = response.cookies.find((c) => c.name === 'todo_token');
    expect(cookie?.httpOnly).toBe(true);
    const me = await api.app.inject({ url: '/api/me', cookies: { todo_token: cookie!.value } });
    expect(me.statusCode).toBe(200);
  });

  it('changes name and timezone with PATCH /api/me, validating the timezone', async () => {
    const { token } = body(await register({ email: 'patch@example.com', password: 'password1' }));
    const headers = { authorization: `Bearer ${token}` };
    const patched = await api.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { name: 'Grace', timezone: 'Europe/Berlin' } });
    expect(patched.statusCode).toBe(200);
    expect(body(patched)).toMatchObject({ name: 'Grace', timezone: 'Europe/Berlin' });
    const bad = await api.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { timezone: 'Nowhere/Land' } });
    expect(bad.statusCode).toBe(400);
    expect(body(await api.app.inject({ url: '/api/me', headers })).timezone).toBe('Europe/Berlin');
  });

  it.each([
    ['no header', {}],
    ['a malformed header', { authorization: 'Token abc' }],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' }],
    ['garbage', { authorization: 'Bearer not-a-jwt' }],
  ])('answers 401 to /api/me with %s', async (_label, headers) => {
    const response = await api.app.inject({ url: '/api/me', headers });
    expect(response.statusCode).toBe(401);
    expect(body(response).error.code).toMatch(/^(unauthorized|invalid_token)$/);
  });
});
