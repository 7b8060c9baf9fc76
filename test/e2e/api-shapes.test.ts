// The shapes the web app imports from @todo/domain are the shapes the server answers: the audit log, the task page, the
// notification list, a chat reply and a conversation each parse with the domain's schema, strictly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuditPageSchema, ChatReplySchema, ConversationListSchema, ConversationSchema, NotificationListSchema, TaskPageSchema } from '@todo/domain';
import { api, registerUser, startTestSystem, type TestSystem } from './support.js';

/** Parses `value` with `schema` made strict at the top level, so a field the server adds and the type lacks is caught. */
function parsesStrictly(schema: z.ZodObject, value: unknown): void {
  const result = schema.strict().safeParse(value);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
}

describe('the web app types and the server', () => {
  let t: TestSystem;
  let token: string;
  beforeAll(async () => {
    t = await startTestSystem();
    token = (await registerUser(t.url)).token;
  }, 180_000);
  afterAll(() => t.close());

  it('tasks, audit entries and notifications answer in the domain shapes', async () => {
    const task = (await api(t.url, 'POST', '/api/tasks', { token, body: { title: 'shape check' } })).body;
    await api(t.url, 'PATCH', `/api/tasks/${task.id}`, { token, body: { title: 'shape checked', priority: 'high' } });
    parsesStrictly(TaskPageSchema, (await api(t.url, 'GET', '/api/tasks', { token })).body);
    parsesStrictly(NotificationListSchema, (await api(t.url, 'GET', '/api/notifications', { token })).body);

    let audit: z.infer<typeof AuditPageSchema> = { items: [] };
    for (let tries = 0; tries < 50 && audit.items.length < 2; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      audit = (await api(t.url, 'GET', `/api/audit?taskId=${task.id}`, { token })).body;
    }
    parsesStrictly(AuditPageSchema, audit);
    const update = audit.items.find((entry) => entry.type === 'task.updated');
    expect(update?.data.changes?.title).toEqual(['shape check', 'shape checked']);
  });

  it('a chat reply, the conversation list and a conversation answer in the domain shapes', async () => {
    const reply = (await api(t.url, 'POST', '/api/chat', { token, body: { message: 'add buy milk' } })).body;
    parsesStrictly(ChatReplySchema, reply);
    expect(reply.actions.length).toBeGreaterThan(0);
    parsesStrictly(ConversationListSchema, (await api(t.url, 'GET', '/api/conversations', { token })).body);
    const conversation = (await api(t.url, 'GET', `/api/conversations/${reply.conversationId}`, { token })).body;
    parsesStrictly(ConversationSchema, conversation);
    expect(conversation.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
  });
});
