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
  /** A lone statement, which may run beside other lone statements (see WorkLanes' `maxShared`). */
  shared: boolean;
}

export class WorkLanes {
  readonly #requests: Waiting[] = [];
  readonly #background: Waiting[] = [];
  #exclusive = false;
  #shared = 0;
  #yielding = false;
  #lastWasBackground = false;
  #sliceStart = 0;

  /**
   * `maxShared`: how many lone statements may be in flight at once. A connection in another thread answers them in order,
   * so giving it the next before the last is answered keeps it busy; a transaction (not shared) always runs alone.
   */
  constructor(
    private readonly now: () => number = () => performance.now(),
    private readonly maxShared = 1,
  ) {
    lanesExist = true;
  }

  /** Runs `work` when its turn comes, in the caller's lane unless one is given; alone unless `shared`. */
  run<T>(work: () => Promise<T>, lane: Lane = laneOfCaller(), shared = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => Promise.resolve().then(work).then(resolve, reject);
      const now = this.now();
      if (this.#idle) this.#sliceStart = now;
      (lane === 'background' ? this.#background : this.#requests).push({ start, since: now, shared });
      this.#next();
    });
  }

  /** Work waiting (not counting what is running). */
  get waiting(): { requests: number; background: number } {
    return { requests: this.#requests.length, background: this.#background.length };
  }

  get #idle(): boolean {
    return !this.#exclusive && this.#shared === 0 && !this.#yielding;
  }

  #next(): void {
    for (;;) {
      if (this.#yielding || this.#exclusive) return;
      const queue = this.#queueOfNext();
      const item = queue?.[0];
      if (!queue || !item) return;
      if (item.shared ? this.#shared >= this.maxShared : this.#shared > 0) return;
      this.#lastWasBackground = queue === this.#background;
      queue.shift();
      if (item.shared) this.#shared++;
      else this.#exclusive = true;
      void item.start().finally(() => this.#finished(item));
    }
  }

  #finished(item: Waiting): void {
    if (item.shared) this.#shared--;
    else this.#exclusive = false;
    if (this.#yielding) return;
    if (this.now() - this.#sliceStart < SLICE_MS) return this.#next();
    this.#yielding = true;
    setImmediate(() => {
      this.#yielding = false;
      this.#sliceStart = this.now();
      this.#next();
    });
  }

  /** Background work when no request waits, or every other turn once it has waited BACKGROUND_GRACE_MS. */
  #queueOfNext(): Waiting[] | undefined {
    const oldest = this.#background[0];
    if (oldest === undefined) return this.#requests.length > 0 ? this.#requests : undefined;
    const backgroundTurn = this.#requests.length === 0 || (!this.#lastWasBackground && this.now() - oldest.since >= BACKGROUND_GRACE_MS);
    return backgroundTurn ? this.#background : this.#requests;
  }
}
