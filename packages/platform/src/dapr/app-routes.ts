// The routes daprd calls on the app (subscriptions, deliveries, job and binding callbacks), framework-neutral:
// the composition root mounts them on the service's HTTP server.
export interface DaprAppRequest {
  /** Path parameters, named as in `url` (`/job/:name` → `params.name`). */
  params: Record<string, string>;
  /** The JSON body, already parsed (undefined when empty). */
  body: unknown;
}

export interface DaprAppResponse {
  status: number;
  body?: unknown;
}

export interface DaprAppRoute {
  method: 'GET' | 'POST' | 'OPTIONS';
  /** Fastify-style path (`/job/:name`). */
  url: string;
  handle(request: DaprAppRequest): Promise<DaprAppResponse>;
}

/** Every adapter that daprd calls back exposes its routes this way. */
export interface DaprAppRoutes {
  routes(): DaprAppRoute[];
}
