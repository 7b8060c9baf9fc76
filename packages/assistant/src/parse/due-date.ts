// Dates and times in free text ("tomorrow at 5pm", "next Monday", "on the 1st") read in the user's time zone with chrono-node.
import * as chrono from 'chrono-node';
import rrulePkg from 'rrule';
import { blank, cutPhrase, squeeze } from './phrase-cut.js';
import { MONTH_PATTERN, NUMBER_PATTERN, ORDINAL_PATTERN, WEEKDAY_PATTERN, monthNumber, parseNumber, parseOrdinal } from './vocabulary.js';
import { addDays, instantOf, offsetMinutes, wallClockAt, type WallClock } from './zoned-time.js';

const { RRule } = rrulePkg;

export interface ParseContext {
  now: Date;
  timeZone: string;
}

export interface FoundDate {
  /** The calendar day was named ("tomorrow", "Friday"); false when only a time was ("at 5pm"). */
  hasDay: boolean;
  /** A time of day was named or implied ("5pm", "tonight"). */
  hasTime: boolean;
  wall: WallClock;
  /** Relative durations ("in 30 minutes") are exact instants rather than wall-clock readings. */
  exact?: Date;
  /** A bare 8–11 o'clock read as tonight's because this morning's had passed ("call mom at 8" at 9am). */
  tonight?: boolean;
  /** Where the phrase is in the text searched (a date and a time may be apart: "on the 1st … at 9am"). */
  spans: Array<{ start: number; end: number }>;
  rest: string;
}

type Span = { start: number; end: number };

function restWithout(text: string, spans: Span[]): string {
  return squeeze(spans.reduce((masked, s) => blank(masked, s.start, s.end), text));
}

export const DEFAULT_HOUR = 9;
const PART_OF_DAY = /\b(?:tonight|noon|midday|midnight|morning|afternoon|evening|night|eod|end of (?:the )?day|lunch(?:time)?)\b/i;
const PART_HOURS: Record<string, number> = { morning: 9, afternoon: 14, evening: 18, tonight: 20, night: 20, noon: 12, midday: 12, lunch: 12 };
// Things done in the morning: a bare hour said with them is the morning's ("wake me up tomorrow at 6:15", "breakfast at 8").
const MORNING_THING = /\b(?:morning|breakfast|brunch|wake|waking|sunrise)\b/i;
const BARE_HOUR_AFTER = /^\s*(?:at|by|around|about)\s+(1[0-2]|[1-9])(?::([0-5]\d))?\b(?!\s*(?:st|nd|rd|th|%|min|hour|day|week|month|people|of)\b)/i;
// Words chrono reads as dates but that, in a task title, almost never are.
const FALSE_DATES = /^(?:may|march|sun|sat|wed|second|now|\d{1,4}|a|an|one)$/i;

/** Day phrases read by our own rules, tried in this order: the first that reads the text wins. */
const DAY_PHRASE_FINDERS: ReadonlyArray<(text: string, ctx: ParseContext) => FoundDate | undefined> = [
  findNthWeekday, findHoliday, findWeekdayOfWeek, findWeekdayBeforeDate, findMonthPartOrRange, findMonthDay, findOffsetFromDay,
];

/** Finds the first date/time phrase; returns its wall-clock reading in the user's zone and the text without it. */
export function findDate(text: string, ctx: ParseContext): FoundDate | undefined {
  // "first thing tomorrow": the morning of the day named.
  const firstThing = cutPhrase(text, /\bfirst thing(?: in the morning)?\b/);
  if (firstThing) {
    const day = findDate(firstThing.masked, ctx);
    if (day?.hasDay && !day.exact) {
      const spans = [{ start: firstThing.start, end: firstThing.end }, ...day.spans];
      return { ...day, hasTime: true, wall: { ...day.wall, hour: DEFAULT_HOUR, minute: 0 }, spans, rest: restWithout(text, spans) };
    }
  }
  // "the morning of the wedding on june 3rd", "the evening of my recital on friday": that part of the day named elsewhere.
  const partOf = cutPhrase(text, /(?:^|\b(?:on |in )?the )(morning|afternoon|evening|night) of\b(?= \S)/);
  if (partOf) {
    const day = findDate(partOf.masked, ctx);
    if (day?.hasDay && !day.hasTime && !day.exact) {
      const spans = [{ start: partOf.start, end: partOf.end }, ...day.spans];
      return { ...day, hasTime: true, wall: { ...day.wall, hour: PART_HOURS[(partOf.match[1] ?? '').toLowerCase()] ?? DEFAULT_HOUR, minute: 0 }, spans, rest: restWithout(text, spans) };
    }
  }
  for (const find of DAY_PHRASE_FINDERS) {
    const found = find(text, ctx);
    if (found) return found;
  }
  const endOfDay = cutPhrase(text, /\b(?:by |before )?(?:the )?(?:eod|cob|close of business|end of (?:the )?(?:business |work(?:ing)? )?day)\b|\bafter work\b/);
  if (endOfDay) {
    // "by close of business friday": 5pm of the day named with it, else today.
    const day = findDate(endOfDay.masked, ctx);
    const named = day?.hasDay && !day.hasTime && !day.exact ? day : undefined;
    const spans = [{ start: endOfDay.start, end: endOfDay.end }, ...(named ? named.spans : [])];
    return { hasDay: true, hasTime: true, wall: { ...(named ? named.wall : wallClockAt(ctx.now, ctx.timeZone)), hour: 17, minute: 0 }, spans, rest: restWithout(text, spans) };
  }
  const endOfWeek = cutPhrase(text, /\b(?:by |before )?(?:the )?end of (?:the |this |next )?week\b/);
  if (endOfWeek) {
    // Friday evening on a working day; on a weekend, the weekend's end; "next week" a week on.
    const today = wallClockAt(ctx.now, ctx.timeZone);
    const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const ahead = (weekday === 6 ? 1 : weekday === 0 ? 0 : 5 - weekday) + (/\bnext week\b/i.test(endOfWeek.match[0]) ? 7 : 0);
    return { hasDay: true, hasTime: true, wall: { ...addDays(today, ahead), hour: 17, minute: 0 }, spans: [{ start: endOfWeek.start, end: endOfWeek.end }], rest: endOfWeek.rest };
  }
  const reference = { instant: ctx.now, timezone: offsetMinutes(ctx.now, ctx.timeZone) };
  // "Monday's presentation" names a thing, not a date; "in March", "by May": a lone month or day name is a date after a preposition.
  const results = chrono
    .parse(maskNounParts(text), reference, { forwardDate: true })
    .filter(
      (r) =>
        (!FALSE_DATES.test(r.text.trim()) || /\b(?:in|by|before|until|till|during|early|late|mid)\s+$/i.test(text.slice(0, r.index))) &&
        !/^['’]s\b/.test(text.slice(r.index + r.text.length)),
    );
  const result = results[0];
  if (!result) return undefined;
  // "tuesday … noon", "at 3pm … on may 5th", "tomorrow evening by 7": a day and a time said apart are one moment.
  const partner = results.slice(1).find((r) => complements(result, r) && !r.start.isCertain('year'));
  const day = partner && (result.start.isCertain('day') || result.start.isCertain('weekday')) ? result : partner ? partner : result;
  const clock = partner ? (day === result ? partner : result) : result;
  const wall: WallClock = {
    year: day.start.get('year') ?? 1970,
    month: day.start.get('month') ?? 1,
    day: day.start.get('day') ?? 1,
    hour: clock.start.get('hour') ?? DEFAULT_HOUR,
    minute: clock.start.get('minute') ?? 0,
  };
  const start = clock.start;
  // "this saturday or sunday", "tomorrow or friday": the first day said; the other goes with it.
  const alternative = /^\s+or\s+(?:on\s+)?(?:tomorrow|the day after|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.exec(text.slice(result.index + result.text.length));
  // "at 6:30 tomorrow morning": chrono stops before a part of the day that follows the day; it is still said.
  const tail = !partner && start.isCertain('hour') ? /^\s+(?:in the )?(?:morning|afternoon|evening|night)\b/i.exec(text.slice(result.index + result.text.length)) : null;
  const said = partner ? `${day.text} ${clock.text}` : `${result.text}${tail?.[0] ?? ''}`;
  const hasTime = start.isCertain('hour') || PART_OF_DAY.test(said);
  // "at 3:15" with no am/pm: nobody means 3:15 in the night; "this evening at 7" is 19:00.
  const evening = (partner && /\b(?:afternoon|evening|tonight|night)\b/i.test(day.text)) || (tail && /\b(?:afternoon|evening|night)\b/i.test(tail[0]));
  if (start.isCertain('hour') && !start.isCertain('meridiem') && wall.hour >= 1 && (wall.hour <= 7 || (evening && wall.hour < 12)) && !/\b(?:in|from now)\b/i.test(clock.text) && !/\bmorning\b/i.test(said) && !MORNING_THING.test(text)) {
    wall.hour += 12;
    // chrono rolled "at 5" to tomorrow because 5am had passed; 5pm today may still be ahead.
    const today = wallClockAt(ctx.now, ctx.timeZone);
    const dayNamed = day.start.isCertain('day') || day.start.isCertain('weekday');
    if (!dayNamed && instantOf({ ...today, hour: wall.hour, minute: wall.minute }, ctx.timeZone).getTime() >= ctx.now.getTime()) {
      Object.assign(wall, { year: today.year, month: today.month, day: today.day });
    }
  }
  let shiftedTonight = false;
  if (!partner && start.isCertain('hour') && !start.isCertain('meridiem') && wall.hour >= 8 && wall.hour <= 11 && !day.start.isCertain('day') && !day.start.isCertain('weekday') && !/\b(?:in|from now)\b/i.test(clock.text) && !/\bmorning\b/i.test(said) && !MORNING_THING.test(text)) {
    // "call mom at 8" said at 9am: chrono rolled to 8am tomorrow, but the next 8 o'clock is tonight's.
    const today = wallClockAt(ctx.now, ctx.timeZone);
    const tonight = instantOf({ ...today, hour: wall.hour + 12, minute: wall.minute }, ctx.timeZone).getTime();
    shiftedTonight = wall.day !== today.day && tonight >= ctx.now.getTime();
    if (shiftedTonight) Object.assign(wall, { year: today.year, month: today.month, day: today.day, hour: wall.hour + 12 });
  }
  // "tomorrow evening by 7": chrono leaves a bare hour after a part of the day unread.
  const bareHour = !partner && !start.isCertain('hour') ? BARE_HOUR_AFTER.exec(text.slice(result.index + result.text.length)) : null;
  if (bareHour && PART_OF_DAY.test(result.text)) {
    const hour = Number(bareHour[1]);
    const pm = /\b(?:afternoon|evening|tonight|night)\b/i.test(result.text) && hour < 12;
    const spans = [{ start: result.index, end: result.index + result.text.length + bareHour[0].length }];
    return { hasDay: true, hasTime: true, wall: { ...wall, hour: pm ? hour + 12 : hour, minute: Number(bareHour[2] ?? 0) }, spans, rest: restWithout(text, spans) };
  }
  if (!start.isCertain('hour')) {
    const part = /\b(morning|afternoon|evening|tonight|night|noon|midday|lunch)/i.exec(said)?.[1]?.toLowerCase();
    if (part) wall.hour = PART_HOURS[part] ?? wall.hour;
    if (part) wall.minute = 0;
  }
  const hasDay = day.start.isCertain('day') || day.start.isCertain('weekday') || !start.isCertain('hour');
  const relative = /^\s*in\b|\b(?:from now|later)\b/i.test(clock.text) && /\b(?:min|minute|hour|hr)s?\b/i.test(clock.text);
  // "on the 6th of june": the article before an ordinal goes with it.
  const spans = [result, ...(partner ? [partner] : [])].map((r) => ({ start: /^\d/.test(r.text) && /\bthe $/i.test(text.slice(0, r.index)) ? r.index - 4 : r.index, end: r.index + r.text.length + (r === result && tail ? tail[0].length : 0) + (r === result && !tail && alternative ? alternative[0].length : 0) }));
  return { hasDay, hasTime, wall, ...(relative && !partner ? { exact: start.date() } : {}), ...(shiftedTonight ? { tonight: true } : {}), spans, rest: restWithout(text, spans) };
}

// A part of the day after a word that is not a date word names a thing: "a weekend in lisbon", "the quiz night", "game night".
const NOUN_PART = /\b([\p{L}']+)( )(weekend|night|morning|afternoon|evening)\b/giu;
const DATE_LEAD = new RegExp(`^(?:this|the|in|at|on|for|by|every|each|next|last|tomorrow|today|tonight|yesterday|that|over|during|until|till|before|after|late|early|mid|and|or|from|to|of|${WEEKDAY_PATTERN}s?)$`, 'i');

// "the evening class", "morning jog at 7": a part of the day between "the" (or the start) and a noun describes the noun. "in the evening",
// "the morning of the 12th", "the evening before" stay dates.
const THE_PART_NOUN = new RegExp(
  `(?<!\\b(?:in|on|at|by|during|for|until|till|from|through|throughout|all|each|every|same|next|last|this|that) )(^|\\bthe )(morning|afternoon|evening|night)(?= (?!(?:of|on|at|in|by|for|before|after|and|or|to|with|from|until|till|then|so|but|when|tomorrow|today|tonight|${WEEKDAY_PATTERN})\\b)\\p{L})`,
  'giu',
);

/** The text with noun uses of part-of-day words blanked (same length), so chrono reads the real date around them. */
function maskNounParts(text: string): string {
  return text
    .replace(NOUN_PART, (whole, lead: string, gap: string, part: string) => (DATE_LEAD.test(lead) ? whole : `${lead}${gap}${' '.repeat(part.length)}`))
    .replace(THE_PART_NOUN, (whole: string, the: string, part: string) => `${the}${' '.repeat(part.length)}`);
}

/**
 * The clock time said beside a day one of our finders read ("on the 4th at 9:45"): as said on that day, not moved to
 * tonight (that is for a bare 8-11 said alone, once this morning's has passed).
 */
function timeSaidWith(masked: string, ctx: ParseContext): FoundDate | undefined {
  const time = findDate(masked, ctx);
  if (!time?.tonight) return time;
  const { tonight: _tonight, ...asSaid } = time;
  return { ...asSaid, wall: { ...time.wall, hour: time.wall.hour - 12 } };
}

/** One reading names only a day and the other only a clock time ("tuesday" + "noon"), close enough to be one phrase. */
function complements(a: chrono.ParsedResult, b: chrono.ParsedResult): boolean {
  const dayOnly = (r: chrono.ParsedResult) => (r.start.isCertain('day') || r.start.isCertain('weekday')) && !r.start.isCertain('hour');
  // "in the morning … on saturday": a part of the day said apart from its day is its time too.
  const timeOnly = (r: chrono.ParsedResult) => (r.start.isCertain('hour') || PART_OF_DAY.test(r.text)) && !r.start.isCertain('day') && !r.start.isCertain('weekday') && !/^\s*in\b(?! the (?:morning|afternoon|evening|night)\b)|\bfrom now\b/i.test(r.text);
  if (!((dayOnly(a) && timeOnly(b)) || (timeOnly(a) && dayOnly(b)))) return false;
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  return second.index - (first.index + first.text.length) <= 40;
}

// Days people name by their holiday. A fixed day is [month, day]; a moving one the nth weekday of a month (n = -1: the last).
const HOLIDAYS: Array<{ names: string; on: (year: number) => [number, number] }> = [
  { names: "christmas eve", on: () => [12, 24] },
  { names: "christmas(?: day)?|xmas(?: day)?", on: () => [12, 25] },
  { names: 'boxing day', on: () => [12, 26] },
  { names: "new year'?s eve|nye", on: () => [12, 31] },
  { names: "new year'?s(?: day)?", on: () => [1, 1] },
  { names: "valentine'?s(?: day)?", on: () => [2, 14] },
  { names: "st\\.? patrick'?s day|saint patrick'?s day", on: () => [3, 17] },
  { names: "april fool'?s(?: day)?", on: () => [4, 1] },
  { names: 'halloween', on: () => [10, 31] },
  { names: 'independence day', on: () => [7, 4] },
  { names: 'thanksgiving(?: day)?', on: (y) => nthWeekday(y, 11, 4, 4) },
  { names: 'black friday', on: (y) => nthWeekday(y, 11, 4, 4, 1) },
  { names: "mother'?s day", on: (y) => nthWeekday(y, 5, 0, 2) },
  { names: "father'?s day", on: (y) => nthWeekday(y, 6, 0, 3) },
  { names: 'memorial day', on: (y) => nthWeekday(y, 5, 1, -1) },
  { names: 'labou?r day', on: (y) => nthWeekday(y, 9, 1, 1) },
];
const HOLIDAY = new RegExp(
  `\\b(?:(?:on |for |by |before |until |till |after |at |over )?(?:the )?(day|night|evening|week) (before|after) |(?:on |for |by |before |until |till |after |at |over |this |next ))(${HOLIDAYS.map((h) => `(${h.names})`).join('|')})(?=$|[\\s,.!?])`,
  'i',
);

const NTH_WEEKDAY = new RegExp(`\\b(?:on )?the (first|1st|second|2nd|third|3rd|fourth|4th|last|final) (${WEEKDAY_PATTERN}) (?:of|in) (${MONTH_PATTERN}|next month|this month|the month)\\b`, 'i');
const NTH_NUMBER: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1 };
const SUNDAY_FIRST = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** "the first monday of march", "the last friday of the month": that one day (a repetition says "every"). */
function findNthWeekday(text: string, ctx: ParseContext): FoundDate | undefined {
  const cut = cutPhrase(text, NTH_WEEKDAY);
  if (!cut) return undefined;
  const n = NTH_NUMBER[(cut.match[1] ?? '').toLowerCase()];
  const weekday = SUNDAY_FIRST.indexOf((cut.match[2] ?? '').toLowerCase().slice(0, 2));
  const named = (cut.match[3] ?? '').toLowerCase();
  const today = wallClockAt(ctx.now, ctx.timeZone);
  if (n === undefined || weekday < 0) return undefined;
  let year = today.year;
  let month = /next month/.test(named) ? today.month + 1 : /month/.test(named) ? today.month : (monthNumber(named) ?? today.month);
  if (month > 12) [month, year] = [1, year + 1];
  let [, day] = nthWeekday(year, month, weekday, n);
  // A month named without a year is its next coming; "the month" already past moves on to the next one.
  if (!/next month/.test(named) && (month < today.month || (month === today.month && day < today.day))) {
    if (/month/.test(named)) month += 1;
    else year += 1;
    if (month > 12) [month, year] = [1, year + 1];
    [, day] = nthWeekday(year, month, weekday, n);
  }
  const time = timeSaidWith(cut.masked, ctx);
  const timeOnly = time && time.hasTime && !time.hasDay;
  const spans = [{ start: cut.start, end: cut.end }, ...(timeOnly ? time.spans : [])];
  return { hasDay: true, hasTime: !!timeOnly, wall: { year, month, day, hour: timeOnly ? time.wall.hour : DEFAULT_HOUR, minute: timeOnly ? time.wall.minute : 0 }, spans, rest: restWithout(text, spans) };
}

/** [month, day] of the nth `weekday` (0 = Sunday) of `month`, plus `plus` days; n = -1 is the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number, plus = 0): [number, number] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let day = 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  if (n < 0) day = days - ((new Date(Date.UTC(year, month - 1, days)).getUTCDay() - weekday + 7) % 7);
  return [month, day + plus];
}

/** "on black friday", "for mother's day", "the day before christmas": the holiday's next date (chrono knows none of them). */
function findHoliday(text: string, ctx: ParseContext): FoundDate | undefined {
  const cut = cutPhrase(text, HOLIDAY);
  if (!cut) return undefined;
  // The capture after the shared three (part, before/after, whole name) tells which holiday it is.
  const index = cut.match.slice(4).findIndex((g) => g !== undefined);
  const holiday = HOLIDAYS[index];
  if (!holiday) return undefined;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  let year = today.year;
  let [month, day] = holiday.on(year);
  if (month < today.month || (month === today.month && day < today.day)) [month, day] = holiday.on((year += 1));
  const shift = cut.match[2] ? (cut.match[1]?.toLowerCase() === 'week' ? 7 : 1) * (cut.match[2].toLowerCase() === 'before' ? -1 : 1) : 0;
  const wall = addDays({ year, month, day, hour: DEFAULT_HOUR, minute: 0 }, shift);
  const part = cut.match[1]?.toLowerCase();
  const time = timeSaidWith(cut.masked, ctx);
  const timeOnly = time && time.hasTime && !time.hasDay;
  const hour = timeOnly ? time.wall.hour : part === 'night' || part === 'evening' ? (PART_HOURS[part] ?? DEFAULT_HOUR) : DEFAULT_HOUR;
  const spans = [{ start: cut.start, end: cut.end }, ...(timeOnly ? time.spans : [])];
  return { hasDay: true, hasTime: !!timeOnly || part === 'night' || part === 'evening', wall: { ...wall, hour, minute: timeOnly ? time.wall.minute : 0 }, spans, rest: restWithout(text, spans) };
}

const WEEK_AHEAD = `(?:this week|next week|the week after next|in (${NUMBER_PATTERN}) weeks?(?: time)?|(${NUMBER_PATTERN}) weeks? from (?:now|today))`;
const WEEKDAY_OF_WEEK = new RegExp(`\\b(?:${WEEK_AHEAD},? (?:on )?(${WEEKDAY_PATTERN})|(?:on )?(${WEEKDAY_PATTERN}),? (?:of )?${WEEK_AHEAD})\\b`, 'i');
const WEEKDAY_INDEX = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** "next week on tuesday", "in two weeks on monday", "friday of next week": that weekday of that week (weeks start on Monday). */
function findWeekdayOfWeek(text: string, ctx: ParseContext): FoundDate | undefined {
  const cut = cutPhrase(text, WEEKDAY_OF_WEEK);
  if (!cut) return undefined;
  const m = cut.match;
  const said = (m[0] ?? '').toLowerCase();
  const count = m[1] ?? m[2] ?? m[5] ?? m[6];
  const weeks = /this week/.test(said) ? 0 : /after next/.test(said) ? 2 : count ? parseNumber(count) : 1;
  const weekday = WEEKDAY_INDEX.indexOf((m[3] ?? m[4] ?? '').toLowerCase().slice(0, 2));
  if (weeks === undefined || !Number.isInteger(weeks) || weekday < 0) return undefined;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  const todayIndex = (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7;
  const wall = addDays(today, weeks * 7 - todayIndex + weekday);
  const time = timeSaidWith(cut.masked, ctx);
  const timeOnly = time && time.hasTime && !time.hasDay;
  const spans = [{ start: cut.start, end: cut.end }, ...(timeOnly ? time.spans : [])];
  return { hasDay: true, hasTime: !!timeOnly, wall: { ...wall, hour: timeOnly ? time.wall.hour : DEFAULT_HOUR, minute: timeOnly ? time.wall.minute : 0 }, spans, rest: restWithout(text, spans) };
}

// "saturday the 5th of december", "friday december 4th", "on tuesday, the 15th of june": the weekday says the same day as the date after it.
const WEEKDAY_BEFORE_DATE = new RegExp(
  `\\b(?:on |for |by |before |until |till )?${WEEKDAY_PATTERN},? (?=(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN}\\b|${MONTH_PATTERN} (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b)`,
  'i',
);

/** A weekday said before a dated day: the date is the day (chrono reads the two apart, and the weekday first). */
function findWeekdayBeforeDate(text: string, ctx: ParseContext): FoundDate | undefined {
  const cut = cutPhrase(text, WEEKDAY_BEFORE_DATE);
  if (!cut) return undefined;
  const date = findDate(cut.masked, ctx);
  if (!date?.hasDay || date.exact) return undefined;
  const spans = [{ start: cut.start, end: cut.end }, ...date.spans];
  return { ...date, spans, rest: restWithout(text, spans) };
}

const MONTH_PART = new RegExp(`\\b(mid|middle of|early|late|(?:the )?(?:beginning|start) of)[- ](${MONTH_PATTERN})\\b`, 'i');
const PART_DAY: Record<string, number> = { mid: 15, middle: 15, early: 1, late: 25, beginning: 1, start: 1 };
const DAY_RANGE = new RegExp(`\\b(?:on |from )?the (\\d{1,2})(?:st|nd|rd|th)? (?:and|to|through|thru|till|until|-) (?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})\\b`, 'i');

/** "by mid january" (the 15th), "early march" (the 1st), "the 3rd and 4th of december" (from the 3rd): chrono reads only the month. */
function findMonthPartOrRange(text: string, ctx: ParseContext): FoundDate | undefined {
  const part = cutPhrase(text, MONTH_PART);
  const range = part ? undefined : cutPhrase(text, DAY_RANGE);
  const cut = part ?? range;
  if (!cut) return undefined;
  const month = monthNumber(cut.match[2] ?? '');
  const day = part ? (PART_DAY[(cut.match[1] ?? '').toLowerCase().replace(/^the /, '').split(' ')[0] ?? ''] ?? 1) : Number(cut.match[1]);
  if (!month || day < 1 || day > new Date(Date.UTC(2024, month, 0)).getUTCDate()) return undefined;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  const year = month > today.month || (month === today.month && day >= today.day) ? today.year : today.year + 1;
  const time = timeSaidWith(cut.masked, ctx);
  const timeOnly = time && time.hasTime && !time.hasDay;
  const spans = [{ start: cut.start, end: cut.end }, ...(timeOnly ? time.spans : [])];
  return { hasDay: true, hasTime: !!timeOnly, wall: { year, month, day, hour: timeOnly ? time.wall.hour : DEFAULT_HOUR, minute: timeOnly ? time.wall.minute : 0 }, spans, rest: restWithout(text, spans) };
}

const OFFSET_FROM_DAY = new RegExp(
  // "a week on monday", "two weeks on friday" (British): the weeks count from that weekday too.
  `\\b(?:in )?(${NUMBER_PATTERN}) (days?|weeks?) (?:from|after|on(?= (?:next |this )?${WEEKDAY_PATTERN}\\b)) ((?:next |this )?(?:${WEEKDAY_PATTERN})|today|tomorrow|now|tonight|this day)\\b`,
  'i',
);

/** "a week from today", "two days after friday", "a week on monday": chrono reads only "a week"; the offset counts from the day named. */
function findOffsetFromDay(text: string, ctx: ParseContext): FoundDate | undefined {
  const cut = cutPhrase(text, OFFSET_FROM_DAY);
  if (!cut) return undefined;
  const n = parseNumber(cut.match[1] ?? '');
  if (!n || !Number.isInteger(n)) return undefined;
  const base = /^(?:today|now|tonight|this day)$/i.test(cut.match[3] ?? '') ? wallClockAt(ctx.now, ctx.timeZone) : findDate(cut.match[3] ?? '', ctx)?.wall;
  if (!base) return undefined;
  const wall = addDays(base, n * (/^week/i.test(cut.match[2] ?? '') ? 7 : 1));
  // A time may follow ("a week from today at 5"): read it from what is left.
  const time = timeSaidWith(cut.masked, ctx);
  const timeOnly = time && time.hasTime && !time.hasDay;
  const spans = [{ start: cut.start, end: cut.end }, ...(timeOnly ? time.spans : [])];
  return { hasDay: true, hasTime: !!timeOnly, wall: { ...wall, hour: timeOnly ? time.wall.hour : DEFAULT_HOUR, minute: timeOnly ? time.wall.minute : 0 }, spans, rest: restWithout(text, spans) };
}

/** "on the 1st", "by the 15th" (no month named): the next such day of the month. */
function findMonthDay(text: string, ctx: ParseContext): FoundDate | undefined {
  // Digits stand alone ("on the 1st"); words need "of the month" ("the first of the month"), they are too common otherwise.
  const cut =
    // "thursday the 3rd": the weekday goes with the day of the month.
    cutPhrase(text, new RegExp(String.raw`\b(?:on |by |before |due )?(?:${WEEKDAY_PATTERN},? )?the (\d{1,2})(?:st|nd|rd|th)\b(?: of (?:the |this |next )month\b)?(?! of (?:every|each))(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))`, 'i')) ??
    cutPhrase(text, new RegExp(`\\b(?:on |by |before |due )?the (${ORDINAL_PATTERN}) of (?:the|this|next) month\\b`));
  if (!cut) return undefined;
  // "the 3rd of next month": that day of the coming month, not the next time the 3rd comes round.
  const nextMonth = /\bof next month\b/i.test(cut.match[0]);
  const day = parseOrdinal(cut.match[1] ?? '') ?? 0;
  if (day < 1 || day > 31) return undefined;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  let year = today.year;
  let month = today.month;
  if (nextMonth) {
    month += 1;
    if (month > 12) [month, year] = [1, year + 1];
  }
  for (let i = 0; i < 13; i += 1) {
    const candidate = new Date(Date.UTC(year, month - 1, day));
    const fits = candidate.getUTCDate() === day;
    if (fits && (nextMonth || year > today.year || month > today.month || day >= today.day)) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  // A time may follow ("on the 1st at 9am"): read it from what is left.
  const time = timeSaidWith(cut.masked, ctx);
  const timeOnly = time && time.hasTime && !time.hasDay;
  const spans = [{ start: cut.start, end: cut.end }, ...(timeOnly ? time.spans : [])];
  return {
    hasDay: true,
    hasTime: !!timeOnly,
    wall: { year, month, day, hour: timeOnly ? time.wall.hour : DEFAULT_HOUR, minute: timeOnly ? time.wall.minute : 0 },
    spans,
    rest: restWithout(text, spans),
  };
}

/** The instant a found date stands for; a bare day gets the default hour (or the end of today when that has passed). */
export function resolveDate(found: FoundDate, ctx: ParseContext, defaultHour = DEFAULT_HOUR): Date {
  if (found.exact) return found.exact;
  if (found.hasTime) return instantOf(found.wall, ctx.timeZone);
  const atDefault = instantOf({ ...found.wall, hour: defaultHour, minute: 0 }, ctx.timeZone);
  if (atDefault.getTime() >= ctx.now.getTime()) return atDefault;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  const isToday = today.year === found.wall.year && today.month === found.wall.month && today.day === found.wall.day;
  return isToday ? instantOf({ ...found.wall, hour: 23, minute: 59 }, ctx.timeZone) : atDefault;
}

/** The first occurrence of `rule` at or after now, at the given local time of day. */
export function firstOccurrence(rule: string, time: { hour: number; minute: number }, ctx: ParseContext, from?: WallClock): Date {
  const local = wallClockAt(ctx.now, ctx.timeZone);
  // Without a named start day the series starts at the next time this time of day comes round (today or tomorrow),
  // so "every 3 days at 8am" said in the evening is first due tomorrow morning, not three days on.
  const passedToday = time.hour * 60 + time.minute < local.hour * 60 + local.minute;
  const start = from ?? (passedToday ? addDays(local, 1) : local);
  // rrule works on "floating" dates: local wall-clock readings stored in UTC fields.
  const floating = (w: WallClock) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
  const options = RRule.parseString(rule);
  options.dtstart = floating({ ...start, hour: time.hour, minute: time.minute });
  // "every other tuesday" said on a wednesday starts next tuesday: rrule would count the interval from the start week
  // and skip it. The interval applies from the first occurrence on.
  if ((options.interval ?? 1) > 1 && (options.byweekday || options.bymonthday)) options.interval = 1;
  const next = new RRule(options).after(floating(local), true) ?? floating(addDays(start, 1));
  return instantOf(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: next.getUTCHours(), minute: next.getUTCMinutes() },
    ctx.timeZone,
  );
}

/** The first occurrence of an hourly `rule` strictly after now, the series starting now ("every 30 minutes" → in half an hour). */
export function nextAfterNow(rule: string, ctx: ParseContext): Date | undefined {
  const local = wallClockAt(ctx.now, ctx.timeZone);
  const floatingNow = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
  const next = new RRule({ ...RRule.parseString(rule), dtstart: floatingNow }).after(floatingNow, false);
  if (!next) return undefined;
  return instantOf({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: next.getUTCHours(), minute: next.getUTCMinutes() }, ctx.timeZone);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_FIRST = new RegExp(`\\b(${MONTH_PATTERN})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_PATTERN})\\b(?:,? (\\d{4}))?`, 'i');

/** "February 30th", "April 31", "Feb 29" in a year without one: the calendar day named in `text` that does not exist. */
export function findImpossibleDate(text: string, ctx: ParseContext): string | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const named = monthFirst
    ? { month: monthNumber(monthFirst[1] ?? ''), day: Number(monthFirst[2]), year: monthFirst[3] }
    : dayFirst
      ? { month: monthNumber(dayFirst[2] ?? ''), day: Number(dayFirst[1]), year: dayFirst[3] }
      : undefined;
  if (!named?.month || named.day < 1 || named.day > 39) return undefined;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  // No year named: the next time that month comes round.
  const year = named.year ? Number(named.year) : named.month >= today.month ? today.year : today.year + 1;
  const daysInMonth = new Date(Date.UTC(year, named.month, 0)).getUTCDate();
  if (named.day <= daysInMonth) return undefined;
  const name = `${MONTH_NAMES[named.month - 1]} ${named.day}`;
  return named.month === 2 && named.day === 29 ? `${name}, ${year}` : name;
}
