// The thread a PGlite database runs in (started by pglite-thread.ts): Postgres in WebAssembly, its protocol and result
// parsing off the thread that serves HTTP. Answers one request at a time, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { connectionTo, type PgliteConnection } from './pglite-connection.js';
import type { ThreadOptions, ThreadReply, ThreadRequest } from './pglite-thread.js';

const port = parentPort!;
const { path, loadDataDir } = workerData as ThreadOptions;

/** An error as plain data: its message, name, stack and own fields (code, detail, query, params…). */
function asData(error: unknown): ThreadReply['error'] {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const { queryOptions, ...fields } = error as Error & Record<string, unknown>;
  void queryOptions; // the caller attaches its own
  let cloned: Record<string, unknown>;
  try {
    cloned = structuredClone(fields);
  } catch {
    cloned = Object.fromEntries(Object.entries(fields).filter(([, value]) => value === null || typeof value !== 'object'));
  }
  return { name: error.name, message: error.message, stack: error.stack, fields: cloned };
}

function answer(connection: PgliteConnection, request: ThreadRequest): Promise<unknown> {
  switch (request.op) {
    case 'query':
      return connection.query(request.text, request.params, request.options, request.inTransaction);
    case 'simple':
      return connection.simple(request.text, request.sync);
    case 'exec':
      return connection.exec(request.text);
    case 'ping':
      return connection.ping();
    case 'close':
      return connection.close();
  }
}

try {
  const client = await PGlite.create(path ?? 'memory://', { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir: new Blob([loadDataDir as Uint8Array<ArrayBuffer>]) } : {}) });
  const connection = connectionTo(client);
  let previous: Promise<unknown> = Promise.resolve();
  port.on('message', (request: ThreadRequest) => {
    previous = previous.then(() =>
      answer(connection, request).then(
        (value) => port.postMessage({ id: request.id, value } satisfies ThreadReply),
        (error: unknown) => port.postMessage({ id: request.id, error: asData(error) } satisfies ThreadReply),
      ),
    );
  });
  port.postMessage({ id: 0 } satisfies ThreadReply);
} catch (error) {
  port.postMessage({ id: 0, error: asData(error) } satisfies ThreadReply);
}
