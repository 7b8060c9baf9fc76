// Conversations and their messages, always scoped to one user (another user's conversation is "not found").
import { and, desc, eq, lt } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '@todo/db';
import { InvalidError, NotFoundError, type ChatMessage, type Conversation, type ConversationSummary } from '@todo/domain';
import { conversationMessages, conversations } from './schema.js';

export interface ConversationStore {
  /** The user's conversation, or a new one titled after the first message when `id` is absent. */
  open(userId: string, id: string | undefined, firstMessage: string, now: Date): Promise<{ id: string; state: Record<string, unknown> }>;
  append(userId: string, id: string, messages: ChatMessage[], state: Record<string, unknown>, now: Date): Promise<void>;
  history(userId: string, id: string, limit: number): Promise<ChatMessage[]>;
  list(userId: string): Promise<ConversationSummary[]>;
  /** The newest `limit` messages (before `cursor`, from an earlier page's `nextCursor`), oldest first. */
  get(userId: string, id: string, page: MessagePage): Promise<Conversation>;
}

export interface MessagePage {
  limit: number;
  cursor?: string | undefined;
}

/** The opaque cursor of a message page: the sequence number of the oldest message already shown. */
function encodeMessageCursor(seq: number): string {
  return Buffer.from(`m:${seq}`).toString('base64url');
}

function decodeMessageCursor(cursor: string): number {
  const match = /^m:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidError('Invalid cursor.', { field: 'cursor' });
  return Number(match[1]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notFound(): NotFoundError {
  return new NotFoundError('Conversation not found.', 'conversation_not_found');
}

function titleOf(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line || 'New conversation';
}

export function createConversationStore(database: Database): ConversationStore {
  const db = database.db;

  async function find(userId: string, id: string) {
    if (!UUID.test(id)) throw notFound();
    const [row] = await db.select().from(conversations).where(and(eq(conversations.id, id), eq(conversations.userId, userId)));
    if (!row) throw notFound();
    return row;
  }

  function toMessage(row: typeof conversationMessages.$inferSelect): ChatMessage {
    return {
      role: row.role,
      content: row.content,
      createdAt: row.createdAt.toISOString(),
      ...(row.actions ? { actions: row.actions } : {}),
    };
  }

  return {
    async open(userId, id, firstMessage, now) {
      if (id) {
        const row = await find(userId, id);
        return { id: row.id, state: row.state };
      }
      const newId = uuidv7();
      await db.insert(conversations).values({ id: newId, userId, title: titleOf(firstMessage), state: {}, createdAt: now, updatedAt: now });
      return { id: newId, state: {} };
    },
    async append(userId, id, messages, state, now) {
      await db.transaction(async (tx) => {
        const updated = await tx
          .update(conversations)
          .set({ state, updatedAt: now })
          .where(and(eq(conversations.id, id), eq(conversations.userId, userId)))
          .returning({ id: conversations.id });
        if (updated.length === 0) throw notFound();
        await tx.insert(conversationMessages).values(
          messages.map((m) => ({ conversationId: id, role: m.role, content: m.content, actions: m.actions ?? null, createdAt: new Date(m.createdAt) })),
        );
      });
    },
    async history(userId, id, limit) {
      await find(userId, id);
      const rows = await db
        .select()
        .from(conversationMessages)
        .where(eq(conversationMessages.conversationId, id))
        .orderBy(desc(conversationMessages.seq))
        .limit(limit);
      return rows.reverse().map(toMessage);
    },
    async list(userId) {
      const rows = await db.select().from(conversations).where(eq(conversations.userId, userId)).orderBy(desc(conversations.updatedAt)).limit(200);
      return rows.map((r) => ({ id: r.id, title: r.title, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() }));
    },
    async get(userId, id, page) {
      const before = page.cursor === undefined ? undefined : decodeMessageCursor(page.cursor);
      const row = await find(userId, id);
      const rows = await db
        .select()
        .from(conversationMessages)
        .where(and(eq(conversationMessages.conversationId, id), before === undefined ? undefined : lt(conversationMessages.seq, before)))
        .orderBy(desc(conversationMessages.seq))
        .limit(page.limit + 1);
      const shown = rows.slice(0, page.limit).reverse();
      return {
        id: row.id,
        title: row.title,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
        messages: shown.map(toMessage),
        nextCursor: rows.length > page.limit && shown[0] ? encodeMessageCursor(shown[0].seq) : null,
      };
    },
  };
}
