// The self-hosted stack's pure pieces: gateway routing by path prefix, Dapr template rendering, script exports parsing.
import { describe, expect, it } from 'vitest';
import { createBalancer, pickRoute } from '../scripts/infra/stack/gateway.js';
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
