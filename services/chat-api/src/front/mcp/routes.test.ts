// The MCP server over real HTTP with the SDK's own client: the seven tools, bound to the bearer, and 401 without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { testDatabaseKinds } from '@todo/platform/testing';
import { startChatTestServer, type ChatTestServer } from '../chat/test-bed.js';

async function connect(server: ChatTestServer, token?: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(`${server.baseUrl}/mcp`), {
    requestInit: token ? { headers: { authorization: `Bearer ${token}` } } : {},
  });
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

function parsed(result: unknown): any {
  const content = (result as { content: Array<{ type: string; text: string }> }).content;
  return JSON.parse(content[0]?.text ?? 'null');
}

for (const kind of testDatabaseKinds()) {
  describe(`MCP server (${kind.name})`, () => {
    let server: ChatTestServer;
    let alice: Awaited<ReturnType<ChatTestServer['signUp']>>;
    let bob: Awaited<ReturnType<ChatTestServer['signUp']>>;
    let client: Client;

    beforeAll(async () => {
      server = await startChatTestServer(await kind.open());
      alice = await server.signUp('Europe/Berlin');
      bob = await server.signUp('UTC');
      client = await connect(server, alice.token);
    });
    afterAll(async () => {
      await client.close();
      await server.close();
    });

    it('lists the seven task tools with JSON-schema inputs and no user parameter', async () => {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(
        ['add_task', 'complete_task', 'delete_task', 'list_tasks', 'search_tasks', 'set_reminder', 'update_task'].sort(),
      );
      for (const tool of tools) {
        expect(tool.inputSchema.type).toBe('object');
        expect(Object.keys(tool.inputSchema.properties ?? {}).some((p) => /user/i.test(p))).toBe(false);
      }
      const add = tools.find((t) => t.name === 'add_task');
      expect(add?.inputSchema.required).toContain('title');
    });

    it('adds, finds, updates, reminds, completes and deletes the bearer\'s tasks', async () => {
      const created = parsed(await client.callTool({ name: 'add_task', arguments: { title: 'File taxes', dueAt: 'tomorrow at 9am', priority: 'high', tags: ['Finance'] } }));
      // 2026-11-25T14:00Z; Berlin is UTC+1 in November: tomorrow 09:00 there is 08:00Z.
      expect(created).toMatchObject({ title: 'File taxes', priority: 'high', tags: ['finance'], dueAt: '2026-11-26T08:00:00.000Z' });

      const found = parsed(await client.callTool({ name: 'search_tasks', arguments: { query: 'taxes' } }));
      expect(found.items.map((t: { id: string }) => t.id)).toEqual([created.id]);

      const updated = parsed(await client.callTool({ name: 'update_task', arguments: { taskId: created.id, addTags: ['home'], recurrence: 'yearly' } }));
      expect(updated.tags).toEqual(['finance', 'home']);
      expect(updated.recurrence.rule).toBe('FREQ=YEARLY');

      const reminded = parsed(await client.callTool({ name: 'set_reminder', arguments: { taskId: created.id, minutesBefore: 60 } }));
      expect(reminded.remindAt).toBe('2026-11-26T07:00:00.000Z');

      const listed = parsed(await client.callTool({ name: 'list_tasks', arguments: { priority: ['high'] } }));
      expect(listed.count).toBe(1);

      const completed = parsed(await client.callTool({ name: 'complete_task', arguments: { taskId: created.id } }));
      expect(completed.status).toBe('completed');

      const deleted = parsed(await client.callTool({ name: 'delete_task', arguments: { taskId: created.id } }));
      expect(deleted).toEqual({ deleted: true, taskId: created.id, title: 'File taxes' });
      const after = await fetch(`${server.baseUrl}/api/tasks/${created.id}`, { headers: alice.headers });
      expect(after.status).toBe(404);
    });

    it('never reaches another user\'s task, even by id', async () => {
      const response = await fetch(`${server.baseUrl}/api/tasks`, {
        method: 'POST',
        headers: { ...bob.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ title: "Bob's secret" }),
      });
      const bobs = (await response.json()) as { id: string };
      const attempt = await client.callTool({ name: 'delete_task', arguments: { taskId: bobs.id } });
      expect(attempt.isError).toBe(true);
      expect(parsed(attempt).error.code).toMatch(/not_found/);
      const search = parsed(await client.callTool({ name: 'search_tasks', arguments: { query: 'secret' } }));
      expect(search.items).toEqual([]);
      const still = await fetch(`${server.baseUrl}/api/tasks/${bobs.id}`, { headers: bob.headers });
      expect(still.status).toBe(200);
    });

    it('reports invalid tool input as a tool error', async () => {
      const result = await client.callTool({ name: 'add_task', arguments: { title: 'x', dueAt: 'when pigs fly' } });
      expect(result.isError).toBe(true);
    });

    it('refuses a client without a valid bearer token with 401', async () => {
      await expect(connect(server)).rejects.toMatchObject({ code: 401 });
      await expect(connect(server, 'not-a-token')).rejects.toMatchObject({ code: 401 });
      const raw = await fetch(`${server.baseUrl}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      expect(raw.status).toBe(401);
      expect(raw.headers.get('www-authenticate')).toMatch(/Bearer/);
    });
  });
}
