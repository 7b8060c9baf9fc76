// startPgliteEarly: the thread of an existing database, started before openDatabase, is the one openDatabase opens.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, startPgliteEarly, type Database } from './database.js';

const dir = mkdtempSync(join(tmpdir(), 'pglite-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rowsOf(database: Database, query: ReturnType<typeof sql>): Promise<unknown[]> {
  return ((await database.db.execute(query)) as unknown as { rows: unknown[] }).rows;
}

describe('a PGlite thread started early', () => {
  it('is not started where no database exists yet', () => {
    expect(startPgliteEarly(join(dir, 'new'))).toBeUndefined();
  });

  it('opens the existing database, with what was written to it before', async () => {
    const dataDir = join(dir, 'existing');
    const first = await openDatabase({ dataDir });
    await first.exec("create table kept (a text); insert into kept values ('from before')");
    await first.close();

    const started = startPgliteEarly(dataDir);
    expect(started).toBeDefined();
    const database = await openDatabase({ dataDir, started: started! });
    try {
      expect(await rowsOf(database, sql`select a from kept`)).toEqual([{ a: 'from before' }]);
      expect(await database.ping()).toBe(true);
    } finally {
      await database.close();
    }
  });

  it('started for another data directory is closed, and the one asked for opened', async () => {
    const other = join(dir, 'other');
    await (await openDatabase({ dataDir: other })).close();
    const started = startPgliteEarly(other)!;
    const wanted = await openDatabase({ dataDir: join(dir, 'asked'), started });
    try {
      expect(await wanted.ping()).toBe(true);
      expect(await (await started.connection).ping()).toBe(false);
    } finally {
      await wanted.close();
    }
  });
});
