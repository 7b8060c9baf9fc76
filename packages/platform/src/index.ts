export * from './ports.js';
export * from './errors.js';
export * from './metrics.js';
export * from './consumer.js';
export * from './instrumented-bus.js';
export * from './recent-ids.js';
export * from './backoff.js';
export * from './batcher.js';
export * from './service-module.js';
export * from './dead-letter-page.js';
/** The logger ports and services take (pino's; @todo/http's createLogger builds it), so non-HTTP code need not import @todo/http. */
export type { Logger } from 'pino';
export * from './uuid.js';
