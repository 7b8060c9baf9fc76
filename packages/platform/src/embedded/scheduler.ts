// Durable one-shot jobs over the `jobs` table with ONE timer armed for the earliest due job; overdue jobs fire at start.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, lte, min } from 'drizzle-orm';
import type { Db } from '@todo/db';
import type { Logger } from 'pino';
import type { Clock, Job, Scheduler } from '../ports.js';
import { backoffDelay, type BackoffPolicy } from '../backoff.js';
import { jobs } from './schema.js';

export interface EmbeddedSchedulerOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  backoff?: BackoffPolicy;
  /** Jobs fired concurrently per batch (default 16). */
  concurrency?: number;
}

// setTimeout cannot wait longer than ~24.8 days; the timer re-arms itself well before that.
const MAX_TIMER_MS = 60 * 60 * 1000;

export function createEmbeddedScheduler(options: EmbeddedSchedulerOptions): Scheduler {
  const { db, clock, log } = options;
  const backoff = options.backoff ?? { initialMs: 1_000, maxMs: 60_000 };
  const concurrency = options.concurrency ?? 16;
  let handler: ((job: Job) => Promise<void>) | undefined;
  let timer: NodeJS.Timeout | undefined;
  let armedFor: number | undefined;
  let running = false;
  let firing: Promise<void> | undefined;
  let fireAgain = false;

  function armAt(at: number): void {
    if (!running) return;
    if (timer && armedFor !== undefined && armedFor <= at) return;
    if (timer) clearTimeout(timer);
    armedFor = at;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, at - clock.now().getTime()));
    timer = setTimeout(() => {
      timer = undefined;
      armedFor = undefined;
      void fire();
    }, delay);
  }

  async function armForEarliest(): Promise<void> {
    const [row] = await db.select({ next: min(jobs.runAt) }).from(jobs);
    const next = row?.next ? new Date(row.next as unknown as string | Date).getTime() : undefined;
    if (next !== undefined) armAt(next);
  }

  async function fire(): Promise<void> {
    if (firing) {
      fireAgain = true;
      return firing;
    }
    firing = (async () => {
      try {
        do {
          fireAgain = false;
          if (!running) return;
          const due = await db.select().from(jobs).where(lte(jobs.runAt, clock.now())).orderBy(asc(jobs.runAt)).limit(concurrency);
          await Promise.all(due.map(runJob));
          if (due.length === concurrency) fireAgain = true;
        } while (fireAgain && running);
        if (running) await armForEarliest();
      } catch (error) {
        log.error({ err: error }, 'scheduler pass failed; retrying');
        armAt(clock.now().getTime() + backoff.initialMs);
      } finally {
        firing = undefined;
      }
    })();
    return firing;
  }

  async function runJob(row: typeof jobs.$inferSelect): Promise<void> {
    const job: Job = { name: row.name, dueAt: row.dueAt, data: row.data };
    try {
      if (!handler) throw new Error('no handler registered for due jobs');
      await handler(job);
      // Delete only this version: a reschedule made while the handler ran must survive.
      await db.delete(jobs).where(and(eq(jobs.name, row.name), eq(jobs.version, row.version)));
    } catch (error) {
      const attempts = row.attempts + 1;
      const runAt = new Date(clock.now().getTime() + backoffDelay(backoff, attempts));
      log.warn({ job: row.name, attempts, err: error }, 'job failed; will retry');
      await db.update(jobs).set({ attempts, runAt }).where(and(eq(jobs.name, row.name), eq(jobs.version, row.version)));
    }
  }

  return {
    async schedule(job) {
      const values = { name: job.name, dueAt: job.dueAt, runAt: job.dueAt, data: job.data ?? null, attempts: 0, version: randomUUID() };
      await db.insert(jobs).values(values).onConflictDoUpdate({
        target: jobs.name,
        set: { dueAt: values.dueAt, runAt: values.runAt, data: values.data, attempts: 0, version: values.version },
      });
      armAt(job.dueAt.getTime());
    },

    async cancel(name) {
      await db.delete(jobs).where(eq(jobs.name, name));
    },

    onDue(fn) {
      handler = fn;
    },

    async start() {
      if (running) return;
      running = true;
      await fire();
    },

    async close() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      armedFor = undefined;
      await firing;
    },
  };
}
