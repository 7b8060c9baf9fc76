import { createECDH, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import webPush from 'web-push';
import { assertSafePushEndpoint, isPublicAddress } from './push-endpoint.js';
import { createWebPushChannel } from './web-push.js';

function subscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
}

describe('push endpoints the server may connect to', () => {
  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'https://169.254.169.254/latest/meta-data/',
    'https://127.0.0.1/push',
    'https://localhost/push',
    'https://[::1]/push',
    'https://[::ffff:127.0.0.1]/push',
    'https://10.0.0.1/push',
    'https://192.168.1.20/push',
    'https://100.64.0.1/push',
    'https://0.0.0.0/push',
    'https://[fd00::1]/push',
    'https://user:pw@93.184.215.14/push',
    'file:///etc/passwd',
    'https://no-such-host.invalid/push',
  ])('refuses %s', async (endpoint) => {
    await expect(assertSafePushEndpoint(endpoint)).rejects.toMatchObject({ code: 'invalid_push_endpoint' });
  });

  it('accepts https on a public address', async () => {
    await expect(assertSafePushEndpoint('https://93.184.215.14/push/abc')).resolves.toBeUndefined();
    await expect(assertSafePushEndpoint('https://[2606:4700::1111]/push/abc')).resolves.toBeUndefined();
  });

  it('no private, loopback or link-local IPv4 address (also as IPv4-mapped IPv6) counts as public', () => {
    const privateV4 = fc.oneof(
      fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    );
    fc.assert(
      fc.property(privateV4, (parts) => {
        const address = parts.join('.');
        return !isPublicAddress(address) && !isPublicAddress(`::ffff:${address}`);
      }),
    );
  });
});

describe('the Web Push channel connects only to safe endpoints, with a deadline', () => {
  let server: Server;
  let port: number;
  let received = 0;
  let answer = true;
  const vapid = webPush.generateVAPIDKeys();
  const channel = (options: { allowLoopback?: boolean; timeoutMs?: number } = {}) =>
    createWebPushChannel({
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: 'mailto:ops@todo.test',
      ...(options.allowLoopback ? { allowedAddress: (a: string) => a === '127.0.0.1' } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });

  beforeAll(async () => {
    const certDir = mkdtempSync(join(tmpdir(), 'todo-push-cert-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
    const tls = { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) };
    rmSync(certDir, { recursive: true, force: true });
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    server = createServer(tls, (req, res) => {
      received++;
      req.resume();
      if (answer) req.on('end', () => res.writeHead(201).end());
      // otherwise: accept the request and never answer
    });
    port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  });
  afterAll(async () => {
    delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('a stored loopback endpoint (IP literal or a name resolving there) is never connected to and counts as gone', async () => {
    received = 0;
    answer = true;
    expect(await channel().send(subscription(`https://127.0.0.1:${port}/push/a`), 'x')).toBe('gone');
    expect(await channel().send(subscription(`https://localhost:${port}/push/b`), 'x')).toBe('gone');
    expect(received).toBe(0);
    // the same endpoint where the policy allows it does get the push (the refusal above is the policy, not a broken server)
    expect(await channel({ allowLoopback: true }).send(subscription(`https://127.0.0.1:${port}/push/c`), 'x')).toBe('sent');
    expect(received).toBe(1);
  });

  it('a push service that never answers fails the send at the deadline instead of hanging', async () => {
    answer = false;
    await expect(channel({ allowLoopback: true, timeoutMs: 300 }).send(subscription(`https://127.0.0.1:${port}/push/slow`), 'x')).rejects.toThrow();
    answer = true;
  });
});
