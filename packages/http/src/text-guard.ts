// Rejects input text PostgreSQL cannot store (NUL characters, unpaired UTF-16 surrogates) with a 400 before any handler runs.
import { InvalidError, findUnstorableText } from '@todo/domain';
import type { AnyHttpApp } from './app.js';

export function registerTextGuard(app: AnyHttpApp): void {
  app.addHook('preValidation', async (request) => {
    const parts = { body: request.body, query: request.query, path: request.params };
    for (const [part, value] of Object.entries(parts)) {
      const path = findUnstorableText(value, part);
      if (path) {
        throw new InvalidError(`Invalid ${path}: text must not contain NUL characters or invalid Unicode.`, {
          issues: [{ path, message: 'contains a NUL character or invalid Unicode' }],
        });
      }
    }
  });
}
