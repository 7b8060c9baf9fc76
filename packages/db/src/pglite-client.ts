// The PGlite client Drizzle talks to: its queries as prepared statements, Drizzle's result parsers installed once.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { types } from '@electric-sql/pglite';
import { PreparedStatements } from './pglite-statements.js';
import { WorkLanes } from './work-lanes.js';

type ParserTable = Record<number, (value: string, typeId?: number) => unknown>;
type QueryOptions = Parameters<PGlite['query']>[2];

const keepText = (value: string) => value;

/**
 * The parsers drizzle-orm/pglite passes with every query (it maps these types itself). PGlite merges per-query parsers
 * into its ~318-entry default table on every call, the largest single cost of a query in a CPU profile; installed once at
 * construction, they apply to every query with identical results.
 */
export const DRIZZLE_PARSERS: ParserTable = Object.fromEntries(
  [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, keepText]),
);

/** Options without `parsers` when every one of them is already installed; unchanged otherwise (correct, just slower). */
export function withoutInstalledParsers(options: QueryOptions): QueryOptions {
  const parsers = options?.parsers;
  if (!parsers) return options;
  for (const oid of Object.keys(parsers)) if (!(oid in DRIZZLE_PARSERS)) return options;
  const { parsers: installed, ...rest } = options;
  void installed;
  return rest;
}

/**
 * Installs DRIZZLE_PARSERS in `client` and returns what drizzle() needs of it (query, transaction), running every query as
 * a prepared statement (pglite-statements.ts) and dropping the per-query parsers already installed. After PGlite.create,
 * because start-up sets the array types' parsers (PGlite's refreshArrayTypes() would set them again: not to be called on
 * this client). Each query and each whole transaction waits for its turn in `lanes` (the queries inside a transaction run
 * in its turn): the prepared statements need the connection to themselves.
 */
export function drizzleClientOf(client: PGlite, lanes: WorkLanes = new WorkLanes()): PGlite {
  Object.assign(client.parsers, DRIZZLE_PARSERS);
  const statements = new PreparedStatements(client);
  const synced = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } finally {
      await client.syncToFs();
    }
  };
  const query = (sql: string, params?: unknown[], options?: QueryOptions) =>
    lanes.run(() => synced(() => statements.query(sql, params, withoutInstalledParsers(options))));
  const transaction = <R>(callback: (tx: Transaction) => Promise<R>) =>
    lanes.run(() =>
      synced(() => {
        let closed = false;
        const tx = {
          query: (sql: string, params?: unknown[], options?: QueryOptions) => {
            if (closed) return Promise.reject(new Error('Transaction is closed'));
            return statements.query(sql, params, withoutInstalledParsers(options), true);
          },
          get closed() {
            return closed;
          },
        } as unknown as Transaction;
        return statements.transaction(() => callback(tx)).finally(() => {
          closed = true;
        });
      }),
    );
  return { query, transaction } as unknown as PGlite;
}
