// Every workspace's package.json, and the root's, declares the packages its files import (tests may use
// devDependencies), so a package never works only because the root or a sibling happens to install what it needs.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const IMPORT = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;
/** Files only tests load: they may import devDependencies. */
const TEST_ONLY = /\.test\.tsx?$|\/testing\/|test-bed\.ts$|\.replica\.ts$|vite\.config\.ts$/;

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

function workspaces(): string[] {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
  return root.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*') ? readdirSync(join(ROOT, pattern.slice(0, -2))).map((dir) => join(pattern.slice(0, -2), dir)) : [pattern],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(packageOf(specifier));

/** "file imports name" for each import its manifest does not declare (`dirs`: where its files are, default all of it). */
function undeclaredImports(dir: string, dirs: string[] = ['.'], everythingDeclares = false): string[] {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return [];
  }
  const runtime = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), manifest.name]);
  const forTests = new Set([...runtime, ...Object.keys(manifest.devDependencies ?? {})]);
  const missing: string[] = [];
  for (const file of dirs.flatMap((sub) => sourceFiles(join(ROOT, dir, sub)))) {
    if (file === import.meta.filename) continue; // its own example below
    const declared = everythingDeclares || TEST_ONLY.test(file) ? forTests : runtime;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '.';
      if (specifier.startsWith('.') || isBuiltin(specifier)) continue;
      if (!declared.has(packageOf(specifier))) missing.push(`${relative(ROOT, file)} imports ${packageOf(specifier)}`);
    }
  }
  return missing;
}

describe('workspace package.json files', () => {
  it.each(workspaces())('%s declares every package it imports', (dir) => {
    expect(undeclaredImports(dir)).toEqual([]);
  });

  it('the root declares what src/, bench/, scripts/ and test/ import (the workspaces included)', () => {
    expect(undeclaredImports('.', ['src', 'bench', 'scripts', 'test'], true)).toEqual([]);
  });

  it('would notice an undeclared import', () => {
    const IMPORTS = [...`import { z } from 'zod';\nimport type { X } from '@scope/pkg/deep';\nconst m = await import('dyn');`.matchAll(IMPORT)];
    expect(IMPORTS.map((m) => packageOf(m[1] ?? m[2] ?? m[3] ?? ''))).toEqual(['zod', '@scope/pkg', 'dyn']);
  });
});
