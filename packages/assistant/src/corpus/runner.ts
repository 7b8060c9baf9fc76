// Runs phrase-corpus cases against a TaskService (in memory, or the database one): seeds tasks, plays the conversation
// through the interpreter, checks.
import { randomUUID } from 'node:crypto';
import { instantOf, wallClockAt, type Task, type TaskCreateInput, type TaskService } from '@todo/domain';
import { interpret, type AssistantReply } from '../interpreter/interpreter.js';
import type { ConversationState } from '../interpreter/turn.js';
import { createTaskTools } from '../tools/task-tools.js';

export const CORPUS_NOW = '2026-11-25T14:00:00.000Z'; // Wednesday 09:00 in New York
export const CORPUS_ZONE = 'America/New_York';

export interface Seed {
  title: string;
  /** Local wall clock in the case's zone, "2026-11-26 17:00". */
  due?: string;
  priority?: 'low' | 'medium' | 'high';
  tags?: string[];
  recurrence?: TaskCreateInput['recurrence'];
  completed?: boolean;
}

export interface Outcome {
  reply: string;
  replies: string[];
  tasks: Task[];
  seeded: Task[];
  actions: AssistantReply['actions'];
  zone: string;
}

export interface PhraseCase {
  say: string | string[];
  seed?: Seed[];
  zone?: string;
  /** Throws (e.g. via node:assert) when the outcome is wrong. */
  check(outcome: Outcome): void;
}

export interface CaseResult {
  phrase: string;
  ok: boolean;
  error?: string;
  /** Interpreter time per message, ms (tool calls on the database included). */
  timings: number[];
}

/** "2026-11-26 17:00" in `zone` → ISO instant. */
export function localToIso(local: string, zone: string): string {
  const [date, time = '09:00'] = local.split(' ');
  const [year = 1970, month = 1, day = 1] = (date ?? '').split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return instantOf({ year, month, day, hour, minute }, zone).toISOString();
}

/** ISO instant → "2026-11-26 17:00" in `zone`. */
export function isoToLocal(iso: string | null, zone: string): string | null {
  if (!iso) return null;
  const w = wallClockAt(new Date(iso), zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)}`;
}

export interface CorpusEnvironment {
  taskService: TaskService;
  now: () => Date;
  /** Creates the user a case runs as (the database service needs a users row); a fresh id by default. */
  newUser?: (zone: string) => Promise<string>;
}

export async function runCase(env: CorpusEnvironment, testCase: PhraseCase): Promise<CaseResult> {
  const zone = testCase.zone ?? CORPUS_ZONE;
  const messages = Array.isArray(testCase.say) ? testCase.say : [testCase.say];
  const phrase = messages.join(' ⟶ ');
  const userId = env.newUser ? await env.newUser(zone) : randomUUID();
  const seeded: Task[] = [];
  for (const seed of testCase.seed ?? []) {
    const task = await env.taskService.create(userId, {
      title: seed.title,
      ...(seed.due ? { dueAt: localToIso(seed.due, zone) } : {}),
      ...(seed.priority ? { priority: seed.priority } : {}),
      ...(seed.tags ? { tags: seed.tags } : {}),
      ...(seed.recurrence ? { recurrence: seed.recurrence } : {}),
    });
    seeded.push(seed.completed ? await env.taskService.complete(userId, task.id) : task);
  }
  const tools = createTaskTools({ taskService: env.taskService, userId, timeZone: zone, now: env.now });
  let state: ConversationState = {};
  const replies: string[] = [];
  const actions: AssistantReply['actions'] = [];
  const timings: number[] = [];
  try {
    for (const message of messages) {
      const started = performance.now();
      const result = await interpret({ message, tools, timeZone: zone, now: env.now(), state });
      timings.push(performance.now() - started);
      state = result.state;
      replies.push(result.reply);
      actions.push(...result.actions);
    }
    const tasks = (await env.taskService.list(userId, { status: 'all', limit: 200, sort: 'createdAt', order: 'asc' })).items;
    testCase.check({ reply: replies.at(-1) ?? '', replies, tasks, seeded, actions, zone });
    return { phrase, ok: true, timings };
  } catch (error) {
    const reply = replies.at(-1) ?? '';
    return { phrase, ok: false, error: `${error instanceof Error ? error.message : String(error)} — reply: ${reply}`, timings };
  }
}
