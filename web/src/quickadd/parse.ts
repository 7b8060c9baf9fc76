// Reads a quick-add line ("pay rent on the 1st of every month #home !high") into task fields, for preview before saving.
import * as chrono from 'chrono-node';
import type { Priority } from '../api/types.js';
import { ruleToText } from './recurrenceText.js';

export interface QuickAddResult {
  title: string;
  tags: string[];
  priority: Priority | null;
  dueAt: Date | null;
  /** false when only a day was said; the due time then defaults to DEFAULT_HOUR. */
  hasTime: boolean;
  recurrence: { rule: string; text: string } | null;
}

const DEFAULT_HOUR = 9;
const DAYS: Record<string, string> = {
  mon: 'MO', monday: 'MO', tue: 'TU', tues: 'TU', tuesday: 'TU', wed: 'WE', wednesday: 'WE', thu: 'TH', thur: 'TH',
  thurs: 'TH', thursday: 'TH', fri: 'FR', friday: 'FR', sat: 'SA', saturday: 'SA', sun: 'SU', sunday: 'SU',
};
const DAY_INDEX: Record<string, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };
const DAY_WORD = '(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday|sday)?';
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
const UNIT_FREQ: Record<string, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };

interface RecurrenceMatch {
  rule: string;
  monthDay?: number;
  weekDays?: string[];
}

type Extractor = { pattern: RegExp; build: (m: RegExpMatchArray) => RecurrenceMatch | null };

const dayCode = (word: string): string | undefined => DAYS[word.toLowerCase().replace(/s$/, '')] ?? DAYS[word.toLowerCase()];

const RECURRENCE_EXTRACTORS: Extractor[] = [
  { pattern: new RegExp(`\\b(?:on\\s+)?the\\s+${ORDINAL}\\s+(?:day\\s+)?of\\s+(?:every|each)\\s+month\\b`, 'i'), build: (m) => monthly(m[1]) },
  { pattern: new RegExp(`\\b(?:every|each)\\s+month\\s+on\\s+the\\s+${ORDINAL}\\b`, 'i'), build: (m) => monthly(m[1]) },
  { pattern: new RegExp(`\\bmonthly\\s+on\\s+the\\s+${ORDINAL}\\b`, 'i'), build: (m) => monthly(m[1]) },
  { pattern: /\b(?:every|each)\s+week\s?days?\b|\bon\s+weekdays\b|\bweekdays\b/i, build: () => ({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', weekDays: ['MO', 'TU', 'WE', 'TH', 'FR'] }) },
  {
    pattern: new RegExp(`\\b(?:every|each)\\s+(${DAY_WORD}(?:\\s*(?:,|and|&)\\s*${DAY_WORD})*)\\b`, 'i'),
    build: (m) => {
      const codes = (m[1] ?? '').split(/\s*(?:,|and|&)\s*/i).map(dayCode).filter((c): c is string => !!c);
      return codes.length ? { rule: `FREQ=WEEKLY;BYDAY=${[...new Set(codes)].join(',')}`, weekDays: codes } : null;
    },
  },
  { pattern: /\b(?:every\s+other\s+week|bi-?weekly|every\s+(?:2|two)\s+weeks|fortnightly)\b/i, build: () => ({ rule: 'FREQ=WEEKLY;INTERVAL=2' }) },
  {
    pattern: /\bevery\s+(\d{1,3})\s+(day|week|month|year)s?\b/i,
    build: (m) => ({ rule: `FREQ=${UNIT_FREQ[(m[2] ?? 'day').toLowerCase()]};INTERVAL=${Number(m[1])}` }),
  },
  { pattern: /\b(?:every\s+day|daily|each\s+day|every\s+morning|every\s+evening|every\s+night)\b/i, build: () => ({ rule: 'FREQ=DAILY' }) },
  { pattern: /\b(?:every\s+week|weekly|each\s+week)\b/i, build: () => ({ rule: 'FREQ=WEEKLY' }) },
  { pattern: /\b(?:every\s+month|monthly|each\s+month)\b/i, build: () => ({ rule: 'FREQ=MONTHLY' }) },
  { pattern: /\b(?:every\s+year|yearly|annually|each\s+year)\b/i, build: () => ({ rule: 'FREQ=YEARLY' }) },
];

function monthly(day: string | undefined): RecurrenceMatch | null {
  const n = Number(day);
  return n >= 1 && n <= 31 ? { rule: `FREQ=MONTHLY;BYMONTHDAY=${n}`, monthDay: n } : null;
}

const PRIORITY_PATTERNS: Array<[RegExp, Priority]> = [
  [/(?:^|\s)(?:!high|!!!|!1|p1|!urgent)(?=\s|$)/i, 'high'],
  [/(?:^|\s)(?:!medium|!!|!2|p2)(?=\s|$)/i, 'medium'],
  [/(?:^|\s)(?:!low|!3|p3)(?=\s|$)/i, 'low'],
  [/\b(?:high|top)\s+priority\b|\burgent(?:ly)?\b/i, 'high'],
  [/\b(?:low)\s+priority\b/i, 'low'],
  [/\b(?:medium)\s+priority\b/i, 'medium'],
];

function cut(text: string, match: RegExpMatchArray): string {
  const index = match.index ?? 0;
  return `${text.slice(0, index)} ${text.slice(index + match[0].length)}`;
}

/** The first instant matching a recurrence (from `now`, at hour:minute local) when no date was said. */
function firstOccurrence(match: RecurrenceMatch, now: Date, hour: number, minute: number): Date {
  const candidate = new Date(now);
  candidate.setHours(hour, minute, 0, 0);
  for (let i = 0; i < 400; i += 1) {
    const okDay = match.monthDay !== undefined ? candidate.getDate() === match.monthDay : true;
    const okWeekday = match.weekDays ? match.weekDays.some((d) => DAY_INDEX[d] === candidate.getDay()) : true;
    if (okDay && okWeekday && candidate > now) return candidate;
    candidate.setDate(candidate.getDate() + 1);
    candidate.setHours(hour, minute, 0, 0);
  }
  return candidate;
}

export function parseQuickAdd(input: string, now: Date = new Date()): QuickAddResult {
  let text = ` ${input} `;
  const tags: string[] = [];
  text = text.replace(/(^|\s)#([\p{L}\p{N}_\-/]{1,40})/gu, (_, lead: string, tag: string) => {
    const name = tag.toLowerCase();
    if (!tags.includes(name)) tags.push(name);
    return lead;
  });

  let priority: Priority | null = null;
  for (const [pattern, level] of PRIORITY_PATTERNS) {
    const m = text.match(pattern);
    if (m) {
      priority = level;
      text = cut(text, m);
      break;
    }
  }

  let recurrence: RecurrenceMatch | null = null;
  for (const extractor of RECURRENCE_EXTRACTORS) {
    const m = text.match(extractor.pattern);
    if (!m) continue;
    const built = extractor.build(m);
    if (!built) continue;
    recurrence = built;
    text = cut(text, m);
    break;
  }

  let dueAt: Date | null = null;
  let hasTime = false;
  const [parsed] = chrono.parse(text, now, { forwardDate: true });
  if (parsed) {
    hasTime = parsed.start.isCertain('hour');
    const hasDay = parsed.start.isCertain('day') || parsed.start.isCertain('weekday');
    const date = parsed.start.date();
    if (!hasTime) date.setHours(DEFAULT_HOUR, 0, 0, 0);
    if (recurrence && !hasDay) dueAt = firstOccurrence(recurrence, now, date.getHours(), date.getMinutes());
    else dueAt = date;
    text = `${text.slice(0, parsed.index)} ${text.slice(parsed.index + parsed.text.length)}`;
  } else if (recurrence) {
    dueAt = firstOccurrence(recurrence, now, DEFAULT_HOUR, 0);
  }

  const title = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+(?:on|at|by|in|from|for|due|every|starting)$/i, '')
    .replace(/^(?:remind me to|remember to|add( a task)?( to)?)\s+/i, '')
    .trim();
  const rule = recurrence?.rule ?? null;
  return {
    title: title ? title.charAt(0).toUpperCase() + title.slice(1) : '',
    tags,
    priority,
    dueAt,
    hasTime,
    recurrence: rule ? { rule, text: ruleToText(rule) ?? rule } : null,
  };
}
