// The Dapr adapters of every port, over daprd's HTTP API (plain fetch; no Dapr SDK, no Kafka client).
export * from './app-routes.js';
export * from './cron-binding.js';
export * from './event-bus.js';
export * from './invoker.js';
export * from './scheduler.js';
export * from './secrets.js';
export * from './sidecar.js';
export * from './state-store.js';
export * from './fastify-mount.js';
export * from './dead-letters.js';
