// The PGlite client Drizzle talks to: its queries as prepared statements on a PgliteConnection, Drizzle's result parsers
// installed once, one piece of work at a time.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { transactionOn, type PgliteConnection } from './pglite-connection.js';
import { withoutInstalledParsers, type QueryOptions } from './pglite-parsers.js';
import { WorkLanes } from './work-lanes.js';

export { DRIZZLE_PARSERS, withoutInstalledParsers } from './pglite-parsers.js';

/**
 * What drizzle() needs of a PGlite client (query, transaction), over `connection`: the per-query parsers already
 * installed are dropped. Each query and each whole transaction waits for its turn in `lanes` (the queries inside a
 * transaction run in its turn, alone; lone queries as many at once as the connection takes).
 */
export function drizzleClientOf(connection: PgliteConnection, lanes: WorkLanes = new WorkLanes(undefined, connection.maxInFlight)): PGlite {
  const query = (sql: string, params?: unknown[], options?: QueryOptions) =>
    lanes.run(() => connection.query(sql, params, withoutInstalledParsers(options), false), undefined, true);
  const transaction = <R>(callback: (tx: Transaction) => Promise<R>) =>
    lanes.run(() => {
      let closed = false;
      const tx = {
        query: (sql: string, params?: unknown[], options?: QueryOptions) => {
          if (closed) return Promise.reject(new Error('Transaction is closed'));
          return connection.query(sql, params, withoutInstalledParsers(options), true);
        },
        get closed() {
          return closed;
        },
      } as unknown as Transaction;
      return transactionOn(connection, () => callback(tx)).finally(() => {
        closed = true;
      });
    });
  return { query, transaction } as unknown as PGlite;
}
