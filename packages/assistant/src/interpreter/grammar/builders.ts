// Small readers the rule builders share: tag lists, priority values, a move that names a priority, past tense → verb.
import { findPriority } from '../../parse/attributes.js';
import type { Intent } from '../intent.js';
import { IRREGULAR_PAST, WORD_CLASSES } from './vocabulary.js';

/** When a thing got done, said after it ("… this morning", "… finally"): not part of the task's words. */
export const SOME_TIME_AGO = /(?:,? (?:this morning|this afternoon|this evening|tonight|today|earlier(?: today)?|yesterday|just now|already|at last|finally|for good|at long last))+$/i;

/** "called the landlord finally" → "call the landlord". */
export function didWords(verb: string | undefined, rest: string | undefined): string {
  return `${presentOf(verb ?? '')} ${(rest ?? '').replace(SOME_TIME_AGO, '')}`.trim();
}

export function tagList(value: string | undefined): string[] {
  // "tag it errands too", "file it under work as well": the tag is "errands", not "too".
  return (value ?? '')
    .replace(/(?:,?\s+(?:too|also|as well))+\s*$/i, '')
    .split(/,\s*|\s+and\s+|\s*&\s*|\s+/)
    .map((tag) => tag.replace(/^#/, '').replace(/^(?:tags?|labels?)$/i, '').trim())
    .filter((tag) => tag && !/^(?:the|a|an|as|with|tag|tags|label)$/i.test(tag));
}

const PRIORITY_ONLY = new RegExp(`^(?:to |as |at )?(?:${WORD_CLASSES.priority})$`, 'i');

/** "bump rent to high" reads like a move but names a priority. */
export function rescheduleOrPriority(target: string | undefined, value: string | undefined): Intent | undefined {
  // "push the report down to low", "push the vet back to monday", "move the call over to friday": the particle goes with
  // the verb, not the task's name.
  if (PRIORITY_ONLY.test(value ?? '')) return priorityIntent(target?.replace(/\s+(?:up|down)$/i, ''), (value ?? '').replace(/^(?:to|as|at) /i, ''));
  return { kind: 'reschedule', target: (target ?? '').replace(/\s+(?:back|over|forward|along|out)$/i, ''), when: value ?? '' };
}

export function priorityIntent(target: string | undefined, value: string | undefined): Intent | undefined {
  const found = findPriority(value ?? '') ?? findPriority(`${value ?? ''} priority`);
  return found ? { kind: 'priority', target: target ?? '', priority: found.priority } : undefined;
}

/** "called" → "call", "bought" → "buy"; the matcher's stemming copes with the rest ("booked" → "book"). */
export function presentOf(verb: string): string {
  return IRREGULAR_PAST[verb.toLowerCase()] ?? verb.toLowerCase();
}
