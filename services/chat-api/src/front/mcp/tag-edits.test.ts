// update_task's addTags/removeTags over MCP under concurrency: each edit applies to the tags read inside its own transaction,
// so ten simultaneous edits of one task lose none (PostgreSQL runs them on separate connections).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { testDatabaseKinds } from '@todo/platform/testing';
import { startChatTestServer, type ChatTestServer } from '../chat/test-bed.js';

function parsed(result: unknown): any {
  return JSON.parse((result as { content: Array<{ text: string }> }).content[0]?.text ?? 'null');
}

for (const kind of testDatabaseKinds()) {
  describe(`update_task tag edits (${kind.name})`, () => {
    let server: ChatTestServer;
    let clients: Client[];

    beforeAll(async () => {
      server = await startChatTestServer(await kind.open());
      const alice = await server.signUp('UTC');
      clients = [];
      for (let i = 0; i < 2; i += 1) {
        const client = new Client({ name: 'tag-edits', version: '1.0.0' });
        await client.connect(new StreamableHTTPClientTransport(new URL(`${server.baseUrl}/mcp`), { requestInit: { headers: alice.headers } }));
        clients.push(client);
      }
    }, 120_000);
    afterAll(async () => {
      await Promise.all((clients ?? []).map((client) => client.close()));
      await server?.close();
    });

    it('ten concurrent addTags/removeTags calls on one task all take effect', async () => {
      const task = parsed(await clients[0]!.callTool({ name: 'add_task', arguments: { title: 'Tagged', tags: ['old1', 'old2', 'keep'] } }));
      const edits = Array.from({ length: 10 }, (_, i) => ({ taskId: task.id, addTags: [`new${i}`], ...(i < 2 ? { removeTags: [`#OLD${i + 1}`] } : {}) }));
      const results = await Promise.all(edits.map((args, i) => clients[i % clients.length]!.callTool({ name: 'update_task', arguments: args })));
      expect(results.every((r) => !(r as { isError?: boolean }).isError)).toBe(true);
      const final = parsed(await clients[0]!.callTool({ name: 'search_tasks', arguments: { query: 'Tagged' } })).items[0];
      expect([...final.tags].sort()).toEqual(['keep', ...Array.from({ length: 10 }, (_, i) => `new${i}`)].sort());
    });

    it('refuses a bad added tag as a tool error and leaves the tags alone', async () => {
      const task = parsed(await clients[0]!.callTool({ name: 'add_task', arguments: { title: 'Commas', tags: ['one'] } }));
      const result = (await clients[0]!.callTool({ name: 'update_task', arguments: { taskId: task.id, addTags: ['a,b'] } })) as { isError?: boolean };
      expect(result.isError).toBe(true);
      expect(parsed(await clients[0]!.callTool({ name: 'search_tasks', arguments: { query: 'Commas' } })).items[0].tags).toEqual(['one']);
    });
  });
}
