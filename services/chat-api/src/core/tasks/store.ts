// All SQL of tasks: row ↔ Task mapping, insert/save/delete, filtered keyset-paginated listing, tag counts. Scoped to one user.
import { and, asc, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { preparedStatement, type Db, type Tx } from '@todo/db';
import type { Task, TaskListQuery, TagCount } from '@todo/domain';
import { outbox } from '../outbox/schema.js';
import type { OutboxRecord } from '../outbox/unit-of-work.js';
import { tasks, type TaskRow } from '../schema.js';
import { decodeCursor, encodeCursor, type TaskCursor } from './cursor.js';

type Queryable = Db | Tx;

export function toTask(row: TaskRow): Task {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    tags: row.tags,
    dueAt: iso(row.dueAt),
    remindAt: iso(row.remindAt),
    recurrence: row.recurrenceRule ? { rule: row.recurrenceRule, text: row.recurrenceText ?? '' } : null,
    completedAt: iso(row.completedAt),
    seriesId: row.seriesId,
    previousTaskId: row.previousTaskId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns a Task maps to (for insert/update). */
export function toColumns(task: Task): Omit<typeof tasks.$inferInsert, 'userId' | 'idempotencyKey' | 'requestDigest' | 'priorityRank'> {
  const date = (s: string | null) => (s ? new Date(s) : null);
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    status: task.status,
    priority: task.priority,
    tags: task.tags,
    dueAt: date(task.dueAt),
    remindAt: date(task.remindAt),
    recurrenceRule: task.recurrence?.rule ?? null,
    recurrenceText: task.recurrence?.text ?? null,
    completedAt: date(task.completedAt),
    seriesId: task.seriesId,
    previousTaskId: task.previousTaskId,
    createdAt: new Date(task.createdAt),
    updatedAt: new Date(task.updatedAt),
  };
}

/**
 * Inserts a new task and its outbox rows in ONE statement (a CTE: the outbox rows are written only when the task row was,
 * in the order given, so their seq order is the events' order). Returns the outbox rows written; empty when the user
 * already has a task with this key (nothing written). One statement instead of two: fewer round trips on the one PGlite
 * connection and one parse/plan fewer per create.
 */
export async function insertTaskWithOutbox(
  db: Db,
  userId: string,
  task: Task,
  key: { idempotencyKey: string; requestDigest: string } | null,
  records: OutboxRecord[],
): Promise<OutboxRecord[]> {
  const values: Record<string, unknown> = {
    id: task.id, userId, title: task.title, description: task.description, status: task.status, priority: task.priority,
    tags: tasks.tags.mapToDriverValue(task.tags), dueAt: task.dueAt, remindAt: task.remindAt, recurrenceRule: task.recurrence?.rule ?? null,
    recurrenceText: task.recurrence?.text ?? null, completedAt: task.completedAt, seriesId: task.seriesId, previousTaskId: task.previousTaskId,
    idempotencyKey: key?.idempotencyKey ?? null, requestDigest: key?.requestDigest ?? null, createdAt: task.createdAt, updatedAt: task.updatedAt,
  };
  records.forEach((r, i) => Object.assign(values, { [`eventId${i}`]: r.eventId, [`topic${i}`]: r.topic, [`partitionKey${i}`]: r.partitionKey, [`event${i}`]: JSON.stringify(r.event) }));
  const rows = await insertTaskStatement(records.length)(db, values);
  const written = new Set(rows.map((r) => r.event_id));
  return records.filter((r) => written.has(r.eventId));
}

// The statement for a number of outbox rows (a create's event count is fixed by the code, so this holds one or two),
// rendered once: Drizzle rebuilt its text from every chunk on each create, ~4 % of the server's CPU at C=100.
const insertTaskStatements = new Map<number, ReturnType<typeof preparedStatement<{ event_id: string }>>>();

function insertTaskStatement(count: number) {
  let statement = insertTaskStatements.get(count);
  if (!statement) insertTaskStatements.set(count, (statement = preparedStatement(`task_create_${count}`, () => insertTaskSql(count))));
  return statement;
}

function insertTaskSql(count: number): SQL {
  const p = (name: string) => sql.placeholder(name);
  const events = sql.join(
    Array.from({ length: count }, (_, i) => sql`(${i}::int, ${p(`eventId${i}`)}::uuid, ${p(`topic${i}`)}::text, ${p(`partitionKey${i}`)}::text, ${p(`event${i}`)}::jsonb)`),
    sql`, `,
  );
  return sql`with inserted_task as (
      insert into ${tasks} (id, user_id, title, description, status, priority, tags, due_at, remind_at, recurrence_rule,
        recurrence_text, completed_at, series_id, previous_task_id, idempotency_key, request_digest, created_at, updated_at)
      values (${p('id')}, ${p('userId')}, ${p('title')}, ${p('description')}, ${p('status')}, ${p('priority')}, ${p('tags')},
        ${p('dueAt')}, ${p('remindAt')}, ${p('recurrenceRule')}, ${p('recurrenceText')}, ${p('completedAt')}, ${p('seriesId')},
        ${p('previousTaskId')}, ${p('idempotencyKey')}, ${p('requestDigest')}, ${p('createdAt')}, ${p('updatedAt')})
      on conflict (user_id, idempotency_key) do nothing
      returning id),
    inserted_events as (
      insert into ${outbox} (event_id, topic, partition_key, event)
      select v.event_id, v.topic, v.partition_key, v.event from (values ${events}) as v(ord, event_id, topic, partition_key, event)
      where exists (select 1 from inserted_task) order by v.ord
      on conflict (event_id) do nothing
      returning event_id)
    select event_id from inserted_events`;
}

/** Writes a task's current fields (its id and creation time never change). */
export async function saveTask(tx: Tx, task: Task): Promise<void> {
  const { id, createdAt, ...columns } = toColumns(task);
  void createdAt;
  await tx.update(tasks).set(columns).where(eq(tasks.id, id));
}

export async function deleteTask(tx: Tx, userId: string, id: string): Promise<void> {
  await tx.delete(tasks).where(and(eq(tasks.userId, userId), eq(tasks.id, id)));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A user's task by id (locked for update inside a transaction when asked); undefined when missing or not theirs. */
export async function findTask(db: Queryable, userId: string, id: string, forUpdate = false): Promise<TaskRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const query = db.select().from(tasks).where(and(eq(tasks.userId, userId), eq(tasks.id, id)));
  const rows = forUpdate ? await query.for('update') : await query;
  return rows[0];
}

export async function findByIdempotencyKey(db: Queryable, userId: string, key: string): Promise<TaskRow | undefined> {
  const rows = await db.select().from(tasks).where(and(eq(tasks.userId, userId), eq(tasks.idempotencyKey, key)));
  return rows[0];
}

/** `%`, `_` and `\` are literal in a search term. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function textArray(values: string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

const SORT_KEYS: Record<TaskListQuery['sort'], SQL> = {
  createdAt: sql`${tasks.createdAt}`,
  updatedAt: sql`${tasks.updatedAt}`,
  dueAt: sql`${tasks.dueAt}`,
  priority: sql`${tasks.priorityRank}`,
  title: sql`lower(${tasks.title}) collate "C"`,
};

function cursorValueSql(cursor: TaskCursor): SQL {
  if (cursor.sort === 'priority') return sql`${cursor.value}::int`;
  if (cursor.sort === 'title') return sql`${cursor.value}::text collate "C"`;
  return sql`${cursor.value}::timestamptz`;
}

/** Rows strictly after the cursor in (key, id) order; for dueAt, tasks without one come last in both orders. */
function afterCursor(cursor: TaskCursor): SQL {
  const key = SORT_KEYS[cursor.sort];
  const cmp = sql.raw(cursor.order === 'asc' ? '>' : '<');
  if (cursor.sort === 'dueAt' && cursor.value === null) return sql`(${tasks.dueAt} is null and ${tasks.id} ${cmp} ${cursor.id}::uuid)`;
  const after = sql`(${key}, ${tasks.id}) ${cmp} (${cursorValueSql(cursor)}, ${cursor.id}::uuid)`;
  return cursor.sort === 'dueAt' ? sql`(${after} or ${tasks.dueAt} is null)` : after;
}

function cursorValueOf(row: TaskRow & { titleKey: string }, sort: TaskListQuery['sort']): TaskCursor['value'] {
  switch (sort) {
    case 'createdAt':
      return row.createdAt.toISOString();
    case 'updatedAt':
      return row.updatedAt.toISOString();
    case 'dueAt':
      return row.dueAt ? row.dueAt.toISOString() : null;
    case 'priority':
      return row.priority === 'high' ? 3 : row.priority === 'medium' ? 2 : 1;
    case 'title':
      return row.titleKey; // lower() as the database computes it, so the cursor compares exactly
  }
}

function orderByOf(query: Pick<TaskListQuery, 'sort' | 'order'>): SQL[] {
  const direction = query.order === 'asc' ? asc : desc;
  const orderBy: SQL[] = [];
  if (query.sort === 'dueAt') orderBy.push(sql`${tasks.dueAt} is null`);
  orderBy.push(direction(SORT_KEYS[query.sort]), direction(tasks.id));
  return orderBy;
}

function selectRows(db: Queryable) {
  return db.select({ ...getTableColumns(tasks), titleKey: sql<string>`lower(${tasks.title})` }).from(tasks);
}

function prepareFirstPage(db: Queryable, query: Pick<TaskListQuery, 'sort' | 'order'>) {
  return selectRows(db)
    .where(sql`${tasks.userId} = ${sql.placeholder('userId')}::uuid`)
    .orderBy(...orderByOf(query))
    .limit(sql.placeholder('limit'))
    .prepare(`tasks_first_page_${query.sort}_${query.order}`);
}

// The unfiltered first page (what a client polls) built once per database and sort: Drizzle's select builder re-renders
// every column's text per call, a few % of the CPU of a list-heavy load. Filtered and later pages take the builder.
const firstPages = new WeakMap<Queryable, Map<string, ReturnType<typeof prepareFirstPage>>>();

function firstPageQuery(db: Queryable, query: TaskListQuery) {
  let byDb = firstPages.get(db);
  if (!byDb) firstPages.set(db, (byDb = new Map()));
  const key = `${query.sort}_${query.order}`;
  let prepared = byDb.get(key);
  if (!prepared) byDb.set(key, (prepared = prepareFirstPage(db, query)));
  return prepared;
}

export async function listTasks(db: Queryable, userId: string, query: TaskListQuery, now: Date): Promise<{ items: Task[]; nextCursor: string | null }> {
  const filters = filterConditions(query, now);
  const rows =
    filters.length === 0
      ? await firstPageQuery(db, query).execute({ userId, limit: query.limit + 1 })
      : await selectRows(db)
          .where(and(sql`${tasks.userId} = ${userId}::uuid`, ...filters))
          .orderBy(...orderByOf(query))
          .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ sort: query.sort, order: query.order, value: cursorValueOf(last, query.sort), id: last.id })
      : null;
  return { items: page.map(toTask), nextCursor };
}

// The list's filters and cursor; none means the first page of everything, which firstPageQuery serves.
function filterConditions(query: TaskListQuery, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(sql`${tasks.status} = ${query.status}`);
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(sql`(${tasks.title} ilike ${pattern} or ${tasks.description} ilike ${pattern})`);
  }
  if (query.priority?.length) conditions.push(sql`${tasks.priority} in (${sql.join(query.priority.map((p) => sql`${p}`), sql`, `)})`);
  if (query.tags?.length) conditions.push(sql`${tasks.tags} @> ${textArray(query.tags)}`);
  if (query.dueFrom) conditions.push(sql`${tasks.dueAt} >= ${query.dueFrom}::timestamptz`);
  if (query.dueTo) conditions.push(sql`${tasks.dueAt} <= ${query.dueTo}::timestamptz`);
  const overdue = sql`(${tasks.status} = 'pending' and ${tasks.dueAt} < ${now.toISOString()}::timestamptz)`;
  if (query.overdue === true) conditions.push(overdue);
  if (query.overdue === false) conditions.push(sql`not coalesce(${overdue}, false)`);
  if (query.hasDue !== undefined) conditions.push(query.hasDue ? sql`${tasks.dueAt} is not null` : sql`${tasks.dueAt} is null`);
  if (query.cursor) conditions.push(afterCursor(decodeCursor(query.cursor, query)));
  return conditions;
}

export async function tagCounts(db: Queryable, userId: string): Promise<TagCount[]> {
  const result = await db.execute(sql`
    select tag as name, count(*)::int as count
    from ${tasks}, unnest(${tasks.tags}) as tag
    where ${tasks.userId} = ${userId}::uuid
    group by tag
    order by count(*) desc, tag collate "C" asc`);
  const rows = (result as unknown as { rows: { name: string; count: number }[] }).rows;
  return rows.map((r) => ({ name: r.name, count: Number(r.count) }));
}
