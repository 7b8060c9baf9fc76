// Opens the database: PGlite under DATA_DIR (embedded) or PostgreSQL (DATABASE_URL), behind one Drizzle type.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzleClientOf } from './pglite-client.js';
import { connectionTo, type PgliteConnection } from './pglite-connection.js';
import { openPgliteThread } from './pglite-thread.js';
import { migrateAll, schemaKey, type Schema } from './migrate.js';
import { fromMigratedTemplate, initialisedDataDir } from './pglite-template.js';
import { WorkLanes } from './work-lanes.js';

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
/** A transaction handle is used exactly like the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL (several statements allowed; a transaction left open by a failure is rolled back). */
  exec(sql: string): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * `schema`: what the process will migrate to (PGlite only); a new data directory then starts as a copy of a database with
 * all of it applied (kept per machine, see pglite-template.ts), and migrating finds nothing to do.
 */
export type DatabaseConfig =
  | { url: string }
  | { dataDir: string; schema?: Schema; /** The thread startPgliteEarly started for this dataDir. */ started?: StartedPglite }
  | { memory: true };

/** A PGlite thread started before openDatabase, on a data directory that already holds a database. */
export interface StartedPglite {
  path: string;
  connection: Promise<PgliteConnection>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if ('url' in config) return openPostgres(config.url);
  return 'dataDir' in config ? openPglite(config.dataDir, config.schema, config.started) : openPglite(undefined);
}

function pglitePathOf(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/**
 * Starts the PGlite thread of dataDir's existing database now, for openDatabase to take later: Postgres boots in
 * WebAssembly (~0.4 s) in its own thread while this one loads the server's modules. Undefined when there is no database
 * there yet (a new one is made from the migrated template inside openDatabase).
 */
export function startPgliteEarly(dataDir: string): StartedPglite | undefined {
  const path = pglitePathOf(dataDir);
  if (!existsSync(join(path, 'PG_VERSION'))) return undefined;
  tuneWasmTiering();
  const connection = openPgliteThread({ path });
  connection.catch(() => {}); // its failure is thrown where openDatabase awaits it
  return { path, connection };
}

async function openPglite(dataDir: string | undefined, schema?: Schema, started?: StartedPglite): Promise<Database> {
  if (!dataDir) return openPgliteAt(undefined);
  const path = pglitePathOf(dataDir);
  if (started?.path === path) return databaseOn(await started.connection);
  if (started) await started.connection.then((connection) => connection.close(), () => {});
  mkdirSync(path, { recursive: true, mode: 0o700 }); // it will hold every password hash; PGlite's own files are 0644/0666
  return openPgliteAt(path, schema);
}

/**
 * V8 recompiles a WebAssembly function with its optimising compiler once it has run ~1.8 MB of code (the tiering budget).
 * PostgreSQL's start-up runs thousands of functions that far and rarely again: compiling them cost ~0.2 s of CPU at every
 * start. With 10× the budget (restart 1.1 → 0.95 s CPU) the functions that stay hot under load are still optimised within
 * seconds (the load bench's raw write rate was unchanged even at 33×; at 100× it fell). Set before PGlite's module is
 * instantiated; a --wasm-tiering-budget given to node wins.
 */
const WASM_TIERING_BUDGET = 18_000_000;
let wasmTieringTuned = false;
function tuneWasmTiering(): void {
  if (wasmTieringTuned || process.execArgv.some((arg) => arg.startsWith('--wasm-tiering-budget'))) return;
  setFlagsFromString(`--wasm-tiering-budget=${WASM_TIERING_BUDGET}`);
  wasmTieringTuned = true;
}

/** PGlite in the data directory `path` (in memory without one). */
async function openPgliteAt(path: string | undefined, schema?: Schema): Promise<Database> {
  tuneWasmTiering();
  // A new database starts from the migrated copy, else from the initialised one instead of running initdb; an existing one
  // opens as it is.
  let isNew = !path || !existsSync(join(path, 'PG_VERSION'));
  if (isNew && path && schema && readdirSync(path).length === 0) {
    isNew = !(await fromMigratedTemplate(path, schemaKey(schema), async (dir) => {
      const built = await openPgliteAt(dir);
      try {
        await migrateAll(built, schema);
      } finally {
        await built.close();
      }
    }));
  }
  const loadDataDir = isNew ? await initialisedDataDir(async () => (await import('@electric-sql/pglite')).PGlite.create()) : undefined;
  // On disk (the server's database) in a thread of its own; in memory (tests, tools) in this one.
  const connection = path
    ? await openPgliteThread({ path, ...(loadDataDir ? { loadDataDir: new Uint8Array(await loadDataDir.arrayBuffer()) } : {}) })
    : await openInThisThread(loadDataDir);
  return databaseOn(connection);
}

async function databaseOn(connection: PgliteConnection): Promise<Database> {
  const { drizzle } = await import('drizzle-orm/pglite');
  // One connection: requests are served before background work (runInBackground) that waits with them.
  const lanes = new WorkLanes(undefined, connection.maxInFlight);
  return {
    db: drizzle(drizzleClientOf(connection, lanes)) as unknown as Db,
    kind: 'pglite',
    exec: (sql) => lanes.run(() => connection.exec(sql)),
    ping: () => lanes.run(() => connection.ping(), undefined, true).catch(() => false),
    close: () => connection.close(),
  };
}

async function openInThisThread(loadDataDir: Blob | undefined): Promise<PgliteConnection> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  return connectionTo(await PGlite.create('memory://', { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) }));
}

async function openPostgres(url: string): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new pg.default.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {}); // idle-client errors surface on the next query; don't crash the process
  // The same for a client checked out but between queries (e.g. a transaction awaiting a publish): a session ended by the
  // server (restart, idle_in_transaction_session_timeout) fails that client's next query instead of crashing the process.
  pool.on('connect', (client) => client.on('error', () => {}));
  return {
    db: drizzle(pool) as unknown as Db,
    kind: 'postgres',
    exec: async (sql) => {
      const connection = await pool.connect();
      try {
        await connection.query(sql);
      } catch (error) {
        await connection.query('rollback');
        throw error;
      } finally {
        connection.release();
      }
    },
    ping: async () => {
      try {
        return (await pool.query('select 1')).rowCount === 1;
      } catch {
        return false;
      }
    },
    close: () => pool.end(),
  };
}
