// The one way to write the outbox: a unit of work whose change and events commit in one transaction; the rows it wrote
// are handed to the relay right after the commit and never on rollback (the explicit form of "dispatch on commit").
import type { CloudEvent, Topic } from '@todo/domain';
import type { Db, Tx } from '@todo/db';
import { insertOutboxRows } from './store.js';

export interface OutboxEntry {
  topic: Topic;
  event: CloudEvent;
}

/** An outbox row as written (what the relay needs to publish it). */
export interface OutboxRecord {
  eventId: string;
  topic: Topic;
  partitionKey: string;
  event: CloudEvent;
  createdAt?: Date;
}

/** Writes events in the unit's transaction. An event id already in the outbox is skipped (a reminder firing twice). */
export type Emit = (...entries: OutboxEntry[]) => Promise<void>;
/** Notes outbox rows the work wrote itself, in the same statement as its change (the task create's CTE): handed over like emit's. */
export type NoteWritten = (records: OutboxRecord[]) => void;
export type OutboxWork<T> = (tx: Tx, emit: Emit, written: NoteWritten) => Promise<T>;

/** The outbox rows of some entries, in the order given (their seq order, hence their order per task). */
export function outboxRows(entries: OutboxEntry[]): OutboxRecord[] {
  return entries.map(({ topic, event }) => ({ eventId: event.id, topic, partitionKey: event.subject, event }));
}

/** Runs `work` in one transaction and resolves, after the commit, with its result and the outbox rows it wrote. */
export async function withOutbox<T>(db: Db, work: OutboxWork<T>): Promise<{ result: T; records: OutboxRecord[] }> {
  const records: OutboxRecord[] = [];
  const result = await db.transaction(async (tx) => {
    const emit: Emit = async (...entries) => {
      if (entries.length === 0) return;
      const rows = outboxRows(entries);
      const ids = await insertOutboxRows(tx, rows);
      records.push(...rows.filter((row) => ids.has(row.eventId)));
    };
    return work(tx, emit, (written) => records.push(...written));
  });
  return { result, records };
}

/** Where a committed unit's rows go: the relay's `publishCommitted`. */
export type OutboxHandOver = (records: OutboxRecord[]) => void;

/** `withOutbox` bound to a database and a hand-over: what every outbox writer (tasks, reminders) is given. */
export type OutboxWriter = <T>(work: OutboxWork<T>) => Promise<T>;

/** A unit that is ONE statement writing the change and its outbox rows together (the task create's CTE). */
export type OutboxStatement<T> = (db: Db, written: NoteWritten) => Promise<T>;
export type OutboxStatementWriter = <T>(work: OutboxStatement<T>) => Promise<T>;

/**
 * Like outboxWriter for a unit of one statement: a statement is atomic by itself, so it runs without BEGIN/COMMIT around
 * it (two round trips fewer) and its rows are handed over once it has completed, i.e. committed.
 */
export function outboxStatementWriter(db: Db, handOver: OutboxHandOver = () => {}): OutboxStatementWriter {
  return async (work) => {
    const records: OutboxRecord[] = [];
    const result = await work(db, (written) => records.push(...written));
    if (records.length > 0) handOver(records);
    return result;
  };
}

/** Without a hand-over the rows wait for the relay's next pass (tests, tools). */
export function outboxWriter(db: Db, handOver: OutboxHandOver = () => {}): OutboxWriter {
  return async (work) => {
    const { result, records } = await withOutbox(db, work);
    if (records.length > 0) handOver(records);
    return result;
  };
}
