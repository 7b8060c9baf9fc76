// Task routes: CRUD, complete/reopen, filtered listing with cursor pagination, and tag counts — all on the caller's tasks.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { TagCountSchema, TaskCreateSchema, TaskListQuerySchema, TaskPageSchema, TaskPatchSchema, TaskSchema, type TaskService } from '@todo/domain';
import { CSRF_RESPONSES, ErrorBodySchema, GUARDED as security, currentUser, type HttpApp } from '@todo/http';

export interface TaskRoutesOptions {
  taskService: TaskService;
  authGuard: (request: FastifyRequest) => Promise<void>;
}

const TaskParams = z.object({ id: z.string().min(1).max(100).describe('Task id') });
const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };
/** A change: its errors and the CSRF refusal of a cookie-authenticated one. */
const changeErrors = { ...errors, ...CSRF_RESPONSES };

export async function taskRoutes(app: HttpApp, options: TaskRoutesOptions): Promise<void> {
  const { taskService: service, authGuard } = options;
  const opts = (request: FastifyRequest) => ({ correlationId: request.id });

  app.post('/api/tasks', {
    onRequest: authGuard,
    schema: {
      tags: ['tasks'],
      summary: 'Create a task',
      description: 'With an Idempotency-Key header, repeating the request returns the task the first one created; the same key with another body is a 422.',
      security,
      headers: z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }),
      body: TaskCreateSchema,
      response: { 201: TaskSchema, 422: ErrorBodySchema, ...changeErrors },
    },
    handler: async (request, reply) => {
      const idempotencyKey = request.headers['idempotency-key'];
      const task = await service.create(currentUser(request).id, request.body, { ...opts(request), ...(idempotencyKey ? { idempotencyKey: `http:${idempotencyKey}`, sameInputRequired: true } : {}) });
      return reply.code(201).send(task);
    },
  });

  app.get('/api/tasks', {
    onRequest: authGuard,
    schema: {
      tags: ['tasks'],
      summary: 'List tasks (filtered, sorted, cursor-paginated)',
      description: 'Sorting by dueAt puts tasks without one last in both orders; priority sorts high > medium > low (desc). Unknown values are a 400.',
      security,
      querystring: TaskListQuerySchema,
      response: { 200: TaskPageSchema, ...errors },
    },
    handler: async (request) => service.list(currentUser(request).id, request.query),
  });

  app.get('/api/tasks/:id', {
    onRequest: authGuard,
    schema: { tags: ['tasks'], summary: 'Get a task', security, params: TaskParams, response: { 200: TaskSchema, ...errors } },
    handler: async (request) => service.get(currentUser(request).id, request.params.id),
  });

  app.patch('/api/tasks/:id', {
    onRequest: authGuard,
    schema: {
      tags: ['tasks'],
      summary: 'Change a task (partial; null clears a field)',
      security,
      params: TaskParams,
      body: TaskPatchSchema,
      response: { 200: TaskSchema, ...changeErrors },
    },
    handler: async (request) => service.update(currentUser(request).id, request.params.id, request.body, opts(request)),
  });

  app.delete('/api/tasks/:id', {
    onRequest: authGuard,
    schema: { tags: ['tasks'], summary: 'Delete a task', security, params: TaskParams, response: { 204: z.null().describe('Deleted'), ...changeErrors } },
    handler: async (request, reply) => {
      await service.remove(currentUser(request).id, request.params.id, opts(request));
      return reply.code(204).send(null);
    },
  });

  app.post('/api/tasks/:id/complete', {
    onRequest: authGuard,
    schema: { tags: ['tasks'], summary: 'Complete a task (idempotent)', security, params: TaskParams, response: { 200: TaskSchema, ...changeErrors } },
    handler: async (request) => service.complete(currentUser(request).id, request.params.id, opts(request)),
  });

  app.post('/api/tasks/:id/reopen', {
    onRequest: authGuard,
    schema: { tags: ['tasks'], summary: 'Reopen a completed task', security, params: TaskParams, response: { 200: TaskSchema, ...changeErrors } },
    handler: async (request) => service.reopen(currentUser(request).id, request.params.id, opts(request)),
  });

  app.get('/api/tags', {
    onRequest: authGuard,
    schema: { tags: ['tasks'], summary: "The caller's tags with task counts", security, response: { 200: z.object({ items: z.array(TagCountSchema) }), 401: ErrorBodySchema } },
    handler: async (request) => ({ items: await service.tags(currentUser(request).id) }),
  });
}
