// The event map: every event type with the zod schema of its data and the topics it travels on. Publishers build events
// with `cloudEvent` (data typed by the map), consumers read them with `readEvent` (data checked against the map).
import { z } from 'zod';
import { NOTIFICATION_CREATED, REMINDER_DUE, SESSION_ENDED, TASK_EVENT_TYPES, TOPICS, type CloudEvent, type Topic } from './events.js';
import { InvalidError } from './errors.js';
import { NotificationSchema } from './notification.js';
import { TaskSchema } from './task.js';

const UserId = z.string().min(1);

/** task.* on task-events and task-updates: the task after the change and, for an update, field → [old, new]. */
export const TaskEventDataSchema = z.object({
  userId: UserId,
  task: TaskSchema,
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).optional(),
  correlationId: z.string(),
});

/** reminder.due on reminders: the task as it was when its reminder came due. */
export const ReminderDueDataSchema = z.object({
  userId: UserId,
  task: TaskSchema,
  remindAt: z.string(),
  /** The owner's IANA zone, for wording the due time. */
  timezone: z.string().optional(),
  correlationId: z.string(),
});

/** notification.created on task-updates: what realtime pushes to the owner's sockets. */
export const NotificationCreatedDataSchema = z.object({ userId: UserId, notification: NotificationSchema, correlationId: z.string() });

/** session.ended on task-updates: a login session ended (logout); realtime closes that session's sockets. */
export const SessionEndedDataSchema = z.object({ userId: UserId, sessionId: z.string().min(1), correlationId: z.string() });

const taskEventData = Object.fromEntries(TASK_EVENT_TYPES.map((type) => [type, TaskEventDataSchema])) as Record<
  (typeof TASK_EVENT_TYPES)[number],
  typeof TaskEventDataSchema
>;

export const EVENT_DATA = {
  ...taskEventData,
  [REMINDER_DUE]: ReminderDueDataSchema,
  [NOTIFICATION_CREATED]: NotificationCreatedDataSchema,
  [SESSION_ENDED]: SessionEndedDataSchema,
} as const;

export type EventType = keyof typeof EVENT_DATA;
export type EventData<T extends EventType> = z.output<(typeof EVENT_DATA)[T]>;
/** A CloudEvent of type T with T's data; a union of types stays a union that `switch (event.type)` narrows. */
export type EventOf<T extends EventType> = T extends EventType ? CloudEvent<EventData<T>> & { type: T } : never;

/** Which event types each topic carries. */
export const TOPIC_EVENTS: Record<Topic, readonly EventType[]> = {
  [TOPICS.taskEvents]: TASK_EVENT_TYPES,
  [TOPICS.reminders]: [REMINDER_DUE],
  [TOPICS.taskUpdates]: [...TASK_EVENT_TYPES, NOTIFICATION_CREATED, SESSION_ENDED],
};

export interface EventMeta {
  id: string;
  source: string;
  subject: string;
  time: Date;
}

/** A CloudEvents 1.0 envelope of `type` around `data`, the data's shape checked at compile time by the map. */
export function cloudEvent<T extends EventType>(type: T, meta: EventMeta, data: EventData<T>): EventOf<T> {
  const event: CloudEvent<EventData<T>> & { type: T } = {
    specversion: '1.0',
    id: meta.id,
    source: meta.source,
    type,
    subject: meta.subject,
    time: meta.time.toISOString(),
    datacontenttype: 'application/json',
    data,
  };
  return event as EventOf<T>;
}

type Reading<T extends EventType> = { event: EventOf<T> } | { malformed: string } | null;

function read<T extends EventType>(event: CloudEvent, types: T[]): Reading<T> {
  if (!(types as string[]).includes(event.type)) return null;
  const parsed = EVENT_DATA[event.type as T].safeParse(event.data);
  if (parsed.success) return { event: { ...event, data: parsed.data } as EventOf<T> };
  const issue = parsed.error.issues[0];
  return { malformed: issue ? `${issue.path.join('.') || 'data'} ${issue.message}` : 'invalid data' };
}

/**
 * The event typed by the map when it is of one of `types`, null for any other type (a topic may carry more than a
 * consumer wants). Data that does not match its type's schema throws InvalidError: the consumer's retries then park it
 * as a dead letter instead of acting on a malformed event.
 */
export function readEvent<T extends EventType>(event: CloudEvent, ...types: T[]): EventOf<T> | null {
  const reading = read(event, types);
  if (reading && 'malformed' in reading) throw new InvalidError(`Malformed ${event.type} event ${event.id}: ${reading.malformed}.`);
  return reading?.event ?? null;
}

/** As readEvent, but a malformed event is null too: for consumers with nothing to keep (realtime's pushes). */
export function validEvent<T extends EventType>(event: CloudEvent, ...types: T[]): EventOf<T> | null {
  const reading = read(event, types);
  return reading && 'event' in reading ? reading.event : null;
}
