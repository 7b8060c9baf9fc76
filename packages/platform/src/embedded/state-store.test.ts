import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '@todo/db';
import { testDatabaseKinds } from '../testing/index.js';
import { createTableStateStore } from './state-store.js';
import { EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations } from './migrations.js';

describe.each(testDatabaseKinds())('table state store on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
    await migrate(database, EMBEDDED_RUNTIME_SERVICE, embeddedRuntimeMigrations);
  });
  afterAll(() => database?.close());

  it('first write wins, also among calls batched together, and reads see what was written', async () => {
    const state = createTableStateStore(database.db);
    const wrote = await Promise.all([
      state.setIfAbsent('k1', { v: 'first' }),
      state.setIfAbsent('k2', { v: 'other' }),
      state.setIfAbsent('k1', { v: 'second' }),
    ]);
    expect(wrote).toEqual([true, true, false]);
    expect(await state.setIfAbsent('k1', { v: 'third' })).toBe(false);
    expect(await Promise.all([state.get('k1'), state.get('missing'), state.get('k2'), state.get('k1')])).toEqual([
      { v: 'first' }, undefined, { v: 'other' }, { v: 'first' },
    ]);
    await state.delete('k1');
    expect(await state.get('k1')).toBeUndefined();
    expect(await state.setIfAbsent('k1', { v: 'again' })).toBe(true);
  });
});
