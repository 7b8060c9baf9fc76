// Shared word lists for the phrase parsers: weekdays, months, number words, ordinals.

export const WEEKDAY_PATTERN =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';

const WEEKDAY_CODES: Array<[RegExp, string]> = [
  [/^mon/, 'MO'],
  [/^tue/, 'TU'],
  [/^wed/, 'WE'],
  [/^thu/, 'TH'],
  [/^fri/, 'FR'],
  [/^sat/, 'SA'],
  [/^sun/, 'SU'],
];

/** "Tuesdays" → "TU". */
export function weekdayCode(word: string): string | undefined {
  const lower = word.toLowerCase();
  return WEEKDAY_CODES.find(([pattern]) => pattern.test(lower))?.[1];
}

export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "March" → 3. */
export function monthNumber(word: string): number | undefined {
  const index = MONTHS.indexOf(word.toLowerCase().slice(0, 3));
  return index >= 0 ? index + 1 : undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fortyfive: 45, sixty: 60,
  other: 2, second: 2, third: 3, fourth: 4, half: 0.5, couple: 2, few: 3,
};

export const NUMBER_PATTERN =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty(?:-?five)?|sixty|half an?|a couple of|a few)';

/** "two" → 2, "15" → 15, "half an" → 0.5. */
export function parseNumber(word: string): number | undefined {
  const cleaned = word.toLowerCase().replace(/^(a couple of|a few)$/, (m) => m.split(' ')[1] ?? m).replace(/^half an?$/, 'half');
  if (/^\d+(\.\d+)?$/.test(cleaned)) return Number(cleaned);
  return NUMBER_WORDS[cleaned];
}

export const ORDINAL_PATTERN =
  '(?:\\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|tenth|fifteenth|twentieth|last)';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, tenth: 10, fifteenth: 15, twentieth: 20, last: -1,
};

/** "1st" → 1, "fifteenth" → 15, "last" → −1. */
export function parseOrdinal(word: string): number | undefined {
  const lower = word.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(lower);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[lower];
}

// Misspellings and chat shorthand of the words the date and recurrence parsers rely on.
const SPELLING_FIXES: Array<[RegExp, string]> = [
  [/\b(?:tomm?orr?ow|tomm?orrw|tomorow|tommorow|tomoro|tmrw?|tmrow|2morr?ow|2moro)\b/gi, 'tomorrow'],
  [/\b(?:tonite|2nite|tonigh)\b/gi, 'tonight'],
  [/\b(?:tdy|2day)\b/gi, 'today'],
  [/\b(?:mondy|monady)\b/gi, 'monday'],
  [/\b(?:tuseday|teusday|tuesdy)\b/gi, 'tuesday'],
  [/\b(?:wed(?:ne|n)?sday|wendesday|wednsday|wensday|wedensday|wendsday|wedsday|wednesdy)\b/gi, 'wednesday'],
  [/\b(?:thursay|thurday|thrusday)\b/gi, 'thursday'],
  [/\b(?:firday|fridy|friay)\b/gi, 'friday'],
  [/\b(?:saterday|satuday|saturdy)\b/gi, 'saturday'],
  [/\b(?:sundy|sunady)\b/gi, 'sunday'],
  [/\b(?:evrey|evry|everyy)\b/gi, 'every'],
  [/\b(?:nxt)\b/gi, 'next'],
  // "nxt wk", "in 2 wks": chat's week.
  [/\bwk\b/gi, 'week'],
  [/\bwks\b/gi, 'weeks'],
  // Weekday abbreviations chrono does not read ("next tues 2pm").
  [/\btues\b/gi, 'tuesday'],
  [/\bthurs\b/gi, 'thursday'],
  [/\bweds\b/gi, 'wednesday'],
  // Chat shorthand: "call w/ tom", "remind me abt the dentist".
  [/(?<=\s|^)w\/(?=\s)/gi, 'with'],
  // "dinner w maria": a lone "w" between words is "with".
  [/(?<=[a-z] )w(?= [a-z])/gi, 'with'],
  [/\babt\b/gi, 'about'],
  // "at 0930", "by 1700": a 24-hour clock written without its colon.
  [/\b(at|by|from|until|till|before|after) ([01]\d|2[0-3])([0-5]\d)\b(?! ?(?:[ap]m|hrs?|hours?|h)\b)/gi, '$1 $2:$3'],
  // "resceduale", "reshedule", "reschedual": the verb as it gets typed.
  [/\bre-?s(?:c|ch|k|h)?h?ed(?:u|ua)?(?:a?l)?e?\b/gi, 'reschedule'],
  // "remind me 2 call dad": "2" for "to" before a verb ("remind me 2 hours before" keeps its number).
  [/\b(remind me|remember|forget) 2 (?!(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|times?|more|[ap]m)\b)(?=[a-z]{2,})/gi, '$1 to '],
  // "10ish", "at 3-ish": about then.
  [/\b(\d{1,2}(?::\d{2})?(?:\s?[ap]m)?)\s?-?ish\b/gi, '$1'],
  // "this coming saturday", "the coming week": the next one.
  [/\b(?:this |the )?(?:coming|upcoming) (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|weekend\b)/gi, 'this '],
  // "set a remainder at 3pm": only after a/the, where "remainder" can only be the command's noun.
  [/\b(a|the) (?:remainder|reminer|remider|reminde)\b/gi, '$1 reminder'],
  // "set and event for …": a slip of the tongue for "an" between a command verb and what it makes.
  [/\b(set|add|create|make|schedule|book|put in) and (?=(?:event|appointment|alarm|alert|entry|item|reminder|meeting|task|todo|to-do|occasion)\b)/gi, '$1 an '],
  // "book me a haircut", "schedule me an appointment": the "me" a calendar verb is said for is not part of what it makes.
  [/\b(book|schedule|set up|arrange) me (an?|some) (?=\S)/gi, '$1 $2 '],
  // "a run early tomorrow morning", "a nap late afternoon": how early or late in that part of the day names no task.
  [/\b(?:early|late) (?=(?:morning|afternoon|evening)\b)/gi, 'in the '],
  [new RegExp(`\\b(?:early|late) (?=(?:in the )?(?:morning|afternoon|evening)\\b|(?:tomorrow|today|this|next|on) (?:(?:${WEEKDAY_PATTERN}) )?(?:morning|afternoon|evening)\\b|(?:${WEEKDAY_PATTERN}) (?:morning|afternoon|evening)\\b)`, 'gi'), ''],
  // "in the morning on saturday": chrono reads "morning on saturday" as no day at all; said the other way round it is read.
  [new RegExp(`\\b(in the (?:morning|afternoon|evening)|at night) on ((?:next |this )?(?:${WEEKDAY_PATTERN}))\\b`, 'gi'), 'on $2 $1'],
  // "make an appointment for me with the dentist", "set a reminder for me to call": who it is for is the user, always.
  [/\b(book|schedule|set up|set|arrange|make|reserve|create|add|put) (an?|the|my) ((?:[\w'-]+ ){0,2}?[\w'-]+) for (?:me|us)\b(?= \S)/gi, '$1 $2 $3'],
  // "book in a call with mum", "schedule me in for a haircut": the "in" of fitting it into the diary.
  [/\b(book|schedule)(?: me)? in (?:for )?(an?|my|the) (?=\S)/gi, '$1 $2 '],
  // "put it in my calendar: dentist on friday": the "it" is what follows ("put it in my calendar for friday" keeps its "it").
  [new RegExp(`\\b(?:put|add|pop|stick) (?:it|this) (?:in|on|into|onto) (?:my|the) (?:calendar|diary|agenda|schedule)\\s*:?\\s+(?=[a-z])(?!(?:for|on|at|by|to|in|from|and|then|please|now|again|too|as|with|so|tomorrow|today|tonight|next|this|every|${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b)`, 'gi'), 'add '],
  // Chat shorthand around the command words: "can u move …", "groceries r done", "ur dentist".
  [/\b(can|could|would|will|thank|do|did|have|are|r) u\b/gi, '$1 you'],
  [/\br(?= (?:done|finished|complete|completed|due|urgent|not|still|cancell?ed|over|sorted|paid|clean|ready|fixed|booked)\b)/gi, 'are'],
  // "wat do i have", "due b4 friday": chat spellings of the question and time words.
  [/\bwat(s)?\b/gi, 'what$1'],
  [/\bb4\b/gi, 'before'],
  [/\bwknd\b/gi, 'weekend'],
  // "it's due sunday", "its now at 5", "thats due friday": a pronoun's "is", with or without its apostrophe ("its due date"
  // stays a possessive).
  [/\b(it|that)['’]?s (?=(?:due(?! dates?\b)|now|moved|happening|urgent|important|done|finished|complete|completed)\b)/gi, '$1 is '],
  [/\bwhens\b/gi, 'when is'],
  // "sat @ 11am", "call @ 3": the @ of a time is "at" ("@errands", a tag, has a letter after it).
  [/(?<=\s|^)@\s?(?=\d)/g, 'at '],
  // "standup mon-fri 9:30", "gym mon thru fri": the working week.
  [/\bmon(?:day)?\s?(?:-|–|thru|through|to)\s?fri(?:day)?\b/gi, 'monday to friday'],
  [/\bur\b/gi, 'your'],
];

/** "tomorow" → "tomorrow", "wensday" → "wednesday". */
export function fixCommonMisspellings(text: string): string {
  return SPELLING_FIXES.reduce((fixed, [pattern, word]) => fixed.replace(pattern, word), text);
}

/** When a repetition starts, said after it: "every monday from now on", "weekly going forward". */
export const FROM_NOW_ON = 'from now on|going forward|from here on(?: out| in)?';
