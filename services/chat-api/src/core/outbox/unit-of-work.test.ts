import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate, type Database } from '@todo/db';
import type { CloudEvent } from '@todo/domain';
import { testDatabaseKinds } from '@todo/platform/testing';
import { outboxMigrations } from './migrations.js';
import { outbox } from './schema.js';
import { outboxWriter, withOutbox, type OutboxRecord } from './unit-of-work.js';

let counter = 0;
function event(subject: string, id = `0190f7e4-0000-7000-9000-${String(++counter).padStart(12, '0')}`): CloudEvent {
  return { specversion: '1.0', id, source: 'chat-api', type: 'reminder.due', subject, time: new Date().toISOString(), datacontenttype: 'application/json', data: {} };
}

for (const kind of testDatabaseKinds()) {
  describe(`outbox unit of work (${kind.name})`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await kind.open();
      await migrate(database, 'chat-api-outbox-uow-test', outboxMigrations);
    });
    afterAll(async () => {
      await database.close();
    });
    beforeEach(async () => {
      await database.exec('delete from outbox');
    });
    const rowIds = async () => (await database.db.select({ id: outbox.eventId }).from(outbox)).map((r) => r.id);

    it('returns the work result and the rows it wrote, which are in the table once it resolves', async () => {
      const first = event('task-a'), second = event('task-b');
      const { result, records } = await withOutbox(database.db, async (_tx, emit) => {
        await emit({ topic: 'task-events', event: first }, { topic: 'task-updates', event: second });
        return 'done';
      });
      expect(result).toBe('done');
      expect(records.map((r) => [r.topic, r.eventId, r.partitionKey])).toEqual([['task-events', first.id, 'task-a'], ['task-updates', second.id, 'task-b']]);
      expect((await rowIds()).sort()).toEqual([first.id, second.id].sort());
    });

    it('hands nothing over and writes nothing when the work throws', async () => {
      const handed: OutboxRecord[] = [];
      const write = outboxWriter(database.db, (records) => handed.push(...records));
      await expect(
        write(async (_tx, emit) => {
          await emit({ topic: 'task-events', event: event('task-c') });
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect(handed).toEqual([]);
      expect(await rowIds()).toEqual([]);
    });

    it('an event id already in the outbox is written once and handed over once (a reminder firing twice)', async () => {
      const handed: OutboxRecord[] = [];
      const write = outboxWriter(database.db, (records) => handed.push(...records));
      const id = '0190f7e4-0000-7000-a000-000000000001';
      await write((_tx, emit) => emit({ topic: 'reminders', event: event('task-d', id) }));
      await write((_tx, emit) => emit({ topic: 'reminders', event: event('task-d', id) }));
      expect(handed.map((r) => r.eventId)).toEqual([id]);
      expect(await rowIds()).toEqual([id]);
    });
  });
}
