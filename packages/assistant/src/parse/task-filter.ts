// Reads which tasks a phrase means: "all my overdue shopping tasks", "high priority tasks due this week", "the dentist one".
import type { Priority } from '@todo/domain';
import { findTags } from './attributes.js';
import { findDate, type ParseContext } from './due-date.js';
import { cutPhrase, squeeze } from './phrase-cut.js';
import { addDays, dayBounds, instantOf, wallClockAt } from './zoned-time.js';
import { MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN, monthNumber, parseNumber } from './vocabulary.js';

export interface TaskFilter {
  status?: 'pending' | 'completed' | 'all';
  /** "without a due date", "unscheduled". */
  noDue?: boolean;
  /** "by priority", "sorted by title". */
  sort?: 'dueAt' | 'priority' | 'title' | 'createdAt';
  priority?: Priority[];
  tags: string[];
  dueFrom?: Date;
  dueTo?: Date;
  overdue?: boolean;
  /** Words left to match against titles ("dentist"). */
  words: string[];
  /** "all", "every", "everything", "both": many tasks are meant. */
  all: boolean;
  /** "it", "its", "that", "them": the tasks the conversation last touched. */
  pronoun: boolean;
  /** Phrases understood, for the reply ("due today", "high priority"). */
  labels: string[];
}

const STOP_WORDS = new Set(
  `a an the my our your all any every each of for to on in at by with about from called named titled task tasks todo todos to-do to-dos item items
  thing things stuff one ones that this these those which what whats what's is are do does did have has i me please list lists show tell give
  due there something anything everything some entry entries reminder reminders job jobs and or due? current currently still now right
  up coming need should get got see view display let know people guys folks whatever whichever`.split(/\s+/),
);

export const PRONOUN = /^(?:it|its|that|this|them|their|those|these|them all|those all|all those|all these|that one|this one|the last one|the one i just (?:added|created|made)|the (?:task|one) i just (?:added|created|made)|same|the same(?: one| task)?|both(?: of them)?|all of them|the latter|the former)$/i;

function range(labels: string[], label: string, from: Date, to: Date) {
  labels.push(label);
  return { from, to };
}

/** Date windows a list or a reference can name. */
function findWindow(text: string, ctx: ParseContext, labels: string[]): { from?: Date; to?: Date; overdue?: boolean; rest: string } {
  const today = wallClockAt(ctx.now, ctx.timeZone);
  const overdue = cutPhrase(text, /\b(?:over ?due|late|past due|missed|behind(?: on)?|expired|(?:(?:did|have) )?i (?:forget|forgot|miss|missed)(?: about)?|forgot(?:ten)?(?: about)?|slipped through)\b/);
  if (overdue) {
    labels.push('overdue');
    return { overdue: true, rest: overdue.rest };
  }
  const windows: Array<[RegExp, () => { from: Date; to: Date }]> = [
    // "the rest of the day", "the remainder of today": from now on, today only.
    // "later today", "after lunch", "later on": the same.
    [/\b(?:due |for )?(?:(?:the )?(?:rest|remainder) of (?:the day|today|my day|this day)|later (?:on )?today|(?:later|after) (?:this afternoon|this evening|lunch(?: ?time)?)(?: today)?)\b/, () => range(labels, 'due later today', ctx.now, dayBounds(today, ctx.timeZone).to)],
    // "the past event", "previous appointments": what was due before now.
    [/\b(?:in the )?(?:past|previous|earlier|already happened|gone by)\b(?= (?:[\p{L}'-]+ )?(?:events?|appointments?|meetings?|entries|entry|tasks?|reminders?|ones?|items?)\b|$)/u, () => range(labels, 'due before now', new Date(0), ctx.now)],
    [/\b(?:due |for |on )?(?:today|tonight|this (?:morning|afternoon|evening))\b/, () => range(labels, 'due today', ...bounds(dayBounds(today, ctx.timeZone)))],
    [/\b(?:due |for |on )?tomorrow\b/, () => range(labels, 'due tomorrow', ...bounds(dayBounds(addDays(today, 1), ctx.timeZone)))],
    [/\b(?:due |for |from )?yesterday\b/, () => range(labels, 'due yesterday', ...bounds(dayBounds(addDays(today, -1), ctx.timeZone)))],
    // "due before the weekend", "by the weekend": up to the end of Friday.
    [/\b(?:due )?(?:before|by|until|till|ahead of) (?:the |this )?weekend\b/, () => {
      const sat = addDays(today, (6 - today.weekday + 7) % 7);
      return range(labels, 'due before the weekend', new Date(0), new Date(dayBounds(sat, ctx.timeZone).from.getTime() - 1));
    }],
    [/\b(?:due |for )?(?:this weekend|the weekend|over the weekend|(?<=\b(?:my|our|all|of) )weekend(?:'s)?)\b/, () => {
      const untilSat = (6 - today.weekday + 7) % 7;
      const sat = addDays(today, untilSat);
      return range(labels, 'due this weekend', dayBounds(sat, ctx.timeZone).from, dayBounds(addDays(sat, 1), ctx.timeZone).to);
    }],
    [/\b(?:due |for )?next week\b/, () => {
      const monday = addDays(today, ((8 - today.weekday) % 7) || 7);
      return range(labels, 'due next week', dayBounds(monday, ctx.timeZone).from, dayBounds(addDays(monday, 6), ctx.timeZone).to);
    }],
    // "what does my week look like": the user's week is this one.
    [/\b(?:due |for )?(?:this week|the week|the rest of the week|this coming week|(?<=\b(?:my|our) )week(?:'s)?(?! ?end))\b/, () => {
      const sunday = addDays(today, (7 - today.weekday) % 7);
      return range(labels, 'due this week', ctx.now, dayBounds(sunday, ctx.timeZone).to);
    }],
    [/\b(?:due |for )?(?:this month|the month|the rest of the month)\b/, () => {
      const last = new Date(Date.UTC(today.year, today.month, 0)).getUTCDate();
      return range(labels, 'due this month', ctx.now, dayBounds({ ...today, day: last }, ctx.timeZone).to);
    }],
    [/\b(?:due )?(?:soon|upcoming|coming up|in the next (?:few|7|seven) days|next few days)\b/, () =>
      range(labels, 'due in the next 7 days', ctx.now, dayBounds(addDays(today, 7), ctx.timeZone).to)],
  ];
  const nextDays = cutPhrase(text, new RegExp(`\\b(?:due )?(?:(?:in|within|over|during|for) )?the (?:next|coming) (${NUMBER_PATTERN}) days\\b`));
  const dayCount = nextDays ? parseNumber(nextDays.match[1] ?? '') : undefined;
  if (nextDays && dayCount && Number.isInteger(dayCount)) {
    return { ...range(labels, `due in the next ${dayCount} days`, ctx.now, dayBounds(addDays(today, dayCount), ctx.timeZone).to), rest: nextDays.rest };
  }
  for (const [pattern, window] of windows) {
    const cut = cutPhrase(text, pattern);
    if (!cut) continue;
    const first = window();
    // "today and tomorrow", "this weekend or next week": two windows said together are both, from the first to the last.
    const joined = /^\s*(?:and|or|&|\+|plus)\s+/i.exec(text.slice(cut.end));
    if (joined) {
      const alsoLabels: string[] = [];
      const second = findWindow(text.slice(cut.end + joined[0].length), ctx, alsoLabels);
      if (second.from && second.to && !second.overdue && alsoLabels.length === 1) {
        labels.push(`${labels.pop() ?? ''} and ${(alsoLabels[0] ?? '').replace(/^due /, '')}`);
        const from = first.from < second.from ? first.from : second.from;
        const to = first.to > second.to ? first.to : second.to;
        return { from, to, rest: squeeze(`${text.slice(0, cut.start)} ${second.rest}`) };
      }
    }
    return { ...first, rest: cut.rest };
  }
  // "anything due in december", "what's on during march": a month named alone is all of it (the next one of that name).
  const month = cutPhrase(text, new RegExp(`\\b(?:due )?(?:in|during|for|throughout|over|through)(?: the month of)? (${MONTH_PATTERN})\\b(?! ?\\d| the \\d)`));
  const monthNo = month ? monthNumber(month.match[1] ?? '') : undefined;
  if (month && monthNo) {
    const year = monthNo < today.month ? today.year + 1 : today.year;
    const last = new Date(Date.UTC(year, monthNo, 0)).getUTCDate();
    const name = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthNo - 1, 15)));
    const from = dayBounds({ ...today, year, month: monthNo, day: 1 }, ctx.timeZone).from;
    return { ...range(labels, `due in ${name}`, from < ctx.now && monthNo === today.month ? ctx.now : from, dayBounds({ ...today, year, month: monthNo, day: last }, ctx.timeZone).to), rest: month.rest };
  }
  const date = findDate(text, ctx);
  if (date && date.hasDay) {
    const { from, to } = dayBounds(date.wall, ctx.timeZone);
    const day = new Intl.DateTimeFormat('en-US', { timeZone: ctx.timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(instantOf({ ...date.wall, hour: 12 }, ctx.timeZone));
    // "due before Friday" / "after Friday": an open-ended window on one side of that day.
    const open = /\b(before|until|till|by|after)\s*(?:the\s*)?$/i.exec(commonPrefix(text, date.rest));
    if (open && /^(?:before|until|till)$/i.test(open[1] ?? '')) {
      labels.push(`due before ${day}`);
      return { from: new Date(0), to: new Date(from.getTime() - 1), rest: date.rest.replace(/\b(?:due\s+)?(?:before|until|till)\s*$/i, '') };
    }
    if (open && open[1]?.toLowerCase() === 'by') {
      labels.push(`due by ${day}`);
      return { from: new Date(0), to, rest: date.rest.replace(/\b(?:due\s+)?by\s*$/i, '') };
    }
    if (open) {
      labels.push(`due after ${day}`);
      return { from: new Date(to.getTime() + 1), to: new Date(Date.UTC(9999, 0)), rest: date.rest.replace(/\b(?:due\s+)?after\s*$/i, '') };
    }
    labels.push(`due ${day}`);
    return { from, to, rest: date.rest.replace(/\b(?:due|on|for|by)\s*$/i, '') };
  }
  return { rest: text };
}

/** The words before the cut date phrase: what `text` and the text without the phrase begin with. */
function commonPrefix(text: string, rest: string): string {
  let i = 0;
  while (i < text.length && i < rest.length && text[i] === rest[i]) i += 1;
  return text.slice(0, i);
}

function bounds(b: { from: Date; to: Date }): [Date, Date] {
  return [b.from, b.to];
}

// After "all"/"everything" these name the whole store, not a title: "delete all events and information", "all data".
// What is still to do, said with a word of being done: "not done yet", "needs to be done", "still to be finished", "needs doing".
const STILL_TO_DO =
  /\b(?:(?:is|are|has|have)\s+)?not (?:yet |been )*(?:done|finished|completed?)\b(?: yet)?|\b(?:isn'?t|aren'?t|haven'?t been|hasn'?t been|not been) (?:done|finished|completed?)\b(?: yet)?|\b(?:still |yet )?(?:needs?|has|have|got|is|are|left|still) to (?:be |get )?(?:done|finished|completed?|do|finish)\b|\b(?:still )?needs? (?:doing|finishing)\b/;

const WHOLE_STORE = new Set('events entries schedules schedule calendar calendars data information info content contents records plans diary agenda'.split(' '));

/** Parses a reference or a question into structured filters plus leftover title words. */
export function parseTaskFilter(phrase: string, ctx: ParseContext): TaskFilter {
  const labels: string[] = [];
  let text = squeeze(phrase.toLowerCase().replace(/[?!.]+$/g, '').replace(/["“”]/g, '').replace(/^(?:it all|all of it|the (?:whole )?lot)$/, 'everything'));
  const filter: TaskFilter = { tags: [], words: [], all: false, pronoun: PRONOUN.test(text), labels };
  if (filter.pronoun) {
    filter.all = /^(?:them|those|these|them all|those all|all those|all these|both(?: of them)?|all of them)$/i.test(text);
    return filter;
  }
  const sort = cutPhrase(text, /\b(?:sorted |ordered |grouped |arranged )?by (priority|importance|due date|date|deadline|title|name|alphabet(?:ical(?:ly)?)?|newest|created|creation)\b/);
  if (sort) {
    const key = sort.match[1] ?? '';
    filter.sort = /^(?:priority|importance)$/.test(key) ? 'priority' : /^(?:title|name|alpha)/.test(key) ? 'title' : /^(?:newest|created|creation)$/.test(key) ? 'createdAt' : 'dueAt';
    text = sort.rest;
  }
  const noDue = cutPhrase(text, /\b(?:without|with no|no|missing)(?: a| any)? (?:due )?(?:date|deadline)s?\b|\b(?:undated|unscheduled|not scheduled)\b/);
  if (noDue) {
    filter.noDue = true;
    labels.push('without a due date');
    text = noDue.rest;
  }
  const all = cutPhrase(text, /\b(?:all|every(?:thing)?|each|both|any ?thing)\b(?: of)?/);
  if (all) {
    filter.all = true;
    text = all.rest;
  }
  // "what's not done yet", "what needs to be done today", "what still needs doing": still to do, whatever "done" they say.
  const toDo = cutPhrase(text, STILL_TO_DO);
  const status = toDo ? undefined : cutPhrase(text, /\b(?:when did i|(?:did|have) i (?:already )?(?:finish|finished|complete|completed|do|done|get done|got done|check off|tick off)|completed|complete|finished|done|closed|checked off)\b/);
  if (status) {
    filter.status = 'completed';
    labels.push('completed');
    text = status.rest;
  } else if (toDo) {
    filter.status = 'pending';
    text = toDo.rest;
  } else {
    const open = cutPhrase(text, /\b(?:pending|open|incomplete|unfinished|outstanding|remaining|active|left|not done|undone)\b/);
    if (open) {
      filter.status = 'pending';
      text = open.rest;
    }
  }
  const priority = cutPhrase(
    text,
    /\b(?:(high|top|highest|urgent|important|critical|low|lowest|medium|normal)(?:[- ](?:priority|prio|pri))?|(?:priority|prio)(?: is)? (high|low|medium))\b|\b(urgent|important)\b/,
  );
  if (priority) {
    const word = (priority.match[1] ?? priority.match[2] ?? priority.match[3] ?? '').toLowerCase();
    const level: Priority = /^(?:low|lowest)$/.test(word) ? 'low' : /^(?:medium|normal)$/.test(word) ? 'medium' : 'high';
    filter.priority = [level];
    labels.push(`${level} priority`);
    text = priority.rest;
  }
  // "thursday's lunch", "tomorrow's call": in a reference a day's possessive is the day.
  text = text.replace(new RegExp(`\\b(${WEEKDAY_PATTERN}|today|tonight|tomorrow|yesterday)'s\\b`, 'gi'), '$1');
  // "between now and friday", "from today until the 10th": everything due by then.
  text = text.replace(/\b(?:between|from) (?:now|today) (?:and|until|till|to|through) /gi, 'by ');
  const window = findWindow(text, ctx, labels);
  text = window.rest;
  if (window.from) filter.dueFrom = window.from;
  if (window.to) filter.dueTo = window.to;
  if (window.overdue) filter.overdue = true;
  const tags = findTags(text);
  filter.tags = tags.tags;
  text = tags.rest;
  for (const tag of filter.tags) labels.push(`tagged ${tag}`);
  filter.words = text
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/'s$/, '').replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w) && !(filter.all && WHOLE_STORE.has(w)));
  return filter;
}
