// Liveness and readiness: /healthz is the process; /readyz runs every registered check (database, event runtime, …).
import type { AnyHttpApp } from './app.js';

export type ReadinessCheck = () => Promise<boolean>;

/** Services add their checks here; /readyz is 200 only when all pass. */
export class Readiness {
  private readonly checks = new Map<string, ReadinessCheck>();

  add(name: string, check: ReadinessCheck): void {
    this.checks.set(name, check);
  }

  async run(timeoutMs = 2000): Promise<{ ready: boolean; checks: Record<string, boolean> }> {
    const results = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await withTimeout(check, timeoutMs)] as const),
    );
    const checks = Object.fromEntries(results);
    return { ready: results.every(([, ok]) => ok), checks };
  }
}

async function withTimeout(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      check().catch(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoutes(app: AnyHttpApp, readiness: Readiness): void {
  app.get('/healthz', { schema: { tags: ['operations'], summary: 'The process is alive' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { tags: ['operations'], summary: 'The database and the event runtime are usable (503 otherwise)' } }, async (_request, reply) => {
    const { ready, checks } = await readiness.run();
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
  });
}
