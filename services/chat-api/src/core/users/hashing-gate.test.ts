// The hashing gate: bounded concurrency and queue, 429 beyond them, a slot freed on failure.
import { describe, expect, it } from 'vitest';
import { createHashingGate } from './hashing-gate.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('hashing gate', () => {
  it('runs at most `concurrency` at once, queues up to `maxWaiting`, and refuses the rest with a 429 error', async () => {
    const gate = createHashingGate({ concurrency: 2, maxWaiting: 1 });
    let active = 0;
    let peak = 0;
    const blockers = [deferred(), deferred(), deferred()];
    const work = (i: number) => async () => {
      active += 1;
      peak = Math.max(peak, active);
      await blockers[i]!.promise;
      active -= 1;
      return i;
    };
    const accepted = [0, 1, 2].map((i) => gate.run(work(i)));
    await expect(gate.run(async () => 99)).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 1 } });
    expect(active).toBe(2);
    blockers.forEach((b) => b.resolve());
    expect(await Promise.all(accepted)).toEqual([0, 1, 2]);
    expect(peak).toBe(2);
    expect(await gate.run(async () => 'free again')).toBe('free again');
  });

  it('frees its slot when the work fails', async () => {
    const gate = createHashingGate({ concurrency: 1, maxWaiting: 0 });
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'ok')).toBe('ok');
  });
});
