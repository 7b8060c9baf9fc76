// A freshly initialised PGlite data directory, made once per machine and PGlite version, that new databases start from:
// initdb in WebAssembly costs seconds of CPU, loading this copy of its result a fraction of that.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

// The package's exports hide its package.json: found from its entry point (…/dist/index.js).
const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const pgliteVersion = (JSON.parse(readFileSync(join(dirname(pgliteEntry), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Where the copy is kept: PGLITE_TEMPLATE_DIR, else ~/.cache/todo-chatbot (beside the other cached tools). */
export function templateFile(): string {
  const dir = process.env.PGLITE_TEMPLATE_DIR ?? join(homedir(), '.cache', 'todo-chatbot');
  return join(dir, `pglite-${pgliteVersion}-initdb.tar`);
}

/**
 * The initialised data directory as a tarball for PGlite's `loadDataDir`, made (and kept) on first use; undefined when
 * it can't be had, and the caller lets PGlite run initdb itself.
 */
export async function initialisedDataDir(create: () => Promise<PGlite>): Promise<Blob | undefined> {
  const file = templateFile();
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // not made yet on this machine
  }
  try {
    const fresh = await create();
    const dump = await fresh.dumpDataDir('none');
    await fresh.close();
    await mkdir(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file); // atomic: processes starting together never read half a file
    return dump;
  } catch {
    return undefined;
  }
}
