// Turns a loose reference ("the dentist task", "all my shopping tasks", "it", "the second one") into tasks, via list_tasks.
import type { Task } from '@todo/domain';
import { parseTaskFilter, type TaskFilter } from '../parse/task-filter.js';
import { parseNumber, parseOrdinal } from '../parse/vocabulary.js';
import { KIND_NOUNS, dueAtTimeOfDay, orderPool, readReference, type TargetReference } from './reference.js';
import { bestMatches, matchScore, rankTasks, wordMatches, type RankedTask } from './task-match.js';
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
      /** What a whole list holds ("my grocery list", "this list"): a deletion of it is shown first. */
      wholeList?: boolean;
    }
  | { kind: 'ambiguous'; candidates: Task[] }
  | {
      kind: 'none';
      phrase: string;
      filter: TaskFilter;
      alreadyInOtherStatus?: Task[];
      /** The list the phrase named ("from my vacation list" → "vacation"), '' for the one list. */
      list?: string;
      /** The time of day it named, as said ("at 8:30"). */
      at?: string;
      /** No title matched, but the day, time or list said holds these: offered instead of guessing. */
      nearby?: Task[];
    }
  | { kind: 'unclear' };

export type TargetPurpose = 'complete' | 'reopen' | 'delete' | 'update';

const ORDINAL_REF = new RegExp(
  [
    '^(?:the |my )?(?:',
    // "item three", "number 2", "#4": a count after the noun.
    '(?:number|no\\.?|#|option|task|item|line|entry|row|todo) ?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)',
    '|(?:number |no\\.? |#|option |task |item |line |entry |row |todo )?(\\d{1,2}|first|second|third|fourth|fifth|last)(?:st|nd|rd|th)?(?: one| task| item| line| entry| row| thing| todo| of them)?',
    ')(?: (?:on|in|of|from) (?:the|my) (?:list|tasks))?$',
  ].join(''),
  'i',
);
/** At most this many tasks are offered when nothing matched by title. */
const MAX_NEARBY = 8;

/** "the second one", "item 3", "the last line": a place in a list, not words of a title. */
export function isOrdinalReference(phrase: string): boolean {
  return ORDINAL_REF.test(phrase.trim());
}

/** An ordinal like "the second one" or "2" against a list the user has just seen. */
export function pickByOrdinal(phrase: string, tasks: Task[]): Task | undefined {
  const match = ORDINAL_REF.exec(phrase.trim());
  if (!match) return undefined;
  const n = match[1] ? parseNumber(match[1]) : parseOrdinal(match[2] ?? '');
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
  let items = output?.items ?? [];
  // "my grocery list" when the tag is #groceries: the tag in another form (the same stem), looked up once more.
  if (items.length === 0 && filter.tags?.length) {
    const untagged = { ...input };
    delete untagged.tags;
    const all = ((await turn.call('list_tasks', untagged)) as { items?: Task[] } | undefined)?.items ?? [];
    const wanted = filter.tags.map((t) => t.toLowerCase());
    items = all.filter((t) => wanted.every((w) => t.tags.some((tag) => wordMatches(w, tag.toLowerCase()) === 1)));
  }
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

// "everything on my grocery list except milk", "all my work tasks but the report": a set, minus what the exception names.
const EXCEPT = /^(?<set>.*\b(?:all|every|everything|each|whole|entire|list|tasks|items|events|meetings|appointments|stuff|things)\b.*?),?\s+(?:except(?: for)?|but not|but|other than|apart from|besides|save for|excluding|not)\s+(?<kept>.+)$/i;

/** Resolves the phrase; plural or "all" phrases may return several tasks, singular ones exactly one or an ambiguity. */
export async function resolveTargets(turn: TurnContext, phrase: string, purpose: TargetPurpose): Promise<Resolution> {
  const except = EXCEPT.exec(phrase.trim());
  if (except?.groups?.set && except.groups.kept) {
    const set = await resolveTargets(turn, except.groups.set, purpose);
    if (set.kind !== 'found') return set;
    const spared = new Set<string>();
    for (const part of except.groups.kept.split(/\s*(?:,|&|\band\b|\bor\b)\s*/i).filter(Boolean)) {
      const kept = parseTaskFilter(part, { now: turn.now, timeZone: turn.timeZone }).words;
      for (const r of bestMatches(rankTasks(kept, set.tasks, part))) spared.add(r.task.id);
    }
    // The exception must name something in the set; otherwise the words were not understood, and nothing is guessed.
    if (spared.size === 0) return { kind: 'none', phrase: except.groups.kept, filter: parseTaskFilter(except.groups.kept, { now: turn.now, timeZone: turn.timeZone }) };
    const tasks = set.tasks.filter((t) => !spared.has(t.id));
    return tasks.length > 0 ? { kind: 'found', tasks, unsure: true } : { kind: 'none', phrase, filter: parseTaskFilter(phrase, { now: turn.now, timeZone: turn.timeZone }) };
  }
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
  if (ORDINAL_REF.test(phrase.trim())) {
    const shown = turn.state.lastListIds?.length ? await tasksByIds(turn, turn.state.lastListIds) : undefined;
    // "remove item three" with no list on screen: the third of the pending list, in its usual order, and asked first.
    const byOrdinal = pickByOrdinal(phrase, shown ?? (await loadTasks(turn, { status: 'pending' })));
    if (byOrdinal) return { kind: 'found', tasks: [byOrdinal], ...(shown ? {} : { unsure: true }) };
  }
  const reference = readReference(phrase);
  const filter = parseTaskFilter(reference.phrase, { now: turn.now, timeZone: turn.timeZone });
  if (reference.wholeList) return resolveList(turn, reference, filter, purpose);
  if (filter.pronoun) {
    const tasks = await tasksByIds(turn, turn.state.lastTaskIds ?? []);
    if (tasks.length === 0) return /^the (?:one|task) i just/i.test(reference.phrase) ? resolveOne(turn, 'the last one i added', purpose) : { kind: 'unclear' };
    return filter.all || tasks.length === 1 ? { kind: 'found', tasks } : { kind: 'ambiguous', candidates: tasks };
  }
  // "clear completed", "delete the done ones": a status alone names all the tasks in it.
  const plural = filter.all || (!!filter.status && filter.words.length === 0) || /\b(?:tasks|todos|to-dos|items|ones|them|things|stuff|errands|chores|reminders|events|meetings|appointments)\b/i.test(phrase);
  const kinds = filter.words.filter((w) => KIND_NOUNS.has(w));
  const words = filter.words.filter((w) => !KIND_NOUNS.has(w));
  const dated = !!(filter.dueFrom || filter.overdue || filter.noDue || reference.times || reference.order);
  const structured = dated || !!(filter.priority || filter.tags.length || filter.status);
  if (filter.words.length === 0 && !structured && !filter.all && !reference.list) return { kind: 'unclear' };
  const status = filter.status ?? (reference.order === 'next' ? 'pending' : defaultStatus(purpose));
  const loaded = await loadTasks(turn, { ...filter, status });
  let pool = reference.times ? loaded.filter((t) => dueAtTimeOfDay(t, reference.times ?? [], turn.timeZone)) : loaded;
  // "everything on my grocery list": with no title words, the list named is the set.
  if (reference.list && words.length === 0) pool = inList(pool, reference.list);
  if (reference.order) pool = orderPool(pool, reference.order, turn.now);
  let matches = matchPool(words, kinds, pool, reference.phrase, plural);
  // The day or time said may be off ("the dentist on friday" when it is on Thursday): the title words alone, but ask before acting.
  let relaxed = false;
  const { dueFrom: _from, dueTo: _to, overdue: _overdue, noDue: _noDue, ...undated } = filter;
  let undatedPool: Task[] | undefined;
  const relaxDate = dated && filter.words.length > 0 && !reference.order;
  if (matches.tasks.length === 0 && relaxDate) {
    undatedPool = await loadTasks(turn, { ...undated, status });
    // Off the day, a kind noun alone names only the titles that carry it: "my past appointments" is not every task.
    matches = words.length > 0 || rankTasks(kinds, undatedPool, kinds.join(' ')).length > 0 ? matchPool(words, kinds, undatedPool, reference.phrase, plural) : { tasks: [], confident: false };
    relaxed = matches.tasks.length > 0;
  }
  // "the lunch with marco", "the call with the accountant": the title may not carry who it is with; ask before acting.
  // Nor where it is: "my reservation at the italian restaurant" → "Reservation".
  const withless = reference.phrase.replace(/\s+(?:with|at|in)\s+(?!\d)(?!(?:the )?(?:morning|afternoon|evening|night)\b).+?(?=\s+(?:on|at|for|from|tomorrow|today|tonight|this|next)\b|$)/i, '');
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
  // "the last item" may be the last line of the list as well as the newest task; "the last one I added" is not.
  if (reference.order === 'newest' && !/\b(?:added|created|made|put in|entered|wrote)\b/i.test(phrase)) relaxed = true;
  // Deleting "the last one I added" when it was not added in this conversation: the user may not recall which that is.
  if (reference.order === 'newest' && purpose === 'delete' && found[0] && !turn.state.lastTaskIds?.includes(found[0].id)) relaxed = true;
  if (purpose === 'update' && !filter.status && found.length > 1) {
    const pending = found.filter((t) => t.status === 'pending');
    if (pending.length > 0) found = pending;
  }
  if (found.length === 0) {
    const none: Extract<Resolution, { kind: 'none' }> = { kind: 'none', phrase, filter, ...(reference.list !== undefined ? { list: reference.list } : {}), ...(reference.at ? { at: reference.at } : {}) };
    if (!filter.status && status !== 'all' && filter.words.length > 0) {
      const other = rankTasks(filter.words, await loadTasks(turn, { ...filter, status: status === 'pending' ? 'completed' : 'pending' }), phrase);
      if (other.length > 0) none.alreadyInOtherStatus = bestMatches(other).map((r) => r.task);
    }
    // "remove thursday's lunch" with no lunch on Thursday: what Thursday holds; "pepper from my grocery list": that list.
    const narrowed = reference.list ? inList(pool, reference.list) : dated || filter.tags.length ? pool : [];
    if (words.length > 0 && narrowed.length > 0) none.nearby = narrowed.slice(0, MAX_NEARBY);
    // "remove the event at noon on monday" and monday is empty: the day was wrong or the entry is elsewhere — show the
    // pending ones to pick from rather than guess.
    else if (words.length === 0 && dated && (purpose === 'delete' || purpose === 'complete') && !filter.all) {
      const pending = (undatedPool ?? (await loadTasks(turn, { ...undated, status }))).filter((t) => t.status === 'pending');
      if (pending.length > 0) none.nearby = pending.slice(0, MAX_NEARBY);
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
 * "my grocery list", "this list", "the to do list from today": a task titled so, or else what that list holds — tasks
 * tagged with its name (the one list: every task), within the day the rest of the phrase names. Always asked first.
 */
async function resolveList(turn: TurnContext, reference: TargetReference, filter: TaskFilter, purpose: TargetPurpose): Promise<Resolution> {
  const pool = await loadTasks(turn, { ...filter, status: filter.status ?? defaultStatus(purpose) });
  const name = (reference.list ?? '').split(/\s+/).filter(Boolean);
  const titled = name.length > 0 ? rankTasks(name, pool, name.join(' ')).filter((r) => matchScore(name, { ...r.task, tags: [], description: null }) >= 0.95) : [];
  if (titled.length === 1) return { kind: 'found', tasks: [(titled[0] as RankedTask).task], unsure: true };
  const held = name.length > 0 ? inList(pool, name.join(' ')) : pool;
  if (held.length === 0) return { kind: 'none', phrase: reference.list ?? '', filter, list: reference.list ?? '' };
  return { kind: 'found', tasks: held, wholeList: true, ...(name.length === 0 ? { broad: true } : {}) };
}

/** Tasks on the named list: tagged with (a form of) one of its words ("grocery" → #groceries). */
function inList(pool: Task[], list: string): Task[] {
  const words = list.split(/\s+/).filter(Boolean);
  if (words.length === 0) return pool;
  return pool.filter((t) => t.tags.some((tag) => words.some((w) => wordMatches(w, tag.toLowerCase()) >= 0.9)));
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
