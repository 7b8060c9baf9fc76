// Test databases: in-memory PGlite always; with TEST_DATABASE_URL also a fresh PostgreSQL database per call (so
// concurrent test runs never see each other's rows).
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '@todo/db';

export interface TestDatabaseKind {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/** The database kinds to run a suite on: PGlite, plus PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  const kinds: TestDatabaseKind[] = [{ name: 'pglite', open: () => openDatabase({ memory: true }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) kinds.push({ name: 'postgres', open: () => openFreshPostgres(url) });
  return kinds;
}

/** A fresh, empty PostgreSQL database on the server of `url`: its address, and `drop` to remove it. */
export async function createFreshPostgres(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await openDatabase({ url });
  const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  try {
    await admin.exec(`create database ${name}`);
  } finally {
    await admin.close();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const cleanup = await openDatabase({ url });
      try {
        await cleanup.exec(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.close();
      }
    },
  };
}

async function openFreshPostgres(url: string): Promise<Database> {
  const fresh = await createFreshPostgres(url);
  const database = await openDatabase({ url: fresh.url });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await fresh.drop();
    },
  };
}
