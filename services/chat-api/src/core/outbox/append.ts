// Appends events to the outbox inside the caller's transaction; the relay publishes them after commit.
import type { CloudEvent, Topic } from '@todo/domain';
import type { Tx } from '@todo/db';
import { outbox } from './schema.js';

export interface OutboxEntry {
  topic: Topic;
  event: CloudEvent;
}

export async function appendToOutbox(tx: Tx, entries: OutboxEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(outbox).values(
    entries.map(({ topic, event }) => ({ eventId: event.id, topic, partitionKey: event.subject, event })),
  );
}
