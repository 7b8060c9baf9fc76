// StateStore over the processed_events table; first write wins through the primary key.
import { eq } from 'drizzle-orm';
import type { Db } from '@todo/db';
import type { StateStore } from '../ports.js';
import { processedEvents } from './schema.js';

export function createTableStateStore(db: Db): StateStore {
  return {
    get: async <T>(key: string) => {
      const rows = await db.select({ value: processedEvents.value }).from(processedEvents).where(eq(processedEvents.key, key));
      return rows[0]?.value as T | undefined;
    },
    setIfAbsent: async (key, value) => {
      const written = await db.insert(processedEvents).values({ key, value }).onConflictDoNothing().returning({ key: processedEvents.key });
      return written.length === 1;
    },
    delete: async (key) => {
      await db.delete(processedEvents).where(eq(processedEvents.key, key));
    },
  };
}
