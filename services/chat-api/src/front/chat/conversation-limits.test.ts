// Conversations stay bounded over real HTTP: a turn stores ids, titles and counts (not the tools' full results), messages come
// in pages, and text PostgreSQL cannot store (NUL from a model's tool arguments) never turns a finished turn into a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@todo/platform/testing';
import { startFakeLlmServer, type FakeLlmServer, type ScriptedReply } from '@todo/assistant/testing';
import { startChatTestServer, type ChatTestServer } from './test-bed.js';
import { CHAT_LIMITS } from './compact.js';

type User = Awaited<ReturnType<ChatTestServer['signUp']>>;

async function post(server: ChatTestServer, user: User, url: string, payload: unknown) {
  const response = await fetch(`${server.baseUrl}${url}`, { method: 'POST', headers: { ...user.headers, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) as Record<string, any> };
}

async function get(server: ChatTestServer, user: User, url: string) {
  const response = await fetch(`${server.baseUrl}${url}`, { headers: user.headers });
  const text = await response.text();
  return { status: response.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) as Record<string, any> };
}

for (const kind of testDatabaseKinds()) {
  describe(`conversation limits (${kind.name})`, () => {
    let server: ChatTestServer;
    let alice: User;

    beforeAll(async () => {
      server = await startChatTestServer(await kind.open());
      alice = await server.signUp('UTC');
    });
    afterAll(() => server.close());

    it('stores and returns what a reply needs of a long task list, not 30 × 5000-character descriptions', async () => {
      for (let i = 0; i < 30; i += 1) {
        const created = await post(server, alice, '/api/tasks', { title: `Task number ${i}`, description: `${i} ${'d'.repeat(4990)}` });
        expect(created.status).toBe(201);
      }
      const first = await post(server, alice, '/api/chat', { message: 'show all my tasks' });
      expect(first.status).toBe(200);
      const list = first.body.actions.find((a: { tool: string }) => a.tool === 'list_tasks' || a.tool === 'search_tasks');
      expect(list.output.count).toBe(30);
      expect(list.output.items).toHaveLength(CHAT_LIMITS.listedTasks);
      expect(list.output.items[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.stringMatching(/^Task number/) }));
      expect(JSON.stringify(first.body)).not.toContain('ddddd');
      for (let turn = 0; turn < 2; turn += 1) {
        expect((await post(server, alice, '/api/chat', { message: 'show all my tasks', conversationId: first.body.conversationId })).status).toBe(200);
      }
      const stored = await get(server, alice, `/api/conversations/${first.body.conversationId}`);
      expect(stored.status).toBe(200);
      expect(stored.body.messages).toHaveLength(6);
      expect(stored.body.messages[1].actions[0].output.count).toBe(30);
      // Full outputs would be 3 × 30 × 5000 characters; what is kept is ids and titles.
      expect(stored.bytes).toBeLessThan(40_000);
      expect(stored.body.nextCursor).toBeNull();
    });

    it('pages a conversation\'s messages newest first, each page oldest first, with an opaque cursor', async () => {
      const bob = await server.signUp('UTC');
      const first = await post(server, bob, '/api/chat', { message: 'add message 0' });
      const id = first.body.conversationId as string;
      for (let i = 1; i < 5; i += 1) await post(server, bob, '/api/chat', { message: `add message ${i}`, conversationId: id });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Awaited<ReturnType<typeof get>> = await get(server, bob, `/api/conversations/${id}?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.messages.length).toBeLessThanOrEqual(4);
        seen.unshift(...page.body.messages.map((m: { role: string; content: string }) => (m.role === 'user' ? m.content : 'reply')));
        cursor = page.body.nextCursor as string | null;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(3);
      expect(seen).toEqual(['add message 0', 'reply', 'add message 1', 'reply', 'add message 2', 'reply', 'add message 3', 'reply', 'add message 4', 'reply']);
      expect((await get(server, bob, `/api/conversations/${id}?cursor=bm9wZQ`)).status).toBe(400);
      expect((await get(server, bob, `/api/conversations/${id}?limit=201`)).status).toBe(400);
      // Another user's conversation stays hidden, with or without a cursor.
      expect((await get(server, alice, `/api/conversations/${id}?limit=4`)).status).toBe(404);
    });
  });

  describe(`a model's tool arguments with NUL characters (${kind.name})`, () => {
    let llm: FakeLlmServer;
    let server: ChatTestServer;
    let script: (step: number) => ScriptedReply;
    let offset = 0;

    beforeAll(async () => {
      llm = await startFakeLlmServer((_request, index) => script(index - offset));
      server = await startChatTestServer(await kind.open(), { llm: { baseURL: llm.baseURL, apiKey: 'sk-test', model: 'scripted-model' } });
    });
    afterAll(async () => {
      await server.close();
      await llm.close();
    });

    it('answers 200 and stores the turn instead of failing after the tools ran', async () => {
      const user = await server.signUp('UTC');
      offset = llm.requests.length;
      script = (step) =>
        step === 0
          ? { toolCalls: [{ name: 'add_task', arguments: { title: 'Buy\u0000milk', description: 'x\u0000y' } }, { name: 'search_tasks', arguments: { query: 'milk\u0000' } }] }
          : { text: 'Done\u0000.' };
      const turn = await post(server, user, '/api/chat', { message: 'buy milk' });
      expect(turn.status).toBe(200);
      expect(JSON.stringify(turn.body)).not.toContain('\\u0000');
      const stored = await get(server, user, `/api/conversations/${turn.body.conversationId}`);
      expect(stored.status).toBe(200);
      expect(stored.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
      expect(stored.body.messages[1].actions.map((a: { tool: string }) => a.tool)).toEqual(['add_task', 'search_tasks']);
    });
  });
}
