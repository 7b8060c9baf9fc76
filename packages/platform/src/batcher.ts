// Group commit for small writes: calls made while a batch is being written are written together as the next batch.

export interface BatcherOptions {
  /** Most items in one call of `run` (default 500). */
  maxBatch?: number;
}

/**
 * Returns `add(item)`, which resolves with the result `run` gives for that item. `run` gets the items queued since the
 * last batch (at most one batch in flight) and returns one result per item, in order. When a batch of several fails,
 * each item is retried alone, so one bad item fails only its own caller.
 */
export function createBatcher<I, O>(run: (items: I[]) => Promise<O[]>, options: BatcherOptions = {}): (item: I) => Promise<O> {
  const maxBatch = options.maxBatch ?? 500;
  const queued: { item: I; resolve: (result: O) => void; reject: (error: unknown) => void }[] = [];
  let busy = false;

  async function runEach(batch: typeof queued): Promise<void> {
    try {
      const results = await run(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => entry.resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) batch[0]!.reject(error);
      else for (const entry of batch) await runEach([entry]);
    }
  }

  async function flush(): Promise<void> {
    while (queued.length > 0) await runEach(queued.splice(0, maxBatch));
    busy = false;
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queued.push({ item, resolve, reject });
      if (busy) return;
      busy = true;
      setImmediate(() => void flush()); // callers of this turn of the event loop join the first batch
    });
}
