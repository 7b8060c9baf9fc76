// The PGlite client Drizzle talks to: Drizzle's result parsers installed once at construction instead of with every query.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { types } from '@electric-sql/pglite';
import type { WorkLanes } from './work-lanes.js';

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

type Queryable = Pick<Transaction, 'query'>;

function queryWithoutParsers<T extends Queryable>(target: T): T['query'] {
  return ((sql: string, params?: unknown[], options?: QueryOptions) =>
    target.query(sql, params, withoutInstalledParsers(options))) as T['query'];
}

/**
 * Installs DRIZZLE_PARSERS in `client` and returns a view of it for drizzle(): its queries (also inside transactions)
 * drop the per-query parsers already installed. After PGlite.create, because start-up sets the array types' parsers
 * (PGlite's refreshArrayTypes() would set them again: not to be called on this client). With `lanes`, each query and
 * each whole transaction waits for its turn there (the queries inside a transaction run in its turn).
 */
export function drizzleClientOf(client: PGlite, lanes?: WorkLanes): PGlite {
  Object.assign(client.parsers, DRIZZLE_PARSERS);
  const inTurn = <R>(work: () => Promise<R>) => (lanes ? lanes.run(work) : work());
  const query = queryWithoutParsers(client);
  return new Proxy(client, {
    get(target, property) {
      if (property === 'query') return ((...args: Parameters<typeof query>) => inTurn(() => query(...args))) as typeof query;
      if (property === 'transaction') {
        return <R>(callback: (tx: Transaction) => Promise<R>) =>
          inTurn(() => target.transaction((tx) => callback(Object.assign(Object.create(tx) as Transaction, { query: queryWithoutParsers(tx) }))));
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
