// The phrase corpus of @todo/assistant once more, against the real TaskService on PGlite (the assistant's own run uses memory).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_NOW, PHRASE_CORPUS, runCase } from '@todo/assistant/corpus';
import { openDatabase, type Database } from '@todo/db';
import type { TaskService } from '@todo/domain';
import { createTaskService, migrateChatApi } from '../../../index.js';

describe('phrase corpus (built-in interpreter, PGlite)', () => {
  let database: Database;
  let taskService: TaskService;
  const now = () => new Date(CORPUS_NOW);
  const newUser = async (zone: string) => {
    const id = randomUUID();
    await database.exec(
      `insert into users (id, email, password_hash, name, timezone, created_at, updated_at)
       values ('${id}', 'corpus-${id}@example.test', 'x', null, '${zone.replace(/'/g, "''")}', now(), now())`,
    );
    return id;
  };

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    await migrateChatApi(database);
    taskService = createTaskService({ database, clock: { now } });
  });
  afterAll(() => database.close());

  for (const testCase of PHRASE_CORPUS) {
    const name = Array.isArray(testCase.say) ? testCase.say.join(' ⟶ ') : testCase.say;
    it(name, async () => {
      const result = await runCase({ taskService, now, newUser }, testCase);
      expect(result.error ?? 'ok').toBe('ok');
    });
  }
});
