// The chat assistant: one interface, two brains — the LLM when configured, the built-in interpreter otherwise or as fallback.
import type { TaskService } from '@todo/domain';
import { interpret } from './interpreter/interpreter.js';
import type { ConversationState } from './interpreter/turn.js';
import { answerHeldChanges, LlmUnavailableError, runLlmTurn, type LlmConfig, type LlmConversationState } from './llm/llm-agent.js';
import { createTaskTools, type ToolAction } from './tools/task-tools.js';

export interface AssistantLogger {
  warn(obj: object, msg: string): void;
}

export interface AssistantDeps {
  taskService: TaskService;
  now: () => Date;
  log: AssistantLogger;
  /** When set, the model answers; the interpreter answers when it is absent or failing. */
  llm?: LlmConfig;
}

export type AssistantEvent = { type: 'action'; action: ToolAction } | { type: 'delta'; text: string };

export interface AssistantTurnInput {
  userId: string;
  timeZone: string;
  message: string;
  /** Earlier messages of the conversation, oldest first. */
  history: Array<{ role: 'user' | 'assistant'; content: string }>;
  state: ConversationState;
  correlationId?: string;
  onEvent?: (event: AssistantEvent) => void;
}

export interface AssistantTurn {
  reply: string;
  actions: ToolAction[];
  state: ConversationState;
  engine: 'interpreter' | 'llm';
}

export interface Assistant {
  respond(input: AssistantTurnInput): Promise<AssistantTurn>;
}

export function createAssistant(deps: AssistantDeps): Assistant {
  async function withInterpreter(input: AssistantTurnInput, tools: ReturnType<typeof createTaskTools>): Promise<AssistantTurn> {
    const result = await interpret({ message: input.message, tools, timeZone: input.timeZone, now: deps.now(), state: input.state });
    for (const action of result.actions) input.onEvent?.({ type: 'action', action });
    // The interpreter answers at once; it is streamed line by line so that SSE clients see the same event flow.
    for (const piece of result.reply.match(/[^\n]+\n?|\n/g) ?? []) input.onEvent?.({ type: 'delta', text: piece });
    return { ...result, engine: 'interpreter' };
  }

  return {
    async respond(input) {
      const tools = createTaskTools({
        taskService: deps.taskService,
        userId: input.userId,
        timeZone: input.timeZone,
        now: deps.now,
        ...(input.correlationId ? { correlationId: input.correlationId } : {}),
      });
      if (!deps.llm) return withInterpreter(input, tools);
      // A question the interpreter asked (it answered an earlier turn as fallback) is answered by the interpreter.
      if (input.state.pending) return withInterpreter(input, tools);
      const snapshot = (taskId: string) => deps.taskService.get(input.userId, taskId).catch(() => undefined);
      const state = input.state as LlmConversationState;
      const held = await answerHeldChanges(tools, state, input.message, snapshot);
      if (held) {
        for (const action of held.actions) input.onEvent?.({ type: 'action', action });
        input.onEvent?.({ type: 'delta', text: held.reply });
        return { ...held, engine: 'llm' };
      }
      try {
        const result = await runLlmTurn({
          config: deps.llm,
          tools,
          timeZone: input.timeZone,
          now: deps.now(),
          history: input.history,
          message: input.message,
          state,
          snapshot,
          onTextDelta: (text) => input.onEvent?.({ type: 'delta', text }),
          onAction: (action) => input.onEvent?.({ type: 'action', action }),
        });
        return { ...result, engine: 'llm' };
      } catch (error) {
        if (!(error instanceof LlmUnavailableError)) throw error;
        deps.log.warn({ err: error.message, actionsDone: error.actions.length }, 'LLM endpoint failed; answering with the built-in interpreter');
        if (error.actions.length > 0) {
          const reply = `I did ${error.actions.map((a) => a.tool).join(', ')}, but then lost contact with the language model. Check your tasks to see the result.`;
          input.onEvent?.({ type: 'delta', text: reply });
          return { reply, actions: error.actions, state: input.state, engine: 'llm' };
        }
        return withInterpreter(input, tools);
      }
    },
  };
}
