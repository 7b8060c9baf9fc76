// Opaque keyset cursors for GET /api/tasks: base64url JSON of the sort, order and the last row's key.
import { InvalidError, type TaskListQuery } from '@todo/domain';

export interface TaskCursor {
  sort: TaskListQuery['sort'];
  order: TaskListQuery['order'];
  /** The last row's sort value (ISO timestamp, number, string) or null (a task without dueAt). */
  value: string | number | null;
  id: string;
}

export function encodeCursor(cursor: TaskCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.value, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decodes a cursor made for the same sort and order; anything else is a 400. */
export function decodeCursor(raw: string, query: Pick<TaskListQuery, 'sort' | 'order'>): TaskCursor {
  const fail = () => new InvalidError('The cursor is not valid for this listing; start again without it.', { field: 'cursor' }, 'invalid_cursor');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw fail();
  const [sort, order, value, id] = parsed as unknown[];
  if (sort !== query.sort || order !== query.order || typeof id !== 'string' || !UUID.test(id)) throw fail();
  const valueOk =
    (sort === 'priority' && typeof value === 'number' && [1, 2, 3].includes(value)) ||
    (sort === 'title' && typeof value === 'string') ||
    (sort === 'dueAt' && (value === null || (typeof value === 'string' && !Number.isNaN(Date.parse(value))))) ||
    ((sort === 'createdAt' || sort === 'updatedAt') && typeof value === 'string' && !Number.isNaN(Date.parse(value)));
  if (!valueOk) throw fail();
  return { sort, order, value: value as TaskCursor['value'], id } as TaskCursor;
}
