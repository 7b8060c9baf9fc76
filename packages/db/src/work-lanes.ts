// The order in which work reaches PGlite's one connection: requests first, background work (outbox relay, consumers,
// scheduler) when no request waits — or, once it has waited BACKGROUND_GRACE_MS, every other turn — so a burst of
// consumer work can't hold requests up and a stream of requests can't stall the event pipeline.
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';

/** How long background work waits behind requests before it gets every other turn. */
export const BACKGROUND_GRACE_MS = 50;

const background = new AsyncLocalStorage<true>();

/** Runs `fn` as background work: its database calls, and those of everything it starts, yield to requests. */
export function runInBackground<T>(fn: () => T): T {
  return background.run(true, fn);
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

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Runs `work` when its turn comes (one at a time), in the caller's lane unless one is given. */
  run<T>(work: () => Promise<T>, lane: Lane = laneOfCaller()): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => Promise.resolve().then(work).then(resolve, reject);
      (lane === 'background' ? this.#background : this.#requests).push({ start, since: this.now() });
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
      this.#running = false;
      this.#next();
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
