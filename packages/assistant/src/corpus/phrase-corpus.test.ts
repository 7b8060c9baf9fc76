// Every corpus phrase, through the built-in interpreter, on the in-memory task store.
import { describe, expect, it } from 'vitest';
import { createMemoryTaskService } from '../testing/memory-task-service.js';
import { CORPUS_NOW, PHRASE_CORPUS, runCase } from './index.js';

describe('phrase corpus (built-in interpreter, in-memory tasks)', () => {
  const now = () => new Date(CORPUS_NOW);
  const taskService = createMemoryTaskService({ now });

  it('has at least 200 phrases', () => {
    expect(PHRASE_CORPUS.length).toBeGreaterThanOrEqual(200);
  });

  for (const testCase of PHRASE_CORPUS) {
    const name = Array.isArray(testCase.say) ? testCase.say.join(' ⟶ ') : testCase.say;
    it(name, async () => {
      const result = await runCase({ taskService, now }, testCase);
      expect(result.error ?? 'ok').toBe('ok');
    });
  }
});
