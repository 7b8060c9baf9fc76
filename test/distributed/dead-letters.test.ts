// Dead letters on the real stack: a consumer (recurring-task) keeps failing on one event until Dapr's retry policy
// gives up and moves it to its dead-letter topic on Kafka; chat-api collects it, the operator lists it through the same
// route as embedded, fixes the cause and replays it, and the consumer then handles it exactly once.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@todo/db';
import { readState, type StackState } from '../../scripts/infra/stack/stack.js';
import { auditOf, createTask, eventually, registerUser, type ApiClient, type TaskDto } from './client.js';

let stack: StackState;
let client: ApiClient;
let database: Database;

beforeAll(async () => {
  stack = readState(inject('stackRunDir'));
  client = await registerUser(stack.gatewayUrl);
  database = await openDatabase({ url: stack.databaseUrl });
});
afterAll(async () => {
  await database?.exec('drop trigger if exists refuse_occurrence on tasks; drop function if exists refuse_occurrence()');
  await database?.close();
});

interface Parked {
  id: number;
  consumer: string;
  topic: string;
  eventId: string;
  type: string;
  error: string;
  attempts: number | null;
  failedAt: string;
}

/** The operator routes of one chat-api replica (straight to its app port; they are not behind the gateway). */
const operator = (index: number) => {
  const base = `http://127.0.0.1:${stack.services['chat-api'][index]!.appPort}`;
  const headers = { 'x-internal-token': stack.secrets.INTERNAL_TOKEN! };
  return {
    list: async (query: string) => {
      const response = await fetch(`${base}/internal/dead-letters?${query}`, { headers });
      if (response.status !== 200) throw new Error(`list: ${response.status} ${await response.text()}`);
      return (await response.json()) as { items: Parked[]; nextCursor: string | null };
    },
    replay: async (query: string) => {
      const response = await fetch(`${base}/internal/dead-letters/replay?${query}`, { method: 'POST', headers });
      return { status: response.status, body: (await response.json()) as { replayed: number } };
    },
    unauthenticated: () => fetch(`${base}/internal/dead-letters`),
  };
};

/** Every page of one consumer's parked events (the list is bounded: 100 a page by default). */
async function allParked(index: number, consumer: string): Promise<Parked[]> {
  const items: Parked[] = [];
  let after = '';
  for (let page = 0; page < 50; page++) {
    const result = await operator(index).list(`consumer=${consumer}&limit=10${after}`);
    items.push(...result.items);
    if (!result.nextCursor) return items;
    after = `&after=${result.nextCursor}`;
  }
  throw new Error('more than 50 pages of dead letters');
}

describe('dead letters on Dapr (Kafka dead-letter topics collected by chat-api)', () => {
  it('parks an event a consumer keeps refusing, lists it on every chat-api replica, and a replay after the fix is handled exactly once', async () => {
    const task = await createTask(client, { title: 'parked until fixed', dueAt: new Date(Date.now() + 3_600_000).toISOString(), recurrence: 'daily' });
    // The cause: chat-api refuses to create this task's next occurrence (a 500 to recurring-task's every attempt).
    await database.exec(`
      create or replace function refuse_occurrence() returns trigger language plpgsql as $$
      begin
        if new.previous_task_id = '${task.id}' then raise exception 'next occurrence refused by the test'; end if;
        return new;
      end $$;
      create trigger refuse_occurrence before insert on tasks for each row execute function refuse_occurrence();
    `);
    expect((await client.call('POST', `/api/tasks/${task.id}/complete`)).status).toBe(200);
    const completed = await eventually(async () => (await auditOf(client, task.id)).find((item) => item.type === 'task.completed'), 20_000, 'the audit of the completion');

    const started = Date.now();
    const parked = await eventually(
      async () => (await allParked(0, 'recurring-task')).find((item) => item.eventId === completed.eventId),
      120_000,
      'the dead letter of the refused task.completed',
    );
    const parkedAfterMs = Date.now() - started;
    expect(parked).toMatchObject({ consumer: 'recurring-task', topic: 'task-events', type: 'task.completed', attempts: null });
    expect(parked.error).toMatch(/recurring-task/);
    // one row however Dapr delivered it, the same on the other replica (one table), and closed to outsiders
    expect((await allParked(0, 'recurring-task')).filter((item) => item.eventId === completed.eventId)).toHaveLength(1);
    expect((await allParked(1, 'recurring-task')).find((item) => item.eventId === completed.eventId)).toEqual(parked);
    expect((await operator(0).unauthenticated()).status).toBe(401);

    const series = async () =>
      (await client.call<{ items: TaskDto[] }>('GET', '/api/tasks?status=all&limit=200')).body.items.filter((item) => item.previousTaskId === task.id);
    expect(await series()).toHaveLength(0);

    // The fix; then let recurring-task's circuit breaker to chat-api (resiliency.yaml: 5 s) close again.
    await database.exec('drop trigger refuse_occurrence on tasks; drop function refuse_occurrence()');
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const replay = await operator(1).replay(`id=${parked.id}`);
    expect(replay).toEqual({ status: 200, body: { replayed: 1 } });
    expect(await operator(0).replay(`id=${parked.id}`)).toEqual({ status: 200, body: { replayed: 0 } });

    const next = await eventually(async () => ((await series()).length ? await series() : undefined), 60_000, 'the next occurrence after the replay');
    expect(next).toHaveLength(1);
    expect(new Date(next[0]!.dueAt!).getTime()).toBe(new Date(task.dueAt!).getTime() + 86_400_000);
    // handled once: no second occurrence, and the other consumers of task-events skipped the replayed event by its id
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await series()).toHaveLength(1);
    expect((await auditOf(client, task.id)).filter((item) => item.type === 'task.completed')).toHaveLength(1);
    expect((await allParked(0, 'recurring-task')).find((item) => item.eventId === completed.eventId)).toBeUndefined();
    console.error(`[dead-letters] parked ${parkedAfterMs} ms after the completion was audited`);
  }, 240_000);
});
