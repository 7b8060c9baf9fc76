import { describe, expect, it } from 'vitest';
import type { Task } from '../api/types.js';
import { DEFAULT_VIEW } from '../tasks/filters.js';
import { placeInList } from './useLiveUpdates.js';

const task = (id: string, patch: Partial<Task> = {}): Task => ({
  id, title: `Task ${id}`, description: null, status: 'pending', priority: 'medium', tags: [], dueAt: null, remindAt: null, recurrence: null,
  completedAt: null, seriesId: null, previousTaskId: null, createdAt: '2026-11-25T10:00:00.000Z', updatedAt: '2026-11-25T10:00:00.000Z', ...patch,
});

describe('placing a live change in a list', () => {
  const list = [task('b'), task('a')];

  it('puts a new task on top of a newest-first list', () => {
    expect(placeInList(list, task('c'), DEFAULT_VIEW).map((t) => t.id)).toEqual(['c', 'b', 'a']);
  });

  it('updates a task in place, and drops it when it no longer matches (completed in the open list) or was deleted', () => {
    expect(placeInList(list, task('a', { title: 'Renamed' }), DEFAULT_VIEW)[1]?.title).toBe('Renamed');
    expect(placeInList(list, task('a', { status: 'completed' }), DEFAULT_VIEW).map((t) => t.id)).toEqual(['b']);
    expect(placeInList(list, task('b'), null).map((t) => t.id)).toEqual(['a']);
  });

  it('leaves a list alone when the new task is not part of its view', () => {
    expect(placeInList(list, task('c'), { ...DEFAULT_VIEW, tags: ['work'] })).toEqual(list);
  });
});
