// A repetition the domain refuses is explained, never an HTTP error: chat answers 200 with what is wrong, MCP a tool error,
// and nothing is created either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { testDatabaseKinds } from '@todo/platform/testing';
import { startChatTestServer, type ChatTestServer } from './test-bed.js';

type User = Awaited<ReturnType<ChatTestServer['signUp']>>;

for (const kind of testDatabaseKinds()) {
  describe(`an impossible repetition (${kind.name})`, () => {
    let server: ChatTestServer;
    let alice: User;

    beforeAll(async () => {
      server = await startChatTestServer(await kind.open());
      alice = await server.signUp('UTC');
    });
    afterAll(() => server.close());

    async function taskCount(): Promise<number> {
      const response = await fetch(`${server.baseUrl}/api/tasks?status=all`, { headers: alice.headers });
      return ((await response.json()) as { items: unknown[] }).items.length;
    }

    it('in chat gets a 200 reply naming the problem and creates nothing', async () => {
      const response = await fetch(`${server.baseUrl}/api/chat`, {
        method: 'POST',
        headers: { ...alice.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'add x every 1001 days' }),
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { reply: string };
      expect(body.reply).toMatch(/INTERVAL/);
      expect(body.reply).toMatch(/1000/);
      expect(await taskCount()).toBe(0);
    });

    it('through MCP add_task is a tool error, and the server goes on answering', async () => {
      const transport = new StreamableHTTPClientTransport(new URL(`${server.baseUrl}/mcp`), { requestInit: { headers: alice.headers } });
      const client = new Client({ name: 'bad-recurrence', version: '1.0.0' });
      await client.connect(transport);
      try {
        for (const recurrence of ['every 1001 days', 'FREQ=HOURLY;INTERVAL=24;BYHOUR=10', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'FREQ=SECONDLY', 'sometimes']) {
          const result = (await client.callTool({ name: 'add_task', arguments: { title: 'x', dueAt: '2030-01-01T09:00:00Z', recurrence } })) as {
            isError?: boolean;
            content: Array<{ text: string }>;
          };
          expect(result.isError, recurrence).toBe(true);
          expect(JSON.parse(result.content[0]!.text).error.code).toMatch(/invalid_(recurrence|request)/);
        }
        expect(await taskCount()).toBe(0);
        expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
      } finally {
        await client.close();
      }
    });
  });
}
