import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { migrate, schemaKey, type Schema } from './migrate.js';
import { migratedTemplateDir, templateFile } from './pglite-template.js';

const dir = mkdtempSync(join(tmpdir(), 'pglite-template-'));
const before = process.env.PGLITE_TEMPLATE_DIR;
process.env.PGLITE_TEMPLATE_DIR = join(dir, 'cache');
afterAll(() => {
  if (before === undefined) delete process.env.PGLITE_TEMPLATE_DIR;
  else process.env.PGLITE_TEMPLATE_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

describe('new PGlite databases start from the initialised copy', () => {
  it('keeps the copy after the first database, and databases made from it are separate and durable', async () => {
    expect(existsSync(templateFile())).toBe(false);
    const first = await openDatabase({ memory: true });
    expect(existsSync(templateFile())).toBe(true);
    await first.exec('create table only_in_first (a int); insert into only_in_first values (1)');

    const dataDir = join(dir, 'data');
    const onDisk = await openDatabase({ dataDir });
    const seen = await onDisk.db.execute(sql`select count(*)::int as n from pg_tables where tablename = 'only_in_first'`);
    expect((seen as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
    await onDisk.exec("create table kept (a text); insert into kept values ('survives a restart')");
    await onDisk.close();
    await first.close();

    const reopened = await openDatabase({ dataDir }); // existing data directory: opened as it is, not replaced
    const kept = await reopened.db.execute(sql`select a from kept`);
    expect((kept as unknown as { rows: { a: string }[] }).rows).toEqual([{ a: 'survives a restart' }]);
    await reopened.close();
  }, 120_000); // opens several PGlite databases (seconds of CPU each): timed out at 30 s on a machine at load 14
});

const rowsOf = async <T>(database: Database, query: ReturnType<typeof sql>) => (await database.db.execute(query)) as unknown as { rows: T[] };
const tableCount = async (database: Database, name: string) =>
  (await rowsOf<{ n: number }>(database, sql`select count(*)::int as n from pg_tables where tablename = ${name}`)).rows[0]?.n;

describe('a new data directory opened with its schema starts migrated', () => {
  const notes: Schema = [{ service: 'notes', migrations: [{ name: '001_notes', sql: 'create table notes (body text not null)' }] }];

  it('from a copy kept per schema: the tables are there before migrating, the rows of other databases are not', async () => {
    const first = await openDatabase({ dataDir: join(dir, 'notes-1'), schema: notes });
    expect(existsSync(migratedTemplateDir(schemaKey(notes)))).toBe(true);
    expect(await tableCount(first, 'notes')).toBe(1);
    await first.exec("insert into notes values ('only in the first')");
    await first.close();

    // A start killed while copying left its staging directory: it is replaced, and nothing of it is used.
    mkdirSync(join(dir, 'notes-2', 'pglite.partial'), { recursive: true });
    writeFileSync(join(dir, 'notes-2', 'pglite.partial', 'PG_VERSION'), 'half a copy');
    const second = await openDatabase({ dataDir: join(dir, 'notes-2'), schema: notes });
    expect(existsSync(join(dir, 'notes-2', 'pglite.partial'))).toBe(false);
    expect((await rowsOf<{ n: number }>(second, sql`select count(*)::int as n from notes`)).rows).toEqual([{ n: 0 }]);
    await migrate(second, 'notes', notes[0]!.migrations); // finds it applied: nothing runs twice
    await second.exec("insert into notes values ('kept')");
    await second.close();

    const reopened = await openDatabase({ dataDir: join(dir, 'notes-2'), schema: notes }); // existing: opened as it is
    expect((await rowsOf<{ body: string }>(reopened, sql`select body from notes`)).rows).toEqual([{ body: 'kept' }]);
    await reopened.close();
  }, 120_000);

  it('a changed migration is another schema, with its own copy', async () => {
    const changed: Schema = [{ service: 'notes', migrations: [{ name: '001_notes', sql: 'create table notes (body text not null, pinned boolean)' }] }];
    expect(schemaKey(changed)).not.toBe(schemaKey(notes));
    const database = await openDatabase({ dataDir: join(dir, 'notes-changed'), schema: changed });
    const columns = await rowsOf<{ column_name: string }>(database, sql`select column_name from information_schema.columns where table_name = 'notes' order by ordinal_position`);
    expect(columns.rows.map((row) => row.column_name)).toEqual(['body', 'pinned']);
    expect(existsSync(migratedTemplateDir(schemaKey(changed)))).toBe(true);
    await database.close();
  }, 120_000);
});
