import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { preparedStatement } from './prepared.js';

const kinds: { name: string; open: () => Promise<Database> }[] = [{ name: 'pglite', open: () => openDatabase({ memory: true }) }];
const url = process.env.TEST_DATABASE_URL;
if (url) kinds.push({ name: 'postgres', open: () => openDatabase({ url }) });

const next = preparedStatement<{ n: number; word: string }>('prepared_test_next', () => sql`select ${sql.placeholder('n')}::int + 1 as n, ${sql.placeholder('word')}::text as word`);

describe.each(kinds)('preparedStatement on $name', (kind) => {
  const opened: Database[] = [];
  afterAll(() => Promise.all(opened.map((d) => d.close())));

  it('binds each run its own values, on each database it is run on', async () => {
    const [first, second] = [await kind.open(), await kind.open()];
    opened.push(first, second);
    expect(await next(first.db, { n: 1, word: "it's" })).toEqual([{ n: 2, word: "it's" }]);
    expect(await next(first.db, { n: 41, word: 'x' })).toEqual([{ n: 42, word: 'x' }]);
    expect(await next(second.db, { n: -1, word: '' })).toEqual([{ n: 0, word: '' }]);
  });
});
