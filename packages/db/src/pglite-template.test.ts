import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { templateFile } from './pglite-template.js';

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
