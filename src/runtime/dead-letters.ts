// Operator routes for parked events, the same in both runtimes (the DeadLetters port: the embedded bus's table, or on
// Dapr what chat-api collected from the dead-letter topics): list them a page at a time, replay them once the cause is
// fixed. Internal (x-internal-token; set INTERNAL_TOKEN to call them), hidden from the public API document.
import { z } from 'zod';
import { DEAD_LETTER_PAGE_MAX, type DeadLetters } from '@todo/platform';
import type { HttpApp } from '@todo/http';
import { createInternalGuard } from '@todo/chat-api/internal';

export async function deadLetterRoutes(app: HttpApp, options: { deadLetters: DeadLetters; internalToken: string }): Promise<void> {
  // onRequest: refused before the query is validated, so the routes show nothing of themselves to outsiders.
  const internalOnly = createInternalGuard(options.internalToken);
  const Filter = z.object({ consumer: z.string().min(1).max(100).optional() });
  const limit = (fallback: number) => z.coerce.number().int().min(1).max(DEAD_LETTER_PAGE_MAX).default(fallback);
  const id = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

  app.get('/internal/dead-letters', {
    onRequest: internalOnly,
    schema: { hide: true, querystring: Filter.extend({ limit: limit(100), after: id.optional() }) },
    handler: async (request) => options.deadLetters.listDeadLetters(request.query),
  });

  app.post('/internal/dead-letters/replay', {
    onRequest: internalOnly,
    // `id`: just that one (as listed); otherwise the oldest `limit` (of one consumer with `consumer`).
    schema: { hide: true, querystring: Filter.extend({ limit: limit(DEAD_LETTER_PAGE_MAX), id: id.optional() }) },
    handler: async (request) => {
      const { id: one, ...filter } = request.query;
      return { replayed: await options.deadLetters.replayDeadLetters(one === undefined ? filter : { ...filter, ids: [one] }) };
    },
  });
}
