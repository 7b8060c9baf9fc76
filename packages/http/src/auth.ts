// Bearer-token auth: signs and verifies JWTs (jose, HS256) and guards routes (Authorization header or the web app's cookie).
import type { FastifyRequest } from 'fastify';
import { SignJWT, jwtVerify } from 'jose';
import { ForbiddenError, UnauthorizedError } from '@todo/domain';
import { originAllowed } from './origin.js';

export const AUTH_COOKIE = 'todo_token';
export const TOKEN_TTL_SECONDS = 30 * 24 * 3600;
const ISSUER = 'todo-chatbot';

export interface AuthUser {
  id: string;
  /** The login session the token belongs to (logout ends it). Every token carries one: none → the token is refused. */
  sessionId: string;
  /** When the token stops being valid (set by verifyToken; open WebSockets close then). */
  expiresAt?: Date;
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
  if (!user.sessionId) throw new Error('signToken: a token must carry a session id');
  const jwt = new SignJWT({ sid: user.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds);
  return jwt.sign(keyOf(secret));
}

/** Verifies a token's signature, issuer, expiry and that it names a session; throws UnauthorizedError otherwise. */
export async function verifyToken(secret: string, token: string, now?: Date): Promise<AuthUser> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      ...(now ? { currentDate: now } : {}),
    });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw new Error('no subject');
    if (typeof payload.sid !== 'string' || payload.sid.length === 0) throw new Error('no session');
    const user: AuthUser = { id: payload.sub, sessionId: payload.sid };
    if (typeof payload.exp === 'number') user.expiresAt = new Date(payload.exp * 1000);
    return user;
  } catch {
    throw new UnauthorizedError('The token is invalid or has expired.', 'invalid_token');
  }
}

/**
 * verifyToken that remembers the tokens it has verified: a token's signature and claims give the same answer every time,
 * so one seen before is checked only against its expiry (verifying an HS256 signature through WebCrypto is two
 * asynchronous calls per request otherwise). The oldest verification is dropped first beyond `maxEntries`.
 */
export function createTokenVerifier(secret: string, maxEntries = 10_000) {
  const verified = new Map<string, AuthUser & { expiresAt: Date }>();
  return async function verify(token: string, now?: Date): Promise<AuthUser> {
    const known = verified.get(token);
    if (known && known.expiresAt.getTime() > (now ?? new Date()).getTime()) return { ...known };
    const user = await verifyToken(secret, token, now);
    const { expiresAt } = user;
    if (expiresAt) {
      verified.delete(token);
      if (verified.size >= maxEntries) verified.delete(verified.keys().next().value!);
      verified.set(token, { ...user, expiresAt });
    }
    return user;
  };
}

/** The header a browser app sends to show a state-changing request is its own (pages elsewhere cannot send it without CORS). */
export const CSRF_HEADER = 'x-requested-with';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a cookie-authenticated request may change state: safe methods always; others only with the custom header or
 * an Origin naming this server (a cross-site form or fetch carries the cookie but can do neither).
 */
export function hasCsrfProof(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  if (typeof request.headers[CSRF_HEADER] === 'string' && request.headers[CSRF_HEADER] !== '') return true;
  return request.headers.origin !== undefined && originAllowed(request);
}

/**
 * The token of a request: `Authorization: Bearer …` first, then the httpOnly cookie — which, on a state-changing
 * request, counts only with CSRF proof (hasCsrfProof; ForbiddenError `csrf_rejected` otherwise).
 */
export function tokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  const cookies = (request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies;
  const token = cookies?.[AUTH_COOKIE] || undefined;
  if (token && !hasCsrfProof(request)) {
    throw new ForbiddenError(`A cookie-authenticated ${request.method} needs the ${CSRF_HEADER} header or this site's Origin.`, 'csrf_rejected');
  }
  return token;
}

export interface AuthGuardOptions {
  secret: string;
  /** Extra check after the signature (e.g. the session still exists); return false to reject. */
  isActive?: (user: AuthUser) => Promise<boolean>;
  /** The current time for expiry checks (the injected clock); default the system time. */
  now?: () => Date;
}

/** A route hook that sets `request.user` or throws UnauthorizedError; use it as `onRequest` so a 401 comes before any 400. */
export function createAuthGuard(options: AuthGuardOptions) {
  const verify = createTokenVerifier(options.secret);
  return async function authGuard(request: FastifyRequest): Promise<void> {
    const token = tokenOf(request);
    if (!token) throw new UnauthorizedError('Sign in first: send Authorization: Bearer <token>.');
    const user = await verify(token, options.now?.());
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
