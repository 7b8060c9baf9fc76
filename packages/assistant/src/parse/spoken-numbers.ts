// Spoken numbers → digits where they name a time, a date, a year or an amount ("two thirty pm" → "2:30pm", "twenty first" → "21st").
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './vocabulary.js';

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, twelveth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30 };

const UNIT_WORD = Object.keys(UNITS).filter((w) => w !== 'oh' && w !== 'zero').join('|');
const TENS_WORD = Object.keys(TENS).join('|');
const ORD_UNIT_WORD = Object.keys(ORDINAL_UNITS).join('|');
const CARDINAL = `(?:(?:${TENS_WORD})(?:[- ](?:${UNIT_WORD}))?|${UNIT_WORD})`;
const ORDINAL = `(?:(?:twenty|thirty)[- ](?:${ORD_UNIT_WORD})|twentieth|thirtieth|${ORD_UNIT_WORD})`;
const MINUTES = `(?:(?:oh|o) (?:${UNIT_WORD})|${CARDINAL})`;
const MERIDIEM = `(?:a\\.?m\\.?|p\\.?m\\.?|[ap] m\\b)`;
const TIME_UNIT = '(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|nights?|times)\\b';
const HOUR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

function cardinal(words: string): number {
  return words
    .toLowerCase()
    .split(/[- ]+/)
    .reduce((sum, w) => sum + (UNITS[w] ?? TENS[w] ?? 0), 0);
}

function ordinal(words: string): number {
  const parts = words.toLowerCase().split(/[- ]+/);
  const last = parts[parts.length - 1] ?? '';
  const head = parts.length > 1 ? (TENS[parts[0] ?? ''] ?? 0) : 0;
  return head + (ORDINAL_UNITS[last] ?? ORDINAL_TENS[last] ?? 0);
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`.replace(/(\d)(?:st|nd|rd)$/, (m, d: string) => (Number(d) > 3 || Number(d) === 0 ? `${d}th` : m));
}

function minutesOf(words: string): number {
  return cardinal(words.replace(/^o(?:h)? /i, ''));
}

const rules: Array<[RegExp, (...groups: string[]) => string]> = [
  // "two thousand and seventeen" → 2017
  [new RegExp(`\\btwo thousand(?: and)?(?: (${CARDINAL}))?\\b`, 'gi'), (_m, rest) => String(2000 + (rest ? cardinal(rest) : 0))],
  // "fourteen hundred", "oh eight hundred hours", "at nine hundred": a clock said the military way (an amount otherwise: "nine hundred dollars").
  [new RegExp(`\\b(at |by |from |until |till )?((?:oh|zero) )?(${CARDINAL}) hundred( hours)?\\b`, 'gi'), (m, lead, oh, h, hours) => {
    const hour = cardinal(h);
    // A 24-hour clock names its half of the day: "oh seven hundred" is 7am, never 7pm.
    return hour <= 23 && (oh || hours || hour >= 13 || lead) ? `${lead ?? ''}${hour}:00${hour < 12 ? 'am' : hour === 12 ? 'pm' : ''}` : m;
  }],
  // "at lunchtime": midday ("lunch with sam" is a lunch, not a time).
  [/\b(at|by|around|before|after|until|till) lunch ?time\b|\b(at|by|around) lunch\b(?! (?:with|for|at|in|on)\b)/gi, (_m, a, b) => `${a ?? b} noon`],
  // "sunday lunchtime", "tomorrow lunch time": that day at midday.
  [new RegExp(`\\b(today|tomorrow|${WEEKDAY_PATTERN})(?:'s)? lunch ?time\\b`, 'gi'), (_m, day) => `${day} at noon`],
  // "twelve noon" → 12pm, "twelve midnight" → midnight
  [/\b(?:twelve|12)(?: o'? ?clock)? (?:noon|midday)\b/gi, () => '12pm'],
  [/\b(?:twelve|12)(?: o'? ?clock)? midnight\b/gi, () => 'midnight'],
  // "at half five" (British) → at 5:30; "half past five" → 5:30, "quarter past nine" → 9:15, "quarter to nine" → 8:45, "ten past six" → 6:10
  [new RegExp(`\\b(at|around|by|from|until|till|before|after|for) half (${HOUR}|1[0-2]|0?[1-9])\\b(?!:| ${TIME_UNIT})`, 'gi'), (_m, p, h) => `${p} ${toHour(h)}:30`],
  // "an hour and a half" → 90 minutes; "in a fortnight" → in 2 weeks
  [new RegExp(`\\b(an?|one|two|three|four|\\d) hours? and a half\\b`, 'gi'), (_m, n) => `${(/^an?$/i.test(n) ? 1 : toHour(n)) * 60 + 30} minutes`],
  [/\b(?:a|one) fortnight\b/gi, () => '2 weeks'],
  [new RegExp(`\\b(?:a )?half past (${HOUR}|1[0-2]|0?[1-9])\\b`, 'gi'), (_m, h) => `${toHour(h)}:30`],
  [new RegExp(`\\b(?:a )?quarter (?:past|after) (${HOUR}|1[0-2]|0?[1-9])\\b`, 'gi'), (_m, h) => `${toHour(h)}:15`],
  [new RegExp(`\\b(?:a )?quarter (?:to|til|till) (${HOUR}|1[0-2]|0?[1-9])\\b`, 'gi'), (_m, h) => `${(toHour(h) + 10) % 12 + 1}:45`],
  [new RegExp(`\\b(${CARDINAL}) (?:minutes )?past (${HOUR}|1[0-2]|0?[1-9])\\b(?! ${TIME_UNIT})`, 'gi'), (_m, mm, h) => `${toHour(h)}:${String(cardinal(mm)).padStart(2, '0')}`],
  // "at ten to six" → at 5:50 (only after "at"/"by"…: "from ten to six" is a range)
  [new RegExp(`\\b(at|by|around|about|for) (${CARDINAL}) (?:minutes )?(?:to|til|till|before) (${HOUR}|1[0-2]|0?[1-9])\\b(?! ${TIME_UNIT})`, 'gi'), (m, p, mm, h) => {
    const minutes = cardinal(mm);
    return minutes >= 1 && minutes <= 29 ? `${p} ${(toHour(h) + 10) % 12 + 1}:${String(60 - minutes).padStart(2, '0')}` : m;
  }],
  // "two thirty pm" → 2:30pm, "ten am" → 10am, "twelve o'clock" → 12:00
  [new RegExp(`\\b(${HOUR}) (${MINUTES}) ?(${MERIDIEM})(?=\\W|$)`, 'gi'), (_m, h, mm, ap) => `${cardinal(h)}:${String(minutesOf(mm)).padStart(2, '0')}${ap.replace(/[.\s]/g, '').toLowerCase()}`],
  [new RegExp(`\\b(${HOUR}) ?(${MERIDIEM})(?=\\W|$)`, 'gi'), (_m, h, ap) => `${cardinal(h)}${ap.replace(/[.\s]/g, '').toLowerCase()}`],
  // "5 p m", "7:30 a m": a transcript spells the letters apart.
  [/\b(\d{1,2}(?::\d{2})?) ?([ap]) m\b/gi, (_m, t, ap) => `${t}${ap.toLowerCase()}m`],
  // "from two to four": a span of hours starts at the first.
  // "from two to 3pm" (the second hour already read with its am/pm) too; "between ten and twelve" is the same span.
  [new RegExp(`\\bfrom (${HOUR}|1[0-2]|[1-9]) (to|till|until|-) (${HOUR}|1[0-2]|[1-9])(?:\\b|(?=[ap]m\\b))(?! ${TIME_UNIT})`, 'gi'), (_m, a, link, b) => `from ${toHour(a)} ${link} ${toHour(b)}`],
  [new RegExp(`\\bbetween (${HOUR}|1[0-2]|[1-9]) and (${HOUR}|1[0-2]|[1-9])(?:\\b|(?=[ap]m\\b))(?! ${TIME_UNIT}| (?:people|persons|guests|items|things|tasks|copies|pieces|more|others|ways|of)\\b)`, 'gi'), (_m, a, b) => `from ${toHour(a)} to ${toHour(b)}`],
  // Digits only as the words go (1–12), so a second reading changes nothing: "march seventeen o'clock" → "march 17 o'clock".
  [new RegExp(`\\b(${HOUR}|1[0-2]|0?[1-9]) (?:o'? ?clock|oclock)\\b`, 'gi'), (_m, h) => `${toHour(h)}:00`],
  // "at two thirty", "at five" → at 2:30, at 5
  // "dentist friday ten thirty", "tomorrow nine fifteen": an hour and its minutes right after a day are its time.
  [new RegExp(`\\b(today|tomorrow|tonight|${WEEKDAY_PATTERN}) (${HOUR}) (${MINUTES})\\b(?! ${TIME_UNIT})`, 'gi'), (_m, day, h, mm) => `${day} at ${cardinal(h)}:${String(minutesOf(mm)).padStart(2, '0')}`],
  // "call mom tomorrow ten", "dentist friday three please": a lone hour right after a day, at the end or before a link word.
  [new RegExp(`\\b(today|tomorrow|tonight|${WEEKDAY_PATTERN}) (${HOUR})(?=$| (?:with|for|to|at|in|and|please|then)\\b)`, 'gi'), (_m, day, h) => `${day} at ${cardinal(h)}`],
  // "moved to four thirty" too: an hour and its minutes after "to" are a clock time.
  [new RegExp(`\\b(at|around|by|from|until|till|before|after|for|to) (${HOUR}) (${MINUTES})\\b(?! ${TIME_UNIT})`, 'gi'), (_m, p, h, mm) => `${p} ${cardinal(h)}:${String(minutesOf(mm)).padStart(2, '0')}`],
  // "set an alarm for six", "wake me up at seven": after an alarm the number is an hour.
  [new RegExp(`\\b(alarms? (?:for|at) )(${HOUR})\\b(?! ${TIME_UNIT})`, 'gi'), (_m, lead, h) => `${lead}${cardinal(h)}`],
  // "wake me up at seven": nobody is woken at seven in the evening.
  [new RegExp(`\\b((?:wake(?:-| )?up(?: call)?|wake me(?: up)?) (?:for|at) )(${HOUR}|1[0-2]|[1-9])(?::([0-5]\\d))?\\b(?! ?(?:a\\.?m|p\\.?m|${TIME_UNIT}))`, 'gi'), (_m, lead, h, mm) => `${lead}${toHour(h)}${mm ? `:${mm}` : ''}am`],
  // "at about ten", "by around three": the hedge is no part of the time.
  [new RegExp(`\\b(at|around|until|till|by|before|after)(?: (?:about|around|roughly|approximately))? (${HOUR})\\b(?! ${TIME_UNIT}| of\\b| (?:people|persons|guests|items|things|tasks|copies|pieces|more|others|ways)\\b)`, 'gi'), (_m, p, h) => `${p} ${cardinal(h)}`],
  // "next thursday around 2", "… around 4:30": "around" a clock time after a day, or said last, is at that time.
  [new RegExp(`\\b(today|tomorrow|tonight|${WEEKDAY_PATTERN}) (?:around|about|roughly) (1[0-2]|0?[1-9])(:[0-5]\\d)?\\b(?! ${TIME_UNIT}| (?:people|persons|guests|items|things|tasks|copies|pieces|more|others|ways|of)\\b)`, 'gi'), (_m, day, h, mm) => `${day} at ${h}${mm ?? ''}`],
  [/\b(?:around|about|roughly) (1[0-2]|0?[1-9])(:[0-5]\d)?(?=\s*(?:am|pm)?$)/gi, (_m, h, mm) => `at ${h}${mm ?? ''}`],
  // "nine in the morning" → 9am, "seven in the evening" → 7pm (after the rules above made the hour digits)
  [/\b(\d{1,2})(:\d{2})? (?:o'? ?clock )?in the morning\b/gi, (_m, h, mm) => `${h}${mm ?? ''}am`],
  [/\b(\d{1,2})(:\d{2})? (?:o'? ?clock )?(?:in the (?:afternoon|evening)|at night)\b/gi, (_m, h, mm) => `${h}${mm ?? ''}pm`],
  // Ordinals: "twenty first" → 21st; a lone "first"/"second" only as a date ("the first", "march second").
  [new RegExp(`\\b((?:twenty|thirty)[- ](?:${ORD_UNIT_WORD})|twentieth|thirtieth|(?:${ORD_UNIT_WORD.replace(/first\||second\|/g, '')}))\\b`, 'gi'), (m) => suffix(ordinal(m))],
  [new RegExp(`\\b(the|${MONTH_PATTERN}) (first|second)\\b(?! (?:thing|time|one|half|of all|floor|draft|place|step|round|hand)\\b)`, 'gi'), (_m, lead, o) => `${lead} ${suffix(ordinal(o))}`],
  // "june the fifth", "march the 2nd": the day of that month.
  [new RegExp(`\\b(?!may\\b)(${MONTH_PATTERN}) the (\\d{1,2}(?:st|nd|rd|th))\\b`, 'gi'), (_m, month, day) => `${month} ${day}`],
  // "for may the 21st", "on may the 3rd": after a preposition "may" is the month ("may the 4th be with you" is left as said).
  [/\b(on|for|by|until|till|before|after|from|of|in|since|to) may the (\d{1,2}(?:st|nd|rd|th))\b/gi, (_m, lead, day) => `${lead} may ${day}`],
  // "mon 30th", "fri 27th": a weekday with its day of the month is one day, as "monday the 30th" is.
  [new RegExp(`\\b(${WEEKDAY_PATTERN}) (\\d{1,2}(?:st|nd|rd|th))\\b(?! (?:of )?${MONTH_PATTERN}\\b)`, 'gi'), (_m, day, nth) => `${day} the ${nth}`],
  // "a couple of days" → 2 days; amounts before a unit: "twenty four hours" → 24 hours
  [new RegExp(`\\ba couple(?: of)? (?=${TIME_UNIT})`, 'gi'), () => '2 '],
  [new RegExp(`\\b(${CARDINAL})(?= ${TIME_UNIT})`, 'gi'), (m) => String(cardinal(m))],
  // A day after a month ("april twenty", "may two") or before one ("ten march").
  [new RegExp(`\\b(${MONTH_PATTERN}) (${CARDINAL})\\b`, 'gi'), (m, month, n) => (cardinal(n) <= 31 ? `${month} ${cardinal(n)}` : m)],
  [new RegExp(`\\b(${CARDINAL}) (?:of )?(${MONTH_PATTERN})\\b`, 'gi'), (m, n, month) => (cardinal(n) <= 31 ? `${cardinal(n)} ${month}` : m)],
];

function toHour(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : cardinal(word);
}

/** Rewrites spoken numbers in the contexts where they are surely numbers; everything else is left as said. */
export function digitiseNumbers(text: string): string {
  return rules.reduce((current, [pattern, replace]) => current.replace(pattern, (...args) => replace(...(args.slice(0, -2) as string[]))), text);
}
