import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { boolean, date, integer, interval, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, describe, expect, it } from 'vitest';
import { drizzleClientOf, withoutInstalledParsers } from './pglite-client.js';
import { connectionTo, type PgliteConnection } from './pglite-connection.js';
import { openPgliteThread } from './pglite-thread.js';

const probe = pgTable('parser_probe', {
  id: uuid('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  local: timestamp('local').notNull(),
  day: date('day').notNull(),
  span: interval('span').notNull(),
  amount: numeric('amount').notNull(),
  tags: text('tags').array().notNull(),
  n: integer('n').notNull(),
  flag: boolean('flag').notNull(),
  data: jsonb('data').notNull(),
});

const DDL = `create table parser_probe (id uuid primary key, at timestamptz not null, local timestamp not null, day date not null,
  span interval not null, amount numeric not null, tags text[] not null, n int not null, flag boolean not null, data jsonb not null)`;
const ROW = {
  id: '0190a5c8-7d1e-7000-8000-000000000001', at: new Date('2026-03-29T01:30:00.123Z'), local: new Date('2026-10-25T02:30:00.000Z'),
  day: '2026-02-28', span: '1 day 02:03:04', amount: '12345678901234567890.123', tags: ['a', 'b,c', 'd"e'], n: 42, flag: true,
  data: { nested: [1, 'two', null] },
};
const RAW = sql`select at, local, day, span, amount, tags, n, flag, data, array[at, at] as ats, array[day] as days,
  array[span] as spans, array[amount] as amounts, array[local] as locals from parser_probe`;

const closing: Array<{ close(): Promise<void> }> = [];
afterAll(async () => Promise.all(closing.map((c) => c.close())));

/** Drizzle on plain PGlite with its per-query parsers, or on a connection in this thread or in a thread of its own. */
async function seeded(on: 'plain' | 'this thread' | 'own thread') {
  let db;
  if (on === 'own thread') {
    const connection: PgliteConnection = await openPgliteThread({});
    closing.push(connection);
    await connection.exec(DDL);
    db = drizzle(drizzleClientOf(connection));
  } else {
    const client = await PGlite.create();
    closing.push(client);
    await client.exec(DDL);
    db = drizzle(on === 'plain' ? client : drizzleClientOf(connectionTo(client)));
  }
  await db.insert(probe).values(ROW);
  return db;
}

describe('the PGlite client drizzle uses', () => {
  it('returns exactly what drizzle gets with its own per-query parsers, in and out of transactions', async () => {
    const [plain, installed, threaded] = [await seeded('plain'), await seeded('this thread'), await seeded('own thread')];
    const read = async (db: typeof plain) => ({
      typed: await db.select().from(probe),
      raw: (await db.execute(RAW)).rows,
      inTransaction: await db.transaction(async (tx) => ({ typed: await tx.select().from(probe), raw: (await tx.execute(RAW)).rows })),
    });
    const expected = await read(plain);
    expect(expected.typed[0]?.at).toEqual(ROW.at);
    expect(await read(installed)).toEqual(expected);
    expect(await read(threaded)).toEqual(expected);
  }, 120_000); // opens several PGlite databases (seconds of CPU each): timed out at 30 s on a machine at load 14

  it('keeps per-query parsers it has not installed', () => {
    const custom = { parsers: { 1184: (v: string) => v, 23: (v: string) => Number(v) } };
    expect(withoutInstalledParsers(custom)).toBe(custom);
    expect(withoutInstalledParsers({ rowMode: 'array', parsers: { 1184: (v: string) => v } })).toEqual({ rowMode: 'array' });
    expect(withoutInstalledParsers(undefined)).toBeUndefined();
  });
});
