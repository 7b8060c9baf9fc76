// A chat-api replica's outbox relay alone in its own process, for the shared-relay test to SIGKILL or SIGSTOP mid-pass:
// it prints one JSON line per published event and hangs on publish number HANG_AT (as a replica cut off mid-batch does).
import { openDatabase } from '@todo/db';
import type { CloudEvent } from '@todo/domain';
import type { Clock, EventBus } from '@todo/platform';
import { silentLogger } from '@todo/platform/testing';
import { createSharedOutboxRelay } from './shared-relay.js';

const url = process.env.REPLICA_DATABASE_URL;
if (!url) throw new Error('REPLICA_DATABASE_URL is not set');
const hangAt = Number(process.env.HANG_AT ?? '2');
const passIdleTimeoutMs = Number(process.env.PASS_IDLE_TIMEOUT_MS ?? '5000');
let publishes = 0;
const clock: Clock = { now: () => new Date() };
const bus = {
  publish: async (_topic: string, event: CloudEvent) => {
    if (++publishes >= hangAt) await new Promise(() => {});
    process.stdout.write(`${JSON.stringify({ published: event.id })}\n`);
  },
} as unknown as EventBus;
const database = await openDatabase({ url });
const relay = createSharedOutboxRelay({ db: database.db, bus, clock, log: silentLogger(), sweepMs: 200, passIdleTimeoutMs });
await relay.start();
process.stdout.write(`${JSON.stringify({ started: true })}\n`);
