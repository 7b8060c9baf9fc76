// DATA_DIR holds every email, password hash and the JWT secret: it is created 0700, and at start anything in it that
// group or others could read is closed (one warning line), or the start stops with one line when that is impossible.
import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@todo/platform';
import { ConfigError } from '../config.js';

const PRIVATE_DIR = 0o700;
const OPEN_TO_OTHERS = 0o077;
/** PGlite keeps a few thousand files; a tree far larger than that is not ours to walk at every start. */
const MAX_ENTRIES = 100_000;

/** Creates DATA_DIR (0700) and removes group/other access from it and everything in it; returns how many entries it closed. */
export async function secureDataDir(dataDir: string, log: Logger): Promise<number> {
  try {
    await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR });
    const closed = await closeTree(dataDir, { seen: 0 });
    if (closed > 0) {
      log.warn({ dataDir, closed }, `DATA_DIR ${dataDir} was readable by other users: removed group/other access from ${closed} entries (now 0700)`);
    }
    return closed;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`Invalid configuration: DATA_DIR ${dataDir} cannot be made private to this user (${reason}); chmod 700 it or choose another DATA_DIR.`);
  }
}

const tooManyEntries = (path: string) =>
  new ConfigError(`Invalid configuration: DATA_DIR holds more than ${MAX_ENTRIES} entries; is ${path} the right directory?`);

/**
 * Walks the tree with each directory's entries looked at together (one lstat after another costs a thread-pool round
 * trip each: a restart's few thousand PGlite files took 0.1–0.3 s that way).
 */
async function closeTree(path: string, budget: { seen: number }): Promise<number> {
  budget.seen += 1;
  if (budget.seen > MAX_ENTRIES) throw tooManyEntries(path);
  const stats = await lstat(path);
  if (stats.isSymbolicLink()) return 0; // chmod would follow it out of DATA_DIR
  let closed = 0;
  if ((stats.mode & OPEN_TO_OTHERS) !== 0) {
    await chmod(path, stats.mode & 0o700);
    closed += 1;
  }
  if (stats.isDirectory()) {
    const names = await readdir(path);
    if (budget.seen + names.length > MAX_ENTRIES) throw tooManyEntries(path);
    const counts = await Promise.all(names.map((name) => closeTree(join(path, name), budget)));
    closed += counts.reduce((sum, n) => sum + n, 0);
  }
  return closed;
}
