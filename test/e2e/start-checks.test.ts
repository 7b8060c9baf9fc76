// What `serve all` refuses or repairs before it opens anything: a weak JWT secret file stops it with one line; a DATA_DIR
// other users can read is closed to them.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '@todo/platform/testing';
import { ConfigError, parseConfig } from '../../src/config.js';
import { startEmbedded, type EmbeddedSystem } from '../../src/runtime/embedded.js';

const started: EmbeddedSystem[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((system) => system.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'todo-start-'));
  dirs.push(dir);
  return dir;
}

/** The embedded system on PGlite in dataDir, with no JWT_SECRET (so the one in DATA_DIR is used). */
async function start(dataDir: string): Promise<EmbeddedSystem> {
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const system = await startEmbedded(config, { log: silentLogger() });
  started.push(system);
  return system;
}

/** A cold PGlite start can take tens of seconds on a busy machine. */
const START_TIMEOUT_MS = 180_000;

const openToOthers = (path: string) => statSync(path).mode & 0o077;

describe('start-up checks', () => {
  it.each([
    ['a 3-character secret', 'abc\n'],
    ['an empty secret', ''],
    ['a repeated pattern', `${'ab'.repeat(20)}\n`],
  ])('a JWT secret file holding %s stops the start with one line naming the file', async (_label, content) => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'secrets'), { recursive: true, mode: 0o700 });
    writeFileSync(join(dataDir, 'secrets', 'JWT_SECRET'), content, { mode: 0o600 });
    const failure = await start(dataDir).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ConfigError);
    const message = (failure as Error).message;
    expect(message).toContain(join(dataDir, 'secrets', 'JWT_SECRET'));
    expect(message).toMatch(/at least 32|random/);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('abab');
  }, START_TIMEOUT_MS);

  it('creates DATA_DIR and its database private to the user (no group/other access)', async () => {
    const dataDir = join(tempDir(), 'data');
    const system = await start(dataDir);
    const register = await fetch(`${system.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'private@example.com', password: 'correct horse battery' }),
    });
    expect(register.status).toBe(201);
    expect(openToOthers(dataDir)).toBe(0);
    expect(openToOthers(join(dataDir, 'pglite'))).toBe(0);
    expect(openToOthers(join(dataDir, 'secrets', 'JWT_SECRET'))).toBe(0);
  }, START_TIMEOUT_MS);

  it('closes an existing DATA_DIR that others could read, and what is inside it', async () => {
    const dataDir = tempDir();
    chmodSync(dataDir, 0o755);
    mkdirSync(join(dataDir, 'pglite'), { mode: 0o755 });
    chmodSync(join(dataDir, 'pglite'), 0o755);
    writeFileSync(join(dataDir, 'leftover.log'), 'emails', { mode: 0o666 });
    chmodSync(join(dataDir, 'leftover.log'), 0o666);
    await start(dataDir);
    expect(openToOthers(dataDir)).toBe(0);
    expect(openToOthers(join(dataDir, 'pglite'))).toBe(0);
    expect(openToOthers(join(dataDir, 'leftover.log'))).toBe(0);
    expect(statSync(join(dataDir, 'leftover.log')).mode & 0o600).toBe(0o600); // the owner keeps access
  }, START_TIMEOUT_MS);
});
