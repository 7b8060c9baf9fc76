// Hostile input through every door (REST, chat, MCP, WebSocket, Web Push) against the whole embedded system over HTTP:
// no answer is a 5xx, /healthz answers within 1 s throughout (polled from a worker thread, whose event loop is not the
// server's), and a refused request writes nothing (rows counted before and after). Malformed bodies come from fast-check.
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { registerUser, startTestSystem, watchSocket, type TestSystem } from './support.js';

/** Tables a request from a user can write (the event consumers' own tables fill in later and are not counted). */
const USER_TABLES = ['users', 'sessions', 'tasks', 'conversations', 'conversation_messages', 'push_subscriptions'] as const;
const HEALTH_BUDGET_MS = 1_000;

/** Polls /healthz from its own thread; `stop()` gives the slowest answer and any failure. */
function watchHealth(url: string): { stop(): Promise<{ worstMs: number; polls: number; failures: string[] }> } {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     let running = true, worstMs = 0, polls = 0; const failures = [];
     parentPort.on('message', () => { running = false; });
     (async () => {
       while (running) {
         const started = performance.now();
         try {
           const answer = await fetch(workerData.url, { signal: AbortSignal.timeout(10000) });
           await answer.text();
           if (answer.status !== 200) failures.push('status ' + answer.status);
         } catch (error) { failures.push(String(error)); }
         worstMs = Math.max(worstMs, performance.now() - started);
         polls += 1;
         await new Promise((resolve) => setTimeout(resolve, 50));
       }
       parentPort.postMessage({ worstMs, polls, failures });
     })();`,
    { eval: true, workerData: { url: `${url}/healthz` } },
  );
  return {
    stop: async () => {
      const report = new Promise<{ worstMs: number; polls: number; failures: string[] }>((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      const result = await report;
      await worker.terminate();
      return result;
    },
  };
}

interface Sent {
  status: number;
  body: any;
}

describe('hostile input (embedded, over HTTP)', () => {
  let t: TestSystem;
  let health: ReturnType<typeof watchHealth>;
  let alice: { token: string; userId: string };
  let bob: { token: string; userId: string };
  let aliceTask: any;
  let aliceConversation: string;

  const counts = async (): Promise<Record<string, number>> => {
    const union = USER_TABLES.map((table) => `select '${table}' as t, count(*)::int as n from ${table}`).join(' union all ');
    const result = (await t.system.database.db.execute(sql.raw(union))) as unknown as { rows: { t: string; n: number }[] };
    return Object.fromEntries(result.rows.map((row) => [row.t, row.n]));
  };

  /** One raw request: never a 5xx; a refused one (4xx) leaves every user table as it was. */
  const send = async (method: string, path: string, init: { token?: string; body?: string; type?: string; headers?: Record<string, string> } = {}): Promise<Sent> => {
    const before = await counts();
    const response = await fetch(`${t.url}${path}`, {
      method,
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined ? { 'content-type': init.type ?? 'application/json' } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await response.text();
    const label = `${method} ${path} ${init.body?.slice(0, 200) ?? ''} → ${response.status} ${text.slice(0, 200)}`;
    expect(response.status, label).toBeLessThan(500);
    if (response.status >= 400) expect(await counts(), label).toEqual(before);
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (e.g. an SSE stream): the text is the body
    }
    return { status: response.status, body };
  };
  const sendJson = (method: string, path: string, token: string | undefined, value: unknown) =>
    send(method, path, { ...(token ? { token } : {}), body: JSON.stringify(value) });
  /** A refusal with one of these statuses, in the contract's error shape. */
  const refused = (sent: Sent, ...statuses: number[]) => {
    expect(statuses, JSON.stringify(sent.body).slice(0, 300)).toContain(sent.status);
    expect(sent.body, JSON.stringify(sent.body).slice(0, 300)).toMatchObject({ error: { code: expect.stringMatching(/^[a-z_]+$/), message: expect.any(String) } });
  };

  beforeAll(async () => {
    t = await startTestSystem();
    alice = await registerUser(t.url, 'Asia/Karachi');
    bob = await registerUser(t.url);
    aliceTask = (await sendJson('POST', '/api/tasks', alice.token, { title: 'alice only', description: 'secret', tags: ['mine'] })).body;
    aliceConversation = (await sendJson('POST', '/api/chat', alice.token, { message: 'show my tasks' })).body.conversationId;
    // The interpreter's first multi-command turn compiles its grammar (~0.3 s of CPU, once per process): a cold start,
    // not hostile input, so it happens before /healthz is watched.
    await sendJson('POST', '/api/chat', bob.token, { message: 'add warm up every day; delete warm up' });
    health = watchHealth(t.url);
  }, 240_000); // PGlite's first start is slow on a busy machine
  afterAll(async () => {
    await t?.close();
  });

  // Values that are never a valid task title.
  const badTitle = fc.oneof(
    fc.constantFrom('', '   ', '\n\t', null, true, 0, [], {}),
    fc.integer(),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${'x'.repeat(201)}${s}`),
    fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
  );
  // Values that are never valid for the other task fields.
  const badField = fc.oneof(
    fc.record({ dueAt: fc.constantFrom('tomorrow', '2026-02-30T09:00:00Z', '2026-01-01T09:00:00', '99999-01-01T00:00:00Z', 17, '0000-01-01T00:00:00Z') }),
    fc.record({ priority: fc.string({ maxLength: 10 }).filter((p) => !['low', 'medium', 'high'].includes(p)) }),
    fc.record({ tags: fc.array(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 21, maxLength: 30 }) }),
    fc.record({ tags: fc.constantFrom(['a,b'], [''], ['x'.repeat(41)], 'mine', [1, 2]) }),
    fc.record({ description: fc.constantFrom('d'.repeat(5001), 12, ['d']) }),
    fc.record({ reminderMinutesBefore: fc.constantFrom(-1, 525_601, 1.5, '10') }),
    fc.record({ recurrence: fc.oneof(fc.constantFrom('hourly', 'every day', 7, { rule: '' }, { rule: 'FREQ=SECONDLY' }, { rule: 'FREQ=DAILY;INTERVAL=0' }), fc.string({ maxLength: 40 }).map((rule) => ({ rule: `X${rule}` }))) }),
    fc.record({ title: badTitle }),
  );

  it('REST: fast-check bodies that are not a valid task are 400 and store nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), badField.map((bad) => ({ title: 'ok', ...bad }))), async (value) => {
        const sent = await sendJson('POST', '/api/tasks', alice.token, value);
        refused(sent, 400);
        refused(await sendJson('PATCH', `/api/tasks/${aliceTask.id}`, alice.token, value), 400);
      }),
      { numRuns: 60 },
    );
  });

  it('REST: broken JSON, other content types, a deep or huge body, odd ids and queries are refused', async () => {
    for (const body of ['{', '{"title":', '{"title":"x"}}', '\u0000', 'null', '[]', '"x"', '{"title":"\\ud800"}', '{"title":"a\\u0000b"}']) {
      refused(await send('POST', '/api/tasks', { token: alice.token, body }), 400);
    }
    refused(await send('POST', '/api/tasks', { token: alice.token, body: 'title=x', type: 'application/x-www-form-urlencoded' }), 415);
    refused(await send('POST', '/api/tasks', { token: alice.token, body: '<task/>', type: 'text/xml' }), 415);
    refused(await send('POST', '/api/tasks', { token: alice.token, body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` }), 400);
    refused(await send('POST', '/api/tasks', { token: alice.token, body: JSON.stringify({ title: 'big', description: 'x'.repeat(2 * 1024 * 1024) }) }), 413);
    for (const id of ['..%2F..%2Fetc', '%00', '%E0%A4%A', 'x'.repeat(300), 'x'.repeat(5_000), encodeURIComponent("' or 1=1 --"), '00000000-0000-0000-0000-000000000000']) {
      // (an over-long segment is a 414 from the router, or a 404 where a wildcard route such as the web app's catches it)
      refused(await send('GET', `/api/tasks/${id}`, { token: alice.token }), 400, 404, 414);
      refused(await sendJson('PATCH', `/api/tasks/${id}`, alice.token, { title: 'renamed' }), 400, 404, 414);
      refused(await send('POST', `/api/tasks/${id}/complete`, { token: alice.token }), 400, 404, 414);
      refused(await send('DELETE', `/api/tasks/${id}`, { token: alice.token }), 400, 404, 414);
    }
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('status', 'q', 'priority', 'tags', 'dueFrom', 'dueTo', 'overdue', 'hasDue', 'sort', 'order', 'limit', 'cursor', 'zzz'), fc.string({ maxLength: 30 }), { maxKeys: 4 }),
        async (query) => {
          const sent = await send('GET', `/api/tasks?${new URLSearchParams(query).toString()}`, { token: alice.token });
          expect([200, 400]).toContain(sent.status);
          if (sent.status === 200) expect(sent.body.items.every((task: { id: string }) => typeof task.id === 'string')).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    refused(await send('GET', `/api/tasks?limit=201`, { token: alice.token }), 400);
    refused(await send('GET', `/api/tasks?cursor=${Buffer.from('{"v":"2026-02-30T00:00:00Z","id":"x"}').toString('base64url')}`, { token: alice.token }), 400);
  });

  it('REST: forged, foreign and missing credentials are 401, and another user\'s task is 404 and stays as it was', async () => {
    const forged = `${alice.token.split('.').slice(0, 2).join('.')}.${Buffer.from('not the signature').toString('base64url')}`;
    const none = `eyJhbGciOiJub25lIn0.${alice.token.split('.')[1]}.`;
    for (const token of [forged, none, 'x', 'Bearer', '.'.repeat(3), 'a'.repeat(5_000)]) {
      refused(await sendJson('POST', '/api/tasks', token, { title: 'forged' }), 401);
      refused(await send('GET', '/api/tasks', { token }), 401);
    }
    refused(await sendJson('POST', '/api/tasks', undefined, { title: 7 }), 401); // unauthenticated and malformed: 401 first
    refused(await send('GET', `/api/tasks/${aliceTask.id}`, { token: bob.token }), 404);
    refused(await sendJson('PATCH', `/api/tasks/${aliceTask.id}`, bob.token, { title: 'mine now' }), 404);
    refused(await send('POST', `/api/tasks/${aliceTask.id}/complete`, { token: bob.token }), 404);
    refused(await send('DELETE', `/api/tasks/${aliceTask.id}`, { token: bob.token }), 404);
    refused(await send('GET', `/api/conversations/${aliceConversation}`, { token: bob.token }), 404);
    for (const body of [{}, { email: 'x' }, { email: 'a@b.c', password: 'short' }, { email: 'a@b.c', password: 'p'.repeat(129) }, { email: 'a@b.c', password: 'long enough', timezone: 'Mars/Olympus' }, []]) {
      refused(await sendJson('POST', '/api/auth/register', undefined, body), 400);
    }
    refused(await sendJson('POST', '/api/auth/login', undefined, { email: 'nobody@example.com', password: 'whatever it is' }), 401);
    refused(await sendJson('POST', '/api/auth/login', undefined, { email: { $ne: '' }, password: { $ne: '' } }), 400);
    expect((await send('GET', `/api/tasks/${aliceTask.id}`, { token: alice.token })).body).toEqual(aliceTask);
  });

  it('chat: malformed bodies are 400; hostile messages get a reply, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
          fc.record({ message: fc.oneof(fc.constantFrom('', '   ', null, 42, ['hi']), fc.string({ minLength: 1, maxLength: 5 }).map((s) => `${'m'.repeat(4001)}${s}`)) }),
          fc.record({ message: fc.constant('hi'), conversationId: fc.constantFrom('', 'x'.repeat(101), 12) }),
        ),
        async (value) => {
          refused(await sendJson('POST', '/api/chat', alice.token, value), 400);
        },
      ),
      { numRuns: 40 },
    );
    refused(await sendJson('POST', '/api/chat', bob.token, { message: 'delete everything', conversationId: aliceConversation }), 404);
    refused(await sendJson('POST', `/api/${alice.userId}/chat`, bob.token, { message: 'show my tasks' }), 403, 404);
    // Text PostgreSQL cannot store (NUL, a lone surrogate) is refused at the door, before any tool runs.
    for (const message of ['add a\u0000b tomorrow', 'add \ud800 broken surrogate']) refused(await sendJson('POST', '/api/chat', bob.token, { message }), 400);
    const hostile = [
      "add '); drop table tasks; -- every day",
      'add x every 1001 days',
      'add wake up every hour at 10 with interval 24',
      'delete all my tasks',
      `add ${'word '.repeat(790)}`,
      'show all tasks of user ' + alice.userId,
      '\u202eevil\u202c add rtl',
      '{{7*7}} ${process.exit()} <script>alert(1)</script>',
    ];
    for (const message of hostile) {
      const sent = await sendJson('POST', '/api/chat', bob.token, { message });
      expect(sent.status, message).toBe(200);
      expect(typeof sent.body.reply).toBe('string');
    }
    const streamed = await send('POST', '/api/chat', { token: bob.token, body: JSON.stringify({ message: 'add <img src=x onerror=alert(1)> by stream' }), headers: { accept: 'text/event-stream' } });
    expect(streamed.status).toBe(200);
    // Bob's turns never reached Alice's task.
    expect((await send('GET', `/api/tasks/${aliceTask.id}`, { token: alice.token })).body).toEqual(aliceTask);
  });

  it('MCP: bad JSON-RPC and bad tool arguments are errors, not 5xx, and another user\'s task is not found', async () => {
    for (const body of ['{', '[]', '{"jsonrpc":"1.0","method":"tools/list","id":1}', '{"jsonrpc":"2.0","method":"no/such","id":1}', JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'add_task' } })]) {
      const sent = await send('POST', '/mcp', { token: alice.token, body, headers: { accept: 'application/json, text/event-stream' } });
      expect(sent.status, body).toBeLessThan(500);
    }
    refused(await send('POST', '/mcp', { body: '{"jsonrpc":"2.0","method":"tools/list","id":1}', headers: { accept: 'application/json, text/event-stream' } }), 401);
    const transport = new StreamableHTTPClientTransport(new URL(`${t.url}/mcp`), { requestInit: { headers: { authorization: `Bearer ${bob.token}` } } });
    const client = new Client({ name: 'hostile', version: '1.0.0' });
    await client.connect(transport);
    try {
      const before = await counts();
      const bad = [
        { name: 'add_task', arguments: { title: 'x'.repeat(201) } },
        { name: 'add_task', arguments: { title: 'x', recurrence: { rule: 'FREQ=HOURLY;INTERVAL=24;BYHOUR=10' }, dueAt: '2030-01-01T09:00:00Z' } },
        { name: 'add_task', arguments: { title: 'a\u0000b' } },
        { name: 'add_task', arguments: { title: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } },
        { name: 'update_task', arguments: { taskId: aliceTask.id, title: 'stolen' } },
        { name: 'complete_task', arguments: { taskId: aliceTask.id } },
        { name: 'delete_task', arguments: { taskId: aliceTask.id } },
        { name: 'set_reminder', arguments: { taskId: aliceTask.id, minutesBefore: 5 } },
        { name: 'list_tasks', arguments: { limit: 10_000 } },
        { name: 'no_such_tool', arguments: {} },
      ];
      for (const call of bad) {
        const result = await client.callTool(call).catch((error: unknown) => ({ isError: true, thrown: String(error) }));
        expect(result.isError, JSON.stringify(call).slice(0, 120)).toBe(true);
      }
      expect(await counts()).toEqual(before);
    } finally {
      await client.close();
    }
    expect((await send('GET', `/api/tasks/${aliceTask.id}`, { token: alice.token })).body).toEqual(aliceTask);
  });

  it('WebSocket: forged tickets and tokens, a foreign Origin and garbage frames are refused without harm', async () => {
    for (const query of ['', 'token=forged', 'ticket=forged', `ticket=${'a'.repeat(5_000)}`, `token=${alice.token}&ticket=x`, 'token=%00']) {
      expect(await watchSocket(t.url, query).opened, query).not.toBe(101);
    }
    expect(await watchSocket(t.url, `token=${alice.token}`, { headers: { origin: 'https://evil.example' } }).opened).toBe(403);
    const socket = watchSocket(t.url, `token=${alice.token}`);
    expect(await socket.opened).toBe(101);
    socket.socket.send('not json');
    socket.socket.send(JSON.stringify({ type: 'subscribe', userId: bob.userId }));
    socket.socket.send(Buffer.alloc(128 * 1024, 1)); // over the 64 KiB frame limit: the server closes it
    expect(await socket.closed).toBe(1009);
    // Nothing Bob does reaches a socket of Alice's.
    const listening = watchSocket(t.url, `token=${alice.token}`);
    expect(await listening.opened).toBe(101);
    await sendJson('POST', '/api/tasks', bob.token, { title: 'bob private' });
    await sendJson('POST', '/api/tasks', alice.token, { title: 'alice sees this' });
    await expect.poll(() => listening.messages.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(listening.messages.every((m) => m.task?.title !== 'bob private')).toBe(true);
    listening.close();
    await listening.closed;
    const raw = new WebSocket(`${t.url.replace('http', 'ws')}/api/ws?token=${encodeURIComponent(alice.token)}`, { headers: { 'sec-websocket-protocol': 'x'.repeat(2_000) } });
    await new Promise<void>((resolve) => {
      raw.once('close', () => resolve());
      raw.once('error', () => resolve());
      raw.once('open', () => (raw.close(), resolve()));
    });
  });

  it('Web Push: endpoints that would make the server call inside its network are refused and stored nowhere', async () => {
    const keys = { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' };
    const endpoints = [
      'http://169.254.169.254/latest/meta-data/',
      'https://169.254.169.254/x',
      'https://127.0.0.1/x',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://10.0.0.1/x',
      'https://192.168.1.1/x',
      'https://0.0.0.0/x',
      'https://2130706433/x',
      'https://0x7f.1/x',
      'file:///etc/passwd',
      'gopher://example.com/x',
      'javascript:alert(1)',
      `https://${'a'.repeat(3_000)}.example/x`,
    ];
    for (const endpoint of endpoints) refused(await sendJson('POST', '/api/push/subscriptions', alice.token, { endpoint, keys }), 400);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        refused(await sendJson('POST', '/api/push/subscriptions', alice.token, value), 400);
      }),
      { numRuns: 30 },
    );
    refused(await sendJson('POST', '/api/push/subscriptions', undefined, { endpoint: 'https://93.184.215.14/push', keys }), 401);
  });

  it('recurrence: rules that could hang are refused or computed, and completing what was accepted never stalls the server', async () => {
    const rules = [
      'FREQ=HOURLY;INTERVAL=24;BYHOUR=10',
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=DAILY;BYMONTHDAY=31;BYMONTH=4,6,9,11',
      'FREQ=DAILY;BYSETPOS=366',
      'FREQ=HOURLY;BYMINUTE=0,15,30,45;BYSECOND=0,30',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO',
      'FREQ=MINUTELY;INTERVAL=1440;BYHOUR=3',
      'FREQ=DAILY;COUNT=2',
      'FREQ=YEARLY;BYWEEKNO=53;BYDAY=SU',
    ];
    const accepted: string[] = [];
    const continuing: string[] = [];
    for (const [i, rule] of rules.entries()) {
      for (const dueAt of ['2030-01-01T09:00:00Z', '1900-01-01T00:00:00Z']) {
        const sent = await sendJson('POST', '/api/tasks', alice.token, { title: `series ${i}`, dueAt, recurrence: { rule } });
        expect([201, 400], `${rule} ${dueAt}`).toContain(sent.status);
        if (sent.status === 201) accepted.push(sent.body.id);
        // Two occurrences from 1900 are both long past: that series ends with this completion.
        if (sent.status === 201 && !(rule.includes('COUNT') && dueAt.startsWith('1900'))) continuing.push(sent.body.id);
      }
    }
    expect(accepted.length).toBeGreaterThan(0);
    for (const id of accepted) expect((await send('POST', `/api/tasks/${id}/complete`, { token: alice.token })).status).toBe(200);
    // The recurring-task consumer computes each next occurrence after the request: wait until every continuing series has one.
    const pendingFollowUps = async () => {
      const listed = await send('GET', '/api/tasks?status=pending&limit=200', { token: alice.token });
      return new Set(listed.body.items.map((task: { previousTaskId: string | null }) => task.previousTaskId));
    };
    await expect
      .poll(async () => {
        const followed = await pendingFollowUps();
        return continuing.filter((id) => !followed.has(id));
      }, { timeout: 60_000, interval: 500 })
      .toEqual([]);
  });

  it('/healthz answered within 1 s all along', async () => {
    const report = await health.stop();
    expect(report.failures).toEqual([]);
    expect(report.polls).toBeGreaterThan(10);
    expect(report.worstMs).toBeLessThan(HEALTH_BUDGET_MS);
  });
});
