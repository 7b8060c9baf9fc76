import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, matchesView, viewFromSearch, viewToApiQuery, viewToSearch, weekRange } from './filters.js';

describe('task view in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const view = { q: 'rent', status: 'all', priority: ['high', 'low'], tags: ['home', 'money'], due: 'week', sort: 'dueAt', order: 'asc' } as const;
    const search = viewToSearch({ ...view, priority: [...view.priority], tags: [...view.tags] });
    expect(search).toBe('?q=rent&status=all&priority=high%2Clow&tags=home%2Cmoney&due=week&sort=dueAt&order=asc');
    expect(viewFromSearch(search)).toEqual(view);
  });

  it('keeps the default view out of the address and ignores values it does not know', () => {
    expect(viewToSearch(DEFAULT_VIEW)).toBe('');
    expect(viewFromSearch('?status=bogus&priority=urgent,high&due=someday&sort=size')).toEqual({ ...DEFAULT_VIEW, priority: ['high'] });
  });
});

describe('task view to the API query', () => {
  const now = new Date(2026, 10, 25, 15, 30); // Wednesday, local time

  it('asks for today as a local-day range', () => {
    const params = new URLSearchParams(viewToApiQuery({ ...DEFAULT_VIEW, due: 'today' }, now));
    expect(new Date(params.get('dueFrom') ?? '')).toEqual(new Date(2026, 10, 25, 0, 0, 0, 0));
    expect(new Date(params.get('dueTo') ?? '')).toEqual(new Date(2026, 10, 25, 23, 59, 59, 999));
    expect(params.get('status')).toBe('pending');
  });

  it('uses the overdue flag, and asks the server for "no date" with hasDue=false', () => {
    const params = new URLSearchParams(viewToApiQuery({ ...DEFAULT_VIEW, due: 'overdue', priority: ['high'] }, now));
    expect(params.get('overdue')).toBe('true');
    expect(params.get('priority')).toBe('high');
    expect(params.has('hasDue')).toBe(false);
    const noDate = new URLSearchParams(viewToApiQuery({ ...DEFAULT_VIEW, due: 'none' }, now));
    expect(noDate.get('hasDue')).toBe('false');
    expect(noDate.has('dueTo')).toBe(false);
    expect(noDate.has('overdue')).toBe(false);
  });

  it('takes this week as Monday to Sunday', () => {
    const { from, to } = weekRange(now);
    expect(from).toEqual(new Date(2026, 10, 23, 0, 0, 0, 0));
    expect(to).toEqual(new Date(2026, 10, 29, 23, 59, 59, 999));
    expect(weekRange(new Date(2026, 10, 29, 22, 0)).from).toEqual(new Date(2026, 10, 23));
  });
});

describe('a live task against the view on screen', () => {
  const now = new Date(2026, 10, 25, 15, 30);
  const task = { title: 'Pay rent', description: 'to the landlord', status: 'pending', priority: 'high' as const, tags: ['home', 'money'], dueAt: new Date(2026, 10, 25, 18).toISOString() };

  it('follows status, search, priority, tags and due like the server', () => {
    expect(matchesView(DEFAULT_VIEW, task, now)).toBe(true);
    expect(matchesView({ ...DEFAULT_VIEW, status: 'completed' }, task, now)).toBe(false);
    expect(matchesView({ ...DEFAULT_VIEW, q: 'LANDLORD' }, task, now)).toBe(true);
    expect(matchesView({ ...DEFAULT_VIEW, q: 'groceries' }, task, now)).toBe(false);
    expect(matchesView({ ...DEFAULT_VIEW, priority: ['low'] }, task, now)).toBe(false);
    expect(matchesView({ ...DEFAULT_VIEW, tags: ['home', 'money'] }, task, now)).toBe(true);
    expect(matchesView({ ...DEFAULT_VIEW, tags: ['home', 'work'] }, task, now)).toBe(false);
    expect(matchesView({ ...DEFAULT_VIEW, due: 'today' }, task, now)).toBe(true);
    expect(matchesView({ ...DEFAULT_VIEW, due: 'week' }, task, now)).toBe(true);
    expect(matchesView({ ...DEFAULT_VIEW, due: 'overdue' }, task, now)).toBe(false);
    expect(matchesView({ ...DEFAULT_VIEW, due: 'overdue' }, task, new Date(2026, 10, 25, 19))).toBe(true);
    expect(matchesView({ ...DEFAULT_VIEW, due: 'none' }, task, now)).toBe(false);
  });
});
