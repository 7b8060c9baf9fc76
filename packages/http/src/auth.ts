// Bearer-token auth: signs and verifies JWTs (jose, HS256) and guards routes (Authorization header or the web app's cookie).
import type { FastifyRequest } from 'fastify';
import { SignJWT, jwtVerify } from 'jose';
import { UnauthorizedError } from '@todo/domain';

export const AUTH_COOKIE = 'todo_token';
export const TOKEN_TTL_SECONDS = 30 * 24 * 3600;
const ISSUER = 'todo-chatbot';

export interface AuthUser {
  id: string;
  /** The login session the token belongs to (logout ends it). */
  sessionId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signToken(secret: string, user: AuthUser, now: Date, ttlSeconds = TOKEN_TTL_SECONDS): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const jwt = new SignJWT(user.sessionId ? { sid: user.sessionId } : {})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds);
  return jwt.sign(keyOf(secret));
}

/** Verifies a token's signature, issuer and expiry; throws UnauthorizedError otherwise. */
export async function verifyToken(secret: string, token: string, now?: Date): Promise<AuthUser> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      ...(now ? { currentDate: now } : {}),
    });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('no subject');
    return typeof payload.sid === 'string' ? { id: payload.sub, sessionId: payload.sid } : { id: payload.sub };
  } catch {
    throw new UnauthorizedError('The token is invalid or has expired.', 'invalid_token');
  }
}

/** The token of a request: `Authorization: Bearer …` first, then the httpOnly cookie. */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  const cookies = (request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies;
  return cookies?.[AUTH_COOKIE] || undefined;
}

export interface AuthGuardOptions {
  secret: string;
  /** Extra check after the signature (e.g. the session still exists); return false to reject. */
  isActive?: (user: AuthUser) => Promise<boolean>;
  /** The current time for expiry checks (the injected clock); default the system time. */
  now?: () => Date;
}

/** A preHandler hook that sets `request.user` or throws UnauthorizedError. */
export function createAuthGuard(options: AuthGuardOptions) {
  return async function authGuard(request: FastifyRequest): Promise<void> {
    const token = tokenOf(request);
    if (!token) throw new UnauthorizedError('Sign in first: send Authorization: Bearer <token>.');
    const user = await verifyToken(options.secret, token, options.now?.());
    if (options.isActive && !(await options.isActive(user))) {
      throw new UnauthorizedError('The session has ended; sign in again.', 'invalid_token');
    }
    request.user = user;
  };
}

/** The authenticated user of a guarded route. */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new UnauthorizedError();
  return request.user;
}
