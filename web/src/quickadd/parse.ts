// Reads a quick-add line with the assistant's own parser (browser-safe entry @todo/assistant/parse, the one the chat uses), in the user's timezone.
import { parseTaskDetails, type TaskDraft } from '@todo/assistant/parse';
import type { TaskInput } from '../api/types.js';

export type QuickAddDraft = TaskDraft;

export function parseQuickAdd(text: string, timeZone: string, now: Date = new Date()): QuickAddDraft {
  return parseTaskDetails(text, { now, timeZone });
}

/** The POST /api/tasks body for a draft; tags picked in the current view are added. */
export function draftToInput(draft: QuickAddDraft, extraTags: string[]): TaskInput {
  const tags = [...new Set([...draft.tags.map((t) => t.toLowerCase()), ...extraTags])];
  const input: TaskInput = { title: draft.title };
  if (draft.description) input.description = draft.description;
  if (tags.length) input.tags = tags;
  if (draft.priority) input.priority = draft.priority;
  if (draft.dueAt) input.dueAt = draft.dueAt;
  if (draft.recurrence) input.recurrence = { rule: draft.recurrence.rule };
  if (draft.remindAt) input.remindAt = draft.remindAt;
  else if (draft.reminderMinutesBefore !== undefined) input.reminderMinutesBefore = draft.reminderMinutesBefore;
  return input;
}
