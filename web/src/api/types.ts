// The contract's resource shapes, as the web app sees them.
export type Priority = 'low' | 'medium' | 'high';
export type TaskStatus = 'pending' | 'completed';

export interface User {
  id: string;
  email: string;
  name: string | null;
  timezone: string;
  createdAt: string;
}

export interface Recurrence {
  rule: string;
  text: string;
}

export interface Task {
  id: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  priority: Priority;
  tags: string[];
  dueAt: string | null;
  remindAt: string | null;
  recurrence: Recurrence | null;
  completedAt: string | null;
  seriesId: string | null;
  previousTaskId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type RecurrenceInput = string | { rule: string } | null;

export interface TaskInput {
  title?: string;
  description?: string | null;
  priority?: Priority;
  tags?: string[];
  dueAt?: string | null;
  remindAt?: string | null;
  reminderMinutesBefore?: number;
  recurrence?: RecurrenceInput;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface TagCount {
  name: string;
  count: number;
}

export interface AppNotification {
  id: string;
  type: 'reminder';
  taskId: string | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
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
