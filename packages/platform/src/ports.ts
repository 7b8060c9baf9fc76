// The ports every service depends on. Each runtime (embedded/, dapr/) implements all of them.
import type { CloudEvent, Topic } from '@todo/domain';

/** Wall-clock time, injected so tests can move it. */
export interface Clock {
  now(): Date;
}

export type HandlerResult = 'success' | 'retry' | 'drop';

export interface Subscription {
  /** Consumer name (the service), used for idempotency keys and consumer groups. */
  consumer: string;
  topic: Topic;
  /** Throw (or return 'retry') to have the delivery retried with backoff; after the limit it is dead-lettered. */
  handle(event: CloudEvent): Promise<HandlerResult | void>;
}

/**
 * Publish/subscribe with at-least-once delivery; one task's events (same `subject`, the partition key) stay in order.
 * `publish` resolves once the event is durably accepted (broker ack; embedded: every subscriber is done with it, handled
 * or dead-lettered), so a publisher may mark it sent only then. Awaited publishes of one subject keep their order.
 */
export interface EventBus {
  publish(topic: Topic, event: CloudEvent): Promise<void>;
  subscribe(subscription: Subscription): void;
  start(): Promise<void>;
  close(): Promise<void>;
  /** Whether the bus can currently publish and deliver (for /readyz). */
  ready(): Promise<boolean>;
}

/** An event a consumer refused until the retry limit, parked for an operator. */
export interface DeadLetter {
  id: number;
  /** The consumer that refused it (on Dapr: the consumer of the app whose dead-letter topic it came from). */
  consumer: string;
  topic: Topic;
  eventId: string;
  type: string;
  /** The last failure (embedded); on Dapr the sidecar keeps no error, so this says where to look. */
  error: string;
  /** Deliveries tried (embedded); null on Dapr, where the resiliency policy counts them. */
  attempts: number | null;
  failedAt: string;
}

/** At most this many dead letters are listed or replayed per call. */
export const DEAD_LETTER_PAGE_MAX = 1000;

export interface DeadLetterPage {
  /** Parked events not replayed yet, oldest first. */
  items: DeadLetter[];
  /** Pass as `after` for the next page; null on the last one. */
  nextCursor: string | null;
}

/**
 * Parked events of the runtime: the embedded bus keeps them in a table; on Dapr chat-api collects every service's
 * dead-letter topics into one. Replay delivers them again (consumers are idempotent) and marks them replayed.
 */
export interface DeadLetters {
  listDeadLetters(filter?: { consumer?: string; limit?: number; after?: number }): Promise<DeadLetterPage>;
  /** Replays up to `limit` (at most DEAD_LETTER_PAGE_MAX) of them, oldest first; resolves with how many. */
  replayDeadLetters(filter?: { consumer?: string; ids?: number[]; limit?: number }): Promise<number>;
}

export interface Job {
  name: string;
  dueAt: Date;
  data: unknown;
}

/** Durable one-shot jobs: scheduling a name again replaces it; due jobs fire at least once, never early. */
export interface Scheduler {
  schedule(job: Job): Promise<void>;
  cancel(name: string): Promise<void>;
  /** One handler per process; throwing makes the job fire again later (with backoff). */
  onDue(handler: (job: Job) => Promise<void>): void;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Small key/value state; `setIfAbsent` is first-write-wins and says whether this call wrote. */
export interface StateStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  setIfAbsent(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<void>;
}

export interface Secrets {
  get(name: string): Promise<string | undefined>;
}

/**
 * Calls another service's HTTP route (Dapr service invocation; an in-process call when embedded). Resolves with the
 * parsed JSON body (undefined for 204); a non-2xx answer rejects with an `InvocationError` carrying the status.
 * The adapter authenticates the call as internal; callers never handle that secret.
 */
export interface Invoker {
  invoke<T>(appId: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
}
