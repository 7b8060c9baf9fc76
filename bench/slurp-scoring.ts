// How one SLURP command is scored: the expected action from its intent, the expected title and date/time from its entity slots.
import * as chrono from 'chrono-node';
import type { Task } from '@todo/domain';
import type { ToolAction } from '@todo/assistant';

export interface SlurpItem {
  slurp_id: number;
  sentence: string;
  intent: string;
  annotation: string;
}

export type ExpectedAction = 'add' | 'remove' | 'read';

export interface Slots {
  eventName?: string;
  date?: string;
  time?: string;
  timeOfDay?: string;
  /** A list command's item ("remove [item : milk] from my list"): what a list remove names. */
  item?: string;
  /** The list a command names ("from my [list_name : grocery] list"). */
  listName?: string;
}

/** calendar_set / lists_createoradd → add, *_remove → delete or complete, *_query → only read. */
export function expectedAction(intent: string): ExpectedAction {
  if (/(?:^|_)(?:set|createoradd)$/.test(intent)) return 'add';
  if (/_remove$/.test(intent)) return 'remove';
  return 'read';
}

export function slotsOf(annotation: string): Slots {
  const slots: Slots = {};
  for (const [, type, value] of annotation.matchAll(/\[(\w+) : ([^\]]+)\]/g)) {
    const text = (value ?? '').trim();
    if (type === 'event_name') slots.eventName ??= text;
    if (type === 'date') slots.date ??= text;
    if (type === 'time') slots.time ??= text;
    if (type === 'timeofday') slots.timeOfDay ??= text;
    if (type === 'item') slots.item ??= text;
    if (type === 'list_name') slots.listName ??= text;
  }
  return slots;
}

/**
 * A remove whose slots name a day, a time or a list but no event or item ("clear my schedule for today", "erase my
 * [list_name : kickball] list") presupposes that something is there: a bystander task due then, or tagged with the
 * list's name. It shares no word with the command, so deleting or completing it without asking is a destructive
 * misreading; showing it and asking is the right action.
 */
export function bystanderFor(slots: Slots, now: Date): { title: string; dueAt?: string; tags?: string[] } | undefined {
  if (slots.eventName || slots.item) return undefined;
  const due = expectedWhen(slots, now);
  const today = now.toISOString().slice(0, 10);
  const dueAt = due ? `${due.day ?? today}T${due.time ?? '09:00'}:00.000Z` : undefined;
  const list = slots.listName?.toLowerCase().replace(/\b(?:to ?do|list)\b/g, ' ').trim().replace(/\s+/g, '-');
  if (!dueAt && !list) return undefined;
  return { title: 'Haircut', ...(dueAt ? { dueAt } : {}), ...(list ? { tags: [list] } : {}) };
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** The reference reading of a slot: spelled-out numbers as digits ("ten thirty am" → "10:30 am", "twenty first" → "21st"). */
export function digitsForSlot(text: string): string {
  let out = ` ${text.toLowerCase()} `;
  // "twelve noon" is one time, not 12:12.
  out = out.replace(/\b(?:twelve )?noon\b/g, '12 pm').replace(/\b(?:twelve )?midnight\b/g, '12 am');
  // chrono reads "the day after tomorrow" but takes a bare "day after tomorrow" for "tomorrow".
  out = out.replace(/(?<!\bthe )\bday after tomorrow\b/g, 'the day after tomorrow');
  // …and a bare "week from today" for "today".
  out = out.replace(/(?<!\ba )\bweek from (today|tomorrow|now)\b/g, 'a week from $1');
  // "half past eight", "quarter to eleven": chrono reads no such clock.
  out = out.replace(new RegExp(`\\bhalf past (${Object.keys(UNITS).slice(0, 12).join('|')})\\b`, 'g'), (_, h: string) => `${UNITS[h]}:30`);
  out = out.replace(new RegExp(`\\bquarter past (${Object.keys(UNITS).slice(0, 12).join('|')})\\b`, 'g'), (_, h: string) => `${UNITS[h]}:15`);
  out = out.replace(new RegExp(`\\bquarter to (${Object.keys(UNITS).slice(0, 12).join('|')})\\b`, 'g'), (_, h: string) => `${((UNITS[h] ?? 1) + 10) % 12 + 1}:45`);
  out = out.replace(/\b(twenty|thirty) (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/g, (_, t: string, o: string) => ordinal((TENS[t] ?? 0) + (ORDINALS[o] ?? 0)));
  out = out.replace(new RegExp(`\\b(${Object.keys(ORDINALS).join('|')})\\b`, 'g'), (o: string) => ordinal(ORDINALS[o] ?? 0));
  // "january the eighth": chrono reads "january" and stops at "the".
  out = out.replace(new RegExp(`\\b(${MONTHS.join('|')}) the (\\d{1,2}(?:st|nd|rd|th))\\b`, 'g'), '$1 $2');
  out = out.replace(/\b(twenty|thirty|forty|fifty) (one|two|three|four|five|six|seven|eight|nine)\b/g, (_, t: string, u: string) => String((TENS[t] ?? 0) + (UNITS[u] ?? 0)));
  out = out.replace(new RegExp(`\\b(${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})\\b`, 'g'), (w: string) => String(UNITS[w] ?? TENS[w]));
  out = out.replace(/\b(\d{1,2}) o'? ?clock\b/g, '$1:00');
  out = out.replace(/\b(\d{1,2}) (\d{2}) ?(am|pm|a m|p m)?\b/g, (_, h: string, m: string, ap?: string) => `${h}:${m}${ap ? ` ${ap.replace(' ', '')}` : ''}`);
  out = out.replace(/\b(\d{1,2}) (a m|p m)\b/g, (_, h: string, ap: string) => `${h} ${ap.replace(' ', '')}`);
  return out.trim();
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function ordinal(n: number): string {
  return `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
}

/**
 * A day the slot names the way chrono can read it: a weekday before a dated day says the same day ("saturday the 5th of
 * december" is Dec 5, not the coming Saturday), and a day of the month alone ("the 18th") is its next coming, named with
 * its month (chrono reads no bare ordinal).
 */
function dayForChrono(date: string, now: Date): string {
  let out = date.replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?=(?:the )?\d{1,2}(?:st|nd|rd|th)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/g, '');
  out = out.replace(/^(?:the )?(\d{1,2})(?:st|nd|rd|th)$/, (whole, d: string) => {
    const day = Number(d);
    for (let ahead = 0; ahead < 12; ahead += 1) {
      const month = (now.getUTCMonth() + ahead) % 12;
      const year = now.getUTCFullYear() + Math.floor((now.getUTCMonth() + ahead) / 12);
      const fits = new Date(Date.UTC(year, month, day)).getUTCDate() === day;
      // With its year: "the 25th" said on the 25th is today, even once the hour said has passed.
      if (fits && (ahead > 0 || day >= now.getUTCDate())) return `${MONTHS[month]} ${ordinal(day)} ${year}`;
    }
    return whole;
  });
  // "a week from friday", "two days after monday": chrono reads "a week" from today; the offset counts from the day named.
  out = out.replace(/^(?:in )?(a|one|two|three) (day|week)s? (?:from|after) (.+)$/, (whole, n: string, unit: string, from: string) => {
    const [base] = chrono.parse(from, { instant: now, timezone: 0 }, { forwardDate: true });
    if (!base || base.index !== 0 || base.text.length !== from.length || !(base.start.isCertain('day') || base.start.isCertain('weekday'))) return whole;
    const date = base.start.date();
    date.setUTCDate(date.getUTCDate() + (n === 'a' || n === 'one' ? 1 : n === 'two' ? 2 : 3) * (unit === 'week' ? 7 : 1));
    return date.toISOString().slice(0, 10);
  });
  return out;
}

export interface ExpectedWhen {
  /** YYYY-MM-DD in UTC (the bench user's zone), when the slot says a day. */
  day?: string;
  /** HH:MM, when the slot says a time. */
  time?: string;
  /** The time is a bare hour ("at two", "four o'clock", "half past two"): the words do not say am or pm. */
  eitherHalf?: boolean;
}

/** A due time (HH:MM) is the time the slot says; for a bare hour, in either half of the day. */
export function sameClock(due: string, when: ExpectedWhen): boolean {
  if (!when.time || due === when.time) return true;
  if (!when.eitherHalf) return false;
  const [h, m] = when.time.split(':').map(Number);
  return due === `${String(((h ?? 0) + 12) % 24).padStart(2, '0')}:${String(m ?? 0).padStart(2, '0')}`;
}

/** What the date and time slots mean, read independently of the interpreter; undefined when they cannot be read. */
export function expectedWhen(slots: Slots, now: Date): ExpectedWhen | undefined {
  // "every thirty minutes" is a repetition, not a time.
  if (/\bevery\b/.test(`${slots.date ?? ''} ${slots.time ?? ''}`)) return undefined;
  if (!slots.date && !slots.time) return undefined;
  const day = [slots.date ? dayForChrono(digitsForSlot(slots.date), now) : undefined, slots.time ? slots.timeOfDay : undefined].filter(Boolean).join(' ');
  const text = [day, slots.time].filter(Boolean).map((s) => digitsForSlot(s!)).join(' at ');
  const [result] = chrono.parse(text, { instant: now, timezone: 0 }, { forwardDate: true });
  if (!result) return undefined;
  const date = result.start.date();
  const iso = date.toISOString();
  const when: ExpectedWhen = {};
  if (slots.date && (result.start.isCertain('day') || result.start.isCertain('weekday'))) when.day = iso.slice(0, 10);
  if (slots.time && result.start.isCertain('hour')) when.time = iso.slice(11, 16);
  // chrono reads an hour without am/pm as the morning's; a person says "a meeting at two" for 2pm and "the school run at
  // eight fifteen" for 8:15am: the slot alone does not say which.
  const said = `${slots.time ?? ''} ${slots.timeOfDay ?? ''}`;
  if (when.time && !result.start.isCertain('meridiem') && !/\b(?:am|pm|a m|p m|noon|midnight|morning|afternoon|evening|night|tonight|minutes?|hours?|in)\b/.test(said)) when.eitherHalf = true;
  return when.day || when.time ? when : undefined;
}

const FRAME_WORDS = new Set(
  'alexa olly hey please remind reminder reminders me add set schedule calendar list to-do todo create put'.split(' '),
);

/** A clean title keeps every word of the event and none of the date/time words or the command frame. */
function wordsOf(s: string): string[] {
  return s.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
}

function stem(word: string): string {
  return word.replace(/(?:'s|s)$/, '');
}

/**
 * With the annotation, a word the sentence also says outside its date and time slots is not left over from them ("a
 * meeting with [relation : the vp of the department] on [date : the twenty first of march …]": "the" and "of" are the vp's).
 */
export function isCleanTitle(title: string, slots: Slots, annotation?: string): boolean {
  const words = wordsOf;
  const got = new Set(words(title));
  const event = new Set(words(slots.eventName ?? ''));
  if ([...event].some((w) => !got.has(w))) return false;
  const dateWords = words([slots.date, slots.time, slots.timeOfDay].filter(Boolean).join(' '));
  const saidElsewhere = new Set(words((annotation ?? '').replace(/\[(?:date|time|timeofday) : [^\]]+\]/g, ' ').replace(/\[\w+ : ([^\]]+)\]/g, '$1')));
  return [...got].every((w) => event.has(w) || (!FRAME_WORDS.has(w) && (!dateWords.includes(w) || saidElsewhere.has(w))));
}

export interface SlurpOutcome {
  action: 'add' | 'remove' | 'read' | 'asked' | 'not-found' | 'none' | 'other';
  created: Task[];
  destructive: boolean;
}

/**
 * What the assistant did, from its tool calls: seeded tasks are the only ones a remove may touch, and only its target.
 * An add whose event the user already has on the day it names ("remind me about tomorrow's meeting" and the seeded
 * "Team meeting" is tomorrow) is done by a reminder on that task: `named` is the event, `day` the day the command names.
 */
export function classifyOutcome(actions: ToolAction[], reply: string, seeded: Task[], target: Task | undefined, expected: ExpectedAction, namedItem?: string, day?: string): SlurpOutcome {
  // A list remove names its item ("remove milk from my shopping list" may take "Buy milk"); a calendar remove its event.
  const named = new Set(wordsOf(target?.title ?? namedItem ?? '').map(stem));
  // A remove may also take a task that shares a word with what it names ("remove my meetings" → "Team meeting").
  const mayRemove = (task: Task) => expected === 'remove' && (task.id === target?.id || wordsOf(task.title).some((w) => named.has(stem(w))));
  const ok = actions.filter((a) => !(a.output && typeof a.output === 'object' && 'error' in a.output));
  const created = ok.filter((a) => a.tool === 'add_task').map((a) => a.output as Task);
  const removedIds = ok
    .filter((a) => a.tool === 'delete_task' || a.tool === 'complete_task' || (a.tool === 'update_task' && (a.input as { status?: string }).status === 'completed'))
    .map((a) => (a.input as { taskId: string }).taskId);
  const destructive = removedIds.some((id) => seeded.some((t) => t.id === id && !mayRemove(t))) || removedIds.length > 1;
  const wrote = ok.some((a) => a.tool !== 'list_tasks' && a.tool !== 'search_tasks');
  const reminded = ok
    .filter((a) => a.tool === 'set_reminder' && (a.input as { remindAt?: unknown }).remindAt)
    .map((a) => a.output as Task)
    .filter((t) => seeded.some((s) => s.id === t.id) && wordsOf(t.title).some((w) => named.has(stem(w))) && (!day || t.dueAt?.slice(0, 10) === day));
  const changedOthers = ok.some((a) => a.tool !== 'list_tasks' && a.tool !== 'search_tasks' && a.tool !== 'set_reminder');
  let action: SlurpOutcome['action'];
  if (expected === 'add' && created.length === 0 && reminded.length === 1 && !changedOthers) return { action: 'add', created: reminded, destructive };
  if (removedIds.length > 0 && created.length === 0) action = 'remove';
  else if (created.length > 0 && removedIds.length === 0) action = 'add';
  // A yes/no question about deleting (or completing: a remove may do either) usually follows a lookup: a question, not a read.
  else if (!wrote && /\?\s*(?:\(?yes|$)/i.test(reply.trim()) && /delete|remove|cancel|mark as done/i.test(reply)) action = 'asked';
  // "Which one should I delete?" with the candidates: a question about deleting too, not a read.
  else if (!wrote && /^which (?:one|task|item)s? should i (?:delete|remove|cancel|complete)\?/i.test(reply.trim())) action = 'asked';
  // A lookup that says it found nothing to remove: right only when nothing the command names is there (the caller decides).
  else if (!wrote && /^(?:i couldn't find a task matching|you have nothing\b.*\bnothing to (?:delete|remove))/i.test(reply.trim())) action = 'not-found';
  else if (!wrote && ok.some((a) => a.tool === 'list_tasks' || a.tool === 'search_tasks')) action = 'read';
  else action = wrote ? 'other' : 'none';
  return { action, created, destructive };
}
