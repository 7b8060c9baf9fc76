// What realtime does with a task-updates event: turn it into the contract's WebSocket message for the owner's sockets,
// or, for session.ended, close that session's sockets.
import { NOTIFICATION_CREATED, SESSION_ENDED, type CloudEvent } from '@todo/domain';
import type { ConnectionRegistry } from './connections.js';

interface UpdateData {
  userId: string;
  task?: unknown;
  changes?: unknown;
  notification?: unknown;
  sessionId?: string;
}

/** `{type: "task.created"|…, task, changes?}` or `{type: "notification", notification}`; null for anything else. */
export function toClientMessage(event: CloudEvent): { userId: string; message: Record<string, unknown> } | null {
  const data = event.data as UpdateData | undefined;
  if (!data?.userId) return null;
  if (event.type === NOTIFICATION_CREATED && data.notification) return { userId: data.userId, message: { type: 'notification', notification: data.notification } };
  if (event.type.startsWith('task.') && data.task) {
    return { userId: data.userId, message: { type: event.type, task: data.task, ...(data.changes ? { changes: data.changes } : {}) } };
  }
  return null;
}

export function forwardUpdate(connections: ConnectionRegistry) {
  return async (event: CloudEvent): Promise<void> => {
    const data = event.data as UpdateData | undefined;
    if (event.type === SESSION_ENDED) {
      if (data?.userId && data.sessionId) connections.endSession(data.userId, data.sessionId);
      return;
    }
    const routed = toClientMessage(event);
    if (routed) connections.sendTo(routed.userId, routed.message);
  };
}
