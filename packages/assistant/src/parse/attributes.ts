// Priority, tags and reminder phrases: each finder returns what it read, where it was (spans) and the text without it.
import type { Priority } from '@todo/domain';
import { listName, listTag } from './list-name.js';
import { blank, cutPhrase, squeeze } from './phrase-cut.js';
import { NUMBER_PATTERN, parseNumber } from './vocabulary.js';

export interface TextSpan {
  start: number;
  end: number;
}

function restWithout(text: string, spans: TextSpan[]): string {
  return squeeze(spans.reduce((masked, s) => blank(masked, s.start, s.end), text));
}

const PRIORITY_PHRASES: Array<[RegExp, Priority]> = [
  [/\b(?:(?:not|no longer|not that|not very) (?:urgent|important|a priority|high priority)|no rush|whenever|someday|low[- ]?(?:priority|prio|pri)|(?:priority|prio)(?: is| of| to| as)?:? low|p[34]|unimportant|trivial)\b|(?<!!)!![34](?!\d)/, 'low'],
  [/\b(?:medium|normal|mid|regular|moderate)[- ]?(?:priority|prio|pri)\b|\b(?:priority|prio)(?: is| of| to| as)?:? (?:medium|normal)\b|\bp2\b|(?<!!)!!2(?!\d)/, 'medium'],
  [
    /\b(?:high|top|highest|urgent|max(?:imum)?|critical)[- ]?(?:priority|prio|pri)\b|\b(?:priority|prio)(?: is| of| to| as)?:? (?:high|urgent|top)\b|\bp[01]\b|#?\b(?:urgent(?:ly)?|important|asap|critical)\b|!!+(?:1(?!\d))?|!high\b/,
    'high',
  ],
];

/** "high priority", "urgent", "p1", "not urgent", "low prio" …; every marker of the level found is claimed ("urgent!!!"). */
export function findPriority(text: string): { priority: Priority; spans: TextSpan[]; rest: string } | undefined {
  for (const [pattern, priority] of PRIORITY_PHRASES) {
    const spans: TextSpan[] = [];
    let masked = text;
    for (let cut = cutPhrase(masked, pattern); cut && spans.length < 5; cut = cutPhrase(masked, pattern)) {
      // "… urgent!!!": the exclamation marks belong to the marker.
      const bangs = /^!*/.exec(masked.slice(cut.end))?.[0].length ?? 0;
      spans.push({ start: cut.start, end: cut.end + bangs });
      masked = blank(masked, cut.start, cut.end + bangs);
    }
    if (spans.length > 0) return { priority, spans, rest: restWithout(text, spans).replace(/\b(?:a|as|with|and|it|make it|mark it)\s*$/i, '').trim() };
  }
  return undefined;
}

const TAG_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*";
const NOT_TAGS = new Set(['it', 'as', 'with', 'and', 'the', 'a', 'an', 'them', 'this', 'that', 'to', 'task', 'tasks', 'todo', 'to-do', 'do', 'my', 'me']);
const TAG_SEPARATOR = /,\s*|\s+and\s+|\s*&\s*|\s+/;

// "@errands" is how Todoist users write a label; an address ("bob@example.com") has no space before its @.
const HASH_TAG = new RegExp(`(?<=^|\\s)[#@](?=[\\p{N}_-]*\\p{L})(${TAG_WORD})`, 'gu');
const TAG_PHRASE = new RegExp(
  `\\b(?:and |, )?(?:(?:with|using) (?:the )?(?:tags?|labels?)|(?:tag(?:ged)?|label(?:l?ed)?|categori[sz]ed?)(?: (?:it|this|them|that))?(?: (?:as|with|under|in))?(?: (?:the )?tags?)?):? ((?:${TAG_WORD})(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+)(?:${TAG_WORD}))*)`,
  'iu',
);
// "file it under work", "… under finance", "… under the work tag" at the end of a message; "clean under the sink" is
// a place, not a tag.
const UNDER_TAG = new RegExp(`\\b(?:(?:file|put) (?:it|this|that) under (?:the )?(${TAG_WORD})|under (?:(?!the\\b)(${TAG_WORD})|the (${TAG_WORD})(?= (?:tag|label|category)\\b)))(?: (?:tag|label|category))?\\s*$`, 'iu');
// "to my party shopping list", "onto the hardware store list": up to three name words, none a function word.
const LIST_NAME_WORD = `(?!(?:my|the|our|a|an|to|on|in|for|of|and|with|at|from)\\b)${TAG_WORD}`;
const LIST_TAG = new RegExp(`\\b(?:to|on|in|into|onto) (?:my|the|our) ((?:${LIST_NAME_WORD} ){0,2}${LIST_NAME_WORD}) (?:list|project|category|folder)\\b`, 'iu');

// "add eggs and milk to shopping", "… on the groceries": a list said by its everyday name alone, at the end.
const LIST_NOUN_TAG = /\b(?:to|on|onto) (?:my |the |our )?(shopping|groceries|errands|packing|wishlist|wish list)\s*$/iu;

/** "#work", "@errands", "tag it work", "tagged home and errands", "with tags a and b", "under finance", "to my shopping list". */
export function findTags(text: string): { tags: string[]; spans: TextSpan[]; rest: string } {
  const tags: string[] = [];
  const spans: TextSpan[] = [];
  let masked = text;
  const claim = (start: number, end: number) => {
    spans.push({ start, end });
    masked = blank(masked, start, end);
  };
  for (const hash of text.matchAll(HASH_TAG)) {
    tags.push(hash[1] ?? '');
    claim(hash.index, hash.index + hash[0].length);
  }
  const tagged = cutPhrase(masked, TAG_PHRASE);
  if (tagged) {
    const list = tagged.match[1] ?? '';
    const words = list.split(TAG_SEPARATOR).filter(Boolean);
    // Only the first word is surely a tag when several follow without commas/"and" ("tag it work tomorrow" is cut earlier).
    const separated = /,|\band\b|&/.test(list);
    const chosen = (separated ? words : words.slice(0, 1)).filter((w) => !NOT_TAGS.has(w.toLowerCase()));
    if (chosen.length > 0) {
      tags.push(...chosen);
      const listStart = tagged.end - list.length;
      claim(tagged.start, separated ? tagged.end : listStart + (words[0]?.length ?? 0));
    }
  }
  const under = cutPhrase(masked, UNDER_TAG);
  const underTag = under?.match[1] ?? under?.match[2] ?? under?.match[3] ?? '';
  if (under && !NOT_TAGS.has(underTag.toLowerCase())) {
    tags.push(underTag);
    claim(under.start, under.end);
  }
  const list = cutPhrase(masked, LIST_TAG);
  const name = listName(list?.match[1] ?? '');
  if (list && name && !/^(?:do|shared|personal|own|main|daily)$/i.test(name)) {
    tags.push(listTag(name));
    claim(list.start, list.end);
  }
  const noun = cutPhrase(masked, LIST_NOUN_TAG);
  if (noun) {
    tags.push(listTag(noun.match[1] ?? ''));
    claim(noun.start, noun.end);
  }
  return { tags: [...new Set(tags.map((t) => t.toLowerCase()))], spans, rest: restWithout(text, spans) };
}

const UNIT_MINUTES: Array<[RegExp, number]> = [
  [/^(?:m|min|mins|minute|minutes)$/i, 1],
  [/^(?:h|hr|hrs|hour|hours)$/i, 60],
  [/^(?:d|day|days)$/i, 1440],
  [/^(?:w|wk|wks|week|weeks)$/i, 10_080],
];
const UNIT = '(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)';
const REMIND = '(?:remind(?:er)?|alert|notify|ping|nudge|warn)(?: me| us)?(?: (?:about|of) (?:it|this|that))?';
const LEAD_END = '(?:before|early|earlier|ahead(?: of time)?|prior|in advance)(?: (?:it(?:\'s| is)? due|the deadline|that|it|hand))?';

export type ReminderPhrase =
  | { kind: 'before'; minutes: number; spans: TextSpan[]; rest: string }
  | { kind: 'at'; phrase: string; spans: TextSpan[]; rest: string }
  | { kind: 'atDue'; spans: TextSpan[]; rest: string };

function toMinutes(amount: string | undefined, unit: string | undefined): number | undefined {
  const n = parseNumber(amount ?? '');
  const factor = UNIT_MINUTES.find(([p]) => p.test(unit ?? ''))?.[1];
  return n === undefined || factor === undefined ? undefined : Math.round(n * factor);
}

const REMINDER_PATTERNS: Array<{ pattern: RegExp; read: (m: RegExpExecArray) => { kind: 'before'; minutes: number } | { kind: 'at'; phrase: string } | { kind: 'atDue' } | undefined }> = [
  {
    pattern: new RegExp(`\\b(?:and |with |, )?(?:an? |set an? )?${REMIND},? (${NUMBER_PATTERN})[ -]?${UNIT} ${LEAD_END}\\b`, 'i'),
    read: (m) => before(toMinutes(m[1], m[2])),
  },
  {
    // "remind me the day before" — not "the day before christmas", which is a day.
    pattern: new RegExp(`\\b(?:and |with |, )?(?:an? )?${REMIND},? (?:the|a|one) (day|night|evening|week) before\\b(?! (?:christmas|xmas|new year|valentine|thanksgiving|halloween|mother|father|black friday|st\\.? patrick|boxing day|independence day|memorial day|labou?r day|april fool))`, 'i'),
    read: (m) => before(m[1] === 'week' ? 10_080 : 1440),
  },
  {
    pattern: new RegExp(`\\b(?:and |with |, )?(?:an? |set an? )?(?:reminder|alert) (${NUMBER_PATTERN})[ -]?${UNIT} ${LEAD_END}\\b`, 'i'),
    read: (m) => before(toMinutes(m[1], m[2])),
  },
  {
    // "renew my license 2 weeks before it expires on jan 10": a lead time before what the date names.
    pattern: new RegExp(`(?:,\\s*|\\s)(${NUMBER_PATTERN})[ -]?${UNIT} (?:before|prior to|ahead of) (?:(?:it|that|this|they|the \\w+) (?:expires?|is due|'s due|are due|ends?|starts?|begins?|happens?|runs? out|closes?|opens?|leaves?|arrives?)|the (?:deadline|due date))\\b`, 'i'),
    read: (m) => before(toMinutes(m[1], m[2])),
  },
  {
    // "set a reminder ⟨2 days before⟩ my sister's wedding on december 20th": what the frame left opens with the lead.
    pattern: new RegExp(`^\\s*(${NUMBER_PATTERN})[ -]?${UNIT} (?:before|ahead of|prior to)(?= (?:my|our|the|his|her|their|[\\p{L}]+'s)\\s)`, 'iu'),
    read: (m) => before(toMinutes(m[1], m[2])),
  },
  {
    // "… 24 hours in advance", "… two days before" at the end: a lead time that can only be a reminder.
    pattern: new RegExp(`(?:,\\s*|\\s)(${NUMBER_PATTERN})[ -]?${UNIT} (?:in advance|ahead of time|(?:before|beforehand|early|prior)\\s*$)`, 'i'),
    read: (m) => before(toMinutes(m[1], m[2])),
  },
  {
    pattern: new RegExp(`\\b(?:and |with |, )?(?:an? |set an? )?${REMIND} (?:for |at |on )((?:(?:tomorrow|today|tonight|next \\w+|\\w+day)\\s*)?(?:at )?(?:\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|(?<=at )\\d{1,2})(?![\\w:])|noon|midnight)`, 'i'),
    read: (m) => ({ kind: 'at', phrase: m[1] ?? '' }),
  },
  {
    pattern: new RegExp(`\\b(?:and |with |, )(?:an? |set an? )?${REMIND}\\s*$|\\bwith an? (?:reminder|alert)\\b`, 'i'),
    read: () => ({ kind: 'atDue' }),
  },
];

function before(minutes: number | undefined): { kind: 'before'; minutes: number } | undefined {
  return minutes === undefined ? undefined : { kind: 'before', minutes };
}

/** "remind me 30 minutes before", "with a reminder an hour early", "remind me the day before", "24 hours in advance", "remind me at 4pm". */
export function findReminder(text: string): ReminderPhrase | undefined {
  for (const { pattern, read } of REMINDER_PATTERNS) {
    const cut = cutPhrase(text, pattern);
    const found = cut && read(cut.match);
    if (cut && found) return { ...found, spans: [{ start: cut.start, end: cut.end }], rest: cut.rest };
  }
  return undefined;
}
