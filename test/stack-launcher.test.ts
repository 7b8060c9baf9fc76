// The self-hosted stack's pieces: gateway routing by path prefix and over real sockets, Dapr template rendering, script
// exports parsing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createBalancer, pickRoute, startGateway } from '../scripts/infra/stack/gateway.js';
import { parseExports } from '../scripts/infra/stack/infra.js';
import { renderTemplate } from '../scripts/infra/stack/render.js';

describe('gateway routing', () => {
  const routes = [
    { prefix: '/api/audit', ports: [1] },
    { prefix: '/api/notifications', ports: [2] },
    { prefix: '/api/ws', ports: [3] },
    { prefix: '/', ports: [9] },
  ];
  it('sends each owned prefix to its service and everything else to chat-api', () => {
    expect(pickRoute(routes, '/api/audit?taskId=1')?.ports[0]).toBe(1);
    expect(pickRoute(routes, '/api/notifications/abc/read')?.ports[0]).toBe(2);
    expect(pickRoute(routes, '/api/ws?token=t')?.ports[0]).toBe(3);
    expect(pickRoute(routes, '/api/tasks')?.ports[0]).toBe(9);
    expect(pickRoute(routes, '/')?.ports[0]).toBe(9);
  });
  it('does not treat a longer word as the prefix', () => {
    expect(pickRoute(routes, '/api/auditors')?.ports[0]).toBe(9);
    expect(pickRoute(routes, '/api/wsx')?.ports[0]).toBe(9);
  });
});

describe('gateway balancing over replicas', () => {
  it('takes the replicas in turn', () => {
    const balancer = createBalancer();
    const route = { prefix: '/', ports: [7, 8] };
    expect([0, 1, 2, 3].map(() => balancer.order(route)[0])).toEqual([7, 8, 7, 8]);
  });
  it('passes over a replica that refused a connection until it has had time to come back, and tries it last', () => {
    let now = 0;
    const balancer = createBalancer(1_000, () => now);
    const route = { prefix: '/', ports: [7, 8, 9] };
    balancer.markDown(8);
    expect([0, 1, 2].map(() => balancer.order(route))).toEqual([[7, 9, 8], [9, 7, 8], [9, 7, 8]]);
    now = 1_000;
    expect(balancer.order(route)).toEqual([7, 8, 9]);
  });
  it('still tries every replica when all are marked down', () => {
    const balancer = createBalancer(1_000, () => 0);
    const route = { prefix: '/', ports: [7, 8] };
    balancer.markDown(7);
    balancer.markDown(8);
    expect(balancer.order(route)).toEqual([7, 8]);
  });
});

describe('gateway over real sockets: a replica killed mid-request', () => {
  const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

  /** One request through a gateway whose first replica reads the request and drops the connection without answering. */
  async function throughDroppingReplica(method: string, headers: Record<string, string> = {}) {
    const served: string[] = [];
    const dropping = createServer((req) => {
      served.push(`dropped ${req.method}`);
      req.socket.destroy();
    });
    const healthy = createServer((req, res) => {
      served.push(`served ${req.method}`);
      res.end('ok');
    });
    const ports = [await listen(dropping), await listen(healthy)];
    const gateway = await startGateway({ host: '127.0.0.1', port: 0, routes: [{ prefix: '/', ports }] });
    try {
      const answer = await fetch(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}/api/tasks`, { method, headers, body: method === 'GET' ? undefined : '{}' });
      return { status: answer.status, served };
    } finally {
      await Promise.all([close(gateway), close(dropping), close(healthy)]);
    }
  }

  it('sends a GET, or a write with an Idempotency-Key, once more to the next replica', async () => {
    expect(await throughDroppingReplica('GET')).toEqual({ status: 200, served: ['dropped GET', 'served GET'] });
    expect(await throughDroppingReplica('POST', { 'idempotency-key': 'k-1' })).toEqual({ status: 200, served: ['dropped POST', 'served POST'] });
  });

  it('never repeats a write the dropped replica may have applied: a POST without a key gets 502', async () => {
    expect(await throughDroppingReplica('POST')).toEqual({ status: 502, served: ['dropped POST'] });
  });
});

describe('Dapr template rendering', () => {
  it('fills every ${VAR} and refuses a missing one', () => {
    expect(renderTemplate('brokers: "${KAFKA_BROKERS}" group: "{appID}"', { KAFKA_BROKERS: '127.0.0.1:9092' })).toBe('brokers: "127.0.0.1:9092" group: "{appID}"');
    expect(() => renderTemplate('host: ${REDIS_HOST}', {})).toThrow(/REDIS_HOST/);
  });
});

describe('infra script output', () => {
  it('reads the export lines the start scripts print', () => {
    expect(parseExports('[log] starting\nexport TEST_DATABASE_URL=postgres://p@127.0.0.1:5/todo\nexport KAFKA_BROKERS=127.0.0.1:9092 REDIS_HOST=127.0.0.1:6379\n')).toEqual({
      TEST_DATABASE_URL: 'postgres://p@127.0.0.1:5/todo',
      KAFKA_BROKERS: '127.0.0.1:9092',
      REDIS_HOST: '127.0.0.1:6379',
    });
  });
});
