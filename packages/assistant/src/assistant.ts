// The chat assistant: one interface, two brains — the LLM when configured, the built-in interpreter otherwise or as fallback.
import type { TaskService } from '@todo/domain';
import { answerQuestion, interpret, type AssistantReply } from './interpreter/interpreter.js';
import type { ConversationState } from './interpreter/turn.js';
import { LlmUnavailableError, runLlmTurn, type LlmConfig } from './llm/llm-agent.js';
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
  /** The interpreter answers at once; its reply is streamed line by line so that SSE clients see the same event flow. */
  function fromInterpreter(input: AssistantTurnInput, result: AssistantReply): AssistantTurn {
    for (const action of result.actions) input.onEvent?.({ type: 'action', action });
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
      const interpreted = () => interpret({ message: input.message, tools, timeZone: input.timeZone, now: deps.now(), state: input.state });
      if (!deps.llm) return fromInterpreter(input, await interpreted());
      // A question asked last turn — by the interpreter, or for deletions the model wanted — is answered the interpreter's
      // way ("yes", "no", "the second one"); anything else is a new request for the model.
      const answered = await answerQuestion({ message: input.message, tools, timeZone: input.timeZone, now: deps.now(), state: input.state });
      if (answered) return fromInterpreter(input, answered);
      const snapshot = (taskId: string) => deps.taskService.get(input.userId, taskId).catch(() => undefined);
      try {
        const result = await runLlmTurn({
          config: deps.llm,
          tools,
          timeZone: input.timeZone,
          now: deps.now(),
          history: input.history,
          message: input.message,
          state: input.state,
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
          return { reply, actions: error.actions, state: error.state, engine: 'llm' };
        }
        return fromInterpreter(input, await interpreted());
      }
    },
  };
}
