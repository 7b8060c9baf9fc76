// Several chat-api replicas on one PostgreSQL outbox: each replica's relay has its own connection pool, as separate
// processes do. Every row published exactly once, order per task kept whichever replica committed it, a relay killed
// mid-pass (a real process, SIGKILLed or SIGSTOPped) taken over by another in seconds.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isNull, sql } from 'drizzle-orm';
import { migrate, openDatabase, type Database } from '@todo/db';
import type { CloudEvent, Topic } from '@todo/domain';
import type { EventBus } from '@todo/platform';
import { systemClock } from '@todo/platform/embedded';
import { createFreshPostgres, silentLogger, waitFor } from '@todo/platform/testing';
import { outboxMigrations } from './migrations.js';
import { outbox } from './schema.js';
import { outboxWriter, withOutbox, type OutboxEntry } from './unit-of-work.js';
import type { OutboxRelay } from './relay.js';

const append = (db: Database['db'], entries: OutboxEntry[]) => withOutbox(db, (_tx, emit) => emit(...entries));
import { createSharedOutboxRelay } from './shared-relay.js';

let counter = 0;
function event(subject: string): CloudEvent {
  counter++;
  const id = `0190f7e4-0000-7000-8000-${String(counter).padStart(12, '0')}`;
  return { specversion: '1.0', id, source: 'chat-api', type: 'task.updated', subject, time: new Date().toISOString(), datacontenttype: 'application/json', data: { n: counter } };
}

interface Published {
  id: string;
  subject: string;
  by: string;
}

const testDatabaseUrl = process.env.TEST_DATABASE_URL;
// Several processes on one database need a PostgreSQL server (CI sets TEST_DATABASE_URL); on PGlite alone it is skipped.
describe.runIf(testDatabaseUrl)('outbox relays of several replicas on one PostgreSQL outbox', () => {
  const serverUrl = testDatabaseUrl!;
  let fresh: Awaited<ReturnType<typeof createFreshPostgres>>;
  let main: Database;
  const opened: Database[] = [];
  const relays: OutboxRelay[] = [];
  const children: ChildProcess[] = [];
  /** One replica's connection pool. */
  const replicaDatabase = async () => {
    const database = await openDatabase({ url: fresh.url });
    opened.push(database);
    return database;
  };
  const replica = async (name: string, log: Published[], publish?: (e: CloudEvent) => Promise<void>) => {
    const database = await replicaDatabase();
    const bus = {
      publish: async (_topic: Topic, e: CloudEvent) => {
        await (publish ? publish(e) : new Promise((r) => setTimeout(r, Math.random() * 3)));
        log.push({ id: e.id, subject: e.subject, by: name });
      },
    } as unknown as EventBus;
    const relay = createSharedOutboxRelay({ db: database.db, bus, clock: systemClock, log: silentLogger(), sweepMs: 200 });
    relays.push(relay);
    await relay.start();
    return { relay, database, write: outboxWriter(database.db, (records) => relay.publishCommitted(records)) };
  };
  const chainLocksHeld = async () =>
    ((await main.db.execute(sql`select 1 from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())`)) as unknown as { rows: unknown[] }).rows.length;
  const unpublished = async () => (await main.db.select().from(outbox).where(isNull(outbox.publishedAt))).length;

  beforeAll(async () => {
    fresh = await createFreshPostgres(serverUrl);
    main = await openDatabase({ url: fresh.url });
    await migrate(main, 'chat-api-outbox-test', outboxMigrations);
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await Promise.all(relays.splice(0).map((relay) => relay.close()));
    await Promise.all(opened.splice(0).map((database) => database.close()));
    await main.exec('delete from outbox');
  });
  afterAll(async () => {
    await main.close();
    await fresh.drop();
  });

  it('publishes every row exactly once and in order per task, whichever of two replicas committed it', async () => {
    const order: Published[] = [];
    const a = await replica('relay-a', order);
    const b = await replica('relay-b', order);
    const written = new Map<string, string[]>();
    const writes: Promise<unknown>[] = [];
    for (let i = 0; i < 240; i++) {
      const subject = `task-m${i % 8}`;
      const e = event(subject);
      written.set(subject, [...(written.get(subject) ?? []), e.id]);
      // Writes to one task are serialised (as the task row lock does in the service); tasks run concurrently.
      const via = i % 2 === 0 ? a : b;
      writes.push(via.write((_tx, emit) => emit({ topic: 'task-updates', event: e })));
      if (i % 8 === 7) await Promise.all(writes.splice(0));
    }
    await Promise.all(writes);
    await a.relay.drain();
    await b.relay.drain();
    for (const [subject, ids] of written) expect(order.filter((p) => p.subject === subject).map((p) => p.id), subject).toEqual(ids);
    expect(order).toHaveLength(240);
    expect(await unpublished()).toBe(0);
    expect(new Set(order.map((p) => p.by))).toEqual(new Set(['relay-a', 'relay-b']));
  });

  /** A replica's relay in its own process: it publishes HANG_AT - 1 events, then hangs mid-pass on the next. */
  const replicaProcess = async (hangAt: number, passIdleTimeoutMs = 5_000) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./shared-relay.replica.ts', import.meta.url))], {
      env: { ...process.env, REPLICA_DATABASE_URL: fresh.url, HANG_AT: String(hangAt), PASS_IDLE_TIMEOUT_MS: String(passIdleTimeoutMs) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const published: string[] = [];
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { published?: string };
      if (message.published) published.push(message.published);
    });
    return { child, published };
  };

  it('keeps a task whose rows a replica is publishing for it, and takes it over within seconds when its process is SIGKILLed mid-pass', async () => {
    const events = [event('task-f'), event('task-f'), event('task-f')];
    await append(main.db, events.map((e) => ({ topic: 'task-events' as Topic, event: e })));
    // Replica A (its own process) publishes the first row, then hangs on the second holding the chain.
    const a = await replicaProcess(2);
    await waitFor(async () => a.published.length === 1, Boolean, 20_000);
    const order: Published[] = [];
    const b = await replica('relay-b', order);
    await new Promise((r) => setTimeout(r, 600));
    expect(order).toEqual([]); // A's pass holds the chain: B leaves it alone
    expect(await unpublished()).toBe(3);

    // SIGKILL: A's kernel closes its socket, PostgreSQL ends the session, rolls the pass back and frees the chain.
    const killedAt = Date.now();
    a.child.kill('SIGKILL');
    await waitFor(async () => (await unpublished()) === 0, Boolean, 15_000);
    const takeoverMs = Date.now() - killedAt;
    await b.relay.drain();
    // B polls a held chain every 50 ms: ~0.1 s when measured; the bound leaves room for a loaded machine.
    expect(takeoverMs).toBeLessThan(4_000);
    // B publishes the whole chain in order; the one row A had published before dying comes again (consumers drop it by id).
    expect(order.map((p) => p.id)).toEqual(events.map((e) => e.id));
    expect(a.published).toEqual([events[0]!.id]);
  });

  it('takes over the chains of a replica frozen mid-pass (SIGSTOP: session open, no FIN) once its pass idle timeout ends the session', async () => {
    const events = [event('task-z'), event('task-z')];
    await append(main.db, events.map((e) => ({ topic: 'task-events' as Topic, event: e })));
    const a = await replicaProcess(1, 3_000);
    await waitFor(async () => (await chainLocksHeld()) > 0, Boolean, 20_000);
    a.child.kill('SIGSTOP');
    const frozenAt = Date.now();
    const order: Published[] = [];
    const b = await replica('relay-b', order);
    await new Promise((r) => setTimeout(r, 500));
    expect(order).toEqual([]); // A's session is open (it only stopped answering): B leaves the chain alone
    await waitFor(async () => (await unpublished()) === 0, Boolean, 15_000);
    const takeoverMs = Date.now() - frozenAt;
    await b.relay.drain();
    expect(takeoverMs).toBeLessThan(8_000); // A's pass idle timeout (3 s here) plus a loaded machine's slack
    expect(order.map((p) => p.id)).toEqual(events.map((e) => e.id));
    expect(a.published).toEqual([]);
  });

  it('resends in order after a refused publish', async () => {
    const order: Published[] = [];
    let failures = 1;
    const a = await replica('relay-a', order, async () => {
      if (failures-- > 0) throw new Error('broker unavailable');
    });
    const events = [event('task-r'), event('task-r'), event('task-s')];
    await append(a.database.db, events.map((e) => ({ topic: 'task-events' as Topic, event: e })));
    await waitFor(async () => (await unpublished()) === 0, Boolean, 5_000);
    expect(order.filter((p) => p.subject === 'task-r').map((p) => p.id)).toEqual([events[0]!.id, events[1]!.id]);
    expect(new Set(order.map((p) => p.id))).toEqual(new Set(events.map((e) => e.id)));
  });
});
