// Hostile load on the auth doors over HTTP (issue #10 items 6–7): a login flood gets 429s while a signed-in list stays
// answered, registration is limited per client, X-Forwarded-For counts only from a TRUST_PROXY proxy, and the cookie is
// Secure when a trusted proxy says the request came over HTTPS.
import { afterEach, describe, expect, it } from 'vitest';
import { api, registerUser, startTestSystem, type TestSystem } from './support.js';

let running: TestSystem | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

const login = (base: string, email: string, headers: Record<string, string> = {}) =>
  post(base, '/api/auth/login', { email, password: 'wrong password guess' }, headers);

describe('auth under hostile load', () => {
  it('a login flood with different unknown emails gets 429 rate_limited with Retry-After, and a signed-in list stays answered', async () => {
    running = await startTestSystem({}, { authRateLimits: { loginPerClient: { max: 20, timeWindowMs: 60_000 } } });
    const { url } = running;
    const { token } = await registerUser(url);

    const flood = Array.from({ length: 60 }, (_, i) => login(url, `flood-${i}@example.com`));
    const lists = Array.from({ length: 10 }, () => api(url, 'GET', '/api/tasks', { token }));
    const [answers, listed] = await Promise.all([Promise.all(flood), Promise.all(lists)]);

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(40);
    const limited = answers.find((answer) => answer.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect(listed.map((answer) => answer.status)).toEqual(Array(10).fill(200));
  }, 120_000);

  it('sequential logins from one client with a new email each time are limited per client (one at a time, below the gate)', async () => {
    running = await startTestSystem({ TRUST_PROXY: 'loopback' }, { authRateLimits: { loginPerClient: { max: 5, timeWindowMs: 60_000 } } });
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await login(running.url, `one-by-one-${i}@example.com`, attacker)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Another client is not limited by this one's count.
    expect((await login(running.url, 'someone@example.com', { 'x-forwarded-for': '198.51.100.1' })).status).toBe(401);
  }, 120_000);

  it('the hashing gate refuses what it cannot queue with 429 even below the per-client limits', async () => {
    running = await startTestSystem({}, { hashing: { concurrency: 1, maxWaiting: 1 } });
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(running!.url, `gate-${i}@example.com`)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses).toContain(429);
    expect(statuses).toContain(401);
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
  }, 120_000);

  it('registration is limited per client', async () => {
    running = await startTestSystem({}, { authRateLimits: { registerPerClient: { max: 3, timeWindowMs: 60_000 } } });
    const register = (i: number) => post(running!.url, '/api/auth/register', { email: `reg-${i}-${Date.now()}@example.com`, password: 'correct horse battery' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await register(i)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  }, 120_000);

  it('X-Forwarded-For is ignored unless TRUST_PROXY names the proxy', async () => {
    const oneEmailLimit = { authRateLimits: { loginPerClientAndEmail: { max: 2, timeWindowMs: 60_000 } } };
    // Untrusted: every forged address is the same client (the socket), so the third try is limited.
    running = await startTestSystem({}, oneEmailLimit);
    const untrusted = [];
    for (let i = 0; i < 3; i += 1) untrusted.push((await login(running.url, 'owner@example.com', { 'x-forwarded-for': `203.0.113.${i}` })).status);
    expect(untrusted).toEqual([401, 401, 429]);
    await running.close();

    // Trusted loopback proxy: each forwarded client has its own counter, so one attacker does not lock others out.
    running = await startTestSystem({ TRUST_PROXY: 'loopback' }, oneEmailLimit);
    const attacker = { 'x-forwarded-for': '203.0.113.7' };
    const attacks = [];
    for (let i = 0; i < 3; i += 1) attacks.push((await login(running.url, 'owner@example.com', attacker)).status);
    expect(attacks).toEqual([401, 401, 429]);
    expect((await login(running.url, 'owner@example.com', { 'x-forwarded-for': '198.51.100.9' })).status).toBe(401);
  }, 120_000);

  it('the session cookie is Secure over HTTPS forwarded by a trusted proxy, not on a forged X-Forwarded-Proto', async () => {
    const body = (tag: string) => ({ email: `cookie-${tag}-${Date.now()}@example.com`, password: 'correct horse battery' });
    running = await startTestSystem({ TRUST_PROXY: 'loopback' });
    const forwarded = await post(running.url, '/api/auth/register', body('https'), { 'x-forwarded-proto': 'https' });
    expect(forwarded.status).toBe(201);
    expect(forwarded.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const plain = await post(running.url, '/api/auth/register', body('http'));
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    await running.close();

    running = await startTestSystem({});
    const forged = await post(running.url, '/api/auth/register', body('forged'), { 'x-forwarded-proto': 'https' });
    expect(forged.status).toBe(201);
    expect(forged.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  }, 120_000);
});
