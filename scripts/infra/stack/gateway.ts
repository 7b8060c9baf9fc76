// The self-hosted edge (what the Kubernetes Ingress does in a cluster): one port for people, routed by path prefix
// to the service that owns it — /api/audit → audit, /api/notifications → notification, /api/ws → realtime, else chat-api —
// and spread round robin over that service's replicas. A replica that refuses the connection (down, restarting) is
// skipped for a moment and the request goes to the next one: a refused connection never reached the service. A replica
// that drops the connection before answering (killed mid-request) may have applied the request, so only a request whose
// repeat changes nothing more (isRetriable) is sent again to the next replica; any other gets a 502.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface GatewayRoute {
  prefix: string;
  /** The app ports of the service's replicas. */
  ports: number[];
}

export interface GatewayOptions {
  host: string;
  port: number;
  /** Longest prefix wins; the route with prefix '/' is the default. */
  routes: GatewayRoute[];
  /** How long a replica that refused a connection is passed over (default 1 s). */
  downForMs?: number;
}

/** Request bodies are buffered (to resend on a refused connection) up to this size; larger ones get a 413. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export function pickRoute(routes: GatewayRoute[], url: string): GatewayRoute | undefined {
  const path = url.split('?')[0] ?? '/';
  return [...routes]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((route) => route.prefix === '/' || path === route.prefix || path.startsWith(`${route.prefix}/`) || path.startsWith(`${route.prefix}?`));
}

/** Round robin over a route's ports, passing over those marked down (all down: plain round robin). */
export function createBalancer(downForMs = 1_000, now: () => number = Date.now) {
  const next = new Map<GatewayRoute, number>();
  const downUntil = new Map<number, number>();
  return {
    /** The ports to try for one request, in order: the next in turn first, then the others. */
    order(route: GatewayRoute): number[] {
      const start = next.get(route) ?? 0;
      next.set(route, (start + 1) % Math.max(1, route.ports.length));
      const rotated = route.ports.map((_, i) => route.ports[(start + i) % route.ports.length]!);
      const up = rotated.filter((port) => (downUntil.get(port) ?? 0) <= now());
      return up.length ? [...up, ...rotated.filter((port) => !up.includes(port))] : rotated;
    },
    markDown(port: number): void {
      downUntil.set(port, now() + downForMs);
    },
  };
}

/** Idempotent methods (RFC 9110), or a write carrying an Idempotency-Key, which the service answers again without redoing. */
export function isRetriable(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'].includes(req.method ?? '') || req.headers['idempotency-key'] !== undefined;
}

const refused = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';

export async function startGateway(options: GatewayOptions): Promise<Server> {
  const balancer = createBalancer(options.downForMs);
  const server = createServer((req, res) => {
    const route = pickRoute(options.routes, req.url ?? '/');
    if (!route || route.ports.length === 0) {
      res.writeHead(404).end();
      return;
    }
    void readBody(req).then(
      (body) => forward(req, res, body, balancer.order(route), balancer.markDown),
      () => res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'payload_too_large', message: 'The request body is too large.' } })),
    );
  });
  server.on('upgrade', (req, socket: Socket, head) => {
    const route = pickRoute(options.routes, req.url ?? '/');
    if (!route || route.ports.length === 0) return socket.destroy();
    const tryPorts = (ports: number[]): void => {
      const [port, ...rest] = ports;
      if (port === undefined) return void socket.destroy();
      const upstream = connect(port, '127.0.0.1', () => {
        const headers = Object.entries(forwardedHeaders(req)).flatMap(([key, value]) =>
          (Array.isArray(value) ? value : [value]).map((one) => `${key}: ${one}`),
        );
        upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
        if (head.length) upstream.write(head);
        upstream.pipe(socket).pipe(upstream);
      });
      upstream.on('error', (error) => {
        if (refused(error) && !upstream.bytesWritten) {
          balancer.markDown(port);
          return tryPorts(rest);
        }
        socket.destroy();
      });
      socket.on('error', () => upstream.destroy());
    };
    tryPorts(balancer.order(route));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return server;
}

function forward(req: IncomingMessage, res: ServerResponse, body: Buffer, ports: number[], markDown: (port: number) => void): void {
  const [port, ...rest] = ports;
  if (port === undefined) {
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'The service behind this route is not reachable.' } }));
    return;
  }
  const upstream = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: forwardedHeaders(req) }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    if (refused(error) || (!res.headersSent && isRetriable(req))) {
      markDown(port);
      return forward(req, res, body, rest, markDown);
    }
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'The service behind this route is not reachable.' } }));
  });
  upstream.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function forwardedHeaders(req: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers[key] = value;
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  return headers;
}
