import { describe, expect, it } from 'vitest';
import type { Task } from '../api/types.js';
import { DEFAULT_VIEW } from '../tasks/filters.js';
import { LiveTaskVersions } from './freshness.js';
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

describe('live snapshots delivered out of order', () => {
  const at = (minute: number) => `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`;

  it('a list keeps its newer copy when an older snapshot arrives', () => {
    const list = [task('b'), task('a', { title: 'New title', updatedAt: at(5) })];
    const placed = placeInList(list, task('a', { title: 'Old title', updatedAt: at(2) }), DEFAULT_VIEW);
    expect(placed).toBe(list);
    expect(placed[1]?.title).toBe('New title');
  });

  it('two updates in reverse order end on the newer one', () => {
    const versions = new LiveTaskVersions();
    const newer = task('a', { title: 'Second edit', updatedAt: at(5) });
    const older = task('a', { title: 'First edit', updatedAt: at(3) });
    let list = [task('a', { updatedAt: at(0) })];
    for (const snapshot of [newer, older]) {
      if (versions.accept(snapshot, false, list)) list = placeInList(list, snapshot, DEFAULT_VIEW);
    }
    expect(list.map((t) => t.title)).toEqual(['Second edit']);
  });

  it('an older snapshot cannot put back a task that a newer one moved out of the view', () => {
    const versions = new LiveTaskVersions();
    const completed = task('a', { status: 'completed', updatedAt: at(5) });
    const stillPending = task('a', { updatedAt: at(3) });
    let list = [task('a', { updatedAt: at(0) })];
    for (const snapshot of [completed, stillPending]) {
      if (versions.accept(snapshot, false, list)) list = placeInList(list, snapshot, DEFAULT_VIEW);
    }
    expect(list).toEqual([]);
  });

  it('nothing comes back after a deletion; a same-version snapshot is applied', () => {
    const versions = new LiveTaskVersions();
    expect(versions.accept(task('a', { updatedAt: at(1) }), false, [])).toBe(true);
    expect(versions.accept(task('a', { updatedAt: at(1) }), false, [])).toBe(true);
    expect(versions.accept(task('a', { updatedAt: at(2) }), true, [])).toBe(true);
    expect(versions.accept(task('a', { updatedAt: at(9) }), false, [])).toBe(false);
    expect(versions.accept(task('b', { updatedAt: at(0) }), false, [task('b', { updatedAt: at(4) })])).toBe(false);
    expect(versions.accept(task('b', { updatedAt: at(6) }), false, [task('b', { updatedAt: at(4) })])).toBe(true);
  });
});
