// Dates and times in free text ("tomorrow at 5pm", "next Monday", "on the 1st") read in the user's time zone with chrono-node.
import * as chrono from 'chrono-node';
import rrulePkg from 'rrule';
import { blank, cutPhrase, squeeze } from './phrase-cut.js';
import { MONTH_PATTERN, ORDINAL_PATTERN, monthNumber, parseOrdinal } from './vocabulary.js';
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
// Words chrono reads as dates but that, in a task title, almost never are.
const FALSE_DATES = /^(?:may|march|sun|sat|wed|second|now|\d{1,4}|a|an|one)$/i;

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
  const ordinal = findMonthDay(text, ctx);
  if (ordinal) return ordinal;
  const endOfDay = cutPhrase(text, /\b(?:by |before )?(?:the )?(?:eod|end of (?:the )?day)\b/);
  if (endOfDay) {
    const today = wallClockAt(ctx.now, ctx.timeZone);
    return { hasDay: true, hasTime: true, wall: { ...today, hour: 17, minute: 0 }, spans: [{ start: endOfDay.start, end: endOfDay.end }], rest: endOfDay.rest };
  }
  const endOfWeek = cutPhrase(text, /\b(?:by |before )?(?:the )?end of (?:the |this )?week\b/);
  if (endOfWeek) {
    // Friday evening on a working day; on a weekend, the weekend's end.
    const today = wallClockAt(ctx.now, ctx.timeZone);
    const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
    const ahead = weekday === 6 ? 1 : weekday === 0 ? 0 : 5 - weekday;
    return { hasDay: true, hasTime: true, wall: { ...addDays(today, ahead), hour: 17, minute: 0 }, spans: [{ start: endOfWeek.start, end: endOfWeek.end }], rest: endOfWeek.rest };
  }
  const reference = { instant: ctx.now, timezone: offsetMinutes(ctx.now, ctx.timeZone) };
  const results = chrono.parse(text, reference, { forwardDate: true });
  // "Monday's presentation" names a thing, not a date.
  const result = results.find(
    (r) =>
      // "in March", "by May": a lone month or day name is a date after a preposition.
      (!FALSE_DATES.test(r.text.trim()) || /\b(?:in|by|before|until|till|during|early|late|mid)\s+$/i.test(text.slice(0, r.index))) &&
      !/^['’]s\b/.test(text.slice(r.index + r.text.length)),
  );
  if (!result) return undefined;
  const start = result.start;
  const wall: WallClock = {
    year: start.get('year') ?? 1970,
    month: start.get('month') ?? 1,
    day: start.get('day') ?? 1,
    hour: start.get('hour') ?? DEFAULT_HOUR,
    minute: start.get('minute') ?? 0,
  };
  const hasTime = start.isCertain('hour') || PART_OF_DAY.test(result.text);
  // "at 3:15" with no am/pm: nobody means 3:15 in the night.
  if (start.isCertain('hour') && !start.isCertain('meridiem') && wall.hour >= 1 && wall.hour <= 7 && !/\b(?:in|from now)\b/i.test(result.text)) {
    wall.hour += 12;
    // chrono rolled "at 5" to tomorrow because 5am had passed; 5pm today may still be ahead.
    const today = wallClockAt(ctx.now, ctx.timeZone);
    const dayNamed = start.isCertain('day') || start.isCertain('weekday');
    if (!dayNamed && instantOf({ ...today, hour: wall.hour, minute: wall.minute }, ctx.timeZone).getTime() >= ctx.now.getTime()) {
      Object.assign(wall, { year: today.year, month: today.month, day: today.day });
    }
  }
  if (!start.isCertain('hour')) {
    const part = /\b(morning|afternoon|evening|tonight|night|noon|midday|lunch)/i.exec(result.text)?.[1]?.toLowerCase();
    if (part) wall.hour = PART_HOURS[part] ?? wall.hour;
    if (part) wall.minute = 0;
  }
  const hasDay = start.isCertain('day') || start.isCertain('weekday') || !start.isCertain('hour');
  const relative = /^\s*in\b|\b(?:from now|later)\b/i.test(result.text) && /\b(?:min|minute|hour|hr)s?\b/i.test(result.text);
  const spans = [{ start: result.index, end: result.index + result.text.length }];
  return { hasDay, hasTime, wall, ...(relative ? { exact: start.date() } : {}), spans, rest: restWithout(text, spans) };
}

/** "on the 1st", "by the 15th" (no month named): the next such day of the month. */
function findMonthDay(text: string, ctx: ParseContext): FoundDate | undefined {
  // Digits stand alone ("on the 1st"); words need "of the month" ("the first of the month"), they are too common otherwise.
  const cut =
    cutPhrase(text, /\b(?:on |by |before |due )?the (\d{1,2})(?:st|nd|rd|th)\b(?: of (?:the|this) month\b)?(?! of (?:every|each))(?! (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/) ??
    cutPhrase(text, new RegExp(`\\b(?:on |by |before |due )?the (${ORDINAL_PATTERN}) of (?:the|this) month\\b`));
  if (!cut) return undefined;
  const day = parseOrdinal(cut.match[1] ?? '') ?? 0;
  if (day < 1 || day > 31) return undefined;
  const today = wallClockAt(ctx.now, ctx.timeZone);
  let year = today.year;
  let month = today.month;
  for (let i = 0; i < 13; i += 1) {
    const candidate = new Date(Date.UTC(year, month - 1, day));
    const fits = candidate.getUTCDate() === day;
    if (fits && (year > today.year || month > today.month || day >= today.day)) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  // A time may follow ("on the 1st at 9am"): read it from what is left.
  const time = findDate(cut.masked, ctx);
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
  const next = new RRule(options).after(floating(local), true) ?? floating(addDays(start, 1));
  return instantOf(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: next.getUTCHours(), minute: next.getUTCMinutes() },
    ctx.timeZone,
  );
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
