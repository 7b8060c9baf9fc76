// The TaskService port: what chat tools, MCP and recurring-task call. Pure types; chat-api implements it over the database.
import type { Task, TaskCreateInput, TaskListQueryInput, TaskPage, TaskPatchInput, TagCount } from './task.js';

export interface TaskChangeOptions {
  /** Carried into the events' `correlationId` (usually the HTTP request id or the triggering event's id). */
  correlationId?: string;
}

export interface TaskUpdateOptions extends TaskChangeOptions {
  /** Tags to add and remove, applied to the tags read inside the update's transaction (no lost update between two edits). */
  tagEdit?: { add?: readonly string[]; remove?: readonly string[] };
}

export interface TaskCreateOptions extends TaskChangeOptions {
  /** When a task was already created with this key, that task is returned and nothing new is written. */
  idempotencyKey?: string;
  /** With idempotencyKey: a later call whose input differs from the first call's throws UnprocessableError (HTTP 422). */
  sameInputRequired?: boolean;
  /** The recurring series this task continues (defaults to the new task's own id when it has a recurrence). */
  seriesId?: string;
  /** The occurrence whose completion created this one. */
  previousTaskId?: string;
}

/**
 * Every method works on the given user's tasks only: another user's task id throws NotFoundError, exactly like a missing one.
 * Invalid input throws InvalidError. Every change writes its events (task-events + task-updates) in the same transaction.
 */
export interface TaskService {
  create(userId: string, input: TaskCreateInput, opts?: TaskCreateOptions): Promise<Task>;
  get(userId: string, id: string): Promise<Task>;
  /** Partial update; `null` clears a field; `status` completes or reopens. No change → no event. */
  update(userId: string, id: string, patch: TaskPatchInput, opts?: TaskUpdateOptions): Promise<Task>;
  remove(userId: string, id: string, opts?: TaskChangeOptions): Promise<void>;
  /** Idempotent: completing a completed task returns it unchanged and writes no event. */
  complete(userId: string, id: string, opts?: TaskChangeOptions): Promise<Task>;
  /** Idempotent: reopening a pending task returns it unchanged and writes no event. */
  reopen(userId: string, id: string, opts?: TaskChangeOptions): Promise<Task>;
  list(userId: string, query?: TaskListQueryInput): Promise<TaskPage>;
  tags(userId: string): Promise<TagCount[]>;
}
