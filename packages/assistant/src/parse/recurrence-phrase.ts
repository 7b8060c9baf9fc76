// "every Sunday", "every 3 days", "on the 1st of every month", "weekdays" … → an RFC 5545 RRULE (checked by rrule).
import { normaliseRule, type Recurrence } from '@todo/domain';
import { blank, cutPhrase, squeeze } from './phrase-cut.js';
import {
  MONTH_PATTERN,
  NUMBER_PATTERN,
  ORDINAL_PATTERN,
  WEEKDAY_PATTERN,
  monthNumber,
  parseNumber,
  parseOrdinal,
  weekdayCode,
} from './vocabulary.js';

export interface RecurrencePhrase {
  recurrence: Recurrence;
  /** Time-of-day implied by words like "every morning" (local hour), when no explicit time is given. */
  hourHint?: number;
  /** Where the phrase (and any "repeating" beside it) is in the text searched. */
  spans: Array<{ start: number; end: number }>;
  rest: string;
}

const EVERY = '(?:every|each|once (?:a|per|every))';
// "tuesday thursday and saturday": people list weekdays with or without commas.
const WD_LIST = `${WEEKDAY_PATTERN}s?(?:(?:\\s*(?:,|and|&|/|\\+)\\s*|\\s+)${WEEKDAY_PATTERN}s?)*`;
const NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1 };
const FULL_WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const UNIT = '(day|week|month|year|hour)s?';
const DAY_PART_HOURS: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, night: 21 };

// What may follow "weekly"/"monthly" when it means a repetition: the end, a date or time word, a tag, a preposition.
const AS_REPETITION =
  '(?=\\s*(?:$|[,.;:!?#(-]|\\d|(?:on|at|from|starting|until|till|to|for|in|by|every|each|basis|repeat\\w*|recurring|please|tomorrow|today|tonight|next|this|after|before|beginning|with|and|p[0-3]|high|low|urgent|reminder|remind)\\b))';

type Matcher = { pattern: RegExp; build: (m: RegExpExecArray) => { rule: string; hourHint?: number } | undefined };

function byDay(list: string): string {
  const codes = list.split(/\s*(?:,|and|&|\/|\+|or|\s)\s*/).map(weekdayCode).filter((c): c is string => !!c);
  return [...new Set(codes)].join(',');
}

const FREQ: Record<string, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY', hour: 'HOURLY' };

// Ordered from most to least specific: the first that matches wins.
const MATCHERS: Matcher[] = [
  {
    // "biweekly on fridays", "fortnightly on tuesday and thursday", "every two weeks on monday": every other week, on those days.
    pattern: new RegExp(`\\b(?:bi-?weekly|fortnightly|${EVERY} (?:fortnight|two weeks|2 weeks|other week)),? (?:on )?(${WEEKDAY_PATTERN}s?(?:\\s*(?:,|and|&|/)?\\s*${WEEKDAY_PATTERN}s?){0,6})\\b`),
    build: (m) => weekdays(m[1], 2),
  },
  {
    // "every last friday of the month", "on the first monday of every month"
    pattern: new RegExp(`\\b(?:${EVERY} (?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final) (${WEEKDAY_PATTERN}) (?:of|in) (?:the|every|each|a) month|(?:on )?(?:the )?(first|1st|second|2nd|third|3rd|fourth|4th|last|final) (${WEEKDAY_PATTERN}) (?:of|in) (?:every|each) month)\\b`),
    build: (m) => ({ rule: `FREQ=MONTHLY;BYDAY=${NTH[(m[1] ?? m[3] ?? '').toLowerCase()]}${weekdayCode(m[2] ?? m[4] ?? '')}` }),
  },
  {
    // "annually on 3 march", "every year on the 3rd of march", "yearly on march 3"
    pattern: new RegExp(`\\b(?:${EVERY} year|yearly|annually)(?: on)? (?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})\\b|\\b${EVERY} (\\d{1,2})(?:st|nd|rd|th)? of (${MONTH_PATTERN})\\b`),
    build: (m) => yearDay(m[2] ?? m[4], m[1] ?? m[3]),
  },
  {
    pattern: new RegExp(`\\b(?:yearly|annually) (?:on )?(${MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b`),
    build: (m) => yearDay(m[1], m[2]),
  },
  // "quarterly" before a noun describes it ("the quarterly report"); at the end it is a repetition.
  { pattern: new RegExp(`\\b(?:${EVERY} (?:quarter|3 months|three months)\\b|quarterly(?=\\s*(?:$|[,.;!]|on\\b|at\\b|from\\b|starting\\b)))`), build: () => ({ rule: 'FREQ=MONTHLY;INTERVAL=3' }) },
  {
    pattern: new RegExp(`\\b(?:on )?(?:the )?(${ORDINAL_PATTERN})(?: day)? (?:of )?${EVERY} month\\b`),
    build: (m) => monthDay(m[1]),
  },
  {
    pattern: new RegExp(`\\b(?:${EVERY} month|monthly),? on the (${ORDINAL_PATTERN})(?: day)?\\b`),
    build: (m) => monthDay(m[1]),
  },
  {
    pattern: new RegExp(`\\b(?:${EVERY} (?:year )?(?:on )?)(${MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b`),
    build: (m) => yearDay(m[1], m[2]),
  },
  {
    pattern: new RegExp(`\\b${EVERY} (?:work ?day|week ?day|business day)s?\\b|\\b(?:on )?weekdays\\b|\\bmon(?:day)?s? (?:to|through|thru|-) fri(?:day)?s?\\b`),
    build: () => ({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }),
  },
  {
    pattern: new RegExp(`\\b${EVERY} weekend\\b|\\b(?:on )?weekends\\b`),
    build: () => ({ rule: 'FREQ=WEEKLY;BYDAY=SA,SU' }),
  },
  {
    pattern: new RegExp(`\\b${EVERY} (other|alternate|second|third|2nd|3rd|4th|${NUMBER_PATTERN}) (${WD_LIST})\\b`),
    build: (m) => weekdays(m[2], parseNumber((m[1] ?? '').replace(/^alternate$/i, 'other')) ?? parseOrdinal(m[1] ?? '') ?? 2),
  },
  {
    // "alternate tuesdays", "on alternate mondays and fridays"
    pattern: new RegExp(`\\b(?:on )?alternate (${WD_LIST})\\b`),
    build: (m) => weekdays(m[1], 2),
  },
  {
    pattern: new RegExp(`\\b${EVERY} (${WD_LIST})\\b`),
    build: (m) => weekdays(m[1], 1),
  },
  {
    // "on Mondays", "mondays and thursdays": a plural weekday means a habit.
    pattern: new RegExp(`\\b(?:on )?(${FULL_WEEKDAY}s(?:\\s*(?:,|and|&|/)\\s*${FULL_WEEKDAY}s)*)\\b`),
    build: (m) => weekdays(m[1], 1),
  },
  {
    // "take the bins out tuesday nights", "yoga monday evenings": a weekday's part of the day said in the plural is every one.
    pattern: new RegExp(`\\b(?:on )?(${WEEKDAY_PATTERN})s? (morning|afternoon|evening|night)s\\b`),
    build: (m) => {
      const weekly = weekdays(m[1], 1);
      return weekly && { ...weekly, hourHint: DAY_PART_HOURS[m[2] ?? 'night'] };
    },
  },
  {
    // "gym mon wed fri": several weekdays named together mean a habit.
    pattern: new RegExp(`\\b(?:on )?(${WEEKDAY_PATTERN}(?:\\s*(?:,|and|&|/)?\\s*${WEEKDAY_PATTERN}){1,6})\\b`),
    build: (m) => weekdays(m[1], 1),
  },
  {
    // "every 30 minutes", "every half hour": slots within the hour (the rule language stops at hours).
    pattern: new RegExp(`\\b${EVERY} (?:(${NUMBER_PATTERN}) (?:min(?:ute)?s?)|(half an? hour|half hour|quarter (?:of an )?hour))\\b`),
    build: (m) => everyMinutes(m[2] ? (/^quarter/i.test(m[2]) ? 15 : 30) : parseNumber(m[1] ?? '')),
  },
  {
    // "every 2 hours between 9 and 5", "hourly from 8am to 6pm": those hours of every day.
    pattern: new RegExp(`\\b(?:${EVERY} (?:(${NUMBER_PATTERN}) hours?|hour)|hourly) (?:between|from) (\\d{1,2})(?::00)? ?([ap]m)? (?:and|to|until|till|-) (\\d{1,2})(?::00)? ?([ap]m)?(?!:?\\d)`),
    build: (m) => hoursBetween(m[1] ? parseNumber(m[1]) : 1, m[2], m[3], m[4], m[5]),
  },
  {
    // "every 2nd day", "every third week": an ordinal before a unit is its interval ("every 2nd day of the month" is not).
    pattern: new RegExp(`\\b${EVERY} (other|alternate|few|second|third|fourth|2nd|3rd|4th|${NUMBER_PATTERN}) ${UNIT}\\b(?! of\\b)`),
    build: (m) => {
      const interval = parseNumber((m[1] ?? '').replace(/^alternate$/i, 'other')) ?? parseOrdinal(m[1] ?? '');
      if (!interval || !Number.isInteger(interval)) return undefined;
      return { rule: `FREQ=${FREQ[m[2] ?? 'day']}${interval > 1 ? `;INTERVAL=${interval}` : ''}` };
    },
  },
  {
    // "pay rent every 1st", "every 15th of the month", "each first of the month": a day of every month.
    pattern: new RegExp(`\\b${EVERY} (?:the )?(?:(\\d{1,2}(?:st|nd|rd|th))(?: day)?(?: of (?:the|each|every) month)?|(${ORDINAL_PATTERN})(?: day)? of (?:the|each|every) month)\\b(?!\\s+(?:${WEEKDAY_PATTERN}|day|week|month|year|hour|minute|time)s?\\b)`),
    build: (m) => monthDay(m[1] ?? m[2]),
  },
  {
    pattern: /\b(?:every|each) (morning|afternoon|evening|night)\b|\bnightly\b/,
    build: (m) => ({ rule: 'FREQ=DAILY', hourHint: DAY_PART_HOURS[m[1] ?? 'night'] }),
  },
  { pattern: /\b(?:bi-?weekly|fortnightly|every (?:fortnight|two weeks|2 weeks))\b/, build: () => ({ rule: 'FREQ=WEEKLY;INTERVAL=2' }) },
  { pattern: new RegExp(`\\b${EVERY} (day|week|month|year|hour)\\b`), build: (m) => ({ rule: `FREQ=${FREQ[m[1] ?? 'day']}` }) },
  {
    pattern: /\b(once|twice|(?:two|three|four|five|six|seven|[1-7]) times?) (?:a|per|each|every) (day|week|month|year)\b/,
    build: (m) => timesPer(m[1] ?? '', m[2] ?? 'week'),
  },
  { pattern: /\b(?:daily|every single day|everyday)\b/, build: () => ({ rule: 'FREQ=DAILY' }) },
  // "weekly team sync", "monthly report": before a noun the word describes the task; elsewhere it is a repetition.
  { pattern: new RegExp(`\\bweekly${AS_REPETITION}`), build: () => ({ rule: 'FREQ=WEEKLY' }) },
  { pattern: new RegExp(`\\bmonthly${AS_REPETITION}`), build: () => ({ rule: 'FREQ=MONTHLY' }) },
  { pattern: /\b(?:yearly|annually)\b/, build: () => ({ rule: 'FREQ=YEARLY' }) },
  { pattern: /\bhourly\b/, build: () => ({ rule: 'FREQ=HOURLY' }) },
];

const SPREAD: Record<number, string> = { 2: 'MO,TH', 3: 'MO,WE,FR', 4: 'MO,TU,TH,FR', 5: 'MO,TU,WE,TH,FR', 6: 'MO,TU,WE,TH,FR,SA' };

/** "3 times a week" → Monday, Wednesday, Friday; other units keep their frequency. */
function timesPer(count: string, unit: string): { rule: string } {
  const n = ({ once: 1, twice: 2 } as Record<string, number>)[count] ?? parseNumber(count.replace(/ times?$/, '')) ?? 1;
  if (unit === 'week' && n >= 7) return { rule: 'FREQ=DAILY' };
  if (unit === 'week' && SPREAD[n]) return { rule: `FREQ=WEEKLY;BYDAY=${SPREAD[n]}` };
  return { rule: `FREQ=${FREQ[unit]}` };
}

/** Every n minutes as hourly slots (n divides the hour), hourly for 60; other counts cannot be said as a rule. */
function everyMinutes(n: number | undefined): { rule: string } | undefined {
  if (!n || !Number.isInteger(n) || n < 5) return undefined;
  if (n % 60 === 0) return { rule: `FREQ=HOURLY${n > 60 ? `;INTERVAL=${n / 60}` : ''}` };
  if (60 % n !== 0) return undefined;
  return { rule: `FREQ=HOURLY;BYMINUTE=${Array.from({ length: 60 / n }, (_, i) => i * n).join(',')}` };
}

/** A bare hour in the working day: 7–11 the morning's, 12 noon, 1–6 the afternoon's. */
function dayHour(hour: number, meridiem: string | undefined): number {
  if (meridiem) return (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

function hoursBetween(interval: number | undefined, from: string | undefined, fromMeridiem: string | undefined, to: string | undefined, toMeridiem: string | undefined): { rule: string } | undefined {
  if (!interval || !Number.isInteger(interval) || interval < 1 || interval > 12) return undefined;
  const first = dayHour(Number(from), fromMeridiem);
  let last = dayHour(Number(to), toMeridiem);
  if (!toMeridiem && last <= first && last < 12) last += 12;
  if (first > 23 || last > 23 || last <= first) return undefined;
  const hours: number[] = [];
  for (let h = first; h <= last; h += interval) hours.push(h);
  return { rule: `FREQ=DAILY;BYHOUR=${hours.join(',')};BYMINUTE=0` };
}

function yearDay(month: string | undefined, day: string | undefined): { rule: string } | undefined {
  const m = monthNumber(month ?? '');
  const d = Number(day);
  if (!m || !Number.isInteger(d) || d < 1 || d > new Date(Date.UTC(2024, m, 0)).getUTCDate()) return undefined;
  return { rule: `FREQ=YEARLY;BYMONTH=${m};BYMONTHDAY=${d}` };
}

function monthDay(word: string | undefined): { rule: string } | undefined {
  const day = parseOrdinal(word ?? '');
  if (day === undefined || day > 31 || day === 0) return undefined;
  return { rule: `FREQ=MONTHLY;BYMONTHDAY=${day}` };
}

function weekdays(list: string | undefined, interval: number): { rule: string } | undefined {
  const days = byDay(list ?? '');
  if (!days || !Number.isInteger(interval) || interval < 1) return undefined;
  return { rule: `FREQ=WEEKLY${interval > 1 ? `;INTERVAL=${interval}` : ''};BYDAY=${days}` };
}

// "my weekly plan", "the daily standup", "weekly team sync": a frequency word before a noun describes the thing, it does not repeat it.
const ADJECTIVE_LEAD = /(?:^|\b(?:my|the|a|an|our|your|his|her|their|this|that))\s*$/i;
const NOT_A_NOUN = /^\s+(?:at|on|in|from|for|by|until|till|starting|beginning|and|or|every|each|to|with|before|after|\d)/i;

function namesAThing(text: string, start: number, end: number): boolean {
  if (!/^(?:daily|weekly|monthly|yearly|hourly|nightly|bi-?weekly|fortnightly)$/i.test(text.slice(start, end))) return false;
  const after = text.slice(end);
  // "a weekly reminder", "my daily alarm": a reminder said to come round does come round.
  if (/^\s+(?:reminders?|alarms?|alerts?|notifications?|nudges?)\b/i.test(after)) return false;
  return ADJECTIVE_LEAD.test(text.slice(0, start)) && /^\s+[\p{L}]/u.test(after) && !NOT_A_NOUN.test(after);
}

/** Finds the first recurrence phrase; returns the rule and the text without it. */
export function findRecurrence(text: string): RecurrencePhrase | undefined {
  for (const { pattern, build } of MATCHERS) {
    const cut = cutPhrase(text, pattern);
    if (!cut) continue;
    if (namesAThing(text, cut.start, cut.end)) continue;
    const built = build(cut.match);
    if (!built) continue;
    const spans = [{ start: cut.start, end: cut.end }];
    for (const word of cut.masked.matchAll(/\b(?:repeat(?:ing|s)?|recurring)\b/gi)) spans.push({ start: word.index, end: word.index + word[0].length });
    const rest = squeeze(spans.reduce((masked, s) => blank(masked, s.start, s.end), text));
    return { recurrence: normaliseRule(built.rule), ...(built.hourHint !== undefined ? { hourHint: built.hourHint } : {}), spans, rest };
  }
  return undefined;
}

/** "stop repeating", "no longer recurring", "don't repeat" → the user wants the recurrence removed. */
export function mentionsNoRecurrence(text: string): boolean {
  return /\b(?:stop|don'?t|do not|no longer|not|never|cancel|remove|turn off)\b.{0,20}\b(?:repeat|repeating|recur|recurring|recurrence)\b|\bone[- ]off\b|\bonly once\b/i.test(
    text,
  );
}
