// An embedded restart's PGlite boots in its own thread while this thread loads the server's modules: ~0.4 s of Postgres
// starting in WebAssembly no longer waits for ~0.3 s of module loading (cold start, #14).
import { lstat } from 'node:fs/promises';
import { startPgliteEarly, type StartedPglite } from '@todo/db';
import type { Config } from '../config.js';

/**
 * Only where DATA_DIR already holds a database and is itself private to this user, so nothing in it can be reached by
 * others while it opens; startEmbedded still closes whatever inside it is open to others before it listens. Anything
 * else (a new or open DATA_DIR, DATABASE_URL) starts the usual way, with the usual errors and warnings.
 */
export async function startDatabaseEarly(config: Config): Promise<StartedPglite | undefined> {
  if (config.DATABASE_URL) return undefined;
  const stats = await lstat(config.DATA_DIR).catch(() => undefined);
  if (!stats?.isDirectory() || (stats.mode & 0o077) !== 0 || stats.uid !== process.getuid?.()) return undefined;
  return startPgliteEarly(config.DATA_DIR);
}
