// Chat routes: POST /api/chat (JSON or SSE), the Phase III alias /api/{userId}/chat, and the caller's conversations.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ChatActionSchema, ChatReplySchema, ConversationListSchema, ConversationSchema, NotFoundError, type ChatReply, type UserDirectory } from '@todo/domain';
import type { Assistant, AssistantEvent, ConversationState } from '@todo/assistant';
import { CSRF_RESPONSES, ErrorBodySchema, GUARDED as security, currentUser, errorBody, type HttpApp } from '@todo/http';
import type { Clock } from '@todo/platform';
import type { ConversationStore } from './store.js';
import { CHAT_LIMITS, compactAction, storableText } from './compact.js';

export interface ChatRoutesOptions {
  assistant: Assistant;
  conversations: ConversationStore;
  users: UserDirectory;
  clock: Clock;
  authGuard: (request: FastifyRequest) => Promise<void>;
}

const HISTORY_MESSAGES = 20;
/** Messages per page of GET /api/conversations/:id (default and maximum). */
export const CONVERSATION_PAGE = { default: 50, max: 200 } as const;
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

const ChatBody = z.object({
  message: z.string().trim().min(1, 'message cannot be empty').max(4000, 'message is at most 4000 characters'),
  conversationId: z.string().min(1).max(100).optional().describe('Continue this conversation; omit to start a new one'),
  conversation_id: z.string().min(1).max(100).optional().describe('Same as conversationId (Phase III clients)'),
});
const PhaseThreeReply = ChatReplySchema.extend({
  conversation_id: z.string(),
  response: z.string().describe('Same as reply'),
  tool_calls: z.array(ChatActionSchema).describe('Same as actions'),
});

const SSE_DESCRIPTION = `Sends a message to the assistant, which acts on the caller's tasks only, in the caller's time zone, with the same tools the MCP server exposes.

With \`Accept: text/event-stream\` the reply is streamed as Server-Sent Events (\`event:\` + one JSON \`data:\` line each):
- \`start\` \`{conversationId}\` — first;
- \`action\` \`{tool, input, output}\` — each tool call as it completes;
- \`delta\` \`{text}\` — a piece of the reply text (concatenate them);
- \`done\` \`{conversationId, reply, actions}\` — last, the same body as the JSON response;
- \`error\` \`{error: {code, message}}\` — instead of \`done\` if the turn failed.
Validation, auth and unknown-conversation errors are answered before the stream starts, as normal JSON errors.`;

export async function chatRoutes(app: HttpApp, options: ChatRoutesOptions): Promise<void> {
  const { assistant, conversations, users, clock, authGuard } = options;

  async function runTurn(request: FastifyRequest, userId: string, body: z.infer<typeof ChatBody>, onEvent?: (e: AssistantEvent) => void) {
    const user = await users.get(userId);
    const conversation = await conversations.open(userId, body.conversationId ?? body.conversation_id, body.message, clock.now());
    return {
      conversationId: conversation.id,
      finish: async () => {
        const history = await conversations.history(userId, conversation.id, HISTORY_MESSAGES);
        const receivedAt = clock.now();
        const turn = await assistant.respond({
          userId,
          timeZone: user?.timezone ?? 'UTC',
          message: body.message,
          history: history.map((m) => ({ role: m.role, content: m.content })),
          state: conversation.state as ConversationState,
          correlationId: request.id,
          ...(onEvent ? { onEvent } : {}),
        });
        const repliedAt = clock.now();
        const reply = storableText(turn.reply, CHAT_LIMITS.contentChars);
        const actions = turn.actions.map(compactAction);
        await conversations.append(
          userId,
          conversation.id,
          [
            { role: 'user', content: storableText(body.message, CHAT_LIMITS.contentChars), createdAt: receivedAt.toISOString() },
            { role: 'assistant', content: reply, createdAt: repliedAt.toISOString(), actions },
          ],
          turn.state as Record<string, unknown>,
          repliedAt,
        );
        return { conversationId: conversation.id, reply, actions };
      },
    };
  }

  async function handleChat(request: FastifyRequest, reply: FastifyReply, body: z.infer<typeof ChatBody>, phaseThree: boolean) {
    const userId = currentUser(request).id;
    const shape = (result: ChatReply) =>
      phaseThree ? { ...result, conversation_id: result.conversationId, response: result.reply, tool_calls: result.actions } : result;
    if (!wantsEventStream(request)) {
      const turn = await runTurn(request, userId, body);
      return shape(await turn.finish());
    }
    // Events only flow once finish() runs, after the stream has started.
    const send = (event: string, data: unknown) => void reply.raw.write(sse(event, data));
    const turn = await runTurn(request, userId, body, (e) => (e.type === 'action' ? send('action', compactAction(e.action)) : send('delta', { text: e.text })));
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-request-id': request.id,
    });
    send('start', { conversationId: turn.conversationId });
    try {
      send('done', shape(await turn.finish()));
    } catch (error) {
      request.log.error({ err: error }, 'chat turn failed while streaming');
      send('error', errorBody('internal_error', 'The assistant failed to answer; please try again.'));
    }
    reply.raw.end();
    return reply;
  }

  app.post('/api/chat', {
    onRequest: authGuard,
    schema: {
      tags: ['chat'],
      summary: 'Talk to the assistant (JSON, or SSE with Accept: text/event-stream)',
      description: SSE_DESCRIPTION,
      security,
      body: ChatBody,
      response: { 200: ChatReplySchema, ...errors, ...CSRF_RESPONSES },
    },
    handler: async (request, reply) => (await handleChat(request, reply, request.body, false)) as ChatReply,
  });

  app.post('/api/:userId/chat', {
    onRequest: authGuard,
    schema: {
      tags: ['chat'],
      summary: 'Phase III alias of POST /api/chat (the id must be the caller\'s own)',
      description: `${SSE_DESCRIPTION}\n\nAlso answers \`conversation_id\`, \`response\` and \`tool_calls\`. Another user's id is a 404.`,
      security,
      params: z.object({ userId: z.string().min(1).max(100) }),
      body: ChatBody,
      response: { 200: PhaseThreeReply, ...errors, ...CSRF_RESPONSES },
    },
    handler: async (request, reply) => {
      if (request.params.userId !== currentUser(request).id) throw new NotFoundError('Not found.', 'not_found');
      return (await handleChat(request, reply, request.body, true)) as z.infer<typeof PhaseThreeReply>;
    },
  });

  app.get('/api/conversations', {
    onRequest: authGuard,
    schema: {
      tags: ['chat'],
      summary: 'The caller\'s conversations, most recent first',
      security,
      response: { 200: ConversationListSchema, 401: ErrorBodySchema },
    },
    handler: async (request) => ({ items: await conversations.list(currentUser(request).id) }),
  });

  app.get('/api/conversations/:id', {
    onRequest: authGuard,
    schema: {
      tags: ['chat'],
      summary: 'One conversation with its latest messages, oldest first; older ones page back with nextCursor',
      security,
      params: z.object({ id: z.string().min(1).max(100) }),
      querystring: z.object({
        limit: z.coerce.number().int().min(1).max(CONVERSATION_PAGE.max).default(CONVERSATION_PAGE.default),
        cursor: z.string().min(1).max(100).optional().describe('nextCursor of the previous page: the messages before it'),
      }),
      response: { 200: ConversationSchema, ...errors },
    },
    handler: async (request) => conversations.get(currentUser(request).id, request.params.id, request.query),
  });
}

function wantsEventStream(request: FastifyRequest): boolean {
  return /\btext\/event-stream\b/i.test(request.headers.accept ?? '');
}

function sse(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
