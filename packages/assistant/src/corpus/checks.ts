// Checks of the phrase corpus: what a case expects of the tasks it leaves and of the reply; the seeds the cases share.
// The clock is Wednesday 2026-11-25 09:00 in New York (14:00Z) unless a case says otherwise.
import assert from 'node:assert/strict';
import type { Task } from '@todo/domain';
import { isoToLocal, type Outcome, type Seed } from './runner.js';

export function task(o: Outcome, title: string): Task {
  const found = o.tasks.find((t) => t.title === title);
  assert.ok(found, `no task titled "${title}"; tasks: ${o.tasks.map((t) => `"${t.title}"`).join(', ') || 'none'}`);
  return found;
}

export interface Expected {
  due?: string | null;
  priority?: Task['priority'];
  tags?: string[];
  rule?: string | null;
  remindBefore?: number | null;
  description?: string;
  status?: Task['status'];
}

export function has(o: Outcome, title: string, expected: Expected): Task {
  const t = task(o, title);
  if (expected.due !== undefined) {
    const local = isoToLocal(t.dueAt, o.zone);
    if (expected.due === null) assert.equal(t.dueAt, null, `${title}: dueAt`);
    else assert.ok(local?.startsWith(expected.due), `${title}: due ${local}, expected ${expected.due}`);
  }
  if (expected.priority) assert.equal(t.priority, expected.priority, `${title}: priority`);
  if (expected.tags) assert.deepEqual([...t.tags].sort(), [...expected.tags].sort(), `${title}: tags`);
  if (expected.rule !== undefined) assert.equal(t.recurrence?.rule ?? null, expected.rule, `${title}: recurrence`);
  if (expected.remindBefore !== undefined) {
    const before = t.remindAt && t.dueAt ? (Date.parse(t.dueAt) - Date.parse(t.remindAt)) / 60_000 : null;
    assert.equal(before, expected.remindBefore, `${title}: reminder minutes before`);
  }
  if (expected.description !== undefined) assert.equal(t.description, expected.description, `${title}: description`);
  if (expected.status) assert.equal(t.status, expected.status, `${title}: status`);
  return t;
}

/** Exactly `count` new tasks, and the one titled `title` is as expected. */
export function added(title: string, expected: Expected = {}, count = 1): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length - o.seeded.length, count, `expected ${count} new task(s); tasks: ${o.tasks.map((t) => `"${t.title}"`).join(', ')}`);
    has(o, title, expected);
    assert.match(o.replies[0] ?? '', /Added/);
  };
}

export function changed(title: string, expected: Expected): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');
    has(o, title, expected);
  };
}

export function gone(...titles: string[]): (o: Outcome) => void {
  return (o) => {
    for (const title of titles) assert.ok(!o.tasks.some((t) => t.title === title), `"${title}" should be deleted`);
    assert.equal(o.tasks.length, o.seeded.length - titles.length, 'only those tasks should be deleted');
  };
}

export function statuses(expected: Record<string, Task['status']>): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');
    for (const [title, status] of Object.entries(expected)) assert.equal(task(o, title).status, status, `${title}: status`);
  };
}

export function unchanged(o: Outcome): void {
  const view = (tasks: Task[]) => tasks.map((t) => [t.id, t.title, t.status, t.dueAt, t.priority, t.tags.join(','), t.remindAt, t.recurrence?.rule]);
  assert.deepEqual(view(o.tasks), view(o.seeded), 'tasks should be unchanged');
}

export function says(pattern: RegExp, also?: (o: Outcome) => void): (o: Outcome) => void {
  return (o) => {
    assert.match(o.reply, pattern);
    also?.(o);
  };
}

/** The reply lists these titles and not those. */
export function lists(included: string[], excluded: string[] = []): (o: Outcome) => void {
  return (o) => {
    for (const title of included) assert.ok(o.reply.includes(title), `reply should list "${title}"`);
    for (const title of excluded) assert.ok(!o.reply.includes(title), `reply should not list "${title}"`);
    unchanged(o);
  };
}

// Wednesday 2026-11-25 09:00 local.
export const STANDARD: Seed[] = [
  { title: 'Buy groceries', due: '2026-11-25 18:00', tags: ['shopping'] },
  { title: 'Dentist appointment', due: '2026-11-26 10:00' },
  { title: 'Finish report', due: '2026-11-24 17:00', priority: 'high', tags: ['work'] },
  { title: 'Call plumber', priority: 'low' },
  { title: 'Buy birthday gift', due: '2026-11-28 12:00', tags: ['shopping'] },
  { title: 'Pay rent', due: '2026-12-01 09:00', priority: 'high', recurrence: 'monthly' },
  { title: 'Old task', completed: true },
];
export const CALLS: Seed[] = [{ title: 'Call mom' }, { title: 'Call dentist' }, { title: 'Water plants' }];
export const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
