import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client.js';
import type { ChatAction } from '../api/types.js';
import { streamChat } from './stream.js';

/** An ApiClient whose raw() answers with `body`, delivered in small chunks to exercise the framing. */
function clientAnswering(body: string, contentType = 'text/event-stream; charset=utf-8', status = 200): ApiClient {
  const bytes = new TextEncoder().encode(body);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
      controller.close();
    },
  });
  const raw = async () => new Response(stream, { status, headers: { 'content-type': contentType } });
  return { raw } as unknown as ApiClient;
}

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

describe('streamChat', () => {
  it('reads start, action, delta and done events in order', async () => {
    const action = { tool: 'add_task', input: { title: 'Buy milk' }, output: { id: 't1', title: 'Buy milk' } };
    const body =
      event('start', { conversationId: 'c1' }) +
      event('action', action) +
      event('delta', { text: 'Added “Buy ' }) +
      event('delta', { text: 'milk”.' }) +
      event('done', { conversationId: 'c1', reply: 'Added “Buy milk”.', actions: [action] });
    const seen: { deltas: string[]; actions: ChatAction[]; conversation: string[] } = { deltas: [], actions: [], conversation: [] };
    const reply = await streamChat(clientAnswering(body), { message: 'add buy milk' }, {
      onDelta: (t) => seen.deltas.push(t),
      onAction: (a) => seen.actions.push(a),
      onConversation: (id) => seen.conversation.push(id),
    });
    expect(seen.deltas.join('')).toBe('Added “Buy milk”.');
    expect(seen.actions).toEqual([action]);
    expect(seen.conversation).toEqual(['c1']);
    expect(reply).toEqual({ conversationId: 'c1', reply: 'Added “Buy milk”.', actions: [action] });
  });

  it('turns an error event into a thrown error with the server message', async () => {
    const body = event('start', { conversationId: 'c1' }) + event('error', { error: { code: 'internal_error', message: 'The assistant failed.' } });
    await expect(streamChat(clientAnswering(body), { message: 'hi' }, { onDelta: () => {}, onAction: () => {} })).rejects.toThrow('The assistant failed.');
  });

  it('accepts a plain JSON reply when the server does not stream', async () => {
    const json = JSON.stringify({ conversationId: 'c2', reply: 'Nothing is due today.', actions: [] });
    const deltas: string[] = [];
    const reply = await streamChat(clientAnswering(json, 'application/json'), { message: 'due today?' }, { onDelta: (t) => deltas.push(t), onAction: () => {} });
    expect(reply.reply).toBe('Nothing is due today.');
    expect(deltas).toEqual(['Nothing is due today.']);
  });

  it('reports the contract error of a rejected request', async () => {
    const json = JSON.stringify({ error: { code: 'invalid_request', message: 'message must be 1–4000 characters.' } });
    await expect(streamChat(clientAnswering(json, 'application/json', 400), { message: '' }, { onDelta: () => {}, onAction: () => {} })).rejects.toMatchObject({
      status: 400,
      code: 'invalid_request',
    });
  });
});
