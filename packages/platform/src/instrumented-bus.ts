// Wraps any EventBus so that every publish is counted per topic, whichever runtime is underneath.
import type { EventBus } from './ports.js';
import type { EventMetrics } from './metrics.js';

export function withPublishMetrics(bus: EventBus, metrics: EventMetrics): EventBus {
  return {
    publish: async (topic, event) => {
      await bus.publish(topic, event);
      metrics.published.inc({ topic });
    },
    subscribe: (subscription) => bus.subscribe(subscription),
    start: () => bus.start(),
    close: () => bus.close(),
    ready: () => bus.ready(),
  };
}
