// Opaque keyset cursors for GET /api/tasks: base64url JSON of the sort, order and the last row's key.
import { InvalidError, isStorableText, type TaskListQuery } from '@todo/domain';

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

/** An instant exactly as this service writes it (`toISOString()` of a year 1000–9999 date). */
function isStoredInstant(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)) return false;
  // Date.parse rolls impossible days over (2026-02-30 → March 2) where PostgreSQL refuses them: only a round trip is real.
  const parsed = new Date(value);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === value;
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
    (sort === 'title' && typeof value === 'string' && value.length <= 1000 && isStorableText(value)) ||
    (sort === 'dueAt' && (value === null || isStoredInstant(value))) ||
    ((sort === 'createdAt' || sort === 'updatedAt') && isStoredInstant(value));
  if (!valueOk) throw fail();
  return { sort, order, value: value as TaskCursor['value'], id } as TaskCursor;
}
