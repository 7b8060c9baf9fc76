// StateStore over the processed_events table; first write wins through the primary key. Reads and writes made in the
// same moment (a burst of deliveries) go to the database as one statement each.
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@todo/db';
import { createBatcher } from '../batcher.js';
import type { StateStore } from '../ports.js';
import { processedEvents } from './schema.js';

export function createTableStateStore(db: Db): StateStore {
  const get = createBatcher(async (keys: string[]) => {
    const rows = await db.select({ key: processedEvents.key, value: processedEvents.value }).from(processedEvents).where(inArray(processedEvents.key, [...new Set(keys)]));
    const values = new Map(rows.map((row) => [row.key, row.value]));
    return keys.map((key) => values.get(key));
  });
  const setIfAbsent = createBatcher(async (entries: { key: string; value: unknown }[]) => {
    const firsts = new Map<string, unknown>();
    for (const { key, value } of entries) if (!firsts.has(key)) firsts.set(key, value);
    const written = await db
      .insert(processedEvents)
      .values([...firsts].map(([key, value]) => ({ key, value })))
      .onConflictDoNothing()
      .returning({ key: processedEvents.key });
    // Of several calls for one key in a batch, the first one wrote (as if they had come one after another).
    const wrote = new Set(written.map((row) => row.key));
    return entries.map(({ key }) => wrote.delete(key));
  });
  return {
    get: async <T>(key: string) => (await get(key)) as T | undefined,
    setIfAbsent: (key, value) => setIfAbsent({ key, value }),
    delete: async (key) => {
      await db.delete(processedEvents).where(eq(processedEvents.key, key));
    },
  };
}
