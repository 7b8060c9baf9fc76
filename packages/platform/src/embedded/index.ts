export * from './clock.js';
export * from './event-bus.js';
export * from './invoker.js';
export * from './migrations.js';
export * from './scheduler.js';
export * from './secrets.js';
export * from './state-store.js';
