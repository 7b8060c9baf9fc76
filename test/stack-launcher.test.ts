// The self-hosted stack's pure pieces: gateway routing by path prefix, Dapr template rendering, script exports parsing.
import { describe, expect, it } from 'vitest';
import { pickRoute } from '../scripts/infra/stack/gateway.js';
import { parseExports } from '../scripts/infra/stack/infra.js';
import { renderTemplate } from '../scripts/infra/stack/render.js';

describe('gateway routing', () => {
  const routes = [
    { prefix: '/api/audit', port: 1 },
    { prefix: '/api/notifications', port: 2 },
    { prefix: '/api/ws', port: 3 },
    { prefix: '/', port: 9 },
  ];
  it('sends each owned prefix to its service and everything else to chat-api', () => {
    expect(pickRoute(routes, '/api/audit?taskId=1')?.port).toBe(1);
    expect(pickRoute(routes, '/api/notifications/abc/read')?.port).toBe(2);
    expect(pickRoute(routes, '/api/ws?token=t')?.port).toBe(3);
    expect(pickRoute(routes, '/api/tasks')?.port).toBe(9);
    expect(pickRoute(routes, '/')?.port).toBe(9);
  });
  it('does not treat a longer word as the prefix', () => {
    expect(pickRoute(routes, '/api/auditors')?.port).toBe(9);
    expect(pickRoute(routes, '/api/wsx')?.port).toBe(9);
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
    expect(parseExports('[log] starting\nexport TEST_DATABASE_URL=postgres://p@127.0.0.1:5/todo DATABASE_URL_FOR_STACK=x\n')).toEqual({
      TEST_DATABASE_URL: 'postgres://p@127.0.0.1:5/todo',
      DATABASE_URL_FOR_STACK: 'x',
    });
  });
});
