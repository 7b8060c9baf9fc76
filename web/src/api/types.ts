// The contract's resource shapes, as the web app sees them: the domain's zod-derived types where the domain declares the
// shape (tasks, users, tags, notifications), the rest (audit entries, chat) as the services' routes answer them.
import type { Notification, Task, TaskPatchInput } from '@todo/domain';

export type { Priority, Task, TaskStatus, TagCount, User } from '@todo/domain';
export type AppNotification = Notification;

/** Body of POST /api/tasks and PATCH /api/tasks/:id as the web app sends them (status goes through complete/reopen). */
export type TaskInput = Omit<TaskPatchInput, 'status'>;

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface AuditEntry {
  id: string;
  eventId: string;
  type: string;
  taskId: string;
  occurredAt: string;
  data: { task?: Partial<Task>; changes?: Record<string, [unknown, unknown]> } & Record<string, unknown>;
}

export interface ChatAction {
  tool: string;
  input: unknown;
  output: unknown;
}

export interface ChatMessage {
  role: 'user' | 'assistant' | 'system' | 'tool';
  content: string;
  createdAt: string;
  actions?: ChatAction[];
}

export interface ConversationSummary {
  id: string;
  title: string | null;
  updatedAt?: string;
  createdAt?: string;
}

export interface Conversation {
  id: string;
  title: string | null;
  messages: ChatMessage[];
}

export interface ChatReply {
  conversationId: string;
  reply: string;
  actions: ChatAction[];
}
