// Starts the real built server (`node dist/cli.js serve all`) on a free port with a temp DATA_DIR, for browser tests.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnServer, type ServerProcess } from '../e2e/process.js';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/** Builds dist/ and web/dist when missing or stale; the lock keeps parallel test files from building at once. */
export function buildIfNeeded(): void {
  execFileSync('flock', ['/tmp/todo-build.lock', process.execPath, 'scripts/build-if-needed.mjs'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    timeout: 600_000,
  });
}

/** True when dist/cli.js exists and every asset web/dist/index.html names is there (no half-finished build). */
function isCompleteBuild(root: string): boolean {
  const index = join(root, 'web/dist/index.html');
  if (!existsSync(join(root, 'dist/cli.js')) || !existsSync(index)) return false;
  const assets = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  return assets.length > 0 && assets.every((asset) => existsSync(join(root, 'web/dist', asset)));
}

/**
 * Builds if needed, then copies dist/ and web/dist/ to a temp directory the server runs from, so another build in
 * the shared tree (which empties those folders first) cannot pull files from under a running test.
 */
export function snapshotBuild(): string {
  for (let attempt = 1; ; attempt += 1) {
    buildIfNeeded();
    const root = mkdtempSync(join(tmpdir(), 'todo-build-'));
    cpSync(join(REPO_ROOT, 'dist'), join(root, 'dist'), { recursive: true });
    cpSync(join(REPO_ROOT, 'web/dist'), join(root, 'web/dist'), { recursive: true });
    copyFileSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json')); // "type": "module"
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    if (isCompleteBuild(root)) return root;
    rmSync(root, { recursive: true, force: true });
    if (attempt === 3) throw new Error('the build in dist/ and web/dist/ kept changing while being copied');
  }
}

async function waitForReady(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not accepting yet
    }
    if (Date.now() > deadline) throw new Error(`server at ${url} not ready in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs `node dist/cli.js serve all` from a build snapshot (see snapshotBuild); stop() removes the snapshot too. */
export async function startServer(options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<RunningServer> {
  const buildRoot = snapshotBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-browser-'));
  const cleanUp = () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(buildRoot, { recursive: true, force: true });
  };
  const timeoutMs = options.timeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  let server: ServerProcess | undefined;
  try {
    server = await spawnServer(dataDir, { builtRoot: buildRoot, env: options.env, timeoutMs });
    await waitForReady(server.url, deadline);
  } catch (error) {
    await server?.crash();
    cleanUp();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    output: running.output,
    stop: async () => {
      await running.stop();
      cleanUp();
    },
  };
}
