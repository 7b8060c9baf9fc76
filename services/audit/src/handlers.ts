// What audit does with a task event: append it to the log, keyed by the event id (so a redelivery is a duplicate).
import { TASK_EVENT_TYPES, readEvent, type CloudEvent } from '@todo/domain';
import { uuidv7 } from '@todo/platform';
import type { AuditStore } from './store.js';

export function recordTaskEvent(store: AuditStore) {
  return async (received: CloudEvent): Promise<'duplicate' | void> => {
    const event = readEvent(received, ...TASK_EVENT_TYPES);
    if (!event) return;
    const { data } = event;
    const appended = await store.append({ id: uuidv7(), eventId: event.id, userId: data.userId, taskId: event.subject, type: event.type, occurredAt: event.time, data });
    if (!appended) return 'duplicate';
  };
}
