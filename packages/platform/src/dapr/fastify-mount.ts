// Mounts the Dapr callback routes on a Fastify app, in their own scope that reads any body as JSON
// (deliveries arrive as application/cloudevents+json, bindings may send none).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { DaprAppRoute } from './app-routes.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any type provider (the services use zod's)
type AnyFastify = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, any>;

export async function mountDaprRoutes(app: AnyFastify, routes: DaprAppRoute[]): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(null, text);
      }
    });
    for (const route of routes) {
      scope.route({
        method: route.method,
        url: route.url,
        handler: async (request, reply) => {
          const answer = await route.handle({ params: (request.params ?? {}) as Record<string, string>, body: request.body });
          reply.code(answer.status);
          return answer.body === undefined ? reply.send() : reply.send(answer.body);
        },
      });
    }
  });
}
