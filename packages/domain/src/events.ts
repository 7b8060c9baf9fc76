// Event and topic names, and the CloudEvents envelope every message uses (docs/ARCHITECTURE.md, "Events").
export const TOPICS = {
  taskEvents: 'task-events',
  reminders: 'reminders',
  taskUpdates: 'task-updates',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

export const TASK_EVENT_TYPES = ['task.created', 'task.updated', 'task.completed', 'task.reopened', 'task.deleted'] as const;
export type TaskEventType = (typeof TASK_EVENT_TYPES)[number];
export const REMINDER_DUE = 'reminder.due';
export const NOTIFICATION_CREATED = 'notification.created';
/** On task-updates: a login session ended (logout); realtime closes that session's sockets. data: {userId, sessionId}. */
export const SESSION_ENDED = 'session.ended';

export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: T;
}
