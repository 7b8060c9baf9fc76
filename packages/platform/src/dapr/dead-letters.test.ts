// Dead letters on Dapr: what chat-api's bus subscribes to, and the store it parks them in (PGlite and PostgreSQL).
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CloudEvent, Topic } from '@todo/domain';
import { migrate, type Database } from '@todo/db';
import type { EventBus } from '../ports.js';
import { testDatabaseKinds } from '../testing/index.js';
import { createDaprEventBus, deadLetterTopic } from './event-bus.js';
import { createDaprDeadLetterStore, DAPR_DEAD_LETTERS_SERVICE, daprDeadLetterMigrations, type DeadLetterSource } from './dead-letters.js';
import type { DaprSidecar } from './sidecar.js';

const log = pino({ level: 'silent' });
const clock = { now: () => new Date('2030-01-01T00:00:00.000Z') };
const event = (id: string, type = 'task.completed'): CloudEvent => ({
  specversion: '1.0', id, source: 'chat-api', type, subject: `task-${id}`, time: '2030-01-01T00:00:00.000Z', datacontenttype: 'application/json', data: { userId: 'u1' },
});
const recurring: DeadLetterSource = { appId: 'recurring-task', topic: 'task-events', consumer: 'recurring-task' };
const own: DeadLetterSource = { appId: 'chat-api', topic: 'task-events', consumer: 'chat-api-reminders' };
const notification: DeadLetterSource = { appId: 'notification', topic: 'reminders', consumer: 'notification' };

describe('DaprEventBus collecting dead letters', () => {
  const sidecar = { request: async () => ({ status: 204, ok: true, body: undefined }), healthy: async () => true } as unknown as DaprSidecar;

  it("subscribes to every source's dead-letter topic once (its own through the existing route) and hands each parked event over", async () => {
    const bus = createDaprEventBus({ sidecar, pubsubName: 'pubsub', appId: 'chat-api', log });
    bus.subscribe({ consumer: 'chat-api-reminders', topic: 'task-events', handle: async () => {} });
    const parked: Array<[DeadLetterSource, string]> = [];
    let failing = false;
    bus.collectDeadLetters([own, recurring, notification], async (source, e) => {
      if (failing) throw new Error('database down');
      parked.push([source, e.id]);
    });
    const routes = bus.routes();
    const route = (url: string) => routes.find((r) => r.url === url)!;
    expect((await route('/dapr/subscribe').handle({ params: {}, body: undefined })).body).toEqual([
      { pubsubname: 'pubsub', topic: 'task-events', routes: { default: '/dapr/events/task-events' }, deadLetterTopic: deadLetterTopic('chat-api', 'task-events') },
      { pubsubname: 'pubsub', topic: 'task-events.dead-letter.chat-api', routes: { default: '/dapr/dead-letter/task-events' } },
      { pubsubname: 'pubsub', topic: 'task-events.dead-letter.recurring-task', routes: { default: '/dapr/collect-dead-letter/recurring-task/task-events' } },
      { pubsubname: 'pubsub', topic: 'reminders.dead-letter.notification', routes: { default: '/dapr/collect-dead-letter/notification/reminders' } },
    ]);
    // Dapr forwards the original envelope, with its own fields added
    const delivery = (id: string) => ({ ...event(id), topic: 'task-events', pubsubname: 'pubsub', traceparent: '00-abc' });
    const collect = route('/dapr/collect-dead-letter/:appId/:topic');
    expect((await collect.handle({ params: { appId: 'recurring-task', topic: 'task-events' }, body: delivery('e1') })).body).toEqual({ status: 'SUCCESS' });
    expect((await route('/dapr/dead-letter/:topic').handle({ params: { topic: 'task-events' }, body: delivery('e2') })).body).toEqual({ status: 'SUCCESS' });
    expect(parked).toEqual([[recurring, 'e1'], [own, 'e2']]);
    // unknown source or not an event: nothing stored, nothing retried
    expect((await collect.handle({ params: { appId: 'nobody', topic: 'task-events' }, body: delivery('e3') })).body).toEqual({ status: 'SUCCESS' });
    expect((await collect.handle({ params: { appId: 'recurring-task', topic: 'task-events' }, body: 'garbage' })).body).toEqual({ status: 'DROP' });
    // the store is down: Dapr is asked to deliver the dead letter again
    failing = true;
    expect((await collect.handle({ params: { appId: 'recurring-task', topic: 'task-events' }, body: delivery('e4') })).body).toEqual({ status: 'RETRY' });
    expect(parked).toHaveLength(2);
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`Dapr dead-letter store (${kind.name})`, () => {
    let database: Database;
    const published: Array<[Topic, string]> = [];
    let publishFails = false;
    const bus = {
      publish: async (topic: Topic, e: CloudEvent) => {
        if (publishFails) throw new Error('sidecar down');
        published.push([topic, e.id]);
      },
    } as unknown as EventBus;

    beforeAll(async () => {
      database = await kind.open();
      await migrate(database, DAPR_DEAD_LETTERS_SERVICE, daprDeadLetterMigrations);
    });
    afterAll(() => database?.close());
    beforeEach(async () => {
      await database.exec('delete from dapr_dead_letters');
      published.length = 0;
      publishFails = false;
    });
    const store = () => createDaprDeadLetterStore({ db: database.db, bus, clock, log });

    it('keeps one row per parked event however often Dapr delivers it, and lists them in pages, oldest first', async () => {
      const s = store();
      for (const id of ['a', 'b', 'c']) await s.park(recurring, event(id));
      await s.park(recurring, event('a'));
      await s.park(notification, event('n', 'reminder.due'));
      const first = await s.listDeadLetters({ limit: 2 });
      expect(first.items.map((d) => d.eventId)).toEqual(['a', 'b']);
      expect(first.items[0]).toEqual({
        id: expect.any(Number), consumer: 'recurring-task', topic: 'task-events', eventId: 'a', type: 'task.completed',
        error: expect.stringContaining("recurring-task's log"), attempts: null, failedAt: '2030-01-01T00:00:00.000Z',
      });
      const rest = await s.listDeadLetters({ limit: 2, after: Number(first.nextCursor) });
      expect(rest).toEqual({ items: [expect.objectContaining({ eventId: 'c' }), expect.objectContaining({ eventId: 'n', consumer: 'notification', topic: 'reminders' })], nextCursor: null });
      expect((await s.listDeadLetters({ consumer: 'notification' })).items.map((d) => d.eventId)).toEqual(['n']);
    });

    it('replays by publishing to the original topic once, and the same event parked again after a replay is a new row', async () => {
      const s = store();
      await s.park(recurring, event('a'));
      await s.park(notification, event('n', 'reminder.due'));
      expect(await s.replayDeadLetters({ consumer: 'recurring-task' })).toBe(1);
      expect(published).toEqual([['task-events', 'a']]);
      expect(await s.replayDeadLetters({ consumer: 'recurring-task' })).toBe(0);
      expect((await s.listDeadLetters()).items.map((d) => d.eventId)).toEqual(['n']);
      await s.park(recurring, event('a'));
      expect((await s.listDeadLetters({ consumer: 'recurring-task' })).items.map((d) => d.eventId)).toEqual(['a']);
      // two replays at once publish each row once
      const counts = await Promise.all([s.replayDeadLetters(), store().replayDeadLetters()]);
      expect(counts[0] + counts[1]).toBe(2);
      expect(published.map(([, id]) => id).sort()).toEqual(['a', 'a', 'n']);
    });

    it('leaves what it could not publish parked and answers unavailable', async () => {
      const s = store();
      await s.park(recurring, event('a'));
      await s.park(recurring, event('b'));
      publishFails = true;
      await expect(s.replayDeadLetters()).rejects.toMatchObject({ code: 'service_unavailable' });
      expect((await s.listDeadLetters()).items.map((d) => d.eventId)).toEqual(['a', 'b']);
      publishFails = false;
      expect(await s.replayDeadLetters({ limit: 1 })).toBe(1);
      expect((await s.listDeadLetters()).items.map((d) => d.eventId)).toEqual(['b']);
    });
  });
}
