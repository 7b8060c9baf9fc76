// Internal routes for other services (Dapr service invocation / the in-process invoker), hidden from OpenAPI and closed
// to anyone without the internal token: user lookup, whether a session is open, and idempotent creation of a recurring
// task's next occurrence.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CreateOccurrenceRequestSchema, NotFoundError, OCCURRENCES_PATH, TaskSchema, UnauthorizedError, type TaskService, type UserDirectory } from '@todo/domain';
import type { AuthUser, HttpApp } from '@todo/http';

export const INTERNAL_TOKEN_HEADER = 'x-internal-token';

export interface InternalRoutesOptions {
  taskService: TaskService;
  users: UserDirectory;
  /** Shared secret the invoker adapters send in `x-internal-token`. */
  internalToken: string;
  /** Whether a session is still open (realtime asks when a WebSocket ticket is used). */
  sessionActive: (user: AuthUser) => Promise<boolean>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An onRequest hook (before any parsing or validation) that lets through only calls carrying the internal token. */
export function createInternalGuard(internalToken: string) {
  return async function internalOnly(request: FastifyRequest): Promise<void> {
    const given = request.headers[INTERNAL_TOKEN_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, internalToken)) {
      throw new UnauthorizedError('Internal route: service credentials required.');
    }
  };
}

export async function internalRoutes(app: HttpApp, options: InternalRoutesOptions): Promise<void> {
  const { taskService, users } = options;
  const internalOnly = createInternalGuard(options.internalToken);

  app.get('/internal/users/:id', {
    onRequest: internalOnly,
    schema: { hide: true, params: z.object({ id: z.string().min(1).max(100) }) },
    handler: async (request) => {
      const user = UUID.test(request.params.id) ? await users.get(request.params.id) : undefined;
      if (!user) throw new NotFoundError('User not found.', 'user_not_found');
      return user;
    },
  });

  app.post('/internal/sessions/active', {
    onRequest: internalOnly,
    schema: { hide: true, body: z.object({ userId: z.uuid(), sessionId: z.uuid().optional() }), response: { 200: z.object({ active: z.boolean() }) } },
    handler: async (request) => {
      const { userId, sessionId } = request.body;
      // Every token carries a session: without one nothing is active.
      return { active: sessionId ? await options.sessionActive({ id: userId, sessionId }) : false };
    },
  });

  app.post(OCCURRENCES_PATH, {
    onRequest: internalOnly,
    schema: { hide: true, body: CreateOccurrenceRequestSchema, response: { 201: TaskSchema } },
    handler: async (request, reply) => {
      const { userId, task, idempotencyKey, seriesId, previousTaskId, correlationId } = request.body;
      // Only a user who is not there is a 404 (the caller drops the event); a database failure stays a 500 and is retried.
      if (!UUID.test(userId) || !(await users.get(userId))) throw new NotFoundError('User not found.', 'user_not_found');
      const created = await taskService.create(userId, task, {
        idempotencyKey,
        seriesId,
        previousTaskId,
        correlationId: correlationId ?? request.id,
      });
      return reply.code(201).send(created);
    },
  });
}
