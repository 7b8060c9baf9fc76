// HTTP metrics (request count and latency by method, route, status) and the /metrics route, on an injected prom-client registry.
import type { AnyHttpApp } from './app.js';
import { Counter, Histogram, collectDefaultMetrics, type Registry } from 'prom-client';

function existing<T>(registry: Registry, name: string): T | undefined {
  return registry.getSingleMetric(name) as T | undefined;
}

export function registerHttpMetrics(app: AnyHttpApp, registry: Registry): void {
  if (!registry.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests =
    existing<Counter<(typeof labelNames)[number]>>(registry, 'http_requests_total') ??
    new Counter({ name: 'http_requests_total', help: 'HTTP requests by method, route and status', labelNames, registers: [registry] });
  const duration =
    existing<Histogram<(typeof labelNames)[number]>>(registry, 'http_request_duration_seconds') ??
    new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by method, route and status',
      labelNames,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { tags: ['operations'], summary: 'Prometheus metrics' } }, async (_request, reply) =>
    reply.header('content-type', registry.contentType).send(await registry.metrics()),
  );
}
