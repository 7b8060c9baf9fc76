// Turns a loose reference ("the dentist task", "all my shopping tasks", "it", "the second one") into tasks, via list_tasks.
import type { Task } from '@todo/domain';
import { parseTaskFilter, type TaskFilter } from '../parse/task-filter.js';
import { parseOrdinal } from '../parse/vocabulary.js';
import { bestMatches, rankTasks } from './task-match.js';
import type { TurnContext } from './turn.js';

export type Resolution =
  | { kind: 'found'; tasks: Task[]; /** Named by "all"/"everything" alone, with no filter at all. */ broad?: boolean }
  | { kind: 'ambiguous'; candidates: Task[] }
  | { kind: 'none'; phrase: string; filter: TaskFilter; alreadyInOtherStatus?: Task[] }
  | { kind: 'unclear' };

export type TargetPurpose = 'complete' | 'reopen' | 'delete' | 'update';

const ORDINAL_REF = /^(?:the |number |no\.? |#|option |task )?(\d{1,2}|first|second|third|fourth|fifth|last)(?:st|nd|rd|th)?(?: one| task| item| of them)?$/i;

/** An ordinal like "the second one" or "2" against a list the user has just seen. */
export function pickByOrdinal(phrase: string, tasks: Task[]): Task | undefined {
  const match = ORDINAL_REF.exec(phrase.trim());
  if (!match) return undefined;
  const n = parseOrdinal(match[1] ?? '');
  if (n === undefined) return undefined;
  return n === -1 ? tasks[tasks.length - 1] : tasks[n - 1];
}

export async function loadTasks(turn: TurnContext, filter: Partial<TaskFilter> & { status?: 'pending' | 'completed' | 'all' }): Promise<Task[]> {
  const sort = filter.sort ?? 'dueAt';
  const input: Record<string, unknown> = { status: filter.status ?? 'all', limit: 200, sort, order: sort === 'priority' || sort === 'createdAt' ? 'desc' : 'asc' };
  if (filter.priority?.length) input.priority = filter.priority;
  if (filter.tags?.length) input.tags = filter.tags;
  if (filter.dueFrom) input.dueFrom = filter.dueFrom.toISOString();
  if (filter.dueTo) input.dueTo = filter.dueTo.toISOString();
  if (filter.overdue) input.overdue = true;
  const output = (await turn.call('list_tasks', input)) as { items?: Task[] } | undefined;
  const items = output?.items ?? [];
  return filter.noDue ? items.filter((t) => t.dueAt === null) : items;
}

async function tasksByIds(turn: TurnContext, ids: string[]): Promise<Task[]> {
  if (ids.length === 0) return [];
  const all = await loadTasks(turn, { status: 'all' });
  return ids.map((id) => all.find((t) => t.id === id)).filter((t): t is Task => !!t);
}

function defaultStatus(purpose: TargetPurpose): 'pending' | 'completed' | 'all' {
  return purpose === 'complete' ? 'pending' : purpose === 'reopen' ? 'completed' : 'all';
}

/** Resolves the phrase; plural or "all" phrases may return several tasks, singular ones exactly one or an ambiguity. */
export async function resolveTargets(turn: TurnContext, phrase: string, purpose: TargetPurpose): Promise<Resolution> {
  const whole = await resolveOne(turn, phrase, purpose);
  if (whole.kind === 'unclear' || (whole.kind === 'found' && whole.tasks.length > 1)) return whole;
  // "the slides and the groceries": each part names its own task (unless one title holds them all, "salt and pepper").
  const parts = phrase.split(/\s*(?:,|&|\band\b)\s*/i).filter((p) => p.trim());
  if (parts.length < 2) return whole;
  const found: Task[] = [];
  for (const part of parts) {
    const one = await resolveOne(turn, part, purpose);
    if (one.kind !== 'found') return whole;
    found.push(...one.tasks.filter((t) => !found.some((f) => f.id === t.id)));
  }
  return whole.kind === 'found' && found.length <= whole.tasks.length ? whole : { kind: 'found', tasks: found };
}

async function resolveOne(turn: TurnContext, phrase: string, purpose: TargetPurpose): Promise<Resolution> {
  const byOrdinal = turn.state.lastListIds?.length && ORDINAL_REF.test(phrase.trim()) ? pickByOrdinal(phrase, await tasksByIds(turn, turn.state.lastListIds)) : undefined;
  if (byOrdinal) return { kind: 'found', tasks: [byOrdinal] };
  const filter = parseTaskFilter(phrase, { now: turn.now, timeZone: turn.timeZone });
  if (filter.pronoun) {
    const tasks = await tasksByIds(turn, turn.state.lastTaskIds ?? []);
    if (tasks.length === 0) return { kind: 'unclear' };
    return filter.all || tasks.length === 1 ? { kind: 'found', tasks } : { kind: 'ambiguous', candidates: tasks };
  }
  const plural = filter.all || /\b(?:tasks|todos|to-dos|items|ones|them|things|errands|chores|reminders)\b/i.test(phrase);
  const structured = !!(filter.priority || filter.tags.length || filter.dueFrom || filter.overdue || filter.status || filter.noDue);
  if (filter.words.length === 0 && !structured && !filter.all) return { kind: 'unclear' };
  const status = filter.status ?? defaultStatus(purpose);
  const pool = await loadTasks(turn, { ...filter, status });
  let matches: Task[];
  if (filter.words.length === 0) {
    matches = pool;
  } else {
    const ranked = rankTasks(filter.words, pool, phrase.replace(/^(?:the|my)\s+/i, '').replace(/\s+(?:task|todo|item)$/i, ''));
    matches = (plural ? ranked : bestMatches(ranked)).map((r) => r.task);
  }
  if (purpose === 'update' && !filter.status && matches.length > 1) {
    const pending = matches.filter((t) => t.status === 'pending');
    if (pending.length > 0) matches = pending;
  }
  if (matches.length === 0) {
    const none: Resolution = { kind: 'none', phrase, filter };
    if (!filter.status && status !== 'all' && filter.words.length > 0) {
      const other = rankTasks(filter.words, await loadTasks(turn, { ...filter, status: status === 'pending' ? 'completed' : 'pending' }), phrase);
      if (other.length > 0) none.alreadyInOtherStatus = bestMatches(other).map((r) => r.task);
    }
    return none;
  }
  if (plural || matches.length === 1) return { kind: 'found', tasks: matches, broad: filter.words.length === 0 && !structured };
  return { kind: 'ambiguous', candidates: matches.slice(0, 8) };
}
