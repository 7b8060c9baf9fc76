// chat-api's conversation tables (050–059): conversations and their messages, with the interpreter's follow-up state.
import type { Migration } from '@todo/db';

export const chatMigrations: Migration[] = [
  {
    name: '050_conversations',
    sql: `
      create table conversations (
        id uuid primary key,
        user_id uuid not null references users (id) on delete cascade,
        title text not null,
        state jsonb not null default '{}'::jsonb,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index conversations_user_idx on conversations (user_id, updated_at desc);
      create table conversation_messages (
        seq bigserial primary key,
        conversation_id uuid not null references conversations (id) on delete cascade,
        role text not null check (role in ('user', 'assistant')),
        content text not null,
        actions jsonb,
        created_at timestamptz not null
      );
      create index conversation_messages_conversation_idx on conversation_messages (conversation_id, seq);
    `,
  },
];
