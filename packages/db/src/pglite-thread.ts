// A PGlite database in a thread of its own (pglite-worker.ts), behind the same PgliteConnection as one in this thread.
// Postgres in WebAssembly and PGlite's protocol glue were half the CPU of the server's one thread under load; in their
// own thread they run beside HTTP, and the server's event-loop turns stay short.
import { Worker } from 'node:worker_threads';
import type { Results } from '@electric-sql/pglite';
import type { PgliteConnection } from './pglite-connection.js';
import type { QueryOptions } from './pglite-parsers.js';

export interface ThreadOptions {
  /** The data directory (in memory without one). */
  path?: string;
  /** An initialised data directory as a tarball, for a new database. */
  loadDataDir?: Uint8Array;
}

/** What the thread is asked to do (pglite-worker.ts answers each in order). */
type ThreadOp =
  | { op: 'query'; text: string; params: unknown[] | undefined; options: QueryOptions; inTransaction: boolean }
  | { op: 'simple'; text: string; sync: boolean }
  | { op: 'exec'; text: string }
  | { op: 'ping' }
  | { op: 'close' };

export type ThreadRequest = { id: number } & ThreadOp;

/**
 * Lone statements given to the thread before the first is answered: it has the next at hand when it finishes one, instead
 * of idling until this thread's event loop reads the answer and sends it.
 */
const MAX_IN_FLIGHT = 8;

/** Id 0 answers the start: the database is open (or failed to). */
export interface ThreadReply {
  id: number;
  value?: unknown;
  error?: { name: string; message: string; stack?: string; fields: Record<string, unknown> };
}

/** The worker beside the bundle's module (dist/pglite-worker.js), or from source (tests, benches) through tsx. */
async function startWorker(options: ThreadOptions): Promise<Worker> {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './pglite-worker.ts' : './pglite-worker.js', import.meta.url);
  const init = { workerData: options, transferList: options.loadDataDir ? [options.loadDataDir.buffer as ArrayBuffer] : [] };
  if (!fromSource) return new Worker(url, init);
  const { sourceWorker } = await import('./testing/source-worker.js');
  return sourceWorker(url, init);
}

function errorOf(data: NonNullable<ThreadReply['error']>, options?: QueryOptions): Error {
  const error = Object.assign(new Error(data.message), data.fields, options === undefined ? {} : { queryOptions: options });
  error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}

/** Opens the database in its own thread; the connection's calls are answered in order. */
export async function openPgliteThread(options: ThreadOptions): Promise<PgliteConnection> {
  const worker = await startWorker(options);
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; options?: QueryOptions }>();
  let ended: Error | undefined;
  let nextId = 1;
  const endAll = (error: Error) => {
    ended ??= error;
    for (const waiting of pending.values()) waiting.reject(ended);
    pending.clear();
  };
  const opened = new Promise<void>((resolve, reject) => pending.set(0, { resolve: () => resolve(), reject }));
  worker.on('message', (reply: ThreadReply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref(); // an idle database doesn't keep the process alive; a call in flight does
    if (reply.error) waiting.reject(errorOf(reply.error, waiting.options));
    else waiting.resolve(reply.value);
  });
  worker.on('error', endAll);
  worker.on('exit', (code) => endAll(new Error(`the PGlite thread has exited (code ${code})`)));
  await opened.catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  const call = <T>(op: ThreadOp, options?: QueryOptions): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (ended) return reject(ended);
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, options });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ id, ...op });
    });
  return {
    maxInFlight: MAX_IN_FLIGHT,
    query: (text, params, options, inTransaction) => call<Results>({ op: 'query', text, params, options, inTransaction }, options),
    simple: (text, sync) => call<Results[]>({ op: 'simple', text, sync }),
    exec: (text) => call<void>({ op: 'exec', text }),
    ping: () => (ended ? Promise.resolve(false) : call<boolean>({ op: 'ping' })),
    close: async () => {
      if (!ended) await call<void>({ op: 'close' });
      await worker.terminate();
    },
  };
}
