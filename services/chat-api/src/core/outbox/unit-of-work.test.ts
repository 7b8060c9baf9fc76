import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrate, type Database } from '@todo/db';
import type { CloudEvent } from '@todo/domain';
import { testDatabaseKinds } from '@todo/platform/testing';
import { outboxMigrations } from './migrations.js';
import { outbox } from './schema.js';
import { sql } from 'drizzle-orm';
import { outboxRows, outboxStatementWriter, outboxWriter, withOutbox, type OutboxRecord } from './unit-of-work.js';

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

    it('a one-statement unit hands over the rows it noted once its statement completed, and nothing when it fails', async () => {
      const handed: OutboxRecord[] = [];
      const writeStatement = outboxStatementWriter(database.db, (records) => handed.push(...records));
      const insertBoth = (db: typeof database.db, rows: OutboxRecord[]) =>
        db.execute(sql`insert into ${outbox} (event_id, topic, partition_key, event) values ${sql.join(
          rows.map((r) => sql`(${r.eventId}::uuid, ${r.topic}, ${r.partitionKey}, ${JSON.stringify(r.event)}::jsonb)`),
          sql`, `,
        )}`);
      const rows = outboxRows([{ topic: 'task-events', event: event('task-e') }, { topic: 'task-updates', event: event('task-e') }]);
      await writeStatement(async (db, written) => {
        expect(handed).toEqual([]);
        await insertBoth(db, rows);
        written(rows);
      });
      expect(handed.map((r) => r.eventId)).toEqual(rows.map((r) => r.eventId));
      // The second row repeats the first's id: the statement fails as a whole, nothing is written or handed over.
      const clash = outboxRows([{ topic: 'task-events', event: event('task-f') }]);
      await expect(
        writeStatement(async (db, written) => {
          await insertBoth(db, [...clash, rows[0]!]);
          written(clash);
        }),
      ).rejects.toThrow();
      expect(handed).toHaveLength(2);
      expect((await rowIds()).sort()).toEqual(rows.map((r) => r.eventId).sort());
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
