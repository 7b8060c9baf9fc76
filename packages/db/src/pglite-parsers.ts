// The result parsers drizzle-orm/pglite passes with every query, installed once on the client instead.
import type { PGlite } from '@electric-sql/pglite';
import { types } from '@electric-sql/pglite';

type ParserTable = Record<number, (value: string, typeId?: number) => unknown>;
export type QueryOptions = Parameters<PGlite['query']>[2];

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
