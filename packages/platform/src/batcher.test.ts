import { describe, expect, it } from 'vitest';
import { createBatcher } from './batcher.js';

describe('createBatcher', () => {
  it('writes the calls of one moment as one batch, and calls made meanwhile as the next', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const add = createBatcher(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      return items.map((n) => n * 10);
    });
    const first = [add(1), add(2), add(3)];
    await new Promise((r) => setImmediate(r));
    const second = [add(4), add(5)];
    await new Promise((r) => setTimeout(r, 10));
    expect(batches).toEqual([[1, 2, 3]]); // one batch in flight at a time
    release();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('never puts more than maxBatch items in one call', async () => {
    const sizes: number[] = [];
    const add = createBatcher(async (items: number[]) => (sizes.push(items.length), items), { maxBatch: 2 });
    expect(await Promise.all([1, 2, 3, 4, 5].map(add))).toEqual([1, 2, 3, 4, 5]);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('when a batch fails, retries each item alone so only the bad one fails', async () => {
    const calls: number[][] = [];
    const add = createBatcher(async (items: number[]) => {
      calls.push(items);
      if (items.includes(2)) throw new Error('bad item');
      return items;
    });
    const results = await Promise.allSettled([add(1), add(2), add(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(calls).toEqual([[1, 2, 3], [1], [2], [3]]);
    expect(await add(4)).toBe(4); // and it keeps working
  });
});
