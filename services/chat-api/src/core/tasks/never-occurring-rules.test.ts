// Rules that never occur (or would hang rrule) are refused at the REST door with a 400 naming the part; nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@todo/platform/testing';
import { body, startTestApi, type TestApi, type TestUser } from '../../testing/test-api.js';

describe.each(testDatabaseKinds())('never-occurring recurrence rules on $name', (kind) => {
  let api: TestApi;
  let alice: TestUser;
  beforeAll(async () => {
    api = await startTestApi(await kind.open());
    alice = await api.signUp('alice');
  });
  afterAll(() => api.close());

  const cases: Array<[string, string]> = [
    ['FREQ=HOURLY;INTERVAL=24;BYHOUR=10', 'BYHOUR'],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'BYMONTHDAY=30'],
    ['FREQ=DAILY;BYMONTHDAY=31;BYMONTH=4,6,9,11', 'BYMONTH=4,6,9,11'],
    ['FREQ=DAILY;BYSETPOS=366', 'BYSETPOS=366'],
  ];
  it.each(cases)('POST and PATCH refuse %s naming %s', async (rule, part) => {
    const created = await api.app.inject({ method: 'POST', url: '/api/tasks', headers: alice.headers, payload: { title: 'x', dueAt: '2030-01-01T09:00:00Z', recurrence: { rule } } });
    expect(created.statusCode).toBe(400);
    expect(JSON.stringify(body(created))).toContain(part);
    const plain = await api.app.inject({ method: 'POST', url: '/api/tasks', headers: alice.headers, payload: { title: 'y', dueAt: '2030-01-01T09:00:00Z' } });
    const patched = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${body(plain).id}`, headers: alice.headers, payload: { recurrence: { rule } } });
    expect(patched.statusCode).toBe(400);
    const list = await api.app.inject({ method: 'GET', url: '/api/tasks', headers: alice.headers });
    expect((body(list).items as Array<{ recurrence: unknown }>).every((task) => task.recurrence === null)).toBe(true);
  });
});
