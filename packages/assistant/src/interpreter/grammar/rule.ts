// One intent pattern as data: an id, a template built from the grammar's vocabulary, a priority, a builder, and the
// phrasings it must (examples) and must not (counter-examples) decide.
import type { Intent } from '../intent.js';
import { WORD_CLASSES, type WordClass } from './vocabulary.js';

export interface IntentRule {
  /** Stable name, shown by `explain` ("complete.mark-done"). */
  id: string;
  /** Higher is tried first; rules of equal priority keep the order they are listed in. */
  priority: number;
  pattern: RegExp;
  /** Reads the named slots into an intent; undefined lets the next rule try. */
  build: (slots: Record<string, string>) => Intent | undefined;
  /** A statement about an existing task: when no task matches, nothing is added. */
  statement?: boolean;
  /** Messages (as a user types them) this rule decides. */
  examples: string[];
  /** Messages this rule must leave to another rule (or to none). */
  counterExamples: string[];
}

/**
 * A rule's pattern from a template: `{done}` is a word class of the vocabulary, `<target>` a lazy slot, `<rest*>` a
 * greedy one; everything else is regular-expression source. Case-insensitive.
 */
export function template(source: string, flags = 'i'): RegExp {
  const expanded = source
    .replace(/(?<!\\[pP])\{([a-zA-Z]\w*)\}/g, (_whole, name: string) => {
      if (!(name in WORD_CLASSES)) throw new Error(`unknown word class {${name}} in ${source}`);
      return `(?:${WORD_CLASSES[name as WordClass]})`;
    })
    .replace(/(?<!\(\?)<(\w+)(\*?)>/g, (_whole, name: string, greedy: string) => `(?<${name}>.+${greedy ? '' : '?'})`);
  return new RegExp(expanded, flags);
}
