// The task tools, implemented once over TaskService and bound to one authenticated user; chat and MCP both call these.
import type { z } from 'zod';
import {
  InvalidError,
  RECURRENCE_PRESETS,
  isDomainError,
  type RecurrenceInput,
  type Task,
  type TaskListQueryInput,
  type TaskPatchInput,
  type TaskService,
} from '@todo/domain';
import { findDate, resolveDate } from '../parse/due-date.js';
import { findRecurrence } from '../parse/recurrence-phrase.js';
import {
  AddTaskInput,
  ListTasksInput,
  SearchTasksInput,
  SetReminderInput,
  TaskIdInput,
  UpdateTaskInput,
} from './tool-schemas.js';

export interface ToolContext {
  taskService: TaskService;
  userId: string;
  timeZone: string;
  now: () => Date;
  correlationId?: string;
}

export interface ToolDefinition<S extends z.ZodObject = z.ZodObject> {
  name: ToolName;
  description: string;
  inputSchema: S;
  run(input: z.infer<S>): Promise<unknown>;
}

export const TOOL_NAMES = ['add_task', 'list_tasks', 'update_task', 'complete_task', 'delete_task', 'search_tasks', 'set_reminder'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

export interface ToolAction {
  tool: ToolName;
  input: unknown;
  output: unknown;
}

export interface TaskListOutput {
  items: Task[];
  count: number;
  hasMore: boolean;
}

export interface DeletedOutput {
  deleted: true;
  taskId: string;
  title: string;
}

function define<S extends z.ZodObject>(tool: ToolDefinition<S>): ToolDefinition<S> {
  return tool;
}

/** The seven tools for one user. Inputs are validated by the caller (`callTool`) or by the MCP / AI SDK layer. */
export function createTaskTools(ctx: ToolContext): ToolDefinition[] {
  const { taskService, userId } = ctx;
  const opts = ctx.correlationId ? { correlationId: ctx.correlationId } : {};
  const when = (value: string) => parseWhen(value, ctx);

  const tools = [
    define({
      name: 'add_task',
      description: 'Create a task for the user. Dates may be ISO timestamps or plain English in the user\'s time zone.',
      inputSchema: AddTaskInput,
      run: (input) =>
        taskService.create(
          userId,
          {
            title: input.title,
            ...(input.description !== undefined ? { description: input.description } : {}),
            ...(input.priority ? { priority: input.priority } : {}),
            ...(input.tags ? { tags: input.tags } : {}),
            ...(input.dueAt ? { dueAt: when(input.dueAt) } : {}),
            ...(input.remindAt ? { remindAt: when(input.remindAt) } : {}),
            ...(input.reminderMinutesBefore !== undefined ? { reminderMinutesBefore: input.reminderMinutesBefore } : {}),
            ...(input.recurrence ? { recurrence: parseRecurrence(input.recurrence) } : {}),
          },
          opts,
        ),
    }),
    define({
      name: 'list_tasks',
      description: 'List the user\'s tasks (pending by default, soonest due first), filtered by status, priority, tags, due range or overdue.',
      inputSchema: ListTasksInput,
      run: async (input) => {
        const query: TaskListQueryInput = {
          status: input.status ?? 'pending',
          sort: input.sort ?? 'dueAt',
          order: input.order ?? 'asc',
          limit: input.limit ?? 50,
          ...(input.priority?.length ? { priority: input.priority.join(',') } : {}),
          ...(input.tags?.length ? { tags: input.tags.join(',') } : {}),
          ...(input.dueFrom ? { dueFrom: when(input.dueFrom) } : {}),
          ...(input.dueTo ? { dueTo: when(input.dueTo) } : {}),
          ...(input.overdue ? { overdue: 'true' as const } : {}),
        };
        return pageOutput(await taskService.list(userId, query));
      },
    }),
    define({
      name: 'search_tasks',
      description: 'Find the user\'s tasks whose title or description contains the query (case-insensitive).',
      inputSchema: SearchTasksInput,
      run: async (input) =>
        pageOutput(
          await taskService.list(userId, { q: input.query, status: input.status ?? 'all', sort: 'updatedAt', order: 'desc', limit: input.limit ?? 50 }),
        ),
    }),
    define({
      name: 'update_task',
      description: 'Change a task: title, description, due time, priority, tags (replace, add or remove), recurrence, or status.',
      inputSchema: UpdateTaskInput,
      run: async (input) => {
        const patch: TaskPatchInput = {};
        if (input.title !== undefined) patch.title = input.title;
        if (input.description !== undefined) patch.description = input.description;
        if (input.dueAt !== undefined) patch.dueAt = input.dueAt === null ? null : when(input.dueAt);
        if (input.priority !== undefined) patch.priority = input.priority;
        if (input.recurrence !== undefined) patch.recurrence = input.recurrence === null ? null : parseRecurrence(input.recurrence);
        if (input.status !== undefined) patch.status = input.status;
        if (input.tags !== undefined) patch.tags = input.tags;
        // Added/removed tags are applied to the tags read inside the update's transaction (two edits never lose one).
        const tagEdit = input.addTags !== undefined || input.removeTags !== undefined ? { add: input.addTags ?? [], remove: input.removeTags ?? [] } : undefined;
        return taskService.update(userId, input.taskId, patch, { ...opts, ...(tagEdit ? { tagEdit } : {}) });
      },
    }),
    define({
      name: 'complete_task',
      description: 'Mark a task completed (a repeating task gets its next occurrence).',
      inputSchema: TaskIdInput,
      run: (input) => taskService.complete(userId, input.taskId, opts),
    }),
    define({
      name: 'delete_task',
      description: 'Delete a task for good.',
      inputSchema: TaskIdInput,
      run: async (input): Promise<DeletedOutput> => {
        const task = await taskService.get(userId, input.taskId);
        await taskService.remove(userId, input.taskId, opts);
        return { deleted: true, taskId: task.id, title: task.title };
      },
    }),
    define({
      name: 'set_reminder',
      description: 'Set (remindAt or minutesBefore the due time) or remove (remindAt: null) a task\'s reminder.',
      inputSchema: SetReminderInput,
      run: (input) => {
        if (input.minutesBefore !== undefined) {
          return taskService.update(userId, input.taskId, { reminderMinutesBefore: input.minutesBefore }, opts);
        }
        if (input.remindAt === undefined) throw new InvalidError('Give remindAt or minutesBefore.', { field: 'remindAt' });
        return taskService.update(userId, input.taskId, { remindAt: input.remindAt === null ? null : when(input.remindAt) }, opts);
      },
    }),
  ];
  return tools as unknown as ToolDefinition[];
}

/** Validates and runs one tool; domain errors come back as `{error}` output so that a conversation can go on. */
export async function callTool(tools: ToolDefinition[], name: string, rawInput: unknown): Promise<{ action: ToolAction; ok: boolean }> {
  const tool = tools.find((t) => t.name === name);
  if (!tool) return { action: { tool: name as ToolName, input: rawInput, output: { error: { code: 'unknown_tool', message: `No tool ${name}.` } } }, ok: false };
  const parsed = tool.inputSchema.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return { action: { tool: tool.name, input: rawInput, output: { error: { code: 'invalid_request', message } } }, ok: false };
  }
  try {
    return { action: { tool: tool.name, input: parsed.data, output: await tool.run(parsed.data) }, ok: true };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return { action: { tool: tool.name, input: parsed.data, output: { error: { code: error.code, message: error.message } } }, ok: false };
  }
}

function pageOutput(page: { items: Task[]; nextCursor: string | null }): TaskListOutput {
  return { items: page.items, count: page.items.length, hasMore: page.nextCursor !== null };
}

/** An ISO timestamp as is; otherwise English read in the user's zone ("tomorrow 5pm"). */
export function parseWhen(value: string, ctx: { timeZone: string; now: () => Date }): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) {
    // A timestamp without a zone is the user's wall clock.
    if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) return new Date(trimmed).toISOString();
  }
  const parseCtx = { now: ctx.now(), timeZone: ctx.timeZone };
  const found = findDate(trimmed.replace('T', ' '), parseCtx);
  if (!found) throw new InvalidError(`I could not read "${value}" as a date or time.`, { value });
  return resolveDate(found, parseCtx).toISOString();
}

/** A preset, an RRULE, or English ("every 3 days"). */
export function parseRecurrence(value: string): RecurrenceInput {
  const trimmed = value.trim();
  const preset = trimmed.toLowerCase() as (typeof RECURRENCE_PRESETS)[number];
  if (RECURRENCE_PRESETS.includes(preset)) return preset;
  if (/FREQ=/i.test(trimmed)) return { rule: trimmed };
  const phrase = findRecurrence(/^(?:every|each|daily|weekly|monthly|yearly|on)\b/i.test(trimmed) ? trimmed : `every ${trimmed}`);
  if (!phrase) throw new InvalidError(`I could not read "${value}" as a repetition.`, { value });
  return { rule: phrase.recurrence.rule };
}
