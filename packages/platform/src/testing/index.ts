export * from './database.js';
export * from './logger.js';
export * from './wait.js';
