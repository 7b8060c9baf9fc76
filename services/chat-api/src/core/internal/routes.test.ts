// The internal routes over HTTP: an absent user is a 404 (the caller may drop its event), a database failure is a 500 that
// the caller retries — never a 404 that silently loses a recurring task's next occurrence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { createHttpApp, type HttpApp } from '@todo/http';
import { silentLogger, testDatabaseKinds } from '@todo/platform/testing';
import type { Database } from '@todo/db';
import { createChatApi, migrateChatApi } from '../../index.js';
import { movableClock } from '../../testing/test-api.js';
import { INTERNAL_TOKEN_HEADER, internalRoutes } from './routes.js';

const TOKEN = 'internal-routes-test-token-0123456789';
const headers = { [INTERNAL_TOKEN_HEADER]: TOKEN };

for (const kind of testDatabaseKinds()) {
  describe(`internal routes (${kind.name})`, () => {
    let database: Database;
    let app: HttpApp;
    let userId: string;

    beforeAll(async () => {
      database = await kind.open();
      await migrateChatApi(database);
      const chatApi = createChatApi({ database, clock: movableClock(), log: silentLogger(), jwtSecret: 'internal-test-secret-long-enough', webRoot: null });
      app = await createHttpApp({ log: silentLogger(), metricsRegistry: new Registry(), docs: false });
      await chatApi.plugin(app);
      await internalRoutes(app, { taskService: chatApi.taskService, users: chatApi.users, internalToken: TOKEN, sessionActive: chatApi.sessionActive });
      await app.ready();
      const registered = await app.inject({ method: 'POST', url: '/api/auth/register', payload: { email: `internal-${Date.now()}@example.com`, password: 'correct horse battery' } });
      userId = registered.json().user.id;
    });
    afterAll(async () => {
      await app.close();
      await database.close().catch(() => undefined);
    });

    const occurrence = (user: string) => ({
      userId: user,
      previousTaskId: 'prev-1',
      seriesId: 'series-1',
      idempotencyKey: `next-occurrence-of:${user}`,
      task: { title: 'Again', description: null, priority: 'low', tags: [], recurrence: { rule: 'FREQ=DAILY' }, dueAt: '2030-01-02T09:00:00.000Z', remindAt: null },
    });

    it('answers 404 user_not_found only for a user who is not there', async () => {
      expect((await app.inject({ method: 'GET', url: `/internal/users/${userId}`, headers })).statusCode).toBe(200);
      for (const id of ['0190a1b2-0000-7000-8000-000000000000', 'not-a-uuid']) {
        const missing = await app.inject({ method: 'GET', url: `/internal/users/${id}`, headers });
        expect(missing.statusCode).toBe(404);
        expect(missing.json().error.code).toBe('user_not_found');
        const refused = await app.inject({ method: 'POST', url: '/internal/tasks/occurrences', headers, payload: occurrence(id) });
        expect(refused.statusCode).toBe(404);
      }
    });

    it('answers 5xx, not 404, when the database fails', async () => {
      await database.close();
      const lookup = await app.inject({ method: 'GET', url: `/internal/users/${userId}`, headers });
      expect(lookup.statusCode).toBeGreaterThanOrEqual(500);
      const create = await app.inject({ method: 'POST', url: '/internal/tasks/occurrences', headers, payload: occurrence(userId) });
      expect(create.statusCode).toBeGreaterThanOrEqual(500);
    });
  });
}
