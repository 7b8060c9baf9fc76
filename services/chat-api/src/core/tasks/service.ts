// The TaskService: validates input, applies the change through store.ts, and emits its events in the same unit of work (withOutbox).
import { createHash } from 'node:crypto';
import type { Database, Tx } from '@todo/db';
import {
  InvalidError,
  NotFoundError,
  TaskCreateSchema,
  TaskListQuerySchema,
  TaskPatchSchema,
  UnprocessableError,
  buildTaskChangeEvents,
  diffTasks,
  findUnstorableText,
  newTask,
  patchedTask,
  withStatus,
  type Task,
  type TaskChangeOptions,
  type TaskUpdateOptions,
  type TaskChanges,
  type TaskCreateOptions,
  type TaskEventType,
  type TaskService,
} from '@todo/domain';
import { uuidv7, type Clock } from '@todo/platform';
import type { z } from 'zod';
import { outboxRows, outboxStatementWriter, outboxWriter, type Emit, type OutboxHandOver } from '../outbox/unit-of-work.js';
import type { TaskRow } from '../schema.js';
import { deleteTask, findByIdempotencyKey, findTask, insertTaskWithOutbox, listTasks, saveTask, tagCounts, toTask } from './store.js';

export const EVENT_SOURCE = 'chat-api';

export interface TaskServiceDeps {
  database: Database;
  clock: Clock;
  /** Id generator (UUIDv7 by default); tests may pin it. */
  newId?: () => string;
  /** Receives the outbox rows of each committed change (the relay's publishCommitted); absent, the relay's next pass finds them. */
  handOver?: OutboxHandOver;
}

/** Parses with a zod schema, turning issues into one InvalidError (the same shape the HTTP validator gives). */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const unstorable = findUnstorableText(input);
  if (unstorable) {
    throw new InvalidError(`Invalid ${unstorable}: text must not contain NUL characters or invalid Unicode.`, {
      issues: [{ path: unstorable, message: 'contains a NUL character or invalid Unicode' }],
    });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new InvalidError(first ? `Invalid ${first.path || 'input'}: ${first.message}.` : 'Invalid input.', { issues });
}

/** Tags normalised as stored (trimmed, no #, lower-case, bounded); a bad tag is a 400. */
function normaliseTags(tags: string[]): string[] {
  return parseInput(TaskPatchSchema, { tags }).tags ?? [];
}

/** The digest of a create call's validated input: the same request gives the same digest whatever its key order or spacing. */
function inputDigest(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('base64url');
}

export function createTaskService(deps: TaskServiceDeps): TaskService {
  const { database, clock } = deps;
  const db = database.db;
  const newId = deps.newId ?? (() => uuidv7());
  const write = outboxWriter(db, deps.handOver);
  const writeStatement = outboxStatementWriter(db, deps.handOver);

  function changeEvents(type: TaskEventType, userId: string, task: Task, opts: TaskChangeOptions | undefined, changes?: TaskChanges) {
    return buildTaskChangeEvents(
      { time: clock.now(), source: EVENT_SOURCE, type, userId, task, ...(changes ? { changes } : {}), ...(opts?.correlationId ? { correlationId: opts.correlationId } : {}) },
      newId,
    );
  }

  function emitChange(emit: Emit, type: TaskEventType, userId: string, task: Task, opts: TaskChangeOptions | undefined, changes?: TaskChanges) {
    return emit(...changeEvents(type, userId, task, opts, changes));
  }

  async function lockedTask(tx: Tx, userId: string, id: string): Promise<Task> {
    const row = await findTask(tx, userId, id, true);
    if (!row) throw new NotFoundError('Task not found.', 'task_not_found');
    return toTask(row);
  }

  async function changeStatus(userId: string, id: string, status: Task['status'], opts?: TaskChangeOptions): Promise<Task> {
    return write(async (tx, emit) => {
      const before = await lockedTask(tx, userId, id);
      if (before.status === status) return before;
      const after = withStatus(before, status, clock.now());
      await saveTask(tx, after);
      await emitChange(emit, status === 'completed' ? 'task.completed' : 'task.reopened', userId, after, opts, diffTasks(before, after));
      return after;
    });
  }

  return {
    async create(userId, input, opts: TaskCreateOptions = {}) {
      const data = parseInput(TaskCreateSchema, input);
      const digest = inputDigest(data);
      const replayOf = (first: TaskRow): Task => {
        // Rows written before digests were kept have none: they match any body, as they did then.
        if (opts.sameInputRequired && first.requestDigest !== null && first.requestDigest !== digest) {
          throw new UnprocessableError('This Idempotency-Key was already used with a different request body; use a new key.', 'idempotency_key_reused');
        }
        return toTask(first);
      };
      if (opts.idempotencyKey) {
        const existing = await findByIdempotencyKey(db, userId, opts.idempotencyKey);
        if (existing) return replayOf(existing);
      }
      const task = newTask(data, { id: newId(), seriesId: opts.seriesId, previousTaskId: opts.previousTaskId }, clock.now());
      // The task row and its outbox rows are one statement (insertTaskWithOutbox's CTE): atomic without a transaction.
      const created = await writeStatement(async (statementDb, written) => {
        const key = opts.idempotencyKey ? { idempotencyKey: opts.idempotencyKey, requestDigest: digest } : null;
        const records = await insertTaskWithOutbox(statementDb, userId, task, key, outboxRows(changeEvents('task.created', userId, task, opts)));
        if (records.length === 0) return undefined; // a concurrent call with the same idempotency key won
        written(records);
        return task;
      });
      if (created) return created;
      const winner = await findByIdempotencyKey(db, userId, opts.idempotencyKey ?? '');
      if (!winner) throw new NotFoundError('Task not found.', 'task_not_found');
      return replayOf(winner);
    },

    async get(userId, id) {
      const row = await findTask(db, userId, id);
      if (!row) throw new NotFoundError('Task not found.', 'task_not_found');
      return toTask(row);
    },

    async update(userId, id, patch, opts) {
      const data = parseInput(TaskPatchSchema, patch);
      return write(async (tx, emit) => {
        const before = await lockedTask(tx, userId, id);
        const now = clock.now();
        let after = patchedTask(before, data, { tagEdit: opts?.tagEdit, normaliseTags });
        const fieldChanges = diffTasks(before, after);
        const statusChange = data.status !== undefined && data.status !== before.status ? data.status : undefined;
        if (Object.keys(fieldChanges).length === 0 && !statusChange) return before;
        if (Object.keys(fieldChanges).length > 0) {
          after = { ...after, updatedAt: now.toISOString() };
          await saveTask(tx, after);
          await emitChange(emit, 'task.updated', userId, after, opts, fieldChanges);
        }
        if (statusChange) {
          const changed = withStatus(after, statusChange, now);
          await saveTask(tx, changed);
          await emitChange(emit, statusChange === 'completed' ? 'task.completed' : 'task.reopened', userId, changed, opts, diffTasks(after, changed));
          after = changed;
        }
        return after;
      });
    },

    async remove(userId, id, opts) {
      await write(async (tx, emit) => {
        const before = await lockedTask(tx, userId, id);
        await deleteTask(tx, userId, id);
        await emitChange(emit, 'task.deleted', userId, before, opts);
      });
    },

    complete: (userId, id, opts) => changeStatus(userId, id, 'completed', opts),
    reopen: (userId, id, opts) => changeStatus(userId, id, 'pending', opts),

    async list(userId, query = {}) {
      return listTasks(db, userId, parseInput(TaskListQuerySchema, query), clock.now());
    },

    tags: (userId) => tagCounts(db, userId),
  };
}
