// Serves the built web app (web/dist) at `/`: hashed assets cached for a year, and index.html for any other non-/api GET (SPA routes).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { AnyHttpApp } from '@todo/http';

/** Where web/dist is, seen from the bundled dist/cli.js, from this source file, or from the working directory. */
export function findWebRoot(): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, '../web/dist'), resolve(here, '../../../../web/dist'), resolve(process.cwd(), 'web/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

const API_PATHS = /^\/(?:api|mcp|docs|openapi\.json|metrics|healthz|readyz)(?:[/?]|$)/;

export async function registerWebApp(app: AnyHttpApp, options: { root?: string | null } = {}): Promise<void> {
  const root = options.root === undefined ? findWebRoot() : options.root;
  if (!root) {
    app.log.warn('web app not built (web/dist missing); GET / answers 503 until `npm run build`');
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(503).type('text/plain').send('The web app is not built yet: run `npm run build`.'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: 'index.html',
    setHeaders: (reply, path) => {
      if (/[\\/]assets[\\/]/.test(path)) void reply.header('cache-control', 'public, max-age=31536000, immutable');
      else void reply.header('cache-control', 'no-cache');
    },
  });
  // Client-side routes (/?due=today, /tasks/…) get the app; API-looking paths keep the JSON 404.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (API_PATHS.test(request.url)) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
