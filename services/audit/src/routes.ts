// GET /api/audit: the caller's audit entries, newest first, optionally for one task.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AuditPageSchema } from '@todo/domain';
import { ErrorBodySchema, GUARDED, currentUser, type HttpApp } from '@todo/http';
import type { AuditStore } from './store.js';

const AuditQuery = z.object({
  taskId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export async function auditRoutes(app: HttpApp, options: { store: AuditStore; authGuard: (request: FastifyRequest) => Promise<void> }): Promise<void> {
  app.get('/api/audit', {
    onRequest: options.authGuard,
    schema: {
      tags: ['audit'],
      summary: "The caller's task history, newest first",
      security: GUARDED,
      querystring: AuditQuery,
      response: { 200: AuditPageSchema, 400: ErrorBodySchema, 401: ErrorBodySchema },
    },
    handler: async (request) => ({ items: await options.store.list(currentUser(request).id, request.query) }),
  });
}
