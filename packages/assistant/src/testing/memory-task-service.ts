// A TaskService kept in memory, for the interpreter's own tests and benchmarks: the same validation (the domain's zod
// schemas), ownership, filters and sorting as the database one, without a database. Events are not written.
import { randomUUID } from 'node:crypto';
import {
  NotFoundError,
  InvalidError,
  TaskCreateSchema,
  TaskListQuerySchema,
  TaskPatchSchema,
  newTask,
  patchedTask,
  withStatus,
  type TagCount,
  type Task,
  type TaskListQuery,
  type TaskService,
} from '@todo/domain';
import type { z } from 'zod';

const PRIORITY_RANK: Record<Task['priority'], number> = { low: 1, medium: 2, high: 3 };
const MAX_TASKS_PER_USER = 10_000;

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidError(result.error.issues.map((i) => i.message).join('; '), { issues: result.error.issues });
  return result.data;
}

interface Stored {
  userId: string;
  seq: number;
  task: Task;
}

export function createMemoryTaskService(clock: { now: () => Date } = { now: () => new Date() }): TaskService {
  const rows = new Map<string, Stored>();
  let seq = 0;
  // Ids sort in creation order, as the database's UUIDv7 ids do (ties on createdAt are broken by id).
  const prefix = randomUUID().slice(0, 23).replace(/^(.{14})./, '$17').replace(/^(.{19})./, '$18');
  const nextId = () => `${prefix}-${seq.toString(16).padStart(12, '0')}`;

  function owned(userId: string, id: string): Stored {
    const row = rows.get(id);
    if (!row || row.userId !== userId) throw new NotFoundError('Task not found.', 'task_not_found');
    return row;
  }

  function matches(task: Task, q: TaskListQuery, now: Date): boolean {
    if (q.status !== 'all' && task.status !== q.status) return false;
    if (q.q) {
      const needle = q.q.toLowerCase();
      if (!task.title.toLowerCase().includes(needle) && !(task.description ?? '').toLowerCase().includes(needle)) return false;
    }
    if (q.priority?.length && !q.priority.includes(task.priority)) return false;
    if (q.tags?.length && !q.tags.every((t) => task.tags.includes(t))) return false;
    const due = task.dueAt ? Date.parse(task.dueAt) : undefined;
    if (q.dueFrom && (due === undefined || due < Date.parse(q.dueFrom))) return false;
    if (q.dueTo && (due === undefined || due > Date.parse(q.dueTo))) return false;
    const overdue = task.status === 'pending' && due !== undefined && due < now.getTime();
    if (q.overdue !== undefined && q.overdue !== overdue) return false;
    if (q.hasDue !== undefined && q.hasDue !== (due !== undefined)) return false;
    return true;
  }

  function compare(q: TaskListQuery): (a: Stored, b: Stored) => number {
    const sign = q.order === 'asc' ? 1 : -1;
    const key = (row: Stored): number | string | undefined => {
      const t = row.task;
      if (q.sort === 'priority') return PRIORITY_RANK[t.priority];
      if (q.sort === 'title') return t.title.toLowerCase();
      if (q.sort === 'dueAt') return t.dueAt ? Date.parse(t.dueAt) : undefined;
      return Date.parse(q.sort === 'updatedAt' ? t.updatedAt : t.createdAt);
    };
    return (a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === undefined || kb === undefined) return ka === kb ? sign * (a.seq - b.seq) : ka === undefined ? 1 : -1; // no due date: last
      if (ka !== kb) return sign * (ka < kb ? -1 : 1);
      return sign * (a.seq - b.seq);
    };
  }

  return {
    async create(userId, input) {
      const data = parse(TaskCreateSchema, input);
      if ([...rows.values()].filter((r) => r.userId === userId).length >= MAX_TASKS_PER_USER) throw new InvalidError('Too many tasks.');
      seq += 1;
      const id = nextId();
      const task = newTask(data, { id }, clock.now());
      rows.set(id, { userId, seq, task });
      return task;
    },
    async get(userId, id) {
      return owned(userId, id).task;
    },
    async update(userId, id, patch, opts) {
      const data = parse(TaskPatchSchema, patch);
      const row = owned(userId, id);
      const before = row.task;
      const now = clock.now();
      let after: Task = { ...patchedTask(before, data, { tagEdit: opts?.tagEdit, normaliseTags: (tags) => parse(TaskPatchSchema, { tags }).tags ?? [] }), updatedAt: now.toISOString() };
      if (data.status !== undefined && data.status !== before.status) after = withStatus(after, data.status, now);
      row.task = after;
      return after;
    },
    async remove(userId, id) {
      owned(userId, id);
      rows.delete(id);
    },
    async complete(userId, id) {
      const row = owned(userId, id);
      if (row.task.status !== 'completed') row.task = withStatus(row.task, 'completed', clock.now());
      return row.task;
    },
    async reopen(userId, id) {
      const row = owned(userId, id);
      if (row.task.status !== 'pending') row.task = withStatus(row.task, 'pending', clock.now());
      return row.task;
    },
    async list(userId, query = {}) {
      const q = parse(TaskListQuerySchema, query);
      if (q.cursor) throw new InvalidError('The in-memory task store does not page.');
      const now = clock.now();
      const items = [...rows.values()]
        .filter((r) => r.userId === userId && matches(r.task, q, now))
        .sort(compare(q))
        .slice(0, q.limit)
        .map((r) => r.task);
      return { items, nextCursor: null };
    },
    async tags(userId) {
      const counts = new Map<string, number>();
      for (const row of rows.values()) if (row.userId === userId) for (const tag of row.task.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
      return [...counts].map(([name, count]): TagCount => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    },
  };
}
