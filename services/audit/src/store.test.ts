import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@todo/db';
import { testDatabaseKinds } from '@todo/platform/testing';
import { migrate } from '@todo/db';
import { AUDIT_SERVICE, auditMigrations } from './migrations.js';
import { createAuditStore } from './store.js';

const entry = (eventId: string, userId = 'u1', n = 0) => ({
  id: `0190a5c8-7d1e-7000-8000-${String(n).padStart(12, '0')}`,
  eventId, userId, taskId: 't1', type: 'task.created', occurredAt: `2026-01-01T00:00:0${n}.000Z`, data: { n },
});

describe.each(testDatabaseKinds())('audit store on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
    await migrate(database, AUDIT_SERVICE, auditMigrations);
  });
  afterAll(() => database?.close());

  it('appends each event once, also when copies arrive in the same batch, and lists only the owner\'s entries', async () => {
    const store = createAuditStore(database.db);
    const appended = await Promise.all([store.append(entry('e1', 'u1', 1)), store.append(entry('e2', 'u2', 2)), store.append(entry('e1', 'u1', 3))]);
    expect(appended).toEqual([true, true, false]);
    expect(await store.append(entry('e1', 'u1', 4))).toBe(false);
    const listed = await store.list('u1', { limit: 10 });
    expect(listed.map((e) => [e.eventId, e.data])).toEqual([['e1', { n: 1 }]]);
  });

  it('an entry the database refuses fails alone; the others of its batch are appended', async () => {
    const store = createAuditStore(database.db);
    const results = await Promise.allSettled([store.append(entry('e5', 'u5', 5)), store.append({ ...entry('e6', 'u5', 6), occurredAt: 'not a date' }), store.append(entry('e7', 'u5', 7))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.list('u5', { limit: 10 })).map((e) => e.eventId)).toEqual(['e7', 'e5']);
  });
});
