// The notification store on every test database: a push endpoint never changes owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Database } from '@todo/db';
import { testDatabaseKinds } from '@todo/platform/testing';
import { NOTIFICATION_SERVICE, notificationMigrations } from './migrations.js';
import { createNotificationStore } from './store.js';

describe.each(testDatabaseKinds())('notification store on $name', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await kind.open();
    await migrate(database, NOTIFICATION_SERVICE, notificationMigrations);
  });
  afterAll(() => database.close());

  it('a push endpoint registered by one user is not taken over by another', async () => {
    const store = createNotificationStore(database.db);
    const endpoint = 'https://push.example.com/send/abc';
    await store.savePushSubscription('alice', '0190f7e4-0000-7000-8000-0000000000a1', { endpoint, keys: { p256dh: 'alice-key', auth: 'alice-auth' } }, new Date());
    await store.savePushSubscription('mallory', '0190f7e4-0000-7000-8000-0000000000a2', { endpoint, keys: { p256dh: 'mallory-key', auth: 'mallory-auth' } }, new Date());
    expect(await store.pushSubscriptionsOf('mallory')).toEqual([]);
    expect(await store.pushSubscriptionsOf('alice')).toEqual([{ endpoint, keys: { p256dh: 'alice-key', auth: 'alice-auth' } }]);
    await store.savePushSubscription('alice', '0190f7e4-0000-7000-8000-0000000000a3', { endpoint, keys: { p256dh: 'alice-new', auth: 'alice-auth2' } }, new Date());
    expect(await store.pushSubscriptionsOf('alice')).toEqual([{ endpoint, keys: { p256dh: 'alice-new', auth: 'alice-auth2' } }]);
  });
});
