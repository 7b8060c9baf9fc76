// Loose task matching: which tasks do the words "dentist", "shopping", "email to bob" mean? Typo- and plural-tolerant.
import type { Task } from '@todo/domain';

function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/'s$/, '')
    .replace(/(?:ies)$/, 'y')
    .replace(/(?:ing|ed|es|s)$/, '')
    // A noun made of its verb ("renewal", "arrival", "removal", "proposal") names the task the verb titles.
    .replace(/^(.{3,}(?:ew|iv|ov|rr|os))al$/, '$1')
    .replace(/(.)\1$/, '$1');
}

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Edit distance, stopping early once it exceeds `max`. */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return (previous[b.length] ?? max + 1) <= max;
}

// Shorthand people type for a word a title spells out ("the car rego" → "Renew car registration"): matching only.
const SHORTHAND: Record<string, string> = { rego: 'registration', appt: 'appointment', appts: 'appointment', mtg: 'meeting', bday: 'birthday', dr: 'doctor', doc: 'doctor', pres: 'presentation', admin: 'administration', govt: 'government', dept: 'department', mgr: 'manager' };

/** How well one word stands for another, 0–1 (stems, prefixes, a typo, shorthand). */
export function wordMatches(query: string, candidate: string): number {
  if (query === candidate || SHORTHAND[query] === candidate || SHORTHAND[candidate] === query) return 1;
  const q = stem(query);
  const c = stem(candidate);
  if (q === c) return 1;
  if (q.length >= 3 && c.startsWith(q)) return 0.9;
  if (c.length >= 4 && q.startsWith(c)) return 0.8;
  if (q.length >= 5 && withinDistance(q, c, q.length >= 8 ? 2 : 1)) return 0.8;
  return 0;
}

/** How well the words describe the task, 0–1: the share of words found in its title, tags or description. */
export function matchScore(words: string[], task: Task): number {
  if (words.length === 0) return 0;
  const titleTokens = tokens(task.title);
  const tagTokens = task.tags.flatMap(tokens);
  const descriptionTokens = tokens(task.description ?? '').slice(0, 200);
  let total = 0;
  for (const word of words.map((w) => w.toLowerCase())) {
    const inTitle = Math.max(0, ...titleTokens.map((t) => wordMatches(word, t)));
    const inTags = Math.max(0, ...tagTokens.map((t) => wordMatches(word, t)));
    const inDescription = Math.max(0, ...descriptionTokens.map((t) => wordMatches(word, t))) * 0.6;
    total += Math.max(inTitle, inTags, inDescription);
  }
  return total / words.length;
}

export interface RankedTask {
  task: Task;
  score: number;
}

/** Tasks the words plausibly mean, best first (an exact title wins outright). */
export function rankTasks(words: string[], tasks: Task[], phrase: string): RankedTask[] {
  const wanted = phrase.trim().toLowerCase();
  const exact = tasks.filter((t) => t.title.trim().toLowerCase() === wanted);
  if (exact.length > 0) return exact.map((task) => ({ task, score: 2 }));
  return tasks
    .map((task) => ({ task, score: matchScore(words, task) }))
    .filter((r) => r.score >= 0.6)
    .sort((a, b) => b.score - a.score);
}

/** The top-scoring group: several tasks that match equally well are an ambiguity. */
export function bestMatches(ranked: RankedTask[]): RankedTask[] {
  const top = ranked[0]?.score ?? 0;
  return ranked.filter((r) => r.score >= top - 0.05);
}
