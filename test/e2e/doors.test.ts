// Black-box checks of the doors issue #10 closed (push SSRF, WebSocket origin/tickets/session end/limits, headers/CSRF),
// over real HTTP and WebSocket against the embedded system.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, registerUser, startTestSystem, type TestSystem } from './support.js';

describe('doors (embedded, over HTTP)', () => {
  let t: TestSystem;
  beforeAll(async () => {
    t = await startTestSystem();
  });
  afterAll(async () => {
    await t?.close();
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
