// Task schemas (zod): the contract's task shape, create/patch inputs, list query; tag and timestamp normalisation.
import { z } from 'zod';
import { RECURRENCE_PRESETS, normaliseRecurrence } from './recurrence.js';
import { InvalidError } from './errors.js';

export const PRIORITIES = ['low', 'medium', 'high'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

export const TASK_STATUSES = ['pending', 'completed'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const TAGS_MAX = 20;
export const TAG_MAX = 40;
export const REMINDER_MINUTES_MAX = 525_600;

/** Years a timestamp may fall in (the database and ISO strings agree on these; reminders may reach a year earlier). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;
const YEARS_MESSAGE = `must be between the years ${MIN_YEAR} and ${MAX_YEAR}`;
function inSupportedYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** An ISO 8601 instant with a zone (`Z` or `+05:00`), returned as UTC `…Z` with milliseconds. */
export const TimestampInput = z
  .iso.datetime({ offset: true, message: 'must be an ISO 8601 timestamp with a timezone, e.g. 2026-02-10T18:00:00Z' })
  .refine(inSupportedYears, YEARS_MESSAGE)
  .transform((value) => new Date(value).toISOString());

const IsoTimestamp = z.iso.datetime().describe('ISO 8601 timestamp in UTC');

/** A tag as stored: trimmed, leading `#` dropped, lower-case, 1–40 chars, no commas (commas separate tags in queries). */
export const TagInput = z
  .string()
  .transform((value) => value.trim().replace(/^#+/, '').trim().toLowerCase())
  .pipe(z.string().min(1, 'a tag cannot be empty').max(TAG_MAX, `a tag is at most ${TAG_MAX} characters`).regex(/^[^,]*$/, 'a tag cannot contain a comma'));

/** Normalises a list of tags: each as `TagInput`, de-duplicated, order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => TagInput.parse(tag)))];
}

const TagsInput = z
  .array(TagInput)
  .max(TAGS_MAX, `at most ${TAGS_MAX} tags`)
  .transform((tags) => [...new Set(tags)]);

export const RecurrenceOutput = z.object({
  rule: z.string().describe('RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE'),
  text: z.string().describe('Human-readable English, e.g. "every week on Monday, Wednesday"'),
});

/** A preset or `{rule}`; output is the normalised `{rule, text}` (invalid rules become a validation issue). */
export const RecurrenceInputSchema = z
  .union([
    z.enum(RECURRENCE_PRESETS),
    z.object({ rule: z.string().min(1).max(500).describe('RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=MO,WE') }),
  ])
  .transform((value, ctx) => {
    try {
      return normaliseRecurrence(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : 'invalid recurrence' });
      return z.NEVER;
    }
  });

export const TaskSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    status: TaskStatus,
    priority: Priority,
    tags: z.array(z.string()),
    dueAt: IsoTimestamp.nullable(),
    remindAt: IsoTimestamp.nullable(),
    recurrence: RecurrenceOutput.nullable(),
    completedAt: IsoTimestamp.nullable(),
    seriesId: z.string().nullable().describe('Shared by all occurrences of a recurring task'),
    previousTaskId: z.string().nullable().describe('The occurrence whose completion created this one'),
    createdAt: IsoTimestamp,
    updatedAt: IsoTimestamp,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof TaskSchema>;

const Title = z.string().trim().min(1, 'title cannot be empty').max(TITLE_MAX, `title is at most ${TITLE_MAX} characters`);
const Description = z
  .string()
  .max(DESCRIPTION_MAX, `description is at most ${DESCRIPTION_MAX} characters`)
  .nullable()
  .transform((value) => (value === null || value.trim() === '' ? null : value));
const ReminderMinutes = z
  .number()
  .int()
  .min(0)
  .max(REMINDER_MINUTES_MAX)
  .describe('Sets remindAt this many minutes before dueAt (needs dueAt); instead of remindAt');

const taskFields = {
  title: Title,
  description: Description.optional(),
  priority: Priority.nullable().optional().describe('null resets to medium'),
  tags: TagsInput.nullable().optional().describe('null clears all tags'),
  dueAt: TimestampInput.nullable().optional(),
  remindAt: TimestampInput.nullable().optional(),
  reminderMinutesBefore: ReminderMinutes.nullable().optional(),
  recurrence: RecurrenceInputSchema.nullable().optional().describe('A preset (daily, weekdays, weekly, biweekly, monthly, yearly) or {rule}'),
};

function noReminderConflict(value: { remindAt?: unknown; reminderMinutesBefore?: unknown }): boolean {
  return !(value.remindAt != null && value.reminderMinutesBefore != null);
}
const reminderConflict = { message: 'give either remindAt or reminderMinutesBefore, not both', path: ['reminderMinutesBefore'] };

/** Body of `POST /api/tasks`. Unknown fields are ignored. */
export const TaskCreateSchema = z
  .object(taskFields)
  .refine(noReminderConflict, reminderConflict)
  .refine((value) => value.reminderMinutesBefore == null || value.dueAt != null, {
    message: 'reminderMinutesBefore needs dueAt',
    path: ['reminderMinutesBefore'],
  })
  .meta({ id: 'TaskCreate' });
export type TaskCreateInput = z.input<typeof TaskCreateSchema>;
export type TaskCreate = z.output<typeof TaskCreateSchema>;

/** Body of `PATCH /api/tasks/:id`: every field optional, `null` clears; `status` completes or reopens. */
export const TaskPatchSchema = z
  .object({ ...taskFields, title: Title.optional(), status: TaskStatus.optional() })
  .refine(noReminderConflict, reminderConflict)
  .meta({ id: 'TaskPatch' });
export type TaskPatchInput = z.input<typeof TaskPatchSchema>;
export type TaskPatch = z.output<typeof TaskPatchSchema>;

/**
 * The remindAt a change leaves: `reminderMinutesBefore` counts back from the (new or existing) dueAt,
 * an explicit `remindAt` wins, otherwise the existing value stays.
 */
export function resolveRemindAt(
  change: { remindAt?: string | null; reminderMinutesBefore?: number | null },
  dueAt: string | null,
  current: string | null,
): string | null {
  if (change.reminderMinutesBefore === null) return null;
  if (change.reminderMinutesBefore !== undefined) {
    if (dueAt === null) {
      throw new InvalidError('reminderMinutesBefore needs dueAt.', { field: 'reminderMinutesBefore' });
    }
    return new Date(Date.parse(dueAt) - change.reminderMinutesBefore * 60_000).toISOString();
  }
  return change.remindAt !== undefined ? change.remindAt : current;
}

export const TASK_SORTS = ['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/** A comma-separated query value (or repeated parameter), each item validated by `item`. */
function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50));
}

/** A date (`2026-02-10`, whole UTC day) or an ISO timestamp; `edge` picks the start or the end of a bare date. */
function rangeBound(edge: 'start' | 'end') {
  return z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'must be a date (2026-02-10) or an ISO 8601 timestamp' })
    .refine(inSupportedYears, YEARS_MESSAGE)
    .transform((value) =>
      value.length === 10 ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : new Date(value).toISOString(),
    );
}

/** Query of `GET /api/tasks`; unknown values are rejected, unknown parameters ignored. */
/** A query-string boolean: exactly `true` or `false` (a parsed boolean passes through, so output re-parses). */
function booleanFlag() {
  return z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);
}

export const TaskListQuerySchema = z
  .object({
    status: z.enum(['pending', 'completed', 'all']).default('all'),
    q: z.string().trim().max(200).optional().describe('Case-insensitive search in title and description'),
    priority: commaList(Priority).optional().describe('Comma list, e.g. high,medium'),
    tags: commaList(TagInput).optional().describe('Comma list; a task must carry all of them'),
    dueFrom: rangeBound('start').optional().describe('Inclusive lower bound on dueAt'),
    dueTo: rangeBound('end').optional().describe('Inclusive upper bound on dueAt'),
    overdue: booleanFlag().optional().describe('true: pending tasks whose dueAt has passed'),
    hasDue: booleanFlag().optional().describe('true: tasks with a dueAt; false: tasks without one'),
    sort: z.enum(TASK_SORTS).default('createdAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z
      .string()
      .max(1000)
      .optional()
      .transform((value) => value || undefined)
      .describe('Opaque; the nextCursor of the previous page (empty = first page)'),
  });
export type TaskListQueryInput = z.input<typeof TaskListQuerySchema>;
export type TaskListQuery = z.output<typeof TaskListQuerySchema>;

export const TaskPageSchema = z.object({ items: z.array(TaskSchema), nextCursor: z.string().nullable() });
export type TaskPage = z.infer<typeof TaskPageSchema>;

export const TagCountSchema = z.object({ name: z.string(), count: z.number().int() });
export type TagCount = z.infer<typeof TagCountSchema>;
