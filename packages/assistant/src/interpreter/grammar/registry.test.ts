// Every rule of the intent registry decides its own examples and leaves its counter-examples to another rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseMessage } from '../intent.js';
import { INTENT_RULES, decide, explain } from './registry.js';

const ruleOf = (message: string) => decide(normaliseMessage(message)).rule?.id ?? 'none';

describe('intent registry', () => {
  it('names each rule once and gives each at least one example', () => {
    const ids = INTENT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(INTENT_RULES.filter((r) => r.examples.length === 0).map((r) => r.id)).toEqual([]);
  });

  for (const rule of INTENT_RULES) {
    describe(rule.id, () => {
      for (const example of rule.examples) it(`decides "${example}"`, () => expect(ruleOf(example)).toBe(rule.id));
      for (const counter of rule.counterExamples) it(`leaves "${counter}" to another rule`, () => expect(ruleOf(counter)).not.toBe(rule.id));
    });
  }

  it('explains a message with the deciding rule, its slots and the new task’s spans', () => {
    const trace = explain('please add call mom tomorrow at 6pm #family', { now: new Date('2026-11-25T14:00:00Z'), timeZone: 'America/New_York' });
    expect(trace.normalised).toBe('add call mom tomorrow at 6pm #family');
    expect(trace.rule?.id).toBe('add.explicit');
    expect(trace.slots).toContainEqual({ name: 'rest', start: 4, end: trace.normalised.length, text: 'call mom tomorrow at 6pm #family' });
    expect(trace.spans?.map((s) => s.kind).sort()).toEqual(['date', 'tag']);
    expect(explain('remove all tags from the team sync').slots.find((s) => s.name === 'target')?.text).toBe('the team sync');
  });

  it('reads any text without throwing, and every slot lies inside the normalised message', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (message) => {
        const trace = explain(message);
        for (const slot of trace.slots) expect(trace.normalised.slice(slot.start, slot.end)).toBe(slot.text);
      }),
      { numRuns: 300 },
    );
  });
});
