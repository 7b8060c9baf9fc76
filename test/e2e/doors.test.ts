// Black-box checks of the doors issue #10 closed (push SSRF, WebSocket origin/tickets/session end/limits, headers/CSRF),
// over real HTTP and WebSocket against the embedded system.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@todo/http';
import { waitFor } from '@todo/platform/testing';
import { E2E_JWT_SECRET, api, registerUser, startTestSystem, watchSocket, type TestSystem, type WatchedSocket } from './support.js';

const sessionOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid;
const ticketFor = async (base: string, token: string): Promise<string> => {
  const answer = await api(base, 'POST', '/api/ws/ticket', { token });
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ ticket: expect.any(String) });
  return answer.body.ticket;
};
async function login(base: string, email: string): Promise<string> {
  const answer = await api(base, 'POST', '/api/auth/login', { body: { email, password: 'correct horse battery' } });
  expect(answer.status).toBe(200);
  return answer.body.token;
}

describe('doors (embedded, over HTTP)', () => {
  let t: TestSystem;
  beforeAll(async () => {
    // A fast heartbeat and a small server-wide cap, so both can be seen in a test.
    t = await startTestSystem({}, { socketLimits: { heartbeatMs: 250, total: 25 } });
  }, 240_000); // PGlite's first start is slow on a busy machine
  afterAll(async () => {
    await t?.close();
  });

  const closeAll = async (sockets: WatchedSocket[]) => {
    for (const s of sockets) s.close();
    await Promise.all(sockets.map((s) => s.closed));
  };

  it('at most 20 sockets per user (the next is closed with 1008) and 25 in the server (then 1013)', async () => {
    const alice = await registerUser(t.url);
    const bob = await registerUser(t.url);
    const open: WatchedSocket[] = [];
    try {
      for (let i = 0; i < 20; i++) open.push(watchSocket(t.url, `token=${alice.token}`));
      expect(await Promise.all(open.map((s) => s.opened))).toEqual(Array(20).fill(101));
      const extra = watchSocket(t.url, `token=${alice.token}`);
      expect(await extra.closed).toBe(1008);
      for (let i = 0; i < 5; i++) open.push(watchSocket(t.url, `token=${bob.token}`));
      expect(await Promise.all(open.slice(20).map((s) => s.opened))).toEqual(Array(5).fill(101));
      const overServer = watchSocket(t.url, `token=${bob.token}`);
      expect(await overServer.closed).toBe(1013);
      // the capped sockets still work
      await api(t.url, 'POST', '/api/tasks', { token: alice.token, body: { title: 'fan out' } });
      await waitFor(() => open.slice(0, 20).every((s) => s.messages.length === 1));
    } finally {
      await closeAll(open);
    }
  });

  it('a socket that stops answering pings is reaped; one that answers stays open', async () => {
    const user = await registerUser(t.url);
    const silent = watchSocket(t.url, `token=${user.token}`, { autoPong: false });
    const healthy = watchSocket(t.url, `token=${user.token}`);
    expect([await silent.opened, await healthy.opened]).toEqual([101, 101]);
    expect(await silent.closed).toBe(1006); // terminated: no close frame
    await new Promise((r) => setTimeout(r, 1000)); // four heartbeats
    await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'still here' } });
    await waitFor(() => healthy.messages.length === 1);
    await closeAll([healthy]);
  });

  it('browsers open sockets with a one-time ticket: it works once, is no bearer token, and needs a signed-in caller', async () => {
    const user = await registerUser(t.url);
    expect((await api(t.url, 'POST', '/api/ws/ticket')).status).toBe(401);
    const ticket = await ticketFor(t.url, user.token);
    expect((await api(t.url, 'GET', '/api/tasks', { token: ticket })).status).toBe(401);
    const first = watchSocket(t.url, `ticket=${encodeURIComponent(ticket)}`);
    expect(await first.opened).toBe(101);
    expect(await watchSocket(t.url, `ticket=${encodeURIComponent(ticket)}`).opened).toBe(401);
    expect(await watchSocket(t.url, 'ticket=forged.ticket.value').opened).toBe(401);
    await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'over the ticket' } });
    await waitFor(() => first.messages.length === 1);
    expect(first.messages[0]).toMatchObject({ type: 'task.created', task: { title: 'over the ticket' } });
    await closeAll([first]);
  });

  it('the upgrade is refused (403) for a foreign Origin, with a token, a ticket or the cookie; same-origin and origin-less clients connect', async () => {
    const user = await registerUser(t.url);
    const host = new URL(t.url).host;
    const foreign = { origin: 'https://evil.example' };
    expect(await watchSocket(t.url, `token=${user.token}`, { headers: foreign }).opened).toBe(403);
    expect(await watchSocket(t.url, `ticket=${await ticketFor(t.url, user.token)}`, { headers: foreign }).opened).toBe(403);
    expect(await watchSocket(t.url, '', { headers: { ...foreign, cookie: `todo_token=${user.token}` } }).opened).toBe(403);
    expect(await watchSocket(t.url, '', { headers: { origin: `http://${host}.evil.example`, cookie: `todo_token=${user.token}` } }).opened).toBe(403);
    expect(await watchSocket(t.url, '', { headers: { origin: 'null', cookie: `todo_token=${user.token}` } }).opened).toBe(403);
    const same = watchSocket(t.url, `ticket=${await ticketFor(t.url, user.token)}`, { headers: { origin: `http://${host}` } });
    const noOrigin = watchSocket(t.url, `token=${user.token}`);
    expect([await same.opened, await noOrigin.opened]).toEqual([101, 101]);
    await closeAll([same, noOrigin]);
  });

  it('logout closes the sockets of that session (4001) and nothing more reaches them; other sessions keep theirs', async () => {
    const email = `logout-${Date.now()}@example.com`;
    const registered = await api(t.url, 'POST', '/api/auth/register', { body: { email, password: 'correct horse battery' } });
    const laptop = registered.body.token as string;
    const phone = await login(t.url, email);
    const laptopByTicket = watchSocket(t.url, `ticket=${await ticketFor(t.url, laptop)}`);
    const laptopByToken = watchSocket(t.url, `token=${laptop}`);
    const phoneSocket = watchSocket(t.url, `ticket=${await ticketFor(t.url, phone)}`);
    expect(await Promise.all([laptopByTicket.opened, laptopByToken.opened, phoneSocket.opened])).toEqual([101, 101, 101]);
    const ticketBeforeLogout = await ticketFor(t.url, laptop);

    expect((await api(t.url, 'POST', '/api/auth/logout', { token: laptop })).status).toBe(204);
    expect(await laptopByTicket.closed).toBe(4001);
    expect(await laptopByToken.closed).toBe(4001);
    await api(t.url, 'POST', '/api/tasks', { token: phone, body: { title: 'after logout' } });
    await waitFor(() => phoneSocket.messages.length === 1);
    expect(laptopByTicket.messages).toEqual([]);
    expect(laptopByToken.messages).toEqual([]);
    // a ticket bought before the logout no longer opens anything
    expect(await watchSocket(t.url, `ticket=${ticketBeforeLogout}`).opened).toBe(401);
    await closeAll([phoneSocket]);
  });

  it('a socket closes (4001) when its token expires, whether opened with the token or with a ticket bought with it', async () => {
    const user = await registerUser(t.url);
    const shortLived = await signToken(E2E_JWT_SECRET, { id: user.userId, sessionId: sessionOf(user.token) }, new Date(), 2);
    const byToken = watchSocket(t.url, `token=${shortLived}`);
    const byTicket = watchSocket(t.url, `ticket=${await ticketFor(t.url, shortLived)}`);
    const longLived = watchSocket(t.url, `token=${user.token}`);
    expect(await Promise.all([byToken.opened, byTicket.opened, longLived.opened])).toEqual([101, 101, 101]);
    expect(await byToken.closed).toBe(4001);
    expect(await byTicket.closed).toBe(4001);
    await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'after expiry' } });
    await waitFor(() => longLived.messages.length === 1);
    expect(byToken.messages).toEqual([]);
    await closeAll([longLived]);
  });

  it('every answer carries the security headers: CSP with frame-ancestors none, nosniff, no referrer', async () => {
    for (const path of ['/', '/docs', '/api/tasks', '/healthz']) {
      const response = await fetch(`${t.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('a cookie-authenticated change needs the X-Requested-With header or this Origin (403 csrf_rejected); bearer clients need neither', async () => {
    const user = await registerUser(t.url);
    const cookie = `todo_token=${user.token}`;
    const host = new URL(t.url).host;
    const task = (await api(t.url, 'POST', '/api/tasks', { token: user.token, body: { title: 'csrf target' } })).body;
    const complete = (headers: Record<string, string>) => fetch(`${t.url}/api/tasks/${task.id}/complete`, { method: 'POST', headers });
    const statusNow = async () => (await api(t.url, 'GET', `/api/tasks/${task.id}`, { token: user.token })).body.status;

    for (const headers of [{ cookie }, { cookie, origin: 'https://evil.example' }, { cookie, origin: 'null' }] as Record<string, string>[]) {
      const refused = await complete(headers);
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as any).error.code).toBe('csrf_rejected');
    }
    expect(await statusNow()).toBe('pending');
    // reading with the cookie alone is fine
    expect((await fetch(`${t.url}/api/tasks/${task.id}`, { headers: { cookie } })).status).toBe(200);
    expect((await complete({ cookie, 'x-requested-with': 'todo-web' })).status).toBe(200);
    await api(t.url, 'POST', `/api/tasks/${task.id}/reopen`, { token: user.token });
    expect((await complete({ cookie, origin: `http://${host}` })).status).toBe(200);
    await api(t.url, 'POST', `/api/tasks/${task.id}/reopen`, { token: user.token });
    expect((await complete({ authorization: `Bearer ${user.token}` })).status).toBe(200);

    // logout with the cookie alone ends nothing
    expect((await fetch(`${t.url}/api/auth/logout`, { method: 'POST', headers: { cookie } })).status).toBe(403);
    expect((await api(t.url, 'GET', '/api/me', { token: user.token })).status).toBe(200);
    const loggedOut = await fetch(`${t.url}/api/auth/logout`, { method: 'POST', headers: { cookie, 'x-requested-with': 'todo-web' } });
    expect(loggedOut.status).toBe(204);
    expect(loggedOut.headers.get('set-cookie')).toMatch(/todo_token=;.*HttpOnly/i);
    expect((await api(t.url, 'GET', '/api/me', { token: user.token })).status).toBe(401);
  });

  it('the login cookie is httpOnly and SameSite=Lax, and not Secure over plain http', async () => {
    const response = await fetch(`${t.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `cookie-${Date.now()}@example.com`, password: 'correct horse battery' }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/todo_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
  });

  it('Web Push subscriptions accept only https: endpoints on public addresses (400 invalid_push_endpoint, nothing stored)', async () => {
    const user = await registerUser(t.url);
    const keys = { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' };
    for (const endpoint of ['http://169.254.169.254/latest/meta-data/', 'https://169.254.169.254/x', 'https://127.0.0.1:8000/x', 'https://localhost/x', 'https://[::1]/x', 'https://10.1.2.3/x', 'file:///etc/passwd']) {
      const refused = await api(t.url, 'POST', '/api/push/subscriptions', { token: user.token, body: { endpoint, keys } });
      expect(refused.status, endpoint).toBe(400);
      expect(refused.body.error.code, endpoint).toMatch(/^invalid_(push_endpoint|request)$/);
    }
    const stored = async () => ((await t.system.database.db.execute(sql`select count(*)::int as n from push_subscriptions`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    expect(await stored()).toBe(0);
    const accepted = await api(t.url, 'POST', '/api/push/subscriptions', { token: user.token, body: { endpoint: 'https://93.184.215.14/push/abc', keys } });
    expect(accepted.status).toBe(204);
    expect(await stored()).toBe(1);
  });
});
