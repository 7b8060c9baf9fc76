import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.js';

function setup(maxEntries?: number) {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const clock = { now: () => new Date(now) };
  const cache = createSessionCache({ clock, ttlMs: 5_000, ...(maxEntries ? { maxEntries } : {}) });
  const lookups: string[] = [];
  const open = new Set<string>(['u1/s1', 'u1/s2', 'u2/s1']);
  const check = (userId: string, sessionId: string) =>
    cache.isOpen(userId, sessionId, async () => {
      lookups.push(`${userId}/${sessionId}`);
      return open.has(`${userId}/${sessionId}`);
    });
  return { cache, check, lookups, open, advance: (ms: number) => (now += ms) };
}

describe('session cache', () => {
  it('answers a confirmed session from memory until the expiry, then asks again', async () => {
    const { check, lookups, advance } = setup();
    expect(await check('u1', 's1')).toBe(true);
    advance(4_999);
    expect(await check('u1', 's1')).toBe(true);
    expect(lookups).toEqual(['u1/s1']);
    advance(1);
    expect(await check('u1', 's1')).toBe(true);
    expect(lookups).toEqual(['u1/s1', 'u1/s1']);
  });

  it('never remembers a closed session, and keys by user and session together', async () => {
    const { check, lookups } = setup();
    expect(await check('u1', 'nope')).toBe(false);
    expect(await check('u1', 'nope')).toBe(false);
    expect(await check('u1', 's1')).toBe(true);
    expect(await check('u3', 's1')).toBe(false); // another user's claim to the same session id
    expect(lookups).toEqual(['u1/nope', 'u1/nope', 'u1/s1', 'u3/s1']);
  });

  it('forgets an ended session at once, and only that one', async () => {
    const { cache, check, open } = setup();
    await check('u1', 's1');
    await check('u1', 's2');
    open.delete('u1/s1');
    cache.end('u1', 's1');
    expect(await check('u1', 's1')).toBe(false);
    expect(await check('u1', 's2')).toBe(true);
  });

  it('does not remember a check that began before a logout ended its session', async () => {
    const { cache, open } = setup();
    let finish!: (open: boolean) => void;
    const racing = cache.isOpen('u1', 's1', () => new Promise<boolean>((resolve) => (finish = resolve)));
    open.delete('u1/s1');
    cache.end('u1', 's1');
    finish(true); // read the row before the delete
    expect(await racing).toBe(true);
    expect(await cache.isOpen('u1', 's1', async () => open.has('u1/s1'))).toBe(false);
  });

  it('holds at most maxEntries sessions, dropping the oldest confirmation', async () => {
    const { check, lookups } = setup(2);
    await check('u1', 's1');
    await check('u1', 's2');
    await check('u2', 's1');
    lookups.length = 0;
    await check('u2', 's1');
    await check('u1', 's2');
    await check('u1', 's1');
    expect(lookups).toEqual(['u1/s1']);
  });
});
