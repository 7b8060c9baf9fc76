export * from './events.js';
export * from './errors.js';
export * from './recurrence.js';
export * from './task.js';
export * from './task-service.js';
export * from './task-events.js';
export * from './user.js';
export * from './next-occurrence.js';
