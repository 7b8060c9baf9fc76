// StateStore over the Dapr state API. setIfAbsent is first-write-wins: each write carries a token, and after a refused
// write we read the key back to learn who won (status codes for "exists" differ per store, so we never infer from them).
import { randomUUID } from 'node:crypto';
import type { StateStore } from '../ports.js';
import { sidecarError, type DaprSidecar } from './sidecar.js';

export interface DaprStateStoreOptions {
  sidecar: DaprSidecar;
  storeName: string;
  /** Keys expire after this long (idempotency keys need not live forever). Unset: kept. */
  ttlSeconds?: number;
}

interface Stored {
  value: unknown;
  writer: string;
}

export function createDaprStateStore(options: DaprStateStoreOptions): StateStore {
  const { sidecar, storeName } = options;
  const keyPath = (key: string) => `/v1.0/state/${encodeURIComponent(storeName)}/${encodeURIComponent(key)}`;

  const read = async (key: string): Promise<Stored | undefined> => {
    const response = await sidecar.request({ method: 'GET', path: keyPath(key), query: { consistency: 'strong' } });
    if (response.status === 204 || response.body === undefined) return undefined;
    if (!response.ok) throw sidecarError(`get state ${key}`, response);
    return response.body as Stored;
  };

  return {
    get: async <T>(key: string) => (await read(key))?.value as T | undefined,
    setIfAbsent: async (key, value) => {
      const writer = randomUUID();
      const item = {
        key,
        value: { value, writer } satisfies Stored,
        options: { concurrency: 'first-write', consistency: 'strong' },
        ...(options.ttlSeconds ? { metadata: { ttlInSeconds: String(options.ttlSeconds) } } : {}),
      };
      const response = await sidecar.request({ method: 'POST', path: `/v1.0/state/${encodeURIComponent(storeName)}`, body: [item] });
      // Redis refuses a first-write on a key that was itself written first-write (its Lua set script checks the
      // `first-write` flag), so an accepted write means we won.
      if (response.ok) return true;
      const current = await read(key);
      if (current === undefined) throw sidecarError(`set state ${key}`, response);
      return current.writer === writer;
    },
    delete: async (key) => {
      const response = await sidecar.request({ method: 'DELETE', path: keyPath(key) });
      if (!response.ok) throw sidecarError(`delete state ${key}`, response);
    },
  };
}
