// A task change as a value (pure): a new task from validated create input, a validated patch applied, a status set.
// Shared by every TaskService implementation (the database one in chat-api, the in-memory one for the assistant's tests).
import type { Task, TaskCreate, TaskPatch } from './task.js';
import { resolveRemindAt } from './task.js';
import { editTags, type TagEdit } from './tag-edit.js';

export interface NewTaskIds {
  id: string;
  /** The recurring series the task continues; a recurring task starts its own series by default. */
  seriesId?: string | undefined;
  previousTaskId?: string | undefined;
}

/** The task `data` (validated create input) describes, created at `now`. */
export function newTask(data: TaskCreate, ids: NewTaskIds, now: Date): Task {
  const dueAt = data.dueAt ?? null;
  const recurrence = data.recurrence ?? null;
  return {
    id: ids.id,
    title: data.title,
    description: data.description ?? null,
    status: 'pending',
    priority: data.priority ?? 'medium',
    tags: data.tags ?? [],
    dueAt,
    remindAt: resolveRemindAt(data, dueAt, null),
    recurrence,
    completedAt: null,
    seriesId: ids.seriesId ?? (recurrence ? ids.id : null),
    previousTaskId: ids.previousTaskId ?? null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
}

/**
 * `before` with the fields of `data` (a validated patch) applied: `null` clears, a tag edit applies to the resulting tags
 * (`normaliseTags` is the implementation's tag validation). Status and updatedAt are left to the caller (withStatus).
 */
export function patchedTask(before: Task, data: TaskPatch, options: { tagEdit?: TagEdit | undefined; normaliseTags: (tags: string[]) => string[] }): Task {
  const dueAt = data.dueAt !== undefined ? data.dueAt : before.dueAt;
  const tags = data.tags !== undefined ? (data.tags ?? []) : before.tags;
  const after: Task = {
    ...before,
    ...(data.title !== undefined ? { title: data.title } : {}),
    ...(data.description !== undefined ? { description: data.description } : {}),
    ...(data.priority !== undefined ? { priority: data.priority ?? 'medium' } : {}),
    tags: options.tagEdit ? editTags(tags, options.tagEdit, options.normaliseTags) : tags,
    ...(data.recurrence !== undefined ? { recurrence: data.recurrence } : {}),
    dueAt,
    remindAt: resolveRemindAt(data, dueAt, before.remindAt),
  };
  if (after.recurrence && !after.seriesId) after.seriesId = after.id;
  return after;
}

/** The task with its status (and completedAt) set as of `now`. */
export function withStatus(task: Task, status: Task['status'], now: Date): Task {
  const at = now.toISOString();
  return { ...task, status, completedAt: status === 'completed' ? at : null, updatedAt: at };
}
