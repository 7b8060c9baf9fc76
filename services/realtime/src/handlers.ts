// What realtime does with a task-updates event: turn it into the contract's WebSocket message for the owner's sockets,
// or, for session.ended, close that session's sockets. An event the event map refuses is not forwarded.
import { NOTIFICATION_CREATED, SESSION_ENDED, TASK_EVENT_TYPES, validEvent, type CloudEvent, type LiveMessage } from '@todo/domain';
import type { ConnectionRegistry } from './connections.js';

/** `{type: "task.created"|…, task, changes?}` or `{type: "notification", notification}`; null for anything else. */
export function toClientMessage(received: CloudEvent): { userId: string; message: LiveMessage } | null {
  const event = validEvent(received, ...TASK_EVENT_TYPES, NOTIFICATION_CREATED);
  if (!event) return null;
  const { data } = event;
  if (event.type === NOTIFICATION_CREATED) return { userId: data.userId, message: { type: 'notification', notification: event.data.notification } };
  return { userId: data.userId, message: { type: event.type, task: event.data.task, ...(event.data.changes ? { changes: event.data.changes } : {}) } };
}

export function forwardUpdate(connections: ConnectionRegistry) {
  return async (received: CloudEvent): Promise<void> => {
    const ended = validEvent(received, SESSION_ENDED);
    if (ended) {
      connections.endSession(ended.data.userId, ended.data.sessionId);
      return;
    }
    const routed = toClientMessage(received);
    if (routed) connections.sendTo(routed.userId, routed.message);
  };
}
