// POST /api/ws/ticket → {ticket}; GET /api/ws?ticket=… (or ?token=… / bearer / cookie): a WebSocket of the user's live
// changes. The upgrade is refused (403) for a foreign Origin and (401) without a valid ticket or token.
import websocket from '@fastify/websocket';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ForbiddenError, UnauthorizedError } from '@todo/domain';
import { CSRF_RESPONSES, ErrorBodySchema, GUARDED as security, currentUser, originAllowed, tokenOf, type AuthUser, type HttpApp } from '@todo/http';
import type { ConnectionRegistry } from './connections.js';
import { TICKET_TTL_SECONDS, type TicketBook } from './tickets.js';

export interface RealtimeRoutesOptions {
  connections: ConnectionRegistry;
  tickets: TicketBook;
  /** Verifies a token (signature, expiry, open session). */
  authenticate: (token: string) => Promise<AuthUser>;
  /** Whether a ticket's session is still open when the ticket is used. */
  sessionActive: (user: AuthUser) => Promise<boolean>;
  /** onRequest hook of POST /api/ws/ticket (bearer or cookie). */
  authGuard: (request: FastifyRequest) => Promise<void>;
  /** Browser origins other than the server's own host allowed to open sockets. */
  allowedOrigins: readonly string[];
}


export async function realtimeRoutes(app: HttpApp, options: RealtimeRoutesOptions): Promise<void> {
  const { tickets } = options;
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  app.post('/api/ws/ticket', {
    onRequest: options.authGuard,
    schema: {
      tags: ['realtime'],
      summary: 'A one-time ticket for GET /api/ws?ticket=…',
      description: `Valid for ${TICKET_TTL_SECONDS} seconds and for one connection; the socket it opens closes when the session ends.`,
      security,
      response: { 200: z.object({ ticket: z.string() }), 401: ErrorBodySchema, ...CSRF_RESPONSES },
    },
    handler: async (request) => ({ ticket: await tickets.issue(currentUser(request)) }),
  });

  const userOf = async (request: FastifyRequest<{ Querystring: { ticket?: string; token?: string } }>): Promise<AuthUser> => {
    const { ticket, token } = request.query;
    if (ticket) {
      const user = await tickets.redeem(ticket);
      if (!(await options.sessionActive(user))) throw new UnauthorizedError('The session has ended; sign in again.', 'invalid_token');
      return user;
    }
    const given = token || tokenOf(request);
    if (!given) throw new UnauthorizedError('Pass a ticket: POST /api/ws/ticket, then /api/ws?ticket=<ticket>.');
    return options.authenticate(given);
  };

  app.get('/api/ws', {
    websocket: true,
    schema: {
      tags: ['realtime'],
      summary: "WebSocket of live task changes and notifications for the ticket's (or token's) user",
      description:
        'Messages: first {type: "ready"} once the socket is registered (every change after it is pushed: refetch then), then {type: "task.created"|"task.updated"|"task.completed"|"task.reopened"|"task.deleted", task} or {type: "notification", notification}. ' +
        'Refused with 403 for a foreign Origin. Closed with 4001 when the session ends or the token expires, 1008 over the per-user limit, 1013 over the server limit.',
      querystring: z.object({
        ticket: z.string().max(4096).optional().describe('A one-time ticket from POST /api/ws/ticket (what browsers use)'),
        token: z.string().max(4096).optional().describe('The bearer token (for API clients)'),
      }),
    },
    preValidation: async (request) => {
      if (!originAllowed(request, options.allowedOrigins)) throw new ForbiddenError('WebSocket connections from this origin are not allowed.', 'foreign_origin');
      request.user = await userOf(request as FastifyRequest<{ Querystring: { ticket?: string; token?: string } }>);
    },
  }, (socket, request) => {
    // Clients only listen; anything they send is ignored.
    if (options.connections.add(request.user!, socket)) socket.send(JSON.stringify({ type: 'ready' }));
  });
}
