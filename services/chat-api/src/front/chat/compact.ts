// What a conversation keeps of a turn (and a chat response carries): ids, titles and counts of the tools' results, every string
// clipped and made storable, so a message has a fixed maximum size whatever the tools returned (limits in docs/ARCHITECTURE.md).
import type { ToolAction } from '@todo/assistant';

/** Limits of one stored (and returned) chat message. */
export const CHAT_LIMITS = {
  /** Characters of a message's text (the user's message is at most 4000 already). */
  contentChars: 8000,
  /** Tasks named in a list/search result; `count` still gives the full number. */
  listedTasks: 20,
  /** Characters of a task title or any other string in a tool's input or result. */
  stringChars: 200,
  /** Elements kept of any other array, and nesting depth kept, in a tool's input. */
  arrayItems: 20,
  depth: 4,
} as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// NUL and unpaired surrogates cannot be stored by PostgreSQL (text or jsonb); they are replaced, never refused, because the
// turn they belong to has already run.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storableText(value: string, max: number): string {
  const clean = value.replace(UNSTORABLE, '\ufffd');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Any JSON-like value with strings clipped, arrays shortened and nesting cut at CHAT_LIMITS.depth. */
export function boundedValue(value: unknown, depth = 0): Json {
  if (typeof value === 'string') return storableText(value, CHAT_LIMITS.stringChars);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value === null || value === undefined) return value ?? null;
  if (depth >= CHAT_LIMITS.depth) return null;
  if (Array.isArray(value)) return value.slice(0, CHAT_LIMITS.arrayItems).map((item) => boundedValue(item, depth + 1));
  if (typeof value !== 'object') return null;
  const entries = Object.entries(value as Record<string, unknown>).slice(0, CHAT_LIMITS.arrayItems);
  return Object.fromEntries(entries.map(([key, item]) => [storableText(key, CHAT_LIMITS.stringChars), boundedValue(item, depth + 1)]));
}

const TASK_FIELDS = ['id', 'title', 'status', 'priority', 'dueAt', 'remindAt', 'completedAt', 'tags', 'recurrence', 'seriesId'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A task as a reply needs it: no description, bounded strings. */
function taskRef(task: Record<string, unknown>): Json {
  return boundedValue(Object.fromEntries(TASK_FIELDS.filter((field) => field in task).map((field) => [field, task[field]])));
}

function compactOutput(output: unknown): Json {
  if (!isRecord(output)) return boundedValue(output);
  if (Array.isArray(output.items)) {
    const items = output.items.filter(isRecord);
    return {
      count: typeof output.count === 'number' ? output.count : items.length,
      hasMore: output.hasMore === true,
      items: items.slice(0, CHAT_LIMITS.listedTasks).map(taskRef),
    };
  }
  if (typeof output.id === 'string' && typeof output.title === 'string') return taskRef(output);
  return boundedValue(output);
}

/** One tool call as stored and returned: its input bounded, its result reduced to ids, titles and counts. */
export function compactAction(action: ToolAction): { tool: string; input: Json; output: Json } {
  return { tool: storableText(action.tool, CHAT_LIMITS.stringChars), input: boundedValue(action.input), output: compactOutput(action.output) };
}
