// The self-hosted edge (what the Kubernetes Ingress does in a cluster): one port for people, routed by path prefix
// to the service that owns it — /api/audit → audit, /api/notifications → notification, /api/ws → realtime, else chat-api.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect } from 'node:net';

export interface GatewayRoute {
  prefix: string;
  port: number;
}

export interface GatewayOptions {
  host: string;
  port: number;
  /** Longest prefix wins; the route with prefix '/' is the default. */
  routes: GatewayRoute[];
}

export function pickRoute(routes: GatewayRoute[], url: string): GatewayRoute | undefined {
  const path = url.split('?')[0] ?? '/';
  return [...routes]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((route) => route.prefix === '/' || path === route.prefix || path.startsWith(`${route.prefix}/`) || path.startsWith(`${route.prefix}?`));
}

export async function startGateway(options: GatewayOptions): Promise<Server> {
  const server = createServer((req, res) => {
    const route = pickRoute(options.routes, req.url ?? '/');
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: route.port, method: req.method, path: req.url, headers: forwardedHeaders(req) },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'bad_gateway', message: 'The service behind this route is not reachable.' } }));
    });
    req.pipe(upstream);
  });
  server.on('upgrade', (req, socket, head) => {
    const route = pickRoute(options.routes, req.url ?? '/');
    if (!route) return socket.destroy();
    const upstream = connect(route.port, '127.0.0.1', () => {
      const headers = Object.entries(forwardedHeaders(req)).flatMap(([key, value]) =>
        (Array.isArray(value) ? value : [value]).map((one) => `${key}: ${one}`),
      );
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return server;
}

function forwardedHeaders(req: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers[key] = value;
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  return headers;
}
