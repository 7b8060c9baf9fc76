// Test fixtures of @todo/assistant (imported as @todo/assistant/testing).
export * from './fake-llm-server.js';
export * from './memory-task-service.js';
