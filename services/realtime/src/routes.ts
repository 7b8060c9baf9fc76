// GET /api/ws?token=…: a WebSocket for the token's user; the token is checked before the upgrade (401 otherwise).
import websocket from '@fastify/websocket';
import { z } from 'zod';
import { UnauthorizedError } from '@todo/domain';
import { tokenOf, type AuthUser, type HttpApp } from '@todo/http';
import type { ConnectionRegistry } from './connections.js';

export interface RealtimeRoutesOptions {
  connections: ConnectionRegistry;
  /** Verifies a token (signature, expiry, open session). */
  authenticate: (token: string) => Promise<AuthUser>;
}

export async function realtimeRoutes(app: HttpApp, options: RealtimeRoutesOptions): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get('/api/ws', {
    websocket: true,
    schema: {
      tags: ['realtime'],
      summary: 'WebSocket of live task changes and notifications for the token\'s user',
      description: 'Messages: {type: "task.created"|"task.updated"|"task.completed"|"task.reopened"|"task.deleted", task} or {type: "notification", notification}.',
      querystring: z.object({ token: z.string().max(4096).optional().describe('The bearer token (browsers cannot set headers on WebSocket)') }),
    },
    preValidation: async (request) => {
      const token = (request.query as { token?: string }).token || tokenOf(request);
      if (!token) throw new UnauthorizedError('Pass the token: /api/ws?token=<token>.');
      request.user = await options.authenticate(token);
    },
  }, (socket, request) => {
      const userId = request.user!.id;
      options.connections.add(userId, socket);
      socket.on('close', () => options.connections.remove(userId, socket));
      socket.on('error', () => options.connections.remove(userId, socket));
      // Clients only listen; anything they send is ignored.
      socket.send(JSON.stringify({ type: 'ready' }));
  });
}
