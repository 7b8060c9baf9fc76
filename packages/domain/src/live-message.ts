// The WebSocket messages realtime pushes to a user's sockets (/api/ws): `ready` once the socket is registered (every
// change after it is pushed), then task changes and new notifications.
import type { z } from 'zod';
import type { TaskEventDataSchema } from './event-map.js';
import type { TaskEventType } from './events.js';
import type { Notification } from './notification.js';

type TaskEventData = z.output<typeof TaskEventDataSchema>;

export type LiveMessage =
  | { type: 'ready' }
  | { type: TaskEventType; task: TaskEventData['task']; changes?: NonNullable<TaskEventData['changes']> }
  | { type: 'notification'; notification: Notification };
