// What a target phrase says about its task besides title words: calendar fillers, a time of day, "next"/"the last one I added", kind nouns.
import type { Task } from '@todo/domain';
import { listName } from '../parse/list-name.js';
import { cutPhrase, squeeze } from '../parse/phrase-cut.js';
import { WEEKDAY_PATTERN } from '../parse/vocabulary.js';
import { wallClockAt } from '../parse/zoned-time.js';

export interface TargetReference {
  /** The phrase without fillers, time of day and order words: what the task filter reads (day windows, tags, title words). */
  phrase: string;
  /** Minutes of the local day the task's due time must fall in ("at 2pm" → 13:30–14:30, "this evening" → 17:00–23:59). */
  times?: Array<{ from: number; to: number }>;
  /** "the next meeting": the earliest one still ahead; "the last one I added": the newest. */
  order?: 'next' | 'newest';
  /** The list the message names ("from my grocery list" → "grocery", "the santana music list"); '' for the one list. */
  list?: string;
  /** The phrase names a whole list ("my grocery list", "this list", "list titled kickball"), not a task on it. */
  wholeList?: boolean;
  /** The clock time as said ("at 8:30", "after 5pm"), for a reply. */
  at?: string;
}

/** Nouns that say what kind of entry a task is ("my meeting", "the dentist appointment"): they narrow only when a title carries them. */
export const KIND_NOUNS = new Set(
  'meeting meetings appointment appointments appt appts event events calendar schedule entry entries plan plans reminder reminders occasion'.split(' '),
);

// "from my calendar", "off my saturday schedule", "on my grocery list": where the task lives, not what it is called.
// A day word inside ("my saturday schedule") still narrows, so it is kept; a list's name ("grocery") is kept apart.
const LIST_NOUN = '(?:to-?do list|to do list|todo list|check ?list|shopping list|list)';
const FILLER = new RegExp(
  `\\b(?:from|on|in|off(?: of)?|of|out of|to(?! do list)) (?:(?:my|the|our|your|this|that) )?((?:[\\p{L}\\p{N}'-]+ ){0,2}?)(calendar|schedule|agenda|diary|planner|${LIST_NOUN})\\b`,
  'iu',
);
// The phrase is a list itself: "my old english songs list", "this list", "the to do list from today", "list titled kickball".
const WHOLE_LIST = new RegExp(`^(?:(?:my|the|this|that|our|a|your|whole|entire|full|complete|current)\\s+)*((?:[\\p{L}\\p{N}'-]+ ){0,3}?)(${LIST_NOUN})s?(?=\\s|$)`, 'iu');
const NAMED_LIST = /^(?:(?:the|my|a) )?lists? (?:titled|called|named|for) (.+?)(?=\s+(?:from|for|on|due)\b|$)/i;
const DAY_WORD = new RegExp(`^(?:${WEEKDAY_PATTERN}|today|tomorrow)`, 'i');

const PARTS: Record<string, { from: number; to: number }> = {
  morning: { from: 5 * 60, to: 12 * 60 - 1 },
  afternoon: { from: 12 * 60, to: 17 * 60 - 1 },
  evening: { from: 17 * 60, to: 24 * 60 - 1 },
  night: { from: 18 * 60, to: 24 * 60 - 1 },
  tonight: { from: 17 * 60, to: 24 * 60 - 1 },
};
// "my 6:30 dinner": a time with minutes needs no "at" to be one.
const CLOCK = /\b(?:(?:at|for|around|about|@) )?(\d{1,2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.)(?!\w)|\b(?:(?:(?:at|for|around|@) |(?<=\b(?:before|after|until|till|past|from|later than|earlier than) ))(\d{1,2})(?::(\d{2}))?|(?<![:\d])(\d{1,2}):(\d{2}))\b(?! ?(?:min|minute|hour|hr|day|week|month|year|st|nd|rd|th)s?\b)|\b(?:at |for )?(noon|midday|midnight)\b/i;
// "before 10 tomorrow", "after 6 tonight": a bare hour after the side of the day it bounds is a time too (above).
// "cancel my 10 tomorrow", "the 3 on friday": in a reference a bare hour after "my"/"the" is a time.
const BARE_HOUR = /\b(?:my|the) (1[0-2]|[1-9])\b(?![:.]\d| ?(?:st|nd|rd|th|min|minute|hour|hr|day|week|month|year|items?|tasks?|things?|ones?|of)\b)/i;
const PART = /\b(?:(this|in the|at|tomorrow'?s?|today'?s?) )?(morning|afternoon|evening|night|tonight)(?:'?s)?\b/i;
const NEXT = /\b(?:the |my )?(?:next|upcoming|soonest|first|earliest)(?= (?:[\p{L}'-]+ )?(?:meeting|event|appointment|appt|one|task|thing|item|entry|call|reminder)s?\b)/iu;
const NEWEST =
  /^(?:the |my )?(?:(?:very )?last|latest|newest|most recent(?:ly (?:added|created))?)(?: (?:one|task|item|thing|todo|entry|event|reminder))?(?: (?:i|you) (?:just )?(?:added|created|made|put in|entered|wrote down))?$|^(?:the )?(?:one|task|item|thing) i (?:just |last )?(?:added|created|made|put in)(?: last)?$|^what i (?:just )?added$/i;

// A relative clause says nothing the head noun and the date around it do not ("the meeting ⟨i have⟩ with john tonight",
// "my appointment ⟨that is⟩ on friday", "the conference ⟨scheduled⟩ on march 7"): it goes, the rest narrows.
const RELATIVE_CLAUSE = new RegExp(
  [
    "\\b(?:that |which |who )?(?:i|we)(?:'ve|'d| have| had)? (?:have|had|got|set up|scheduled|made|added|booked|planned|put in|created|visited|attended|am having|'m having|was going to|need to go to|have to go to)\\b",
    "\\b(?:that|which)(?: is|'s| was| are| were)?(?: scheduled| planned| set| booked| coming up| happening)?(?= (?:on|for|at|in|with|tomorrow|today|tonight|next|this)\\b)",
    '\\b(?:scheduled|planned|booked|set)(?= (?:on|for|at|in)\\b)',
  ].join('|'),
  'gi',
);

/** A clock time said in a question ("anything at 2pm tomorrow"): the windows of the day it names, and the rest. */
export function readClock(text: string): { times?: Array<{ from: number; to: number }>; said?: string; rest: string } {
  const clock = cutPhrase(text, CLOCK) ?? cutPhrase(text, BARE_HOUR);
  if (!clock) return { rest: text };
  const said = clock.match[0].replace(/^(?:at|for|around|about|@|my|the)\s+/i, '');
  const times = clock.match.length > 2 ? clockTimes(clock.match) : clockTimes(['', undefined, undefined, undefined, clock.match[1]] as unknown as RegExpExecArray);
  // "everything after 5pm", "before noon": the rest of the day on that side of the time.
  const side = /\b(after|later than|past|from|before|earlier than|until|till)\s*$/i.exec(text.slice(0, clock.start));
  if (!side) return { times, said, rest: clock.rest };
  const at = (times[times.length - 1] as { from: number; to: number }).from + 30;
  const after = /^(?:after|later than|past|from)$/i.test(side[1] ?? '');
  return { times: [after ? { from: at, to: 24 * 60 - 1 } : { from: 0, to: at }], said: `${side[1]} ${said}`, rest: squeeze(`${text.slice(0, side.index)} ${text.slice(clock.end)}`) };
}

/** Reads the extras out of a target phrase; what is left goes to the task filter. */
export function readReference(phrase: string): TargetReference {
  let text = ` ${phrase.replace(RELATIVE_CLAUSE, ' ')} `;
  const reference: TargetReference = { phrase: '' };
  if (NEWEST.test(phrase.trim())) return { phrase: '', order: 'newest' };
  for (let i = 0; i < 2; i += 1) {
    const filler = cutPhrase(text, FILLER);
    if (!filler) break;
    const said = (filler.match[1] ?? '').trim();
    const isList = /list$/i.test(filler.match[2] ?? '');
    const day = said && DAY_WORD.test(said) ? ` ${said} ` : ' ';
    if (isList) reference.list = listName(`${DAY_WORD.test(said) ? '' : said} ${filler.match[2] ?? ''}`);
    text = `${text.slice(0, filler.match.index)}${day}${text.slice(filler.match.index + filler.match[0].length)}`;
  }
  const trimmed = text.trim();
  const whole = NAMED_LIST.exec(trimmed) ?? WHOLE_LIST.exec(trimmed);
  if (whole) {
    reference.wholeList = true;
    reference.list = listName(whole[2] ? `${whole[1] ?? ''} ${whole[2]}` : (whole[1] ?? ''));
    text = ` ${trimmed.slice(whole[0].length)} `;
  }
  const next = cutPhrase(text, NEXT);
  if (next) {
    reference.order = 'next';
    text = next.rest;
  }
  const clock = readClock(text);
  if (clock.times) {
    reference.times = clock.times;
    if (clock.said) reference.at = /^(?:after|before|later|earlier|past|from|until|till)\b/i.test(clock.said) ? clock.said : `at ${clock.said}`;
    text = ` ${clock.rest} `;
  }
  const part = cutPhrase(text, PART);
  if (part && !reference.times) {
    const name = (part.match[2] ?? '').toLowerCase();
    reference.times = [PARTS[name] ?? PARTS.evening!];
    // "this morning", "tonight" also name the day; "tomorrow morning" keeps its day word for the filter.
    const day = /^(?:this|today)/i.test(part.match[1] ?? '') || name === 'tonight' ? ' today ' : /^tomorrow/i.test(part.match[1] ?? '') ? ' tomorrow ' : ' ';
    text = `${text.slice(0, part.match.index)}${day}${text.slice(part.match.index + part.match[0].length)}`;
  }
  // "my 5pm daily call": how often it repeats is not in its title.
  const unrepeated = squeeze(text.replace(/\b(?:daily|weekly|monthly|yearly|annual|recurring|repeating)\b/gi, ' '));
  reference.phrase = /\p{L}{2,}/u.test(unrepeated.replace(/\b(?:the|my|our|a|an)\b/gi, '')) ? unrepeated : squeeze(text);
  return reference;
}

/** "2pm" is 14:00 ±30 min; a bare "at 3" is 3:00 or 15:00. */
function clockTimes(match: RegExpExecArray): Array<{ from: number; to: number }> {
  const around = (minutes: number) => ({ from: minutes - 30, to: minutes + 30 });
  if (match[8]) return [around(/^midnight$/i.test(match[8]) ? 0 : 12 * 60)];
  const hour = Number(match[1] ?? match[4] ?? match[6]);
  const minute = Number(match[2] ?? match[5] ?? match[7] ?? 0);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem) return [around(((hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute)];
  if (hour > 12) return [around(hour * 60 + minute)];
  return [around((hour % 12) * 60 + minute), around(((hour % 12) + 12) * 60 + minute)];
}

/** The task is due at one of the times of day (in the user's zone). */
export function dueAtTimeOfDay(task: Task, times: Array<{ from: number; to: number }>, timeZone: string): boolean {
  if (!task.dueAt) return false;
  const wall = wallClockAt(new Date(task.dueAt), timeZone);
  const minutes = wall.hour * 60 + wall.minute;
  return times.some((t) => minutes >= t.from && minutes <= t.to);
}

/** Orders a pool for "next" (earliest due still ahead) or "newest" (last created). */
export function orderPool(pool: Task[], order: 'next' | 'newest', now: Date): Task[] {
  if (order === 'newest') return [...pool].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return pool
    .filter((t) => t.status === 'pending' && t.dueAt && Date.parse(t.dueAt) >= now.getTime())
    .sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? ''));
}
