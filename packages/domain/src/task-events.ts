// Builds the CloudEvents for a task change (pure: ids and time are passed in). One change → task-events + task-updates.
import type { CloudEvent, TaskEventType, Topic } from './events.js';
import { TOPICS } from './events.js';
import { cloudEvent, type EventData } from './event-map.js';
import type { Task } from './task.js';

export type TaskChanges = Record<string, [unknown, unknown]>;

/** The data of every task.* event (its schema is in the event map). */
export type TaskEventData = EventData<TaskEventType>;

export interface TaskEventInput {
  id: string;
  time: Date;
  source: string;
  type: TaskEventType;
  userId: string;
  task: Task;
  changes?: TaskChanges;
  correlationId?: string;
}

export function buildTaskEvent(input: TaskEventInput): CloudEvent<TaskEventData> {
  const data: TaskEventData = { userId: input.userId, task: input.task, correlationId: input.correlationId ?? input.id };
  if (input.changes && Object.keys(input.changes).length > 0) data.changes = input.changes;
  return cloudEvent(input.type, { id: input.id, source: input.source, subject: input.task.id, time: input.time }, data);
}

/** The two events of one change: the same payload on `task-events` and `task-updates`, each with its own id. */
export function buildTaskChangeEvents(
  input: Omit<TaskEventInput, 'id'>,
  newId: () => string,
): { topic: Topic; event: CloudEvent<TaskEventData> }[] {
  return [TOPICS.taskEvents, TOPICS.taskUpdates].map((topic) => ({ topic, event: buildTaskEvent({ ...input, id: newId() }) }));
}

const TRACKED_FIELDS = ['title', 'description', 'status', 'priority', 'tags', 'dueAt', 'remindAt', 'recurrence', 'completedAt'] as const;

/** Field → [old, new] for every user-visible field that differs. */
export function diffTasks(before: Task, after: Task): TaskChanges {
  const changes: TaskChanges = {};
  for (const field of TRACKED_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = [before[field], after[field]];
  }
  return changes;
}
