// A bound on password hashing: argon2 runs on libuv's small shared threadpool and eats the CPU, so a login flood would
// make every other request wait behind it. At most `concurrency` hashes run, `maxWaiting` wait; beyond that → 429.
import { RateLimitedError } from '@todo/domain';

export interface HashingGateOptions {
  /** Hashes running at once (each takes a core for tens of milliseconds). */
  concurrency: number;
  /** Hashes queued behind them; one more is refused with a 429 and Retry-After. */
  maxWaiting: number;
}

export interface HashingGate {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createHashingGate(options: HashingGateOptions): HashingGate {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run(work) {
      if (running < options.concurrency) running += 1;
      else if (waiting.length < options.maxWaiting) await new Promise<void>((resume) => waiting.push(resume));
      else throw new RateLimitedError('Too many sign-ins at once; try again in a second.', { retryAfterSeconds: 1 });
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
