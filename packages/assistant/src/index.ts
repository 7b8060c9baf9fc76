// @todo/assistant: the task tools (shared by chat and MCP), the built-in interpreter and the LLM agent.
export * from './tools/tool-schemas.js';
export * from './tools/task-tools.js';
export { interpret, type AssistantReply, type InterpreterInput } from './interpreter/interpreter.js';
export type { ConversationState } from './interpreter/turn.js';
export * from './assistant.js';
export { explain, type Explanation } from './interpreter/grammar/registry.js';
export { runLlmTurn, LlmUnavailableError, LLM_MAX_STEPS, LLM_MAX_TOOL_CALLS, type LlmConfig } from './llm/llm-agent.js';
