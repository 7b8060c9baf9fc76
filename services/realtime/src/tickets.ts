// One-time WebSocket tickets: POST /api/ws/ticket gives a short-lived signed ticket that /api/ws?ticket= accepts once, so
// browsers never put the bearer token in a URL. Any replica can check a ticket (signed with a key derived from the JWT
// secret, so it is never a valid bearer token); "once" is a first-write-wins key in the shared state store.
import { createHmac, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { UnauthorizedError } from '@todo/domain';
import type { Clock, StateStore } from '@todo/platform';
import type { AuthUser } from '@todo/http';

export const TICKET_TTL_SECONDS = 30;
const AUDIENCE = 'todo-chatbot/ws-ticket';

export interface TicketBook {
  issue(user: AuthUser): Promise<string>;
  /** The user (and session, and the session token's expiry) of a valid ticket not used before; throws UnauthorizedError otherwise. */
  redeem(ticket: string): Promise<AuthUser>;
}

export interface TicketBookOptions {
  jwtSecret: string;
  /** Where used tickets are remembered (shared by every replica; entries need live only as long as a ticket). */
  used: StateStore;
  clock: Clock;
  ttlSeconds?: number;
}

const refused = (why: string) => new UnauthorizedError(`The WebSocket ticket ${why}; get a new one from POST /api/ws/ticket.`, 'invalid_ticket');

export function createTicketBook(options: TicketBookOptions): TicketBook {
  const key = createHmac('sha256', options.jwtSecret).update('ws-ticket').digest();
  const ttl = options.ttlSeconds ?? TICKET_TTL_SECONDS;
  return {
    async issue(user) {
      const now = Math.floor(options.clock.now().getTime() / 1000);
      const claims: Record<string, unknown> = {};
      if (user.sessionId) claims.sid = user.sessionId;
      // The socket lives no longer than the token the ticket was bought with.
      if (user.expiresAt) claims.texp = Math.floor(user.expiresAt.getTime() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setAudience(AUDIENCE)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + ttl)
        .sign(key);
    },
    async redeem(ticket) {
      let payload;
      try {
        ({ payload } = await jwtVerify(ticket, key, { algorithms: ['HS256'], audience: AUDIENCE, currentDate: options.clock.now() }));
      } catch {
        throw refused('is invalid or has expired');
      }
      if (typeof payload.sub !== 'string' || typeof payload.jti !== 'string') throw refused('is invalid');
      if (!(await options.used.setIfAbsent(`ws-ticket:${payload.jti}`, true))) throw refused('was already used');
      if (typeof payload.sid !== 'string') throw refused('is invalid');
      const user: AuthUser = { id: payload.sub, sessionId: payload.sid };
      if (typeof payload.texp === 'number') user.expiresAt = new Date(payload.texp * 1000);
      return user;
    },
  };
}
