// The chat API's shapes (POST /api/chat, GET /api/conversations[/:id]): served by chat-api, read by the web app.
import { z } from 'zod';

export const ChatActionSchema = z.object({ tool: z.string(), input: z.unknown(), output: z.unknown() }).meta({ id: 'ChatAction' });
export type ChatAction = z.infer<typeof ChatActionSchema>;

export const ChatReplySchema = z.object({ conversationId: z.string(), reply: z.string(), actions: z.array(ChatActionSchema) }).meta({ id: 'ChatReply' });
export type ChatReply = z.infer<typeof ChatReplySchema>;

export const ChatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  createdAt: z.string(),
  actions: z.array(ChatActionSchema).optional(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const ConversationSummarySchema = z.object({ id: z.string(), title: z.string(), createdAt: z.string(), updatedAt: z.string() });
export type ConversationSummary = z.infer<typeof ConversationSummarySchema>;

export const ConversationListSchema = z.object({ items: z.array(ConversationSummarySchema) });
export type ConversationList = z.infer<typeof ConversationListSchema>;

/** One page of a conversation: its latest messages, oldest first; `nextCursor` pages back to older ones. */
export const ConversationSchema = ConversationSummarySchema.extend({ messages: z.array(ChatMessageSchema), nextCursor: z.string().nullable() });
export type Conversation = z.infer<typeof ConversationSchema>;
