// Notification routes: list (optionally unread only), mark read, and Web Push subscription management.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import { NotFoundError, NotificationListSchema, NotificationSchema } from '@todo/domain';
import type { Clock } from '@todo/platform';
import { CSRF_RESPONSES, ErrorBodySchema, GUARDED as security, currentUser, type HttpApp } from '@todo/http';
import { publicNotification, type NotificationStore } from './store.js';
import { assertSafePushEndpoint } from './channels/push-endpoint.js';


const ListQuery = z.object({
  unread: z.enum(['true', 'false']).optional().describe('true: only notifications not yet read'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const PushSubscriptionSchema = z.object({
  endpoint: z.url().max(2000),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});

export interface NotificationRoutesOptions {
  store: NotificationStore;
  clock: Clock;
  authGuard: (request: FastifyRequest) => Promise<void>;
  vapidPublicKey?: string | undefined;
}

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };
const changeErrors = { ...errors, ...CSRF_RESPONSES };

export async function notificationRoutes(app: HttpApp, options: NotificationRoutesOptions): Promise<void> {
  const { store, clock, authGuard } = options;

  app.get('/api/notifications', {
    onRequest: authGuard,
    schema: { tags: ['notifications'], summary: "The caller's notifications, newest first", security, querystring: ListQuery, response: { 200: NotificationListSchema, ...errors } },
    handler: async (request) => {
      const rows = await store.list(currentUser(request).id, request.query.unread === 'true', request.query.limit);
      return { items: rows.map(publicNotification) };
    },
  });

  app.post('/api/notifications/:id/read', {
    onRequest: authGuard,
    schema: { tags: ['notifications'], summary: 'Mark a notification read', security, params: z.object({ id: z.string().min(1).max(100) }), response: { 200: NotificationSchema, ...changeErrors } },
    handler: async (request) => {
      const id = request.params.id;
      const found = z.uuid().safeParse(id).success ? await store.markRead(currentUser(request).id, id, clock.now()) : undefined;
      if (!found) throw new NotFoundError('Notification not found.', 'notification_not_found');
      return publicNotification(found);
    },
  });

  app.get('/api/push/vapid-public-key', {
    onRequest: authGuard,
    schema: { tags: ['notifications'], summary: 'The VAPID public key for Web Push (404 when Web Push is off)', security, response: { 200: z.object({ publicKey: z.string() }), ...errors } },
    handler: async () => {
      if (!options.vapidPublicKey) throw new NotFoundError('Web Push is not configured.', 'web_push_disabled');
      return { publicKey: options.vapidPublicKey };
    },
  });

  app.post('/api/push/subscriptions', {
    onRequest: authGuard,
    schema: {
      tags: ['notifications'],
      summary: "Register a browser's Web Push subscription",
      description: 'The endpoint must be an https: URL whose host resolves only to public internet addresses (400 invalid_push_endpoint otherwise).',
      security,
      body: PushSubscriptionSchema,
      response: { 204: z.null(), ...changeErrors },
    },
    handler: async (request, reply) => {
      await assertSafePushEndpoint(request.body.endpoint);
      await store.savePushSubscription(currentUser(request).id, uuidv7(), request.body, clock.now());
      return reply.code(204).send(null);
    },
  });

  app.delete('/api/push/subscriptions', {
    onRequest: authGuard,
    schema: { tags: ['notifications'], summary: 'Remove a Web Push subscription', security, querystring: z.object({ endpoint: z.url().max(2000) }), response: { 204: z.null(), ...changeErrors } },
    handler: async (request, reply) => {
      await store.removePushSubscription(request.query.endpoint, currentUser(request).id);
      return reply.code(204).send(null);
    },
  });
}
