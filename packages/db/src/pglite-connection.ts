// One PGlite connection as the database layer uses it — prepared queries, the statements around a transaction, raw SQL —
// on a PGlite in this thread (connectionTo) or in a thread of its own (pglite-thread.ts).
import { TransactionAbortedError, type PGlite, type Results } from '@electric-sql/pglite';
import { DRIZZLE_PARSERS, type QueryOptions } from './pglite-parsers.js';
import { PreparedStatements, withQuery } from './pglite-statements.js';

export interface PgliteConnection {
  /** How many lone statements it may be given before the first is answered (it answers them in order). */
  readonly maxInFlight: number;
  /** One statement with parameters as a prepared statement; outside a transaction flushed to the file system after. */
  query(text: string, params: unknown[] | undefined, options: QueryOptions, inTransaction: boolean): Promise<Results>;
  /** Statements without parameters as one simple query (BEGIN, COMMIT, ROLLBACK); `sync`: flush after. */
  simple(text: string, sync: boolean): Promise<Results[]>;
  /** Raw SQL, several statements allowed; a transaction left open by a failure is rolled back. */
  exec(sql: string): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The connection to `client`, with DRIZZLE_PARSERS installed. After PGlite.create, because start-up sets the array types'
 * parsers (PGlite's refreshArrayTypes() would set them again: not to be called on this client). One caller at a time
 * (the database's work lanes see to it): the prepared statements need the connection to themselves.
 */
export function connectionTo(client: PGlite): PgliteConnection {
  Object.assign(client.parsers, DRIZZLE_PARSERS);
  const statements = new PreparedStatements(client);
  const synced = async <R>(sync: boolean, work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } finally {
      if (sync) await client.syncToFs();
    }
  };
  return {
    maxInFlight: 1, // one thread: nothing to gain
    query: (text, params, options, inTransaction) => synced(!inTransaction, () => statements.query(text, params, options, inTransaction)),
    simple: (text, sync) => synced(sync, () => statements.simple(text)),
    exec: async (sql) => {
      try {
        await client.exec(sql);
      } catch (error) {
        await client.exec('rollback');
        throw error;
      }
    },
    ping: async () => !client.closed && (await client.query('select 1')).rows.length === 1,
    close: () => client.close(),
  };
}

/** Runs `work` between BEGIN and COMMIT (ROLLBACK when it throws) on `connection`, as PGlite's transaction(). */
export async function transactionOn<T>(connection: PgliteConnection, work: () => Promise<T>): Promise<T> {
  await connection.simple('BEGIN', false);
  let ended = false;
  try {
    const result = await work();
    ended = true;
    const [commit] = await connection.simple('COMMIT', true);
    if (commit?.command === 'ROLLBACK') throw withQuery(new TransactionAbortedError(), 'COMMIT', undefined, undefined);
    return result;
  } catch (error) {
    if (!ended) await connection.simple('ROLLBACK', true);
    throw error;
  }
}
