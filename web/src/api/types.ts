// The contract's resource shapes as the web app sees them: the domain's zod-derived types, the same schemas the routes
// answer with.
import type { TaskPatchInput } from '@todo/domain';

export type {
  AuditEntry,
  AuditPage,
  AuthResult,
  ChatAction,
  ChatMessage,
  ChatReply,
  Conversation,
  ConversationList,
  LiveMessage,
  Notification as AppNotification,
  NotificationList,
  Priority,
  Task,
  TaskPage,
  TagCount,
  TaskSort,
  User,
} from '@todo/domain';

/** Body of POST /api/tasks and PATCH /api/tasks/:id as the web app sends them (status goes through complete/reopen). */
export type TaskInput = Omit<TaskPatchInput, 'status'>;
