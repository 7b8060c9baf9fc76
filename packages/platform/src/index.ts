export * from './ports.js';
export * from './errors.js';
export * from './metrics.js';
export * from './consumer.js';
export * from './instrumented-bus.js';
export * from './recent-ids.js';
export * from './backoff.js';
export * from './batcher.js';
