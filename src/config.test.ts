import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';
import { resolveJwtSecret } from './runtime/jwt-secret.js';

describe('configuration', () => {
  it('has the contract defaults', () => {
    expect(parseConfig({})).toMatchObject({ PORT: 8000, HOST: '127.0.0.1', DATA_DIR: './data', RUNTIME: 'embedded', LOG_LEVEL: 'info', DAPR_HTTP_PORT: 3500 });
  });

  it('reads the variables it is given', () => {
    expect(parseConfig({ PORT: '9000', RUNTIME: 'dapr', DATABASE_URL: 'postgres://u:p@db:5432/todo', LOG_LEVEL: 'debug' })).toMatchObject({
      PORT: 9000,
      RUNTIME: 'dapr',
      DATABASE_URL: 'postgres://u:p@db:5432/todo',
      LOG_LEVEL: 'debug',
    });
    expect(parseConfig({})).toMatchObject({ NOTIFICATION_DELIVERY_LEASE_MS: 60_000, NOTIFICATION_SWEEP_MS: 5_000 });
    expect(parseConfig({ NOTIFICATION_DELIVERY_LEASE_MS: '90000', NOTIFICATION_SWEEP_MS: '250' })).toMatchObject({ NOTIFICATION_DELIVERY_LEASE_MS: 90_000, NOTIFICATION_SWEEP_MS: 250 });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ RUNTIME: 'kubernetes' }, 'RUNTIME'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LLM_BASE_URL: 'not a url' }, 'LLM_BASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'sixteen-chars-ok' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'x'.repeat(64) }, 'JWT_SECRET'],
    [{ NOTIFICATION_DELIVERY_LEASE_MS: '10' }, 'NOTIFICATION_DELIVERY_LEASE_MS'],
    [{ NOTIFICATION_SWEEP_MS: 'often' }, 'NOTIFICATION_SWEEP_MS'],
  ])('%j stops with one line naming %s', (env, name) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });

  it('accepts a JWT_SECRET of 32 random bytes', () => {
    const hex = '3f9a0c51e2b847d6a1c09e5f7b2d4e81c3a6f09b7e2d5c14a8f3b6e90d1c2a47';
    expect(parseConfig({ JWT_SECRET: hex }).JWT_SECRET).toBe(hex);
  });

  it('never echoes a secret value in the error', () => {
    expect(() => parseConfig({ JWT_SECRET: 'tiny' })).toThrow(/^(?!.*tiny).*$/);
  });
});

describe('JWT secret', () => {
  it('is generated once into DATA_DIR and reused', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jwt-'));
    const first = await resolveJwtSecret({ dataDir });
    const second = await resolveJwtSecret({ dataDir });
    expect(first).toHaveLength(64);
    expect(second).toBe(first);
    const file = join(dataDir, 'secrets', 'JWT_SECRET');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('prefers JWT_SECRET when set', async () => {
    const secret = 'a-long-random-secret-0123456789-abcdefghij';
    expect(await resolveJwtSecret({ jwtSecret: secret, dataDir: mkdtempSync(join(tmpdir(), 'jwt-')) })).toBe(secret);
  });
});
