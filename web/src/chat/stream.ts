// POST /api/chat with Accept: text/event-stream; turns the stream's events into text deltas, actions and the final reply.
import { toApiError, type ApiClient } from '../api/client.js';
import type { ChatAction, ChatReply } from '../api/types.js';
import { readSse } from './sse.js';

export interface ChatStreamHandlers {
  onDelta(text: string): void;
  onAction(action: ChatAction): void;
  onConversation?(id: string): void;
}

type Payload = Record<string, unknown>;

const isAction = (value: unknown): value is ChatAction => !!value && typeof value === 'object' && 'tool' in value;

/** Tolerates the common shapes: `event: delta` + `{text}`, `event: action` + `{tool,…}`, `event: done` + the JSON reply, or `{type, …}` payloads. */
export async function streamChat(api: ApiClient, body: { message: string; conversationId?: string }, handlers: ChatStreamHandlers): Promise<ChatReply> {
  const response = await api.raw('/api/chat', {
    method: 'POST',
    headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('text/event-stream') || !response.body) {
    const reply = (await response.json()) as ChatReply;
    handlers.onConversation?.(reply.conversationId);
    handlers.onDelta(reply.reply);
    reply.actions.forEach(handlers.onAction);
    return reply;
  }

  let text = '';
  const actions: ChatAction[] = [];
  let final: ChatReply | null = null;
  let conversationId = body.conversationId ?? '';
  for await (const record of readSse(response.body)) {
    if (record.data === '[DONE]') continue;
    let payload: Payload | string;
    try {
      payload = JSON.parse(record.data) as Payload | string;
    } catch {
      payload = record.data;
    }
    const kind = typeof payload === 'object' && payload && typeof payload.type === 'string' ? payload.type : record.event;
    if (typeof payload === 'string') {
      if (kind === 'error') throw new Error(payload);
      text += payload;
      handlers.onDelta(payload);
      continue;
    }
    if (typeof payload.conversationId === 'string' && payload.conversationId !== conversationId) {
      conversationId = payload.conversationId;
      handlers.onConversation?.(conversationId);
    }
    if (/error/.test(kind)) throw new Error(String((payload.error as Payload | undefined)?.message ?? payload.message ?? 'The assistant failed.'));
    if (/^(done|end|final|complete|reply)$/.test(kind) || (typeof payload.reply === 'string' && Array.isArray(payload.actions))) {
      final = payload as unknown as ChatReply;
      continue;
    }
    const action = isAction(payload) ? payload : isAction(payload.action) ? payload.action : null;
    if (action && /action|tool/.test(kind)) {
      actions.push(action);
      handlers.onAction(action);
      continue;
    }
    const delta = payload.delta ?? payload.text ?? payload.content ?? payload.textDelta;
    if (typeof delta === 'string') {
      text += delta;
      handlers.onDelta(delta);
    }
  }
  if (final) {
    if (!text && final.reply) handlers.onDelta(final.reply);
    for (const action of final.actions ?? []) if (!actions.includes(action) && !actions.some((a) => a.tool === action.tool && JSON.stringify(a.input) === JSON.stringify(action.input))) handlers.onAction(action);
    return { conversationId: final.conversationId || conversationId, reply: final.reply || text, actions: final.actions ?? actions };
  }
  return { conversationId, reply: text, actions };
}
