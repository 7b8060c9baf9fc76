import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase } from './database.js';
import { BACKGROUND_GRACE_MS, SLICE_MS, WorkLanes, runInBackground } from './work-lanes.js';

/** Work that records when it ran and finishes when released. */
function recorder() {
  const ran: string[] = [];
  const releases: Array<() => void> = [];
  const work = (name: string) => () =>
    new Promise<string>((resolve) => {
      ran.push(name);
      releases.push(() => resolve(name));
    });
  const settle = () => new Promise((resolve) => setImmediate(resolve)); // every promise reaction queued so far has run
  const releaseNext = async () => {
    await settle();
    releases.shift()?.();
    await settle();
  };
  return { ran, work, releaseNext };
}

describe('work lanes in front of the one PGlite connection', () => {
  it('runs one piece of work at a time and serves a request that arrives behind a background burst first', async () => {
    const lanes = new WorkLanes(() => 0);
    const { ran, work, releaseNext } = recorder();
    const done = [
      lanes.run(work('b1'), 'background'),
      lanes.run(work('b2'), 'background'),
      lanes.run(work('b3'), 'background'),
      lanes.run(work('r1'), 'request'),
    ];
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['b1']); // b1 had started: only one at a time
    for (let i = 0; i < 4; i++) await releaseNext();
    expect(ran).toEqual(['b1', 'r1', 'b2', 'b3']);
    expect(await Promise.all(done)).toEqual(['b1', 'b2', 'b3', 'r1']);
  });

  it('gives background work that has waited the grace period every other turn under a stream of requests', async () => {
    let now = 0;
    const lanes = new WorkLanes(() => now);
    const { ran, work, releaseNext } = recorder();
    void lanes.run(work('r0'), 'request');
    void lanes.run(work('b1'), 'background');
    void lanes.run(work('b2'), 'background');
    for (let i = 1; i <= 4; i++) void lanes.run(work(`r${i}`), 'request');
    await releaseNext(); // r0 done before the grace period: requests keep going
    expect(ran).toEqual(['r0', 'r1']);
    now = BACKGROUND_GRACE_MS;
    for (let i = 0; i < 5; i++) await releaseNext();
    expect(ran).toEqual(['r0', 'r1', 'b1', 'r2', 'b2', 'r3', 'r4']);
  });

  it('takes the lane from the caller: work started in runInBackground and everything it awaits is background', async () => {
    const lanes = new WorkLanes(() => 0);
    const { ran, work, releaseNext } = recorder();
    void lanes.run(work('first'));
    void runInBackground(async () => {
      await Promise.resolve();
      await lanes.run(work('background'));
    });
    await Promise.resolve();
    await Promise.resolve();
    void lanes.run(work('request'));
    expect(lanes.waiting).toEqual({ requests: 1, background: 1 });
    await releaseNext();
    expect(ran).toEqual(['first', 'request']);
  });

  it('lets the event loop turn after SLICE_MS of back-to-back work (Node accepts one new connection per turn)', async () => {
    let now = 0;
    const lanes = new WorkLanes(() => now);
    const order: string[] = [];
    const units = Array.from({ length: 4 }, (_, i) =>
      lanes.run(async () => {
        now += SLICE_MS / 2;
        order.push(`w${i}`);
      }),
    );
    setImmediate(() => order.push('turn'));
    await Promise.all(units);
    expect(order).toEqual(['w0', 'w1', 'turn', 'w2', 'w3']);
  });

  it('runs up to maxShared lone statements at once, and a transaction (not shared) alone, in the order they came', async () => {
    const lanes = new WorkLanes(() => 0, 2);
    const { ran, work, releaseNext } = recorder();
    void lanes.run(work('s1'), 'request', true);
    void lanes.run(work('s2'), 'request', true);
    void lanes.run(work('s3'), 'request', true);
    void lanes.run(work('tx'), 'request');
    void lanes.run(work('s4'), 'request', true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toEqual(['s1', 's2']);
    await releaseNext(); // s1 done: s3 joins s2
    expect(ran).toEqual(['s1', 's2', 's3']);
    await releaseNext(); // s2 done: the transaction waits for s3
    expect(ran).toEqual(['s1', 's2', 's3']);
    await releaseNext(); // s3 done: the transaction alone, s4 behind it
    expect(ran).toEqual(['s1', 's2', 's3', 'tx']);
    await releaseNext();
    expect(ran).toEqual(['s1', 's2', 's3', 'tx', 's4']);
  });

  it('passes a failure to its caller and carries on with the next', async () => {
    const lanes = new WorkLanes();
    const failed = lanes.run(() => Promise.reject(new Error('boom')));
    const thrown = lanes.run(() => {
      throw new Error('sync boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(thrown).rejects.toThrow('sync boom');
    await expect(lanes.run(async () => 'next')).resolves.toBe('next');
  });

  it('on PGlite, a background transaction and request queries all complete with their own results', async () => {
    const database = await openDatabase({ memory: true });
    try {
      await database.exec('create table lane_probe (n int)');
      const background = runInBackground(() =>
        Promise.all(
          Array.from({ length: 20 }, (_, n) => database.db.transaction(async (tx) => tx.execute(sql`insert into lane_probe values (${n})`))),
        ),
      );
      const counts = await Promise.all(Array.from({ length: 5 }, () => database.db.execute(sql`select count(*)::int as n from lane_probe`)));
      await background;
      const total = (await database.db.execute(sql`select count(*)::int as n from lane_probe`)) as unknown as { rows: { n: number }[] };
      expect(total.rows[0]!.n).toBe(20);
      // First come, first served the requests would see all 20 rows. Here the background inserts waiting with them get
      // at worst every other turn (once they have waited the grace period): the i-th request sees at most i + 2.
      const seen = (counts as unknown as { rows: { n: number }[] }[]).map((c) => c.rows[0]!.n);
      seen.forEach((n, i) => expect(n).toBeLessThanOrEqual(i + 2));
    } finally {
      await database.close();
    }
  });
});
