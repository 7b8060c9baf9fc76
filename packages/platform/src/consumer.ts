// Idempotent consumers: skip an event id already processed, record it only after the handler succeeded.
import type { CloudEvent, Topic } from '@todo/domain';
import type { Logger } from 'pino';
import type { EventMetrics } from './metrics.js';
import type { Clock, HandlerResult, StateStore, Subscription } from './ports.js';

export interface ConsumerOptions {
  /** The consuming service (also the idempotency-key namespace). */
  consumer: string;
  topic: Topic;
  /** Event types this consumer cares about; others are acknowledged untouched. All when absent. */
  types?: readonly string[];
  /** A finer filter: events it rejects are acknowledged untouched (and not recorded). */
  accepts?: (event: CloudEvent) => boolean;
  state: StateStore;
  clock: Clock;
  log: Logger;
  metrics?: EventMetrics | undefined;
  /**
   * Does the work. It may run more than once for one event (a crash between the work and recording the id), so its
   * writes should be idempotent too (unique keys); this wrapper removes the common case, redelivery after success.
   * With `dedupedByHandler` it answers 'duplicate' for an event it had already handled.
   */
  handle(event: CloudEvent): Promise<HandlerResult | 'duplicate' | void>;
  /**
   * The handler's only write is keyed by the event id (a unique key), so it removes redeliveries itself: no processed
   * id is looked up or recorded (two statements fewer per event).
   */
  dedupedByHandler?: boolean;
}

export function processedKey(consumer: string, eventId: string): string {
  return `processed:${consumer}:${eventId}`;
}

export function idempotentConsumer(options: ConsumerOptions): Subscription {
  const { consumer, topic, state, clock, log, metrics } = options;
  const labels = { topic, consumer };
  return {
    consumer,
    topic,
    handle: async (event) => {
      if (options.types && !options.types.includes(event.type)) return 'success';
      if (options.accepts && !options.accepts(event)) return 'success';
      const key = processedKey(consumer, event.id);
      const duplicate = () => {
        metrics?.duplicates.inc(labels);
        log.debug({ consumer, eventId: event.id }, 'duplicate event skipped');
        return 'success' as const;
      };
      if (!options.dedupedByHandler && (await state.get(key)) !== undefined) return duplicate();
      let result: HandlerResult | 'duplicate' | void;
      try {
        result = await options.handle(event);
      } catch (error) {
        metrics?.failed.inc(labels);
        log.warn({ consumer, topic, eventId: event.id, type: event.type, err: error }, 'event handler failed');
        throw error;
      }
      if (result === 'retry') {
        metrics?.failed.inc(labels);
        return 'retry';
      }
      if (result === 'duplicate') return duplicate();
      if (!options.dedupedByHandler) await state.setIfAbsent(key, { at: clock.now().toISOString(), type: event.type });
      metrics?.consumed.inc(labels);
      return result ?? 'success';
    },
  };
}
