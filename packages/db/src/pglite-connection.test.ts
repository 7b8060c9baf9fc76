import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionTo, transactionOn, type PgliteConnection } from './pglite-connection.js';
import { openPgliteThread } from './pglite-thread.js';

const insert = 'insert into item (id, note) values ($1, $2) returning *';

describe.each([
  { on: 'this thread', open: async () => connectionTo(await PGlite.create()) },
  { on: 'a thread of its own', open: () => openPgliteThread({}) },
])('a PGlite connection in $on', ({ open }) => {
  let connection: PgliteConnection;
  beforeAll(async () => {
    connection = await open();
    await connection.exec(`create table item (id int primary key, note text, at timestamptz)`);
  }, 60_000);
  afterAll(async () => connection.close());

  it('answers queries with parameters, rows and fields as PGlite does (timestamps as text: drizzle parses them)', async () => {
    const at = new Date('2026-03-29T01:30:00.123Z');
    const result = await connection.query('insert into item (id, note, at) values ($1, $2, $3) returning *', [1, 'one', at], undefined, false);
    expect(result.rows).toEqual([{ id: 1, note: 'one', at: '2026-03-29 01:30:00.123+00' }]);
    expect(result.fields.map((f) => f.name)).toEqual(['id', 'note', 'at']);
    expect((await connection.query('select id from item', [], { rowMode: 'array' }, false)).rows).toEqual([[1]]);
  });

  it('reports a failing statement with its code and query, and carries on', async () => {
    const error = await connection.query(insert, [1, 'again'], undefined, false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', query: insert, params: [1, 'again'] });
    await expect(connection.exec('select * from no_such_table')).rejects.toMatchObject({ code: '42P01' });
    await expect(connection.query(insert, [2, 'two'], undefined, false)).resolves.toMatchObject({ affectedRows: 1 });
  });

  it('commits a transaction, rolls back one that throws, and refuses to commit one whose statement failed', async () => {
    await transactionOn(connection, () => connection.query(insert, [10, 'kept'], undefined, true));
    await expect(
      transactionOn(connection, async () => {
        await connection.query(insert, [11, 'undone'], undefined, true);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      transactionOn(connection, async () => {
        await connection.query(insert, [12, 'undone'], undefined, true);
        await connection.query(insert, [10, 'duplicate'], undefined, true).catch(() => undefined);
      }),
    ).rejects.toMatchObject({ code: '25P02' });
    expect((await connection.query('select id from item where id >= 10 order by id', [], undefined, false)).rows).toEqual([{ id: 10 }]);
    await expect(connection.ping()).resolves.toBe(true);
  });

  it('answers as many lone statements as it takes at once, each with its own result', async () => {
    for (let batch = 0; batch < 3; batch++) {
      const ids = Array.from({ length: connection.maxInFlight }, (_, i) => 100 + batch * 10 + i);
      const inserted = await Promise.all(ids.map((id) => connection.query(insert, [id, `n${id}`], undefined, false)));
      expect(inserted.map((r) => r.rows[0])).toEqual(ids.map((id) => ({ id, note: `n${id}`, at: null })));
    }
  });
});

describe('a PGlite connection in a thread of its own, once closed', () => {
  it('fails every later call clearly and pings false', async () => {
    const connection = await openPgliteThread({});
    await connection.close();
    await expect(connection.query('select 1', [], undefined, false)).rejects.toThrow(/PGlite thread has exited/);
    await expect(connection.ping()).resolves.toBe(false);
  }, 60_000);
});
