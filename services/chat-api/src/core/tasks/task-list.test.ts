import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabaseKinds } from '@todo/platform/testing';
import { body, startTestApi, type TestApi, type TestUser } from '../../testing/test-api.js';

interface Seed {
  title: string;
  priority?: 'low' | 'medium' | 'high';
  dueAt?: string;
  tags?: string[];
  description?: string;
  done?: boolean;
}

// Created one minute apart in this order (createdAt ascending).
const SEEDS: Seed[] = [
  { title: 'Buy milk', priority: 'high', dueAt: '2026-01-14T10:00:00Z', tags: ['home', 'errands'] },
  { title: 'Write report', priority: 'medium', dueAt: '2026-01-20T10:00:00Z', tags: ['work'], description: 'Quarterly numbers for 50% growth' },
  { title: 'call dentist', priority: 'low', tags: ['health'] },
  { title: 'Pay rent', priority: 'high', dueAt: '2026-01-10T10:00:00Z', tags: ['home'], done: true },
  { title: 'Übung machen', priority: 'medium', dueAt: '2026-01-16T23:59:59Z', tags: ['health', 'home'] },
  { title: 'Read book', priority: 'low' },
  { title: 'Plan trip', priority: 'medium', dueAt: '2026-02-01T00:00:00Z', tags: ['travel'], description: 'Look at MILK_runs and trains' },
];

describe.each(testDatabaseKinds())('listing tasks on $name', (kind) => {
  let api: TestApi;
  let user: TestUser;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi(await kind.open());
    user = await api.signUp('lister');
    for (const seed of SEEDS) {
      api.clock.advance(60_000);
      const { done, ...payload } = seed;
      const task = body(await api.app.inject({ method: 'POST', url: '/api/tasks', headers: user.headers, payload }));
      ids.set(seed.title, task.id);
      if (done) await api.app.inject({ method: 'POST', url: `/api/tasks/${task.id}/complete`, headers: user.headers });
    }
    // "now" for overdue: 2026-01-15T12:00Z
    api.clock.set('2026-01-15T12:00:00.000Z');
  });
  afterAll(() => api.close());

  const titles = async (query: string): Promise<string[]> => {
    const response = await api.app.inject({ url: `/api/tasks${query}`, headers: user.headers });
    expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
    return body(response).items.map((t: { title: string }) => t.title);
  };

  it('lists all tasks newest first by default', async () => {
    expect(await titles('')).toEqual(SEEDS.map((s) => s.title).reverse());
  });

  it('filters by status', async () => {
    expect(await titles('?status=completed')).toEqual(['Pay rent']);
    expect(await titles('?status=pending')).not.toContain('Pay rent');
    expect(await titles('?status=all')).toHaveLength(SEEDS.length);
  });

  it('searches title and description case-insensitively, treating % and _ literally', async () => {
    expect((await titles('?q=MILK')).sort()).toEqual(['Buy milk', 'Plan trip']);
    expect(await titles('?q=report')).toEqual(['Write report']);
    expect(await titles('?q=50%25')).toEqual(['Write report']);
    expect(await titles('?q=k_r')).toEqual(['Plan trip']);
    expect(await titles('?q=%25%25%25')).toEqual([]);
    expect(await titles(`?q=${encodeURIComponent('übung')}`)).toEqual(['Übung machen']);
  });

  it('search can be served by the trigram indexes', async () => {
    const plan = await api.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(sql`explain select id from tasks where title ilike '%milk%' or description ilike '%milk%'`);
    });
    const text = JSON.stringify((plan as unknown as { rows: unknown[] }).rows);
    expect(text).toContain('tasks_title_trgm_idx');
    expect(text).toContain('tasks_description_trgm_idx');
  });

  it('filters by priority list and by tags (all must match)', async () => {
    expect((await titles('?priority=high')).sort()).toEqual(['Buy milk', 'Pay rent']);
    expect((await titles('?priority=high,low')).sort()).toEqual(['Buy milk', 'Pay rent', 'Read book', 'call dentist']);
    expect((await titles('?tags=home')).sort()).toEqual(['Buy milk', 'Pay rent', 'Übung machen']);
    expect((await titles('?tags=home,Health')).sort()).toEqual(['Übung machen']);
    expect(await titles('?tags=nothing')).toEqual([]);
  });

  it('filters by an inclusive due range (timestamps or whole days)', async () => {
    expect((await titles('?dueFrom=2026-01-14T10:00:00Z&dueTo=2026-01-20T10:00:00Z')).sort()).toEqual(['Buy milk', 'Write report', 'Übung machen']);
    expect(await titles('?dueFrom=2026-01-16&dueTo=2026-01-16')).toEqual(['Übung machen']);
  });

  it('overdue=true is pending tasks due before now; overdue=false is the rest', async () => {
    expect(await titles('?overdue=true')).toEqual(['Buy milk']);
    const notOverdue = await titles('?overdue=false');
    expect(notOverdue).toHaveLength(SEEDS.length - 1);
    expect(notOverdue).toContain('Pay rent');
  });

  it('hasDue=false is tasks without a due date; hasDue=true the dated ones; combines with other filters', async () => {
    expect((await titles('?hasDue=false')).sort()).toEqual(['Read book', 'call dentist']);
    expect(await titles('?hasDue=true')).toEqual(['Plan trip', 'Übung machen', 'Pay rent', 'Write report', 'Buy milk']);
    expect(await titles('?hasDue=false&priority=low&tags=health')).toEqual(['call dentist']);
    expect(await titles('?hasDue=false&dueFrom=2026-01-01')).toEqual([]);
  });

  it('pages through hasDue=false with the cursor', async () => {
    const first = body(await api.app.inject({ url: '/api/tasks?hasDue=false&limit=1', headers: user.headers }));
    expect(first.items.map((t: { title: string }) => t.title)).toEqual(['Read book']);
    const second = body(await api.app.inject({ url: `/api/tasks?hasDue=false&limit=1&cursor=${first.nextCursor}`, headers: user.headers }));
    expect(second.items.map((t: { title: string }) => t.title)).toEqual(['call dentist']);
    expect(second.nextCursor).toBeNull();
  });

  it('sorts by dueAt with undated tasks last in both orders', async () => {
    expect(await titles('?sort=dueAt&order=asc')).toEqual(['Pay rent', 'Buy milk', 'Übung machen', 'Write report', 'Plan trip', 'call dentist', 'Read book']);
    expect(await titles('?sort=dueAt&order=desc')).toEqual(['Plan trip', 'Write report', 'Übung machen', 'Buy milk', 'Pay rent', 'Read book', 'call dentist']);
  });

  it('sorts by priority high > medium > low (desc), and the reverse for asc', async () => {
    const desc = await titles('?sort=priority');
    expect(desc.slice(0, 2).sort()).toEqual(['Buy milk', 'Pay rent']);
    expect(desc.slice(-2).sort()).toEqual(['Read book', 'call dentist']);
    const asc = await titles('?sort=priority&order=asc');
    expect(asc.slice(0, 2).sort()).toEqual(['Read book', 'call dentist']);
  });

  it('sorts by title case-insensitively', async () => {
    expect(await titles('?sort=title&order=asc&status=pending&priority=low,high')).toEqual(['Buy milk', 'call dentist', 'Read book']);
  });

  it('sorts by updatedAt', async () => {
    const patched = await api.app.inject({ method: 'PATCH', url: `/api/tasks/${ids.get('Buy milk')}`, headers: user.headers, payload: { description: 'oat' } });
    expect(patched.statusCode).toBe(200);
    expect((await titles('?sort=updatedAt'))[0]).toBe('Buy milk');
    expect((await titles('?sort=updatedAt&order=asc'))[0]).toBe('Write report');
  });

  it.each(['createdAt', 'updatedAt', 'dueAt', 'priority', 'title'])('pages through every task exactly once when sorted by %s', async (sort) => {
    for (const order of ['asc', 'desc']) {
      const full = await titles(`?sort=${sort}&order=${order}`);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/tasks?sort=${sort}&order=${order}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page = body(await api.app.inject({ url, headers: user.headers }));
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((t: { title: string }) => t.title));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(seen).toEqual(full);
      expect(pages).toBe(Math.ceil(SEEDS.length / 2));
    }
  });

  it('returns nextCursor null on the last page and combines filters with pagination', async () => {
    const first = body(await api.app.inject({ url: '/api/tasks?tags=home&limit=2', headers: user.headers }));
    expect(first.items).toHaveLength(2);
    const second = body(await api.app.inject({ url: `/api/tasks?tags=home&limit=2&cursor=${first.nextCursor}`, headers: user.headers }));
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it.each([
    '?status=done',
    '?priority=urgent',
    '?priority=high,urgent',
    '?sort=random',
    '?order=sideways',
    '?limit=0',
    '?limit=201',
    '?limit=abc',
    '?overdue=maybe',
    '?hasDue=none',
    '?hasDue=',
    '?dueFrom=tomorrow',
    '?dueTo=2026-02-30',
    '?cursor=not-a-cursor',
    '?status=pending&status=completed',
  ])('rejects %s with 400 in the contract shape', async (query) => {
    const response = await api.app.inject({ url: `/api/tasks${query}`, headers: user.headers });
    expect(response.statusCode).toBe(400);
    expect(body(response).error).toMatchObject({ code: expect.stringMatching(/^invalid_/), message: expect.any(String) });
  });

  it('rejects a cursor from a different sort', async () => {
    const page = body(await api.app.inject({ url: '/api/tasks?limit=1&sort=title', headers: user.headers }));
    const response = await api.app.inject({ url: `/api/tasks?limit=1&sort=dueAt&cursor=${page.nextCursor}`, headers: user.headers });
    expect(response.statusCode).toBe(400);
    expect(body(response).error.code).toBe('invalid_cursor');
  });

  it.each([
    ['createdAt', '2026-02-30T10:00:00.000Z'],
    ['updatedAt', '2027-02-29T10:00:00.000Z'],
    ['dueAt', '2026-04-31T10:00:00.000Z'],
    ['createdAt', '2026-01-01T24:00:00.000Z'],
  ])('a tampered %s cursor with the impossible date %s is a 400, not a 500', async (sort, date) => {
    const cursor = Buffer.from(JSON.stringify([sort, 'desc', date, '01900000-0000-7000-8000-000000000001'])).toString('base64url');
    const response = await api.app.inject({ url: `/api/tasks?sort=${sort}&cursor=${cursor}`, headers: user.headers });
    expect(response.statusCode).toBe(400);
    expect(body(response).error.code).toBe('invalid_cursor');
  });

  it('limit caps the page size', async () => {
    expect(await titles('?limit=3')).toHaveLength(3);
  });
});
