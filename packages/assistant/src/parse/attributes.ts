// Priority, tags and reminder phrases: each finder returns what it read and the text without it.
import type { Priority } from '@todo/domain';
import { cutPhrase, squeeze } from './phrase-cut.js';
import { NUMBER_PATTERN, parseNumber } from './vocabulary.js';

const PRIORITY_PHRASES: Array<[RegExp, Priority]> = [
  [/\b(?:(?:not|no longer|not that|not very) (?:urgent|important|a priority|high priority)|no rush|whenever|someday|low[- ]?(?:priority|prio|pri)|(?:priority|prio)(?: is| of| to| as)?:? low|p[34]|unimportant|trivial)\b/, 'low'],
  [/\b(?:medium|normal|mid|regular|moderate)[- ]?(?:priority|prio|pri)\b|\b(?:priority|prio)(?: is| of| to| as)?:? (?:medium|normal)\b|\bp2\b/, 'medium'],
  [
    /\b(?:high|top|highest|urgent|max(?:imum)?|critical)[- ]?(?:priority|prio|pri)\b|\b(?:priority|prio)(?: is| of| to| as)?:? (?:high|urgent|top)\b|\bp[01]\b|\b(?:urgent(?:ly)?|important|asap|critical)\b|!!+|!high\b/,
    'high',
  ],
];

/** "high priority", "urgent", "p1", "not urgent", "low prio" … */
export function findPriority(text: string): { priority: Priority; rest: string } | undefined {
  for (const [pattern, priority] of PRIORITY_PHRASES) {
    const cut = cutPhrase(text, pattern);
    if (cut) return { priority, rest: cut.rest.replace(/\b(?:a|as|with|and|it|make it|mark it)\s*$/i, '').trim() };
  }
  return undefined;
}

const TAG_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*";
const NOT_TAGS = new Set(['it', 'as', 'with', 'and', 'the', 'a', 'an', 'them', 'this', 'that', 'to', 'task', 'tasks', 'todo', 'to-do', 'do']);

/** "#work", "tag it work", "tagged home and errands", "tags: a, b", "to my shopping list". */
export function findTags(text: string): { tags: string[]; rest: string } {
  const tags: string[] = [];
  let rest = text;
  rest = rest.replace(new RegExp(`(^|\\s)#(?=[\\p{N}_-]*\\p{L})(${TAG_WORD})`, 'gu'), (_m, lead: string, tag: string) => {
    tags.push(tag);
    return lead;
  });
  const phrase = new RegExp(
    `\\b(?:and |, )?(?:tag(?:ged)?|label(?:l?ed)?|categori[sz]ed?)(?: (?:it|this|them|that))?(?: (?:as|with|under|in))?(?: (?:the )?tags?)?:? ((?:${TAG_WORD})(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+)(?:${TAG_WORD}))*)`,
    'iu',
  );
  const tagged = cutPhrase(rest, phrase);
  if (tagged) {
    const words = (tagged.match[1] ?? '').split(/,\s*|\s+and\s+|\s*&\s*|\s+/).filter(Boolean);
    // Only the first word is surely a tag when several follow without commas/"and" ("tag it work tomorrow" is cut earlier).
    const separated = /,|\band\b|&/.test(tagged.match[1] ?? '');
    const chosen = separated ? words : words.slice(0, 1);
    const leftover = separated ? [] : words.slice(1);
    const kept = chosen.filter((w) => !NOT_TAGS.has(w.toLowerCase()));
    if (kept.length > 0) {
      tags.push(...kept);
      rest = squeeze(`${tagged.rest} ${leftover.join(' ')}`);
    }
  }
  const list = cutPhrase(rest, new RegExp(`\\b(?:to|on|in|into) (?:my|the|our) (${TAG_WORD}) (?:list|project|category|folder)\\b`, 'iu'));
  if (list && !/^(?:to-?do|todo|task|tasks|do)$/i.test(list.match[1] ?? '')) {
    tags.push(list.match[1] ?? '');
    rest = list.rest;
  }
  return { tags: [...new Set(tags.map((t) => t.toLowerCase()))], rest: squeeze(rest) };
}

const UNIT_MINUTES: Array<[RegExp, number]> = [
  [/^(?:m|min|mins|minute|minutes)$/i, 1],
  [/^(?:h|hr|hrs|hour|hours)$/i, 60],
  [/^(?:d|day|days)$/i, 1440],
  [/^(?:w|wk|wks|week|weeks)$/i, 10_080],
];
const UNIT = '(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)';
const REMIND = '(?:remind(?:er)?|alert|notify|ping|nudge|warn)(?: me| us)?(?: about (?:it|this|that))?';

export type ReminderPhrase =
  | { kind: 'before'; minutes: number; rest: string }
  | { kind: 'at'; phrase: string; rest: string }
  | { kind: 'atDue'; rest: string };

function toMinutes(amount: string | undefined, unit: string | undefined): number | undefined {
  const n = parseNumber(amount ?? '');
  const factor = UNIT_MINUTES.find(([p]) => p.test(unit ?? ''))?.[1];
  return n === undefined || factor === undefined ? undefined : Math.round(n * factor);
}

/** "remind me 30 minutes before", "with a reminder an hour early", "remind me the day before", "remind me at 4pm". */
export function findReminder(text: string): ReminderPhrase | undefined {
  const before = cutPhrase(
    text,
    new RegExp(`\\b(?:and |with |, )?(?:an? |set an? )?${REMIND},? (${NUMBER_PATTERN})[ -]?${UNIT} (?:before|early|earlier|ahead|prior|in advance)(?: (?:it(?:'s| is)? due|the deadline|that|it|hand))?\\b`, 'i'),
  );
  if (before) {
    const minutes = toMinutes(before.match[1], before.match[2]);
    if (minutes !== undefined) return { kind: 'before', minutes, rest: before.rest };
  }
  const dayBefore = cutPhrase(text, new RegExp(`\\b(?:and |with |, )?(?:an? )?${REMIND},? (?:the|a|one) (day|night|evening|week) before\\b`, 'i'));
  if (dayBefore) return { kind: 'before', minutes: dayBefore.match[1] === 'week' ? 10_080 : 1440, rest: dayBefore.rest };
  const bare = cutPhrase(text, new RegExp(`\\b(?:and |with |, )?(?:an? |set an? )?(?:reminder|alert) (${NUMBER_PATTERN})[ -]?${UNIT} (?:before|early|ahead|prior)\\b`, 'i'));
  if (bare) {
    const minutes = toMinutes(bare.match[1], bare.match[2]);
    if (minutes !== undefined) return { kind: 'before', minutes, rest: bare.rest };
  }
  const at = cutPhrase(text, new RegExp(`\\b(?:and |with |, )?(?:an? |set an? )?${REMIND} (?:for |at |on )((?:(?:tomorrow|today|tonight|next \\w+|\\w+day)\\s*)?(?:at )?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?|noon|midnight)`, 'i'));
  if (at) return { kind: 'at', phrase: at.match[1] ?? '', rest: at.rest };
  const atDue = cutPhrase(text, new RegExp(`\\b(?:and |with |, )(?:an? |set an? )?${REMIND}\\s*$|\\bwith an? (?:reminder|alert)\\b`, 'i'));
  if (atDue) return { kind: 'atDue', rest: atDue.rest };
  return undefined;
}
