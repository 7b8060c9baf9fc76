import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREPARED, PreparedStatements } from './pglite-statements.js';

let client: PGlite;
let statements: PreparedStatements;

beforeAll(async () => {
  client = await PGlite.create();
  statements = new PreparedStatements(client);
  await client.exec(`create table item (id int primary key, at timestamptz, tags text[], data jsonb, flag boolean, note text)`);
}, 60_000);
afterAll(async () => client.close());

const insert = 'insert into item (id, at, tags, data, flag, note) values ($1, $2, $3, $4, $5, $6) returning *';

describe('queries as prepared statements on PGlite', () => {
  it('serialises parameters and parses rows exactly as PGlite query() does, on the first and on later calls', async () => {
    const params = (id: number) => [id, new Date('2026-03-29T01:30:00.123Z'), ['a', 'b,c', 'd"e', null], { nested: [1, 'two', null] }, true, null];
    const expected = await client.query(insert, params(1));
    const first = await statements.query(insert, params(2));
    const again = await statements.query(insert, params(3));
    const rowsOf = (r: typeof expected) => r.rows.map((row) => ({ ...(row as object), id: 0 }));
    expect(rowsOf(first)).toEqual(rowsOf(expected));
    expect(rowsOf(again)).toEqual(rowsOf(expected));
    expect(first.fields).toEqual(expected.fields);
    expect(again.affectedRows).toBe(1);
    const arrays = await statements.query('select id, note from item where id = any($1) order by id', [[1, 3]], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[1, null], [3, null]]);
  });

  it('reports a failing statement as PGlite does, and the statement still works afterwards', async () => {
    const error = await statements.query(insert, [2, null, null, null, null, null]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', query: insert });
    await expect(statements.query(insert, [4, null, null, null, null, 'four'])).resolves.toMatchObject({ affectedRows: 1 });
    await expect(statements.query('select * from no_such_table')).rejects.toMatchObject({ code: '42P01' });
  });

  it(`keeps at most ${MAX_PREPARED} statements prepared and still answers the ones it closed`, async () => {
    for (let n = 0; n < MAX_PREPARED + 20; n++) await statements.query(`select ${n}::int as n`);
    expect(statements.size).toBe(MAX_PREPARED);
    const open = await statements.query(`select count(*)::int as n from pg_prepared_statements`);
    expect(open.rows).toEqual([{ n: MAX_PREPARED }]);
    await expect(statements.query('select 0::int as n')).resolves.toMatchObject({ rows: [{ n: 0 }] });
  });

  it('prepares a statement again when its table changed shape since', async () => {
    await statements.query(insert, [10, null, null, null, null, 'ten']);
    const star = 'select * from item where id = $1';
    expect(Object.keys((await statements.query(star, [10])).rows[0] as object)).not.toContain('extra');
    await client.exec(`alter table item add column extra int default 7`);
    expect((await statements.query(star, [10])).rows[0]).toMatchObject({ id: 10, extra: 7 });
  });
});
