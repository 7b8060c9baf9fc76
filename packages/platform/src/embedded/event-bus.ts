// In-process EventBus: asynchronous delivery, per-subject order per subscriber, retry with backoff, dead letters in a table.
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { CloudEvent, Topic } from '@todo/domain';
import type { Db } from '@todo/db';
import type { Logger } from 'pino';
import type { DeadLetters, EventBus, Subscription } from '../ports.js';
import { deadLetterLimit, deadLetterPage } from '../dead-letter-page.js';
import type { EventMetrics } from '../metrics.js';
import { backoffDelay, type BackoffPolicy } from '../backoff.js';
import { deadLetters } from './schema.js';

export interface EmbeddedEventBusOptions {
  db: Db;
  log: Logger;
  metrics?: EventMetrics;
  /** Attempts per delivery before dead-lettering (default 6). */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
}

/** The bus and its parked events (dead_letters), listed and replayed through the DeadLetters port. */
export type EmbeddedEventBus = EventBus & DeadLetters;

interface Delivery {
  event: CloudEvent;
  done: () => void;
  fail: (error: Error) => void;
}

class BusClosedError extends Error {
  constructor() {
    super('event bus is closed');
  }
}

/** One subscriber's queues: a FIFO per subject, drained by one worker each, so subjects never block each other. */
class SubscriberQueues {
  private readonly queues = new Map<string, Delivery[]>();
  constructor(
    readonly subscription: Subscription,
    private readonly deliver: (subscription: Subscription, event: CloudEvent) => Promise<void>,
  ) {}

  enqueue(event: CloudEvent, running: boolean): Promise<void> {
    return new Promise<void>((done, fail) => {
      const queue = this.queues.get(event.subject);
      const delivery = { event, done, fail };
      if (queue) {
        queue.push(delivery);
        return;
      }
      this.queues.set(event.subject, [delivery]);
      if (running) this.startWorker(event.subject);
    });
  }

  startAll(): void {
    for (const subject of this.queues.keys()) this.startWorker(subject);
  }

  failAll(error: Error): void {
    for (const queue of this.queues.values()) for (const delivery of queue.splice(0)) delivery.fail(error);
    this.queues.clear();
  }

  private startWorker(subject: string): void {
    setImmediate(() => void this.drain(subject));
  }

  private async drain(subject: string): Promise<void> {
    const queue = this.queues.get(subject);
    while (queue && queue.length > 0) {
      const delivery = queue[0]!;
      try {
        await this.deliver(this.subscription, delivery.event);
        delivery.done();
      } catch (error) {
        delivery.fail(error as Error);
      }
      queue.shift();
    }
    if (this.queues.get(subject) === queue) this.queues.delete(subject);
  }
}

export function createEmbeddedEventBus(options: EmbeddedEventBusOptions): EmbeddedEventBus {
  const { db, log, metrics } = options;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = options.backoff ?? { initialMs: 100, maxMs: 10_000 };
  const subscribers = new Map<Topic, SubscriberQueues[]>();
  const sleeping = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  let running = false;
  let closed = false;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = { timer: setTimeout(() => finish(), ms), wake: () => finish() };
      const finish = () => {
        clearTimeout(entry.timer);
        sleeping.delete(entry);
        resolve();
      };
      sleeping.add(entry);
    });

  /** Runs one delivery to completion: handled, dropped or dead-lettered. Rejects only when the bus closes first. */
  async function deliver(subscription: Subscription, event: CloudEvent): Promise<void> {
    const labels = { topic: subscription.topic, consumer: subscription.consumer };
    for (let attempt = 1; ; attempt++) {
      if (closed) throw new BusClosedError();
      let failure: unknown;
      try {
        const result = await subscription.handle(event);
        if (result === 'drop') log.warn({ consumer: subscription.consumer, eventId: event.id }, 'event dropped by consumer');
        if (result !== 'retry') return;
        failure = new Error('consumer asked for a retry');
      } catch (error) {
        failure = error;
      }
      if (closed) throw new BusClosedError();
      if (attempt >= maxAttempts) {
        await parkDeadLetter(subscription, event, failure, attempt);
        metrics?.deadLettered.inc(labels);
        return;
      }
      await sleep(backoffDelay(backoff, attempt));
    }
  }

  async function parkDeadLetter(subscription: Subscription, event: CloudEvent, failure: unknown, attempts: number): Promise<void> {
    const error = failure instanceof Error ? failure.message : String(failure);
    await db.insert(deadLetters).values({ consumer: subscription.consumer, topic: subscription.topic, eventId: event.id, event, error, attempts });
    log.error({ consumer: subscription.consumer, topic: subscription.topic, eventId: event.id, type: event.type, attempts, error }, 'event dead-lettered');
  }

  return {
    subscribe(subscription) {
      const list = subscribers.get(subscription.topic) ?? [];
      list.push(new SubscriberQueues(subscription, deliver));
      subscribers.set(subscription.topic, list);
    },

    async publish(topic, event) {
      if (closed) throw new BusClosedError();
      const targets = subscribers.get(topic) ?? [];
      await Promise.all(targets.map((target) => target.enqueue(event, running)));
    },

    async start() {
      if (running || closed) return;
      running = true;
      for (const list of subscribers.values()) for (const target of list) target.startAll();
    },

    async close() {
      if (closed) return;
      closed = true;
      running = false;
      for (const entry of [...sleeping]) entry.wake();
      for (const list of subscribers.values()) for (const target of list) target.failAll(new BusClosedError());
    },

    async ready() {
      return running && !closed;
    },

    async listDeadLetters(filter = {}) {
      const limit = deadLetterLimit(filter.limit);
      const conditions = [isNull(deadLetters.replayedAt)];
      if (filter.consumer) conditions.push(eq(deadLetters.consumer, filter.consumer));
      if (filter.after !== undefined) conditions.push(gt(deadLetters.id, filter.after));
      const parked = await db.select().from(deadLetters).where(and(...conditions)).orderBy(deadLetters.id).limit(limit + 1);
      const rows = parked.map((r) => ({ id: r.id, consumer: r.consumer, topic: r.topic, eventId: r.eventId, type: r.event.type, error: r.error, attempts: r.attempts, failedAt: r.failedAt.toISOString() }));
      return deadLetterPage(rows, limit);
    },

    async replayDeadLetters(filter = {}) {
      const conditions = [isNull(deadLetters.replayedAt)];
      if (filter.consumer) conditions.push(eq(deadLetters.consumer, filter.consumer));
      if (filter.ids) conditions.push(inArray(deadLetters.id, filter.ids));
      const parked = await db.select().from(deadLetters).where(and(...conditions)).orderBy(deadLetters.id).limit(deadLetterLimit(filter.limit, Infinity));
      let replayed = 0;
      for (const row of parked) {
        const target = subscribers.get(row.topic)?.find((t) => t.subscription.consumer === row.consumer);
        if (!target) continue;
        await db.update(deadLetters).set({ replayedAt: new Date() }).where(eq(deadLetters.id, row.id));
        await target.enqueue(row.event, running);
        replayed++;
      }
      return replayed;
    },
  };
}
