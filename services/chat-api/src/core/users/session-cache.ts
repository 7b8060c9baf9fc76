// Remembers sessions recently confirmed open, so a request's session check need not read the database every time.
import type { Clock } from '@todo/platform';

export interface SessionCacheOptions {
  clock: Clock;
  /** How long a confirmation is trusted. */
  ttlMs: number;
  /** Most sessions remembered; the oldest confirmation is dropped first. */
  maxEntries?: number;
}

/**
 * Positive results only, keyed by user and session. `end()` forgets a session at once, and a lookup that started before
 * an `end()` is not remembered (an epoch counter), so a check racing with a logout never re-admits its session.
 */
export function createSessionCache(options: SessionCacheOptions) {
  const { clock, ttlMs } = options;
  const maxEntries = options.maxEntries ?? 10_000;
  const confirmedUntil = new Map<string, number>();
  let epoch = 0;
  const keyOf = (userId: string, sessionId: string | undefined) => `${userId}/${sessionId ?? ''}`;

  return {
    /** Whether the session is open: from memory when confirmed within ttlMs, else from `lookup` (remembered when true). */
    async isOpen(userId: string, sessionId: string | undefined, lookup: () => Promise<boolean>): Promise<boolean> {
      const key = keyOf(userId, sessionId);
      const until = confirmedUntil.get(key);
      const now = clock.now().getTime();
      if (until !== undefined && until > now) return true;
      const started = epoch;
      const open = await lookup();
      if (!open || started !== epoch) return open;
      confirmedUntil.delete(key);
      if (confirmedUntil.size >= maxEntries) confirmedUntil.delete(confirmedUntil.keys().next().value!);
      confirmedUntil.set(key, now + ttlMs);
      return true;
    },
    /** Forgets the session; call once it has ended in the database (a check begun before then is not remembered). */
    end(userId: string, sessionId: string | undefined): void {
      epoch++;
      confirmedUntil.delete(keyOf(userId, sessionId));
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
