export * from './app.js';
export * from './auth.js';
export * from './errors.js';
export * from './health.js';
export * from './logger.js';
export * from './metrics.js';
export * from './openapi-auth.js';
export * from './origin.js';
