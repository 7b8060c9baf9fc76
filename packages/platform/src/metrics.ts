// Prometheus metrics of the event path (published / consumed / failed per topic, dead letters, outbox lag, reminder lateness).
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export interface EventMetrics {
  published: Counter<'topic'>;
  consumed: Counter<'topic' | 'consumer'>;
  failed: Counter<'topic' | 'consumer'>;
  duplicates: Counter<'topic' | 'consumer'>;
  deadLettered: Counter<'topic' | 'consumer'>;
  /** Age of the oldest outbox row not yet published (0 when the outbox is drained). */
  outboxLag: Gauge;
  /** Commit (row creation) → published. */
  outboxPublishDelay: Histogram;
  /** How long after its due time a reminder fired. */
  reminderLateness: Histogram;
}

/** Registers the event metrics on the given registry; call once per process (the composition root does). */
export function createEventMetrics(registry: Registry): EventMetrics {
  const registers = [registry];
  return {
    published: new Counter({ name: 'events_published_total', help: 'Events published, per topic', labelNames: ['topic'], registers }),
    consumed: new Counter({ name: 'events_consumed_total', help: 'Events handled successfully, per topic and consumer', labelNames: ['topic', 'consumer'], registers }),
    failed: new Counter({ name: 'events_failed_total', help: 'Failed event deliveries (each attempt), per topic and consumer', labelNames: ['topic', 'consumer'], registers }),
    duplicates: new Counter({ name: 'events_duplicate_total', help: 'Redelivered events skipped as already processed', labelNames: ['topic', 'consumer'], registers }),
    deadLettered: new Counter({ name: 'events_dead_lettered_total', help: 'Events parked in the dead-letter store after the retry limit', labelNames: ['topic', 'consumer'], registers }),
    outboxLag: new Gauge({ name: 'outbox_lag_seconds', help: 'Age of the oldest unpublished outbox row', registers }),
    outboxPublishDelay: new Histogram({
      name: 'outbox_publish_delay_seconds',
      help: 'Time from outbox write to publish',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    }),
    reminderLateness: new Histogram({
      name: 'reminder_lateness_seconds',
      help: 'Time between remindAt and the reminder firing',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 30, 300],
      registers,
    }),
  };
}
