// The order in which work reaches PGlite's one connection: requests first, background work (outbox relay, consumers,
// scheduler) when no request waits — or, once it has waited BACKGROUND_GRACE_MS, every other turn — so a burst of
// consumer work can't hold requests up and a stream of requests can't stall the event pipeline.
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';

/** How long background work waits behind requests before it gets every other turn. */
export const BACKGROUND_GRACE_MS = 50;

/**
 * How long work runs back to back before the event loop gets a turn. Node 20 accepts one new connection per loop turn,
 * so a turn that ran every queued query (100–150 ms at 100 clients) left a new connection waiting 0.3–0.5 s, and 100
 * opened at once 5–6 s (load bench, embedded, C=100; with 4 ms slices 11–22 ms and under 1.2 s).
 */
export const SLICE_MS = 4;

const background = new AsyncLocalStorage<true>();
let lanesExist = false;

/**
 * Runs `fn` as background work: its database calls, and those of everything it starts, yield to requests. Only a
 * WorkLanes (PGlite's one connection) reads the lane: without one (PostgreSQL) `fn` just runs, so AsyncLocalStorage's
 * hooks stay off — once enabled they run on every promise created, ~4 % of the server's CPU at C=100.
 */
export function runInBackground<T>(fn: () => T): T {
  return lanesExist ? background.run(true, fn) : fn();
}

type Lane = 'request' | 'background';
const laneOfCaller = (): Lane => (background.getStore() ? 'background' : 'request');

interface Waiting {
  start(): Promise<void>;
  since: number;
}

export class WorkLanes {
  readonly #requests: Waiting[] = [];
  readonly #background: Waiting[] = [];
  #running = false;
  #lastWasBackground = false;
  #sliceStart = 0;

  constructor(private readonly now: () => number = () => performance.now()) {
    lanesExist = true;
  }

  /** Runs `work` when its turn comes (one at a time), in the caller's lane unless one is given. */
  run<T>(work: () => Promise<T>, lane: Lane = laneOfCaller()): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => Promise.resolve().then(work).then(resolve, reject);
      const now = this.now();
      if (!this.#running) this.#sliceStart = now;
      (lane === 'background' ? this.#background : this.#requests).push({ start, since: now });
      this.#next();
    });
  }

  /** Work waiting (not counting the one running). */
  get waiting(): { requests: number; background: number } {
    return { requests: this.#requests.length, background: this.#background.length };
  }

  #next(): void {
    if (this.#running) return;
    const item = this.#take();
    if (!item) return;
    this.#running = true;
    void item.start().finally(() => {
      if (this.now() - this.#sliceStart < SLICE_MS) {
        this.#running = false;
        this.#next();
        return;
      }
      setImmediate(() => {
        this.#running = false;
        this.#sliceStart = this.now();
        this.#next();
      });
    });
  }

  #take(): Waiting | undefined {
    const oldest = this.#background[0];
    const backgroundTurn =
      oldest !== undefined && (this.#requests.length === 0 || (!this.#lastWasBackground && this.now() - oldest.since >= BACKGROUND_GRACE_MS));
    this.#lastWasBackground = backgroundTurn;
    return backgroundTurn ? this.#background.shift() : this.#requests.shift();
  }
}
