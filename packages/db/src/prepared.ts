// A raw statement rendered once per database: later runs only bind their values (Drizzle re-renders a SQL template's text
// from its chunks on every execute, a few % of the CPU per statement under load).
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './database.js';

const dialect = new PgDialect();

type Prepared = ReturnType<Db['_']['session']['prepareQuery']>;

/**
 * `build` gives the statement with `sql.placeholder(name)` for its values; the returned function runs it on a database
 * (not a transaction: a statement is atomic by itself) with those values and resolves with its rows. On PostgreSQL it is
 * a named server-side statement (parsed and planned once per connection); `name` must be unique in the process.
 */
export function preparedStatement<Row>(name: string, build: () => SQL): (db: Db, values: Record<string, unknown>) => Promise<Row[]> {
  const byDb = new WeakMap<Db, Prepared>();
  return async (db, values) => {
    let prepared = byDb.get(db);
    if (!prepared) byDb.set(db, (prepared = db._.session.prepareQuery(dialect.sqlToQuery(build()), undefined, name, false)));
    return ((await prepared.execute(values)) as { rows: Row[] }).rows;
  };
}
