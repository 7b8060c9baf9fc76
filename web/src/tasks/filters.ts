// The task view (search, filters, sort) ⇄ the URL query string ⇄ the API's /api/tasks query.
import type { Priority, TaskSort } from '../api/types.js';

export type DueFilter = 'today' | 'overdue' | 'week' | 'none';
export type StatusFilter = 'pending' | 'completed' | 'all';
export type SortKey = TaskSort;

export interface TaskView {
  q: string;
  status: StatusFilter;
  priority: Priority[];
  tags: string[];
  due: DueFilter | null;
  sort: SortKey;
  order: 'asc' | 'desc';
}

export const DEFAULT_VIEW: TaskView = { q: '', status: 'pending', priority: [], tags: [], due: null, sort: 'createdAt', order: 'desc' };

const PRIORITIES: Priority[] = ['high', 'medium', 'low'];
const DUE: DueFilter[] = ['today', 'overdue', 'week', 'none'];
const STATUS: StatusFilter[] = ['pending', 'completed', 'all'];
const SORTS: SortKey[] = ['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'];

const list = (value: string | null): string[] => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : []);

export function viewFromSearch(search: string): TaskView {
  const params = new URLSearchParams(search);
  const status = params.get('status') as StatusFilter | null;
  const due = params.get('due') as DueFilter | null;
  const sort = params.get('sort') as SortKey | null;
  return {
    q: params.get('q') ?? '',
    status: status && STATUS.includes(status) ? status : DEFAULT_VIEW.status,
    priority: list(params.get('priority')).filter((p): p is Priority => PRIORITIES.includes(p as Priority)),
    tags: list(params.get('tags')).map((t) => t.toLowerCase()),
    due: due && DUE.includes(due) ? due : null,
    sort: sort && SORTS.includes(sort) ? sort : DEFAULT_VIEW.sort,
    order: params.get('order') === 'asc' ? 'asc' : params.get('order') === 'desc' ? 'desc' : DEFAULT_VIEW.order,
  };
}

/** Only what differs from the default goes into the URL, so plain views keep a clean address. */
export function viewToSearch(view: TaskView): string {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.status !== DEFAULT_VIEW.status) params.set('status', view.status);
  if (view.priority.length) params.set('priority', view.priority.join(','));
  if (view.tags.length) params.set('tags', view.tags.join(','));
  if (view.due) params.set('due', view.due);
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.order !== DEFAULT_VIEW.order) params.set('order', view.order);
  const text = params.toString();
  return text ? `?${text}` : '';
}

function startOfDay(date: Date): Date {
  const d = new Date(date);
  d.setHours(0, 0, 0, 0);
  return d;
}

function endOfDay(date: Date): Date {
  const d = new Date(date);
  d.setHours(23, 59, 59, 999);
  return d;
}

/** Monday-to-Sunday week containing `now`, in local time. */
export function weekRange(now: Date): { from: Date; to: Date } {
  const from = startOfDay(now);
  from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  const to = endOfDay(from);
  to.setDate(to.getDate() + 6);
  return { from, to };
}

/** Query string for GET /api/tasks; every filter of the view is applied by the server. */
export function viewToApiQuery(view: TaskView, now: Date): string {
  const params = new URLSearchParams();
  params.set('status', view.status);
  if (view.q.trim()) params.set('q', view.q.trim());
  if (view.priority.length) params.set('priority', view.priority.join(','));
  if (view.tags.length) params.set('tags', view.tags.join(','));
  if (view.due === 'today') {
    params.set('dueFrom', startOfDay(now).toISOString());
    params.set('dueTo', endOfDay(now).toISOString());
  } else if (view.due === 'week') {
    const { from, to } = weekRange(now);
    params.set('dueFrom', from.toISOString());
    params.set('dueTo', to.toISOString());
  } else if (view.due === 'overdue') {
    params.set('overdue', 'true');
  } else if (view.due === 'none') {
    params.set('hasDue', 'false');
  }
  params.set('sort', view.sort);
  params.set('order', view.order);
  params.set('limit', '200');
  return params.toString();
}

interface ViewableTask {
  title: string;
  description: string | null;
  status: string;
  priority: Priority;
  tags: string[];
  dueAt: string | null;
}

/** The server's filter rules, evaluated in the browser so a live change can be placed before the refetch lands. */
export function matchesView(view: TaskView, task: ViewableTask, now: Date): boolean {
  if (view.status !== 'all' && task.status !== view.status) return false;
  const q = view.q.trim().toLowerCase();
  if (q && !`${task.title}\n${task.description ?? ''}`.toLowerCase().includes(q)) return false;
  if (view.priority.length && !view.priority.includes(task.priority)) return false;
  if (view.tags.some((tag) => !task.tags.includes(tag))) return false;
  const due = task.dueAt ? Date.parse(task.dueAt) : null;
  switch (view.due) {
    case 'none':
      return due === null;
    case 'overdue':
      return due !== null && task.status === 'pending' && due < now.getTime();
    case 'today':
      return due !== null && due >= startOfDay(now).getTime() && due <= endOfDay(now).getTime();
    case 'week': {
      const { from, to } = weekRange(now);
      return due !== null && due >= from.getTime() && due <= to.getTime();
    }
    default:
      return true;
  }
}
