import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@todo/platform/testing';
import { parseConfig } from '../config.js';
import { startEmbedded } from './embedded.js';

describe('the embedded system', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = parseConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

  it('serves over real HTTP, and a second start on the same DATA_DIR keeps users, tasks and the JWT secret', async () => {
    const first = await startEmbedded(config, { log: silentLogger() });
    let token: string;
    try {
      const registered = await fetch(`${first.url}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'keep@example.com', password: 'password1' }),
      });
      expect(registered.status).toBe(201);
      token = ((await registered.json()) as { token: string }).token;
      const created = await fetch(`${first.url}/api/tasks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: 'survive a restart', tags: ['durable'] }),
      });
      expect(created.status).toBe(201);
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    } finally {
      await first.close();
    }

    const second = await startEmbedded(config, { log: silentLogger() });
    try {
      // the old token still verifies: the generated secret was kept
      const list = await fetch(`${second.url}/api/tasks`, { headers: { authorization: `Bearer ${token}` } });
      expect(list.status).toBe(200);
      const { items } = (await list.json()) as { items: { title: string; tags: string[] }[] };
      expect(items).toEqual([expect.objectContaining({ title: 'survive a restart', tags: ['durable'] })]);
      const login = await fetch(`${second.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'keep@example.com', password: 'password1' }),
      });
      expect(login.status).toBe(200);
    } finally {
      await second.close();
    }
  }, 120_000); // two PGlite starts on disk take a while on a busy machine
});
