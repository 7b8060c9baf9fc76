// Drizzle tables for conversations (see migrations.ts).
import { bigserial, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ChatAction, ChatMessage } from '@todo/domain';

export const conversations = pgTable('conversations', {
  id: uuid('id').primaryKey(),
  userId: uuid('user_id').notNull(),
  title: text('title').notNull(),
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const conversationMessages = pgTable('conversation_messages', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  conversationId: uuid('conversation_id').notNull(),
  role: text('role').$type<ChatMessage['role']>().notNull(),
  content: text('content').notNull(),
  actions: jsonb('actions').$type<ChatAction[] | null>(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});
