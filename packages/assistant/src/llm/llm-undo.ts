// Undo for the LLM path: the tool calls that take back what the model's tool calls changed (same shape as the interpreter's undo).
import type { Task } from '@todo/domain';
import { recreateStep, type ConversationState } from '../interpreter/turn.js';
import type { ToolAction, ToolName } from '../tools/task-tools.js';

export type UndoStep = NonNullable<ConversationState['undo']>['steps'][number];

const WRITE_TOOLS: ReadonlySet<ToolName> = new Set(['add_task', 'update_task', 'complete_task', 'delete_task', 'set_reminder']);

export function isWrite(tool: ToolName): boolean {
  return WRITE_TOOLS.has(tool);
}

/** The steps that restore the state before one successful write; `before` is the task as it was (absent for add_task). */
export function undoStepsFor(action: ToolAction, before: Task | undefined): UndoStep[] {
  if (action.tool === 'add_task') {
    const created = action.output as Task;
    return [{ tool: 'delete_task', input: { taskId: created.id } }];
  }
  if (!before) return [];
  if (action.tool === 'delete_task') {
    return [recreateStep(before)];
  }
  if (action.tool === 'complete_task') return [{ tool: 'update_task', input: { taskId: before.id, status: before.status } }];
  return [
    {
      tool: 'update_task',
      input: {
        taskId: before.id,
        title: before.title,
        description: before.description,
        dueAt: before.dueAt,
        priority: before.priority,
        tags: before.tags,
        recurrence: before.recurrence?.rule ?? null,
        status: before.status,
      },
    },
    { tool: 'set_reminder', input: { taskId: before.id, remindAt: before.remindAt } },
  ];
}

/** Undo for a whole turn: each write's steps, the last write undone first. */
export function undoForTurn(writes: Array<{ action: ToolAction; before: Task | undefined }>): ConversationState['undo'] {
  const steps = writes
    .slice()
    .reverse()
    .flatMap((w) => undoStepsFor(w.action, w.before));
  if (steps.length === 0) return undefined;
  const label = writes.map((w) => `${PAST[w.action.tool]} "${titleOf(w)}"`).join(', ');
  return { label: label.length > 300 ? `${label.slice(0, 297)}…` : label, steps };
}

const PAST: Record<ToolName, string> = {
  add_task: 'added',
  update_task: 'changed',
  complete_task: 'completed',
  delete_task: 'deleted',
  set_reminder: 'set the reminder of',
  list_tasks: 'listed',
  search_tasks: 'searched',
};

function titleOf(write: { action: ToolAction; before: Task | undefined }): string {
  const output = write.action.output as { title?: unknown };
  return write.before?.title ?? (typeof output.title === 'string' ? output.title : 'a task');
}
