// One conversational turn: the user's zone and clock, the tools, the actions taken so far, and the conversation state.
import type { Task } from '@todo/domain';
import type { ToolAction, ToolDefinition, ToolName } from '../tools/task-tools.js';
import { callTool } from '../tools/task-tools.js';
import type { Intent } from './intent.js';

/** What the interpreter remembers between turns of one conversation (stored with it). */
export interface ConversationState {
  /** A question the assistant asked and is waiting for an answer to. */
  pending?:
    | {
        kind: 'choose';
        intent: Intent;
        candidateIds: string[];
        /** A yes/no confirmation of a change to all of them. */
        confirm?: boolean;
        /** The change the asking turn already made belongs to the same request: one undo takes back both. */
        joinUndo?: boolean;
      }
    | { kind: 'confirm_add'; text: string };
  /** Tasks the last turn created or changed ("it", "that"). */
  lastTaskIds?: string[];
  /** Tasks the last list showed, in order ("the second one"). */
  lastListIds?: string[];
  /** The question the last turn answered, so "and friday?" can ask it again for another day. */
  lastQuery?: { text: string; search: boolean; count: boolean };
  /** How to take back the last change ("undo"). */
  undo?: { label: string; steps: UndoStep[] };
}

/** One undo for changes made in turn (oldest first): the newest is taken back first. */
export function joinUndos(undos: Array<NonNullable<ConversationState['undo']>>): ConversationState['undo'] {
  if (undos.length <= 1) return undos[0];
  return { label: undos.map((u) => u.label).join('; '), steps: undos.toReversed().flatMap((u) => u.steps) };
}

/** One call that takes back part of a change; `thenComplete` completes the task it re-creates (a deleted done task). */
export interface UndoStep {
  tool: ToolName;
  input: Record<string, unknown>;
  thenComplete?: boolean;
}

/** Runs undo steps in order through `call` (which records and may throw); a re-created done task is completed again. */
export async function runUndoSteps(steps: UndoStep[], call: (name: ToolName, input: unknown) => Promise<unknown>): Promise<void> {
  for (const step of steps) {
    const output = (await call(step.tool, step.input)) as { id?: string } | undefined;
    if (step.thenComplete && output?.id) await call('update_task', { taskId: output.id, status: 'completed' });
  }
}

export interface TurnContext {
  /** The message of this turn, normalised. */
  message: string;
  now: Date;
  timeZone: string;
  state: ConversationState;
  actions: ToolAction[];
  /** Calls a tool and records the action; a tool error becomes a ToolError. */
  call(name: ToolName, input: unknown): Promise<unknown>;
}

export class ToolError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function createTurn(tools: ToolDefinition[], message: string, timeZone: string, now: Date, state: ConversationState): TurnContext {
  const actions: ToolAction[] = [];
  return {
    message,
    now,
    timeZone,
    state,
    actions,
    async call(name, input) {
      const { action, ok } = await callTool(tools, name, input);
      actions.push(action);
      if (!ok) {
        const error = (action.output as { error: { code: string; message: string } }).error;
        throw new ToolError(error.code, error.message);
      }
      return action.output;
    },
  };
}

/** The undo step that brings a deleted task back: an add_task with everything the task carried. */
export function recreateStep(task: Task): UndoStep {
  return {
    tool: 'add_task',
    ...(task.status === 'completed' ? { thenComplete: true } : {}),
    input: {
      title: task.title,
      ...(task.description ? { description: task.description } : {}),
      priority: task.priority,
      tags: task.tags,
      ...(task.dueAt ? { dueAt: task.dueAt } : {}),
      ...(task.remindAt ? { remindAt: task.remindAt } : {}),
      ...(task.recurrence ? { recurrence: task.recurrence.rule } : {}),
    },
  };
}
