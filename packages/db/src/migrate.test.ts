import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from './database.js';
import { migrate } from './migrate.js';

const opened: Database[] = [];
async function open(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const database = await openDatabase(url ? { url } : { memory: true });
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const d of opened.splice(0)) {
    await d.exec('drop table if exists migrate_probe_a, migrate_probe_b; delete from schema_migrations where service = \'probe\'');
    await d.close();
  }
});

describe('migrate', () => {
  it('applies each migration once, even when run twice, and runs multi-statement SQL', async () => {
    const d = await open();
    const migrations = [
      { name: '002_b', sql: "create table migrate_probe_b (id int); insert into migrate_probe_b values (2);" },
      { name: '001_a', sql: "create table migrate_probe_a (id int); insert into migrate_probe_a values (1);" },
    ];
    await migrate(d, 'probe', migrations);
    await migrate(d, 'probe', migrations);
    const a = await d.db.execute(sql`select count(*)::int as n from migrate_probe_a`);
    const b = await d.db.execute(sql`select count(*)::int as n from migrate_probe_b`);
    expect((a as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
    expect((b as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
  });

  it('on an up-to-date database runs no migration statement, and applies one added later', async () => {
    const d = await open();
    const first = [{ name: '001_a', sql: 'create table migrate_probe_a (id int);' }];
    await migrate(d, 'probe', first);
    const execs: string[] = [];
    const counted: Database = { ...d, exec: (text) => (execs.push(text), d.exec(text)) };
    await migrate(counted, 'probe', first);
    expect(execs).toEqual([]);
    await migrate(counted, 'probe', [...first, { name: '002_b', sql: 'create table migrate_probe_b (id int);' }]);
    expect(execs.filter((text) => text.includes('migrate_probe_b'))).toHaveLength(1);
    expect(execs.some((text) => text.includes('migrate_probe_a'))).toBe(false);
  });

  it('rolls back a failing migration and records nothing', async () => {
    const d = await open();
    await expect(migrate(d, 'probe', [{ name: '001_bad', sql: 'create table migrate_probe_a (id int); select nope;' }])).rejects.toThrow();
    const applied = await d.db.execute(sql`select count(*)::int as n from schema_migrations where service = 'probe'`);
    expect((applied as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
