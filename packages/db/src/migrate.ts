// Applies each service's migrations in order, once, under a lock so that processes starting together don't race.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from './database.js';

export interface Migration {
  /** Unique and sortable within its service, e.g. "001_tasks". */
  name: string;
  sql: string;
}

/** Every service's migrations one process applies, in this order. */
export type Schema = ReadonlyArray<{ service: string; migrations: readonly Migration[] }>;

/** Names a schema by its content: any change to a service's migrations gives another key. */
export function schemaKey(schema: Schema): string {
  const content = schema.map(({ service, migrations }) => [service, migrations.map((m) => [m.name, m.sql])]);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
}

export async function migrateAll(database: Database, schema: Schema): Promise<void> {
  for (const { service, migrations } of schema) await migrate(database, service, migrations);
}

const LOCK_ID = 7_405_313; // any constant: one advisory lock guards all migrations

export async function migrate(database: Database, service: string, migrations: readonly Migration[]): Promise<void> {
  // One read on an up-to-date database (every restart): only what it lacks goes through the locked path below.
  const applied = await appliedMigrations(database, service);
  const pending = migrations.filter((m) => !applied.has(m.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (pending.length === 0) return;
  await database.exec(`create table if not exists schema_migrations (
    service text not null, name text not null, applied_at timestamptz not null default now(),
    primary key (service, name))`);
  for (const m of pending) {
    const quoted = (s: string) => `'${s.replaceAll("'", "''")}'`;
    // One statement batch: lock, skip if applied, apply, record — atomic on both PGlite and PostgreSQL.
    await database.exec(`begin;
      select pg_advisory_xact_lock(${LOCK_ID});
      do $mig$ begin
        if not exists (select 1 from schema_migrations where service = ${quoted(service)} and name = ${quoted(m.name)}) then
          execute ${dollarQuote(m.sql)};
          insert into schema_migrations (service, name) values (${quoted(service)}, ${quoted(m.name)});
        end if;
      end $mig$;
      commit;`);
  }
}

/** The names recorded for `service`; none when schema_migrations doesn't exist yet (a new database). */
async function appliedMigrations(database: Database, service: string): Promise<Set<string>> {
  try {
    const result = (await database.db.execute(sql`select name from schema_migrations where service = ${service}`)) as unknown as { rows: { name: string }[] };
    return new Set(result.rows.map((row) => row.name));
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    if ((cause?.code ?? code) === '42P01') return new Set(); // undefined_table (drizzle wraps the driver's error)
    throw error;
  }
}

function dollarQuote(sql: string): string {
  let tag = 'm';
  while (sql.includes(`$${tag}$`)) tag += 'm';
  return `$${tag}$${sql}$${tag}$`;
}
