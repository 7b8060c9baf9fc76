// Every corpus phrase, through the built-in interpreter, against the real TaskService on PGlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@todo/db';
import type { TaskService } from '@todo/domain';
import { createTaskService, migrateChatApi } from '../../../index.js';
import { CORPUS_NOW, runCase } from './corpus-runner.js';
import { PHRASE_CORPUS } from './phrase-corpus.js';
import { TARGETS_CORPUS } from './targets-corpus.js';

describe('phrase corpus (built-in interpreter)', () => {
  let database: Database;
  let taskService: TaskService;
  const now = () => new Date(CORPUS_NOW);

  beforeAll(async () => {
    database = await openDatabase({ memory: true });
    await migrateChatApi(database);
    taskService = createTaskService({ database, clock: { now } });
  });
  afterAll(() => database.close());

  it('has at least 80 phrases', () => {
    expect(PHRASE_CORPUS.length).toBeGreaterThanOrEqual(80);
  });

  for (const testCase of [...PHRASE_CORPUS, ...TARGETS_CORPUS]) {
    const name = Array.isArray(testCase.say) ? testCase.say.join(' ⟶ ') : testCase.say;
    it(name, async () => {
      const result = await runCase({ database, taskService, now }, testCase);
      expect(result.error ?? 'ok').toBe('ok');
    });
  }
});
