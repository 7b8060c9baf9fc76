import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { InvocationError } from '../errors.js';
import { createEnvSecrets } from './secrets.js';
import { createInProcessInvoker } from './invoker.js';

describe('env secrets', () => {
  it('reads the environment first, then DATA_DIR/secrets/<name>, and nothing outside that folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'todo-secrets-'));
    try {
      mkdirSync(join(dataDir, 'secrets'));
      writeFileSync(join(dataDir, 'secrets', 'SMTP_URL'), 'smtp://from-file\n');
      writeFileSync(join(dataDir, 'outside'), 'nope');
      const secrets = createEnvSecrets({ env: { JWT_SECRET: 'from-env' }, dataDir });
      expect(await secrets.get('JWT_SECRET')).toBe('from-env');
      expect(await secrets.get('SMTP_URL')).toBe('smtp://from-file');
      expect(await secrets.get('MISSING')).toBeUndefined();
      expect(await secrets.get('../outside')).toBeUndefined();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('in-process invoker', () => {
  it('calls the route in memory with the internal headers and maps non-2xx answers to InvocationError', async () => {
    const app = Fastify();
    app.post('/internal/echo', async (request) => ({ body: request.body, token: request.headers['x-internal-token'] }));
    app.get('/internal/missing', async (_request, reply) => reply.code(404).send({ error: { code: 'not_found' } }));
    const invoker = createInProcessInvoker({ resolve: (appId) => (appId === 'chat-api' ? app : undefined), headers: { 'x-internal-token': 't0k' } });
    expect(await invoker.invoke('chat-api', 'POST', '/internal/echo', { a: 1 })).toEqual({ body: { a: 1 }, token: 't0k' });
    const missing = await invoker.invoke('chat-api', 'GET', '/internal/missing').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(InvocationError);
    expect((missing as InvocationError).status).toBe(404);
    await expect(invoker.invoke('nobody', 'GET', '/x')).rejects.toMatchObject({ status: 0 });
    await app.close();
  });
});
