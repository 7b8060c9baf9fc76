// A bounded in-memory StateStore for consumers that must see every event in every replica (fan-out, e.g. realtime):
// it removes redeliveries seen recently without sharing state between replicas.
import type { StateStore } from './ports.js';

export function createRecentIdsStore(capacity = 10_000): StateStore {
  const entries = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => entries.get(key) as T | undefined,
    setIfAbsent: async (key, value) => {
      if (entries.has(key)) return false;
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return true;
    },
    delete: async (key) => {
      entries.delete(key);
    },
  };
}
