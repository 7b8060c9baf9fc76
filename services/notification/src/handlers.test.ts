import { createECDH, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import webPush from 'web-push';
import { migrate, type Database } from '@todo/db';
import type { CloudEvent, Task } from '@todo/domain';
import type { EventBus, Invoker } from '@todo/platform';
import { systemClock } from '@todo/platform/embedded';
import { silentLogger, testDatabaseKinds } from '@todo/platform/testing';
import { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
import { createNotificationStore } from './store.js';
import { handleReminderDue } from './handlers.js';
import { createEmailChannel } from './channels/email.js';
import { createWebPushChannel } from './channels/web-push.js';

const task: Task = {
  id: '0190f7e4-0000-7000-8000-000000000001', title: 'Pay rent', description: null, status: 'pending', priority: 'high', tags: [],
  dueAt: '2030-05-01T09:00:00.000Z', remindAt: '2030-05-01T08:45:00.000Z', recurrence: null, completedAt: null, seriesId: null,
  previousTaskId: null, createdAt: '2030-04-01T00:00:00.000Z', updatedAt: '2030-04-01T00:00:00.000Z',
};
const reminder = (id: string): CloudEvent => ({
  specversion: '1.0', id, source: 'chat-api', type: 'reminder.due', subject: task.id, time: '2030-05-01T08:45:00.000Z',
  datacontenttype: 'application/json', data: { userId: 'user-1', task, remindAt: task.remindAt, timezone: 'Asia/Karachi', correlationId: 'c1' },
});

function listenHttp(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}
function listenSmtp(server: SMTPServer): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
}

const kind = testDatabaseKinds()[0]!;
// The test push service listens on loopback, which the default policy refuses; these tests allow exactly that address.
const onlyLoopback = (address: string) => address === '127.0.0.1';

describe('notification: reminder.due → stored, pushed, emailed over real SMTP, Web Push', () => {
  let database: Database;
  let smtp: SMTPServer;
  let smtpPort: number;
  const mails: string[] = [];
  let pushServer: Server;
  let pushPort: number;
  const pushRequests: { url: string; headers: Record<string, unknown>; status: number }[] = [];
  let pushStatus = 201;

  beforeAll(async () => {
    database = await kind.open();
    await migrate(database, NOTIFICATION_SERVICE, notificationMigrations);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, _session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => {
          mails.push(text);
          callback();
        });
      },
    });
    smtpPort = await listenSmtp(smtp);
    // web-push only speaks HTTPS: a self-signed push service on 127.0.0.1, trusted for this test process only.
    const certDir = mkdtempSync(join(tmpdir(), 'todo-push-cert-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', join(certDir, 'key.pem'), '-out', join(certDir, 'cert.pem')], { stdio: 'ignore' });
    const tls = { key: readFileSync(join(certDir, 'key.pem')), cert: readFileSync(join(certDir, 'cert.pem')) };
    rmSync(certDir, { recursive: true, force: true });
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    pushServer = createServer(tls, (req, res) => {
      req.resume();
      req.on('end', () => {
        pushRequests.push({ url: req.url ?? '', headers: req.headers, status: pushStatus });
        res.statusCode = pushStatus;
        res.end();
      });
    });
    pushPort = await listenHttp(pushServer);
  });
  afterAll(async () => {
    delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    await new Promise<void>((r) => smtp.close(() => r()));
    await new Promise<void>((r) => pushServer.close(() => r()));
    await database.close();
  });

  it('a reminder delivered twice stores one notification, pushes it to task-updates, emails it once and sends one Web Push', async () => {
    const store = createNotificationStore(database.db);
    const published: CloudEvent[] = [];
    const bus = { publish: async (_topic: string, e: CloudEvent) => void published.push(e) } as unknown as EventBus;
    const invoked: string[] = [];
    const invoker: Invoker = { invoke: async <T>(_app: string, _m: string, path: string) => { invoked.push(path); return { email: 'owner@example.com' } as T; } };
    const vapid = webPush.generateVAPIDKeys();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    await store.savePushSubscription('user-1', '0190f7e4-0000-7000-8000-0000000000aa', { endpoint: `https://127.0.0.1:${pushPort}/push/abc`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } }, new Date());
    const email = createEmailChannel({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'reminders@todo.test' });
    const handle = handleReminderDue({ store, bus, clock: systemClock, log: silentLogger(), invoker, email, webPush: createWebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: 'mailto:ops@todo.test', allowedAddress: onlyLoopback }) });

    await handle(reminder('0190f7e4-0000-7000-8000-00000000e001'));
    await handle(reminder('0190f7e4-0000-7000-8000-00000000e001'));
    email.close();

    const stored = await store.list('user-1', true, 10);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ type: 'reminder', taskId: task.id, title: 'Pay rent', body: 'Due May 1, 2030, 2:00 PM (Asia/Karachi).', readAt: null });
    expect(published.map((e) => [e.type, e.id, (e.data as { userId: string }).userId])).toEqual([
      ['notification.created', stored[0]!.id, 'user-1'],
      ['notification.created', stored[0]!.id, 'user-1'],
    ]);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('To: owner@example.com');
    expect(mails[0]).toContain('Subject: Reminder: Pay rent');
    expect(invoked).toEqual(['/internal/users/user-1']);
    expect(pushRequests).toHaveLength(1);
    expect(pushRequests[0]!.url).toBe('/push/abc');
    expect(String(pushRequests[0]!.headers.authorization)).toMatch(/^vapid t=/);
    expect(pushRequests[0]!.headers['content-encoding']).toBe('aes128gcm');
  });

  it('two replicas handling one reminder at once (a redelivery during a rebalance) send one email and one Web Push', async () => {
    pushStatus = 201;
    const vapid = webPush.generateVAPIDKeys();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const shared = createNotificationStore(database.db);
    await shared.savePushSubscription('user-3', '0190f7e4-0000-7000-8000-0000000000cc', { endpoint: `https://127.0.0.1:${pushPort}/push/twice`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } }, new Date());
    const bus = { publish: async () => {} } as unknown as EventBus;
    const invoker: Invoker = { invoke: async <T>() => ({ email: 'three@example.com' }) as T };
    const mailsBefore = mails.length;
    const replicas = [0, 1].map(() => {
      const email = createEmailChannel({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'reminders@todo.test' });
      const handle = handleReminderDue({
        store: createNotificationStore(database.db), bus, clock: systemClock, log: silentLogger(), invoker, email,
        webPush: createWebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: 'mailto:ops@todo.test', allowedAddress: onlyLoopback }),
      });
      return { email, handle };
    });
    const event = reminder('0190f7e4-0000-7000-8000-00000000e003');
    (event.data as { userId: string }).userId = 'user-3';
    await Promise.all(replicas.map((replica) => replica.handle(event)));
    await Promise.all(replicas.map((replica) => replica.handle(event)));
    for (const replica of replicas) replica.email.close();
    expect(mails.slice(mailsBefore).filter((mail) => mail.includes('To: three@example.com'))).toHaveLength(1);
    expect(pushRequests.filter((request) => request.url === '/push/twice')).toHaveLength(1);
    const [stored] = await shared.list('user-3', false, 10);
    expect(stored?.emailedAt).toBeInstanceOf(Date);
    expect(stored?.webPushedAt).toBeInstanceOf(Date);
  });

  it('gives a delivery claim back when the send fails, so the retry sends it', async () => {
    const store = createNotificationStore(database.db);
    const bus = { publish: async () => {} } as unknown as EventBus;
    let failing = true;
    const invoker: Invoker = {
      invoke: async <T>() => {
        if (failing) throw new Error('chat-api unreachable');
        return { email: 'four@example.com' } as T;
      },
    };
    const email = createEmailChannel({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'reminders@todo.test' });
    const handle = handleReminderDue({ store, bus, clock: systemClock, log: silentLogger(), invoker, email });
    const event = reminder('0190f7e4-0000-7000-8000-00000000e004');
    (event.data as { userId: string }).userId = 'user-4';
    await expect(handle(event)).rejects.toThrow(/unreachable/);
    failing = false;
    await handle(event);
    email.close();
    expect(mails.filter((mail) => mail.includes('To: four@example.com'))).toHaveLength(1);
  });

  it('drops a Web Push subscription the push service says is gone', async () => {
    const store = createNotificationStore(database.db);
    pushStatus = 410;
    const vapid = webPush.generateVAPIDKeys();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    await store.savePushSubscription('user-2', '0190f7e4-0000-7000-8000-0000000000bb', { endpoint: `https://127.0.0.1:${pushPort}/push/gone`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } }, new Date());
    const bus = { publish: async () => {} } as unknown as EventBus;
    const invoker: Invoker = { invoke: async () => { throw new Error('not used'); } };
    const handle = handleReminderDue({ store, bus, clock: systemClock, log: silentLogger(), invoker, webPush: createWebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: 'mailto:ops@todo.test', allowedAddress: onlyLoopback }) });
    const event = reminder('0190f7e4-0000-7000-8000-00000000e002');
    (event.data as { userId: string }).userId = 'user-2';
    await handle(event);
    expect(await store.pushSubscriptionsOf('user-2')).toEqual([]);
  });
});
