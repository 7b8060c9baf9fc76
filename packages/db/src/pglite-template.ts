// What new PGlite databases start from, made once per machine and PGlite version: a freshly initialised data directory
// (initdb in WebAssembly costs seconds of CPU, loading this copy of its result a fraction of that), and, for a process
// that names its schema, that directory with every migration applied, copied file by file into the new data directory.
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

// The package's exports hide its package.json: found from its entry point (…/dist/index.js).
const pgliteEntry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
const pgliteVersion = (JSON.parse(readFileSync(join(dirname(pgliteEntry), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Where the copy is kept: PGLITE_TEMPLATE_DIR, else ~/.cache/todo-chatbot (beside the other cached tools). */
export function templateFile(): string {
  return join(templateDir(), `pglite-${pgliteVersion}-initdb.tar`);
}

const templateDir = () => process.env.PGLITE_TEMPLATE_DIR ?? join(homedir(), '.cache', 'todo-chatbot');

/** The migrated data directory for a schema (`key`: its hash, see schemaKey). */
export function migratedTemplateDir(key: string): string {
  return join(templateDir(), `pglite-${pgliteVersion}-schema-${key}`);
}

/**
 * Fills the new data directory `target` (absent or empty) with a copy of the migrated template for `key`, first making
 * that template when the machine has none (`build` creates a migrated and closed database in the directory it is
 * given). False when it can't be had: the caller starts from initdb's copy and migrates as usual.
 */
export async function fromMigratedTemplate(target: string, key: string, build: (dir: string) => Promise<void>): Promise<boolean> {
  const template = migratedTemplateDir(key);
  if (!existsSync(template)) {
    const partial = `${template}.${process.pid}.partial`;
    try {
      await rm(partial, { recursive: true, force: true });
      await mkdir(partial, { recursive: true, mode: 0o700 });
      await build(partial);
      await rename(partial, template); // atomic: a template is complete or absent
    } catch {
      await rm(partial, { recursive: true, force: true }).catch(() => {});
      if (!existsSync(template)) return false; // else another process made it first
    }
  }
  // Copied beside the target and renamed onto it: a start killed mid-copy leaves no half database behind.
  const staging = `${target}.partial`;
  try {
    await rm(staging, { recursive: true, force: true });
    await copyTree(template, staging);
    await rename(staging, target);
    return true;
  } catch {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    return false;
  }
}

/** Directories made private (0700); a directory's entries are copied together, in the thread pool (copy_file_range). */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { mode: 0o700 });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? copyTree(join(from, entry.name), join(to, entry.name)) : copyFile(join(from, entry.name), join(to, entry.name)))),
  );
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
