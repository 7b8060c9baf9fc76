// What an add calls: a plain add, or one with a typed #tag, calls add_task alone; a list said in words is matched to
// the tag the user already has, which needs a read of their tasks first.
import { describe, expect, it } from 'vitest';
import { CORPUS_NOW, runCase, type Outcome, type PhraseCase } from '../corpus/runner.js';
import { createMemoryTaskService } from '../testing/index.js';

const now = () => new Date(CORPUS_NOW);

async function outcomeOf(testCase: Omit<PhraseCase, 'check'>): Promise<Outcome> {
  let outcome: Outcome | undefined;
  const result = await runCase({ taskService: createMemoryTaskService({ now }), now }, { ...testCase, check: (o) => { outcome = o; } });
  if (!outcome) throw new Error(result.error);
  return outcome;
}

describe('the calls an add makes', () => {
  it.each(['add call the bank tomorrow at 5pm #finance', 'add buy milk', 'remind me to renew my passport next monday at 9am'])('"%s" calls add_task alone', async (say) => {
    expect((await outcomeOf({ say })).actions.map((a) => a.tool)).toEqual(['add_task']);
  });

  it('files an item put on "the grocery list" under the #groceries the user has', async () => {
    const outcome = await outcomeOf({ say: 'put bin bags on the grocery list', seed: [{ title: 'Oat milk', tags: ['groceries'] }] });
    expect(outcome.actions.map((a) => a.tool)).toEqual(['list_tasks', 'add_task']);
    expect(outcome.tasks.find((t) => t.title === 'Bin bags')?.tags).toEqual(['groceries']);
  });
});
