// Applies each service's migrations in order, once, under a lock so that processes starting together don't race.
import type { Database } from './database.js';

export interface Migration {
  /** Unique and sortable within its service, e.g. "001_tasks". */
  name: string;
  sql: string;
}

const LOCK_ID = 7_405_313; // any constant: one advisory lock guards all migrations

export async function migrate(database: Database, service: string, migrations: Migration[]): Promise<void> {
  await database.exec(`create table if not exists schema_migrations (
    service text not null, name text not null, applied_at timestamptz not null default now(),
    primary key (service, name))`);
  const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  for (const m of ordered) {
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

function dollarQuote(sql: string): string {
  let tag = 'm';
  while (sql.includes(`$${tag}$`)) tag += 'm';
  return `$${tag}$${sql}$${tag}$`;
}
