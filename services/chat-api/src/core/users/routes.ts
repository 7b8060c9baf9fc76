// Auth and profile routes: /api/auth/register|login|logout, /api/me. Login is rate-limited per client and email and per
// client; registration per client (the client is the socket address, or X-Forwarded-For from a TRUST_PROXY proxy).
import type { FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { AuthResultSchema, LoginSchema, ProfilePatchSchema, RateLimitedError, RegisterSchema, UserSchema } from '@todo/domain';
import { AUTH_COOKIE, CSRF_RESPONSES, ErrorBodySchema, GUARDED as security, OPTIONALLY_GUARDED, TOKEN_TTL_SECONDS, currentUser, tokenOf, verifyToken, type HttpApp } from '@todo/http';
import type { UserService } from './service.js';

export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

export interface AuthRateLimits {
  /** Login attempts per client and email: one account's password guessed from one place. */
  loginPerClientAndEmail: RateLimit;
  /** Login attempts per client, whatever the emails: a flood, or many accounts tried. */
  loginPerClient: RateLimit;
  /** Accounts created per client. */
  registerPerClient: RateLimit;
}

export const DEFAULT_AUTH_RATE_LIMITS: AuthRateLimits = {
  loginPerClientAndEmail: { max: 10, timeWindowMs: 60_000 },
  loginPerClient: { max: 30, timeWindowMs: 60_000 },
  registerPerClient: { max: 20, timeWindowMs: 10 * 60_000 },
};

export interface UserRoutesOptions {
  users: UserService;
  jwtSecret: string;
  now: () => Date;
  authGuard: (request: FastifyRequest) => Promise<void>;
  rateLimits: AuthRateLimits;
}

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema };

/** httpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (directly, or per a trusted proxy's X-Forwarded-Proto). */
function cookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' } as const;
}

function setAuthCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(AUTH_COOKIE, token, { ...cookieOptions(request), maxAge: TOKEN_TTL_SECONDS });
}

export async function userRoutes(app: HttpApp, options: UserRoutesOptions): Promise<void> {
  const { users, authGuard, rateLimits } = options;
  await app.register(rateLimit, { global: false });

  // Each limiter is its own counter (own key prefix) and all of a route's limiters are checked: the plugin's preHandler
  // form runs only the first limiter of a request, so several on one route need its createRateLimit form.
  const limiter = (name: string, { max, timeWindowMs }: RateLimit, key: (request: FastifyRequest) => string) =>
    app.createRateLimit({ max, timeWindow: timeWindowMs, keyGenerator: (request: FastifyRequest) => `${name}:${key(request)}` });
  const limitedBy =
    (...limiters: ReturnType<typeof limiter>[]) =>
    async (request: FastifyRequest): Promise<void> => {
      for (const check of limiters) {
        const limit = await check(request);
        if (limit.isAllowed || !limit.isExceeded) continue;
        const retryAfterSeconds = Math.max(1, Math.ceil(limit.ttl / 1000));
        throw new RateLimitedError(`Too many attempts; try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
      }
    };
  // The body is parsed by preHandler time, so the email can be part of a key.
  const emailOf = (request: FastifyRequest) => {
    const body = request.body as { email?: unknown } | undefined;
    return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  };
  const registerLimit = limitedBy(limiter('register', rateLimits.registerPerClient, (request) => request.ip));
  const loginLimit = limitedBy(
    limiter('login-email', rateLimits.loginPerClientAndEmail, (request) => `${request.ip}|${emailOf(request)}`),
    limiter('login', rateLimits.loginPerClient, (request) => request.ip),
  );

  app.post('/api/auth/register', {
    preHandler: registerLimit,
    schema: { tags: ['auth'], summary: 'Create an account', body: RegisterSchema, response: { 201: AuthResultSchema, 409: ErrorBodySchema, 429: ErrorBodySchema, ...errors } },
    handler: async (request, reply) => {
      const result = await users.register(request.body);
      setAuthCookie(request, reply, result.token);
      return reply.code(201).send(result);
    },
  });

  app.post('/api/auth/login', {
    preHandler: loginLimit,
    schema: { tags: ['auth'], summary: 'Log in', body: LoginSchema, response: { 200: AuthResultSchema, 429: ErrorBodySchema, ...errors } },
    handler: async (request, reply) => {
      const result = await users.login(request.body);
      setAuthCookie(request, reply, result.token);
      return result;
    },
  });

  app.post('/api/auth/logout', {
    schema: {
      tags: ['auth'],
      summary: 'Log out: ends the session of the token (or cookie) sent',
      description: 'Without credentials, or with an invalid token, it only clears the cookie.',
      security: OPTIONALLY_GUARDED,
      response: { 204: z.null().describe('Logged out'), ...CSRF_RESPONSES },
    },
    handler: async (request, reply) => {
      const token = tokenOf(request);
      if (token) {
        const user = await verifyToken(options.jwtSecret, token, options.now()).catch(() => undefined);
        if (user) await users.logout(user);
      }
      void reply.clearCookie(AUTH_COOKIE, cookieOptions(request));
      return reply.code(204).send(null);
    },
  });

  app.get('/api/me', {
    onRequest: authGuard,
    schema: { tags: ['auth'], summary: 'The signed-in user', security, response: { 200: UserSchema, 401: ErrorBodySchema } },
    handler: async (request) => users.me(currentUser(request).id),
  });

  app.patch('/api/me', {
    onRequest: authGuard,
    schema: { tags: ['auth'], summary: 'Change name or timezone', security, body: ProfilePatchSchema, response: { 200: UserSchema, ...errors, ...CSRF_RESPONSES } },
    handler: async (request) => users.updateProfile(currentUser(request).id, request.body ?? {}),
  });
}
