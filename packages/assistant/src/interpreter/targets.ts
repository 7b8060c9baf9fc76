// Turns a loose reference ("the dentist task", "all my shopping tasks", "it", "the second one") into tasks, via list_tasks.
import type { Task } from '@todo/domain';
import { parseTaskFilter, type TaskFilter } from '../parse/task-filter.js';
import { parseOrdinal } from '../parse/vocabulary.js';
import { KIND_NOUNS, dueAtTimeOfDay, orderPool, readReference } from './reference.js';
import { bestMatches, matchScore, rankTasks } from './task-match.js';
import type { TurnContext } from './turn.js';

export type Resolution =
  | {
      kind: 'found';
      tasks: Task[];
      /** Named by "all"/"everything" alone, with no filter at all. */
      broad?: boolean;
      /** Named only by what they are (due today, tagged work, overdue…), no title words: the set the words define. */
      explicit?: boolean;
      /** Each task was named on its own ("the report and the plumber"). */
      byName?: boolean;
      /** Named only by a day or time ("my afternoon", "friday's"): a deletion of it is shown first. */
      windowOnly?: boolean;
      /** Matched loosely (a typo, part of the words, a day that did not fit): ask before deleting or completing. */
      unsure?: boolean;
    }
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
  let unsure = false;
  for (const part of parts) {
    const one = await resolveOne(turn, part, purpose);
    if (one.kind !== 'found') return whole;
    unsure ||= !!one.unsure;
    found.push(...one.tasks.filter((t) => !found.some((f) => f.id === t.id)));
  }
  // Each part named its own task: the set is what the words say.
  return whole.kind === 'found' && found.length <= whole.tasks.length ? whole : { kind: 'found', tasks: found, explicit: !unsure, byName: !unsure, ...(unsure ? { unsure } : {}) };
}

async function resolveOne(turn: TurnContext, phrase: string, purpose: TargetPurpose): Promise<Resolution> {
  const byOrdinal = turn.state.lastListIds?.length && ORDINAL_REF.test(phrase.trim()) ? pickByOrdinal(phrase, await tasksByIds(turn, turn.state.lastListIds)) : undefined;
  if (byOrdinal) return { kind: 'found', tasks: [byOrdinal] };
  const reference = readReference(phrase);
  const filter = parseTaskFilter(reference.phrase, { now: turn.now, timeZone: turn.timeZone });
  if (filter.pronoun) {
    const tasks = await tasksByIds(turn, turn.state.lastTaskIds ?? []);
    if (tasks.length === 0) return /^the (?:one|task) i just/i.test(reference.phrase) ? resolveOne(turn, 'the last one i added', purpose) : { kind: 'unclear' };
    return filter.all || tasks.length === 1 ? { kind: 'found', tasks } : { kind: 'ambiguous', candidates: tasks };
  }
  const plural = filter.all || /\b(?:tasks|todos|to-dos|items|ones|them|things|errands|chores|reminders|events|meetings|appointments)\b/i.test(phrase);
  const kinds = filter.words.filter((w) => KIND_NOUNS.has(w));
  const words = filter.words.filter((w) => !KIND_NOUNS.has(w));
  const dated = !!(filter.dueFrom || filter.overdue || filter.noDue || reference.times || reference.order);
  const structured = dated || !!(filter.priority || filter.tags.length || filter.status);
  if (filter.words.length === 0 && !structured && !filter.all) return { kind: 'unclear' };
  const status = filter.status ?? (reference.order === 'next' ? 'pending' : defaultStatus(purpose));
  const loaded = await loadTasks(turn, { ...filter, status });
  let pool = reference.times ? loaded.filter((t) => dueAtTimeOfDay(t, reference.times ?? [], turn.timeZone)) : loaded;
  if (reference.order) pool = orderPool(pool, reference.order, turn.now);
  let matches = matchPool(words, kinds, pool, reference.phrase, plural);
  // The day or time said may be off ("the dentist on friday" when it is on Thursday): the title words alone, but ask before acting.
  let relaxed = false;
  const { dueFrom: _from, dueTo: _to, overdue: _overdue, noDue: _noDue, ...undated } = filter;
  let undatedPool: Task[] | undefined;
  const relaxDate = dated && filter.words.length > 0 && !reference.order;
  if (matches.tasks.length === 0 && relaxDate) {
    undatedPool = await loadTasks(turn, { ...undated, status });
    matches = matchPool(words, kinds, undatedPool, reference.phrase, plural);
    relaxed = matches.tasks.length > 0;
  }
  // "the lunch with marco", "the call with the accountant": the title may not carry who it is with; ask before acting.
  const withless = reference.phrase.replace(/\s+with\s+.+?(?=\s+(?:on|at|for|from|tomorrow|today|tonight|this|next)\b|$)/i, '');
  if (matches.tasks.length === 0 && withless !== reference.phrase && !reference.order) {
    const shorter = parseTaskFilter(withless, { now: turn.now, timeZone: turn.timeZone }).words;
    const kept = shorter.filter((w) => !KIND_NOUNS.has(w));
    if (kept.length > 0 || shorter.length > 0) {
      const kinds = shorter.filter((w) => KIND_NOUNS.has(w));
      matches = matchPool(kept, kinds, pool, withless, plural);
      // Neither who nor when fits: the head noun alone, shown first.
      if (matches.tasks.length === 0 && undatedPool) matches = matchPool(kept, kinds, undatedPool, withless, plural);
      relaxed = matches.tasks.length > 0;
    }
  }
  let found = matches.tasks;
  if (reference.order && found.length > 0) found = [found[0] as Task];
  if (purpose === 'update' && !filter.status && found.length > 1) {
    const pending = found.filter((t) => t.status === 'pending');
    if (pending.length > 0) found = pending;
  }
  if (found.length === 0) {
    const none: Resolution = { kind: 'none', phrase, filter };
    if (!filter.status && status !== 'all' && filter.words.length > 0) {
      const other = rankTasks(filter.words, await loadTasks(turn, { ...filter, status: status === 'pending' ? 'completed' : 'pending' }), phrase);
      if (other.length > 0) none.alreadyInOtherStatus = bestMatches(other).map((r) => r.task);
    }
    return none;
  }
  const confident = matches.confident && !relaxed;
  if (plural || found.length === 1) {
    // "today's tasks", "everything tagged work", "all my shopping tasks": the words set the scope; "the syncs" alone does not.
    const explicit = (structured && words.length === 0) || (filter.all && confident && filter.words.length > 0);
    const windowOnly = !!(filter.dueFrom || filter.overdue || filter.noDue || reference.times) && filter.words.length === 0;
    return { kind: 'found', tasks: found, broad: filter.words.length === 0 && !structured, explicit, ...(windowOnly ? { windowOnly } : {}), ...(confident ? {} : { unsure: true }) };
  }
  return { kind: 'ambiguous', candidates: found.slice(0, 8) };
}

/**
 * Which tasks of the pool the words mean, and whether the match is sure enough for a deletion: every title word found
 * (no typo-only or partial match), or a kind noun ("meeting") the title carries when only the day/time named it.
 */
function matchPool(words: string[], kinds: string[], pool: Task[], phrase: string, plural: boolean): { tasks: Task[]; confident: boolean } {
  if (words.length > 0) {
    const ranked = rankTasks([...words, ...kinds], pool, phrase.replace(/^(?:the|my)\s+/i, '').replace(/\s+(?:task|todo|item)$/i, ''));
    // Kind nouns never count against a title that lacks them ("the dentist appointment" → "Dentist").
    const byWords = ranked.length > 0 ? ranked : rankTasks(words, pool, phrase);
    const chosen = plural ? byWords : bestMatches(byWords);
    // One task is sure only on its title's words: "grocery buying" finds "Buy milk #groceries" through its tag, a guess
    // ("all my shopping tasks" names the tag on purpose).
    const sure = chosen.length > 0 && chosen.every((r) => r.score >= 1.5 || matchScore(words, plural ? r.task : { ...r.task, tags: [], description: null }) >= 0.95);
    return { tasks: chosen.map((r) => r.task), confident: sure };
  }
  if (kinds.length > 0) {
    const ranked = rankTasks(kinds, pool, phrase);
    if (ranked.length > 0) return { tasks: (plural ? ranked : bestMatches(ranked)).map((r) => r.task), confident: true };
    // "delete my meeting at 2pm" and the 2pm task is "Project sync": likely, but ask.
    return { tasks: pool, confident: false };
  }
  return { tasks: pool, confident: true };
}
