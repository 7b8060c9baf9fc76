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
import type { Clock, EventBus, Invoker } from '@todo/platform';
import { silentLogger, testDatabaseKinds } from '@todo/platform/testing';
import { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
import { createNotificationStore, type NotificationStore } from './store.js';
import { handleReminderDue, sendersOf } from './handlers.js';
import { createDelivery, type DeliveryPolicy } from './delivery.js';
import { createEmailChannel, type EmailChannel } from './channels/email.js';
import { createWebPushChannel, type WebPushChannel } from './channels/web-push.js';

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

// The test push service listens on loopback, which the default policy refuses; these tests allow exactly that address.
const onlyLoopback = (address: string) => address === '127.0.0.1';
const quietBus = { publish: async () => {} } as unknown as EventBus;

/** A clock the test moves: leases and retry delays run out when it says so. */
function movableClock() {
  let at = Date.now();
  return { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
}

/** One notification replica: its handler and its delivery (the sweep), over the shared database. */
function replica(options: { store: NotificationStore; invoker: Invoker; clock: Clock; bus?: EventBus; email?: EmailChannel; webPush?: WebPushChannel; policy?: Partial<DeliveryPolicy> }) {
  const { store, invoker, clock, email, webPush } = options;
  const log = silentLogger();
  const delivery = createDelivery({ store, clock, log, policy: options.policy, senders: sendersOf({ store, invoker, log, email, webPush }) });
  return { delivery, handle: handleReminderDue({ store, bus: options.bus ?? quietBus, clock, delivery }) };
}

describe.each(testDatabaseKinds())('notification on $name: reminder.due → stored, pushed, emailed over real SMTP, Web Push', (kind) => {
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

  const subscribe = async (store: NotificationStore, userId: string, path: string) => {
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const id = `0190f7e4-0000-7000-8000-${randomBytes(6).toString('hex')}`;
    await store.savePushSubscription(userId, id, { endpoint: `https://127.0.0.1:${pushPort}${path}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } }, new Date());
  };
  const emailChannel = () => createEmailChannel({ smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'reminders@todo.test' });
  const webPushChannel = () => {
    const vapid = webPush.generateVAPIDKeys();
    return createWebPushChannel({ publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: 'mailto:ops@todo.test', allowedAddress: onlyLoopback });
  };
  const reminderOf = (eventId: string, userId: string) => {
    const event = reminder(eventId);
    (event.data as { userId: string }).userId = userId;
    return event;
  };
  const mailsTo = (address: string) => mails.filter((mail) => mail.includes(`To: ${address}`));

  it('a reminder delivered twice stores one notification, pushes it to task-updates, emails it once and sends one Web Push', async () => {
    const store = createNotificationStore(database.db);
    const published: CloudEvent[] = [];
    const bus = { publish: async (_topic: string, e: CloudEvent) => void published.push(e) } as unknown as EventBus;
    const invoked: string[] = [];
    const invoker: Invoker = { invoke: async <T>(_app: string, _m: string, path: string) => { invoked.push(path); return { email: 'owner@example.com' } as T; } };
    await subscribe(store, 'user-1', '/push/abc');
    const email = emailChannel();
    const { handle } = replica({ store, bus, invoker, clock: movableClock(), email, webPush: webPushChannel() });

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
    expect(mailsTo('owner@example.com')).toHaveLength(1);
    expect(mails[0]).toContain('Subject: Reminder: Pay rent');
    expect(mails[0]).toContain(`Message-ID: <${stored[0]!.id}@todo-chatbot>`);
    expect(invoked).toEqual(['/internal/users/user-1']);
    expect(pushRequests).toHaveLength(1);
    expect(pushRequests[0]!.url).toBe('/push/abc');
    expect(String(pushRequests[0]!.headers.authorization)).toMatch(/^vapid t=/);
    expect(pushRequests[0]!.headers['content-encoding']).toBe('aes128gcm');
    expect(pushRequests[0]!.headers.topic).toBe(stored[0]!.id.replaceAll('-', ''));
  });

  it('two replicas handling one reminder at once (a redelivery during a rebalance) send one email and one Web Push', async () => {
    pushStatus = 201;
    const shared = createNotificationStore(database.db);
    await subscribe(shared, 'user-3', '/push/twice');
    const invoker: Invoker = { invoke: async <T>() => ({ email: 'three@example.com' }) as T };
    const clock = movableClock();
    const emails = [emailChannel(), emailChannel()];
    const replicas = emails.map((email) => replica({ store: createNotificationStore(database.db), invoker, clock, email, webPush: webPushChannel() }));
    const event = reminderOf('0190f7e4-0000-7000-8000-00000000e003', 'user-3');
    await Promise.all(replicas.map((one) => one.handle(event)));
    await Promise.all(replicas.map((one) => one.handle(event)));
    clock.advance(10 * 60_000);
    await Promise.all(replicas.map((one) => one.delivery.sweep()));
    for (const email of emails) email.close();
    expect(mailsTo('three@example.com')).toHaveLength(1);
    expect(pushRequests.filter((request) => request.url === '/push/twice')).toHaveLength(1);
    const [stored] = await shared.list('user-3', false, 10);
    expect(stored?.deliveredAt.email).toBeInstanceOf(Date);
    expect(stored?.deliveredAt.webPush).toBeInstanceOf(Date);
  });

  it('a failed send is retried by the sweep once its backoff is over, and sent once', async () => {
    const store = createNotificationStore(database.db);
    let failing = true;
    const invoker: Invoker = {
      invoke: async <T>() => {
        if (failing) throw new Error('chat-api unreachable');
        return { email: 'four@example.com' } as T;
      },
    };
    const clock = movableClock();
    const email = emailChannel();
    const { handle, delivery } = replica({ store, invoker, clock, email, policy: { retryBaseMs: 5_000 } });
    const event = reminderOf('0190f7e4-0000-7000-8000-00000000e004', 'user-4');
    await handle(event); // the notification is stored; its delivery is the sweep's from here
    failing = false;
    await handle(event);
    await delivery.sweep();
    expect(mailsTo('four@example.com')).toHaveLength(0);
    clock.advance(5_001);
    await delivery.sweep();
    await delivery.sweep();
    await handle(event);
    email.close();
    expect(mailsTo('four@example.com')).toHaveLength(1);
  });

  it('a replica that dies mid-send loses no email: another replica takes the delivery over when its lease runs out', async () => {
    const store = createNotificationStore(database.db);
    const clock = movableClock();
    const hanging: Invoker = { invoke: () => new Promise(() => {}) }; // replica A stops answering while it sends
    const invoker: Invoker = { invoke: async <T>() => ({ email: 'five@example.com' }) as T };
    const email = emailChannel();
    const a = replica({ store, invoker: hanging, clock, email, policy: { leaseMs: 60_000 } });
    const b = replica({ store, invoker, clock, email, policy: { leaseMs: 60_000 } });
    const event = reminderOf('0190f7e4-0000-7000-8000-00000000e005', 'user-5');
    void a.handle(event);
    await expect.poll(async () => (await store.list('user-5', false, 1))[0]?.attempts.email).toBe(1);
    await b.handle(event); // Kafka redelivers A's unacknowledged event to B: A's claim holds, B sends nothing
    clock.advance(59_000);
    await b.delivery.sweep();
    expect(mailsTo('five@example.com')).toHaveLength(0);
    clock.advance(2_000);
    await b.delivery.sweep();
    await b.delivery.sweep();
    email.close();
    expect(mailsTo('five@example.com')).toHaveLength(1);
    const [stored] = await store.list('user-5', false, 1);
    expect(stored?.deliveredAt.email).toBeInstanceOf(Date);
  });

  it('gives up after the last attempt: a send that always fails is tried a bounded number of times', async () => {
    const store = createNotificationStore(database.db);
    const clock = movableClock();
    let calls = 0;
    const invoker: Invoker = { invoke: async () => { calls += 1; throw new Error('chat-api unreachable'); } };
    const email = emailChannel();
    const { handle, delivery } = replica({ store, invoker, clock, email, policy: { maxAttempts: 4, retryBaseMs: 1_000, maxRetryDelayMs: 4_000 } });
    await handle(reminderOf('0190f7e4-0000-7000-8000-00000000e006', 'user-6'));
    for (let round = 0; round < 10; round += 1) {
      clock.advance(5_000);
      await delivery.sweep();
    }
    email.close();
    expect(calls).toBe(4);
    const [stored] = await store.list('user-6', false, 1);
    expect(stored?.attempts.email).toBe(4);
    expect(stored?.deliveredAt.email).toBeNull();
  });

  it('drops a Web Push subscription the push service says is gone', async () => {
    const store = createNotificationStore(database.db);
    pushStatus = 410;
    await subscribe(store, 'user-2', '/push/gone');
    const invoker: Invoker = { invoke: async () => { throw new Error('not used'); } };
    const { handle } = replica({ store, invoker, clock: movableClock(), webPush: webPushChannel() });
    await handle(reminderOf('0190f7e4-0000-7000-8000-00000000e002', 'user-2'));
    expect(await store.pushSubscriptionsOf('user-2')).toEqual([]);
    pushStatus = 201;
  });
});
