// Operator routes of the embedded runtime for parked events: list them and replay them once the cause is fixed.
// Internal (x-internal-token; set INTERNAL_TOKEN to call them), hidden from the public API document.
import { z } from 'zod';
import type { EmbeddedEventBus } from '@todo/platform/embedded';
import type { HttpApp } from '@todo/http';
import { createInternalGuard } from '@todo/chat-api';

export async function deadLetterRoutes(app: HttpApp, options: { bus: EmbeddedEventBus; internalToken: string }): Promise<void> {
  // onRequest: refused before the query is validated, so the routes show nothing of themselves to outsiders.
  const internalOnly = createInternalGuard(options.internalToken);
  const Filter = z.object({ consumer: z.string().min(1).max(100).optional() });

  app.get('/internal/dead-letters', {
    onRequest: internalOnly,
    schema: { hide: true, querystring: Filter.extend({ limit: z.coerce.number().int().min(1).max(1000).default(100) }) },
    handler: async (request) => ({ items: await options.bus.listDeadLetters(request.query) }),
  });

  app.post('/internal/dead-letters/replay', {
    onRequest: internalOnly,
    schema: { hide: true, querystring: Filter },
    handler: async (request) => ({ replayed: await options.bus.replayDeadLetters(request.query) }),
  });
}
