// Auth and profile routes: /api/auth/register|login|logout, /api/me. Login is rate-limited per client and email.
import type { FastifyReply, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { z } from 'zod';
import { AuthResultSchema, LoginSchema, ProfilePatchSchema, RateLimitedError, RegisterSchema, UserSchema } from '@todo/domain';
import { AUTH_COOKIE, ErrorBodySchema, TOKEN_TTL_SECONDS, currentUser, tokenOf, verifyToken, type HttpApp } from '@todo/http';
import type { UserService } from './service.js';

export interface LoginRateLimit {
  max: number;
  timeWindowMs: number;
}

export interface UserRoutesOptions {
  users: UserService;
  jwtSecret: string;
  now: () => Date;
  authGuard: (request: FastifyRequest) => Promise<void>;
  loginRateLimit: LoginRateLimit;
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
  const { users, authGuard } = options;
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(`Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} seconds.`, { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });

  app.post('/api/auth/register', {
    schema: { tags: ['auth'], summary: 'Create an account', body: RegisterSchema, response: { 201: AuthResultSchema, 409: ErrorBodySchema, ...errors } },
    handler: async (request, reply) => {
      const result = await users.register(request.body);
      setAuthCookie(request, reply, result.token);
      return reply.code(201).send(result);
    },
  });

  app.post('/api/auth/login', {
    config: {
      rateLimit: {
        max: options.loginRateLimit.max,
        timeWindow: options.loginRateLimit.timeWindowMs,
        keyGenerator: (request: FastifyRequest) => {
          const body = request.body as { email?: unknown } | undefined;
          const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
          return `${request.ip}|${email}`;
        },
      },
    },
    schema: { tags: ['auth'], summary: 'Log in', body: LoginSchema, response: { 200: AuthResultSchema, 429: ErrorBodySchema, ...errors } },
    handler: async (request, reply) => {
      const result = await users.login(request.body);
      setAuthCookie(request, reply, result.token);
      return result;
    },
  });

  app.post('/api/auth/logout', {
    schema: { tags: ['auth'], summary: 'Log out: ends the session of the token (or cookie) sent', response: { 204: z.null().describe('Logged out') } },
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

  const security = [{ bearerAuth: [] }];
  app.get('/api/me', {
    onRequest: authGuard,
    schema: { tags: ['auth'], summary: 'The signed-in user', security, response: { 200: UserSchema, 401: ErrorBodySchema } },
    handler: async (request) => users.me(currentUser(request).id),
  });

  app.patch('/api/me', {
    onRequest: authGuard,
    schema: { tags: ['auth'], summary: 'Change name or timezone', security, body: ProfilePatchSchema, response: { 200: UserSchema, ...errors } },
    handler: async (request) => users.updateProfile(currentUser(request).id, request.body ?? {}),
  });
}
