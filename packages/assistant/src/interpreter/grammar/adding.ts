// Adding tasks: "add X", "remind me to X at 5", "I need to X", "todo: X". The explicit form decides before any other
// command rule, so "add remove the old shelf" is a new task.
import { findDate } from '../../parse/due-date.js';
import { findRecurrence } from '../../parse/recurrence-phrase.js';
import { EVENT_WORD } from '../../parse/command-frame.js';
import type { Intent } from '../intent.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';
import { WORD_CLASSES } from './vocabulary.js';

// "book a flight", "plan a party on friday": the verb of an event goes; "book flights to lisbon", "plan the budget" keep
// theirs, and so does "book car service" — without its article the booking is what is still to do.
const BOOKED_EVENT = `\\s+(?:[\\w'-]+ )?(?:${EVENT_WORD})(?:\\s+(?:with|for|on|at|in|to|about|next|this|tomorrow|today|tonight|every)\\b|\\s*$)`;
// "put out the bins", "write the report", "track the parcel": those verbs are the task's own, not a frame around it.
// "need lemons and mint", "out of dish soap": a thing needed is one to get ("need help", "out of the office" are not).
const NEED_ITEM =
  "need(?! (?:help|a hand|some help|to|you|more time|a break|a minute|a sec)\\b)(?= [a-z])|running low on|out of(?! (?:the|my|our|town|office|time|here|luck|ideas|breath|it|this|that|work|order|stock|sight|reach|control|date)\\b)(?= [a-z]+(?: [a-z]+){0,2}(?: and|,| n|$))";
const ADD_FRAME =
  `(?:add(?: a| an| new| the)?(?: tasks?| todos?| to-?dos?| items?| reminders?| events?| (?:calendar )?entry)?(?: to| for| called| named| titled| that says)?|create(?: a| an)?(?: new)?(?: tasks?| todos?| to-?dos?| items?| reminders?| (?:calendar )?(?:events?|entry|entries))?(?: to| for| called| named| titled)?|new (?:tasks?|todos?|to-?dos?|items?|events?|(?:calendar )?entry|reminders?)(?: to| for| called| named)?|make (?:a |an )?(?:new )?(?:tasks?|todos?|to-?dos?|items?|reminders?|note)(?: to| for| called| named| that says)?|(?:set up|schedule)(?: (?:for )?(?:me|us)\\b)?(?: a| an)?(?: tasks?| reminders?)?(?: to| for)?|(?:plan(?: a| an)?|book (?:a|an))(?=${BOOKED_EVENT})|set (?:a|an|up a|up an)(?=${BOOKED_EVENT})|book (?:me|us) in(?: for)?(?: a| an)?|save the date(?: for| of)?|put(?! (?:out|away|up|together|off|back|aside|forward)\\b)(?: down| in)?|pencil(?: in)?|note(?: down)?(?: that)?|jot(?: down)?|write down|log|capture|i (?:need|have got|have|got|must|should|gotta|want|ought) (?:to )?(?:remember to |not forget to )?|we (?:need|have got|have|got|must|should|gotta|ought) (?:to )?|i've got to|we've got to|i'll need to|need to|${NEED_ITEM}|(?:we|i)(?:'re| are|'m| am|'ve| have)? (?:all |completely |just )?(?:ran |run )?(?:${NEED_ITEM})|have to|gotta|got to|don'?t (?:let me )?forget(?: to| about)?|remember(?: to)?|to-?do|todo|task|tasks)\\b:?\\s*`;
const STRONG_ADD = '(?=(?:add|create|new (?:task|todo|to-do|item)|todo|to-do|task)\\b(?! (?:the |a |an )?(?:(?:notes?|description|details?|comments?) (?:to|for|on)\\b|(?:reminders?|alerts?|tags?|labels?)\\b|#?[\\w-]+ (?:tag|label) (?:to|on|onto)\\b|#[\\w-]+(?:[ ,]+#[\\w-]+)* (?:to|on|onto)\\b)))';
const add = (g: Record<string, string>): Intent => ({ kind: 'add', text: g.rest ?? '' });

const DONE_OR_PRIORITY = new RegExp(`^(?:${WORD_CLASSES.done}|${WORD_CLASSES.undone}|${WORD_CLASSES.priority})$`, 'i');
// Which day "now" is does not matter here: only whether the words are a date and nothing else.
/** A clock for asking whether words are a date at all, whatever the day. */
export const ANY_DAY = { now: new Date(0), timeZone: 'UTC' };

/** The words name a day or a time and nothing more ("friday", "the 12th", "thursday afternoon"). */
function isOnlyDate(words: string | undefined): boolean {
  const found = findDate(words ?? '', ANY_DAY);
  return !!found && found.rest.replace(/\b(?:on|the|at|in)\b/gi, '').trim() === '';
}

/** The words name only when ("today", "mondays", "for the day", "this week"): no task of their own. */
export function isOnlyWhen(words: string | undefined): boolean {
  const text = (words ?? '').replace(/^(?:(?:with|for|of) )?(?:the |all |my )?/i, '').trim();
  if (/^(?:day|week|weekend|month|year|night|morning|evening|afternoon)$/i.test(text)) return true;
  const repeat = findRecurrence(text);
  return isOnlyDate(text) || (!!repeat && repeat.rest.trim() === '');
}

const FREQ_UNIT: Record<string, string> = { daily: 'day', nightly: 'night', weekly: 'week', monthly: 'month', yearly: 'year' };

export const ADDING_RULES: IntentRule[] = [
  {
    id: 'add.explicit',
    priority: 850,
    // "add …", "new task …": whatever follows is the task, even when it starts with another command's verb.
    pattern: template(`^${STRONG_ADD}${ADD_FRAME}<rest*>$`),
    build: add,
    examples: ['add buy milk tomorrow at 5pm #errands', 'add remove the old shelf', 'new task: delete old photos', 'todo call mom'],
    counterExamples: ['add the tag urgent to call plumber', 'add a note to pay rent: use the new account'],
  },
  {
    id: 'add.remind-to',
    // Above the generic "set X to Y": "set an alarm tomorrow at 7 to go running" is a new task.
    priority: 305,
    pattern: template('^(?:remind me (?:later |again |sometime )?(?:to|(?:that )?i (?:need|have|must|got|should) (?:to )?|that)\\b|(?:(?:set(?: up)?|add|create|make|put in|give me) )?(?:a |an |me a )?(?<freq>(?:daily|weekly|monthly|nightly|yearly) )?reminder(?: to\\b| that (?:i (?:need|have|must|got) to\\b)?)?:?)<rest*>$'),
    // "put in a reminder for the gas bill …": the reminder's link before what it is for goes with it ("for 5pm" stays a date).
    // "set a daily reminder at 9pm to …": the reminder's repetition is the task's.
    build: (g) => ({ kind: 'add', text: `${(g.rest ?? '').replace(/^\s*(?:for|about|of|regarding) (?=(?:the|my|a|an|our|his|her|their|[\p{L}]+'s) )/iu, '')}${g.freq ? ` every ${FREQ_UNIT[g.freq.trim().toLowerCase()] ?? 'day'}` : ''}`.trim(), reminderAtDue: true }),
    examples: ['remind me to call mom at 6pm', 'reminder: pay rent on the 1st', 'set a reminder that i have to visit my aunt on sunday', 'put in a reminder for the gas bill due on the fifth', 'set a daily reminder at nine pm to lock the back door'],
    counterExamples: ['remind me about the dentist appointment 1 hour before'],
  },
  {
    id: 'add.tell-me-to',
    // Above the questions: "tell me to take my umbrella" asks for a reminder, "tell me what's due" does not.
    priority: 805,
    pattern: template('^(?:tell|ask|warn|alert|notify|ping|nudge) (?:me|us) (?:(?<when>(?:at|on|in|tomorrow|tonight|today|next|this|every)\\b.*?) )?(?:to|that i (?:need|have|must) to)\\b<rest*>$'),
    build: (g) => ({ kind: 'add', text: `${g.rest ?? ''} ${g.when ?? ''}`.trim(), reminderAtDue: true }),
    examples: ['tell me to take my umbrella tomorrow morning', 'nudge me to stretch at 3pm', 'tell me at five to leave for the concert'],
    counterExamples: ["tell me what's due today", 'tell me about my day'],
  },
  {
    id: 'add.give-me-reminder',
    // Above the questions' "give me …": a reminder given is asked for, not looked up.
    priority: 806,
    pattern: template('^(?:(?:give|send|get) (?:me|us)|(?:can|could|may) (?:i|we) (?:get|have|please have|please get)|i(?:\'d| would) like) (?:a |an |some )?(?:reminders?|alerts?|notifications?|nudges?|heads up|ping)(?: (?<about>about|of|for|regarding)| to| that| when)?\\b<rest*>$'),
    // "… about the dentist" may name a task the user has: a reminder on it (a new task when none matches).
    build: (g) => (g.about ? { kind: 'reminder', target: g.rest ?? '', spec: '' } : { kind: 'add', text: g.rest ?? '', reminderAtDue: true }),
    examples: ['give me a reminder to drink water every hour', 'send me a notification about the bin collection on tuesday', 'can i get a reminder to return the library books on saturday', "i'd like a reminder to call the vet at ten"],
    counterExamples: ['give me my tasks for today'],
  },
  {
    id: 'add.updates-every',
    // "give me an update on the election every 30 minutes", "update me on the match every 10 minutes": a repeating
    // reminder; without a repetition it is a question ("give me an update on my tasks").
    priority: 806,
    pattern: template('^(?:(?:give|send|get|tell) (?:me|us) (?:an? |the |some )?(?<noun>(?:[\\w-]+ ){0,2}?(?:updates?|news|reports?|summary|briefing|score|status|results?|forecast))|(?:update|brief) (?:me|us))\\b<rest*>$'),
    build: (g) => (new RegExp(`\\b(?:${WORD_CLASSES.recurring})\\b`, 'i').test(g.rest ?? '') ? { kind: 'add', text: `${g.noun ?? 'updates'} ${g.rest ?? ''}`, reminderAtDue: true } : undefined),
    examples: ['give me an update on the election every thirty minutes', 'update me on the match every ten minutes', 'send me the weather report every morning'],
    counterExamples: ['give me an update on my tasks', 'tell me the score'],
  },
  {
    id: 'add.let-me-know',
    priority: 805,
    pattern: template("^let (?:me|us) know (?!(?:what|which|how|if|whether|who|whats|what's|where|my|about my|of my)\\b)(?:when (?:(?:it'?s|its|it is) )?(?:time )?(?:to|for) |to |that |about |of |on )?<rest*>$"),
    build: (g) => ({ kind: 'add', text: g.rest ?? '', reminderAtDue: true }),
    examples: ['let me know when it is time to leave for the airport at 4pm', 'let me know about the school play on friday', 'let me know when its time for my meeting at three'],
    counterExamples: ["let me know what's due tomorrow", 'let me know if anything is overdue', 'let me know my tasks for today'],
  },
  {
    id: 'add.remind-when-to',
    priority: 304,
    pattern: template('^(?:remind me|set(?: up)? (?:a |an )?(?:reminder|alarm)) (?<when>(?:at|on|in|tomorrow|tonight|today|next|this|every|after work)\\b.*?) (?:to|that i need to|about) <rest*>$'),
    build: (g) => ({ kind: 'add', text: `${g.rest ?? ''} ${g.when ?? ''}`, reminderAtDue: true }),
    examples: ['remind me tomorrow at 9 to call the bank', 'set an alarm tomorrow at 7 to go running', 'remind me after work to buy milk'],
    counterExamples: [],
  },
  {
    id: 'add.alarm-at-hour',
    // Above the reminder rules: "set an alarm for 7" is a new alarm at 7, not a reminder on a task called "7".
    priority: 745,
    pattern: template('^(?:set|add|create|make|schedule|put)(?: up| in)? (?:me )?(?:a |an |my |the )?(?:new )?(?<noun>alarm|reminder|alert)s? (?:for|at) (?<hour>\\d{1,2}(?::\\d{2})?)(?! ?(?:[ap]\\.?m\\.?\\s*)?(?:min|minute|hour|hr|day|week|month|year|st|nd|rd|th)s?\\b)(?<rest>(?: .*)?)$'),
    build: (g) => ({ kind: 'add', text: `${g.noun ?? ''} ${g.rest ?? ''} at ${g.hour ?? ''}`.replace(/\s+/g, ' '), reminderAtDue: true }),
    examples: ['set an alarm for 7', 'set a reminder for 6:30 tomorrow'],
    counterExamples: ['set a reminder for pay rent the day before', 'set a reminder for 2 hours before'],
  },
  {
    id: 'add.then-put-it-in',
    // "i'm going to the theater on saturday night, please put it on the calendar": what is said first is what to add.
    priority: 760,
    pattern: template('^<rest>,? (?:(?:so|and|then) )?(?:(?:please|can you|could you|just|you can) )*(?:add|put|pop|stick|save|note|write|enter|pencil) (?:it|this|that)(?: (?:in|down))?(?: (?:in|on|to|into|onto) (?:my |the )?(?:calendar|diary|schedule|agenda|planner))(?: (?:please|for me))*$'),
    build: (g) => ({ kind: 'add', text: g.rest ?? '' }),
    examples: ["i'm going to the theater on saturday night at seven thirty please put it on the calendar", 'dinner with the smiths saturday at eight, add it to my calendar'],
    counterExamples: ['put it on the calendar', 'move the dentist to friday'],
  },
  {
    id: 'add.include-in-list',
    // "include butter in my shopping list", "stick batteries on the list": a verb that only adds when a list is named.
    priority: 770,
    pattern: template('^(?:include|insert|append|stick|throw|pop|put)(?: in| down)? <rest> (?<place>(?:in|on|to|into|onto) (?:my|the|our) (?:[\\w-]+ ){0,2}(?:list|to-?do list|to do list))$'),
    build: (g) => ({ kind: 'add', text: `${g.rest ?? ''} ${g.place ?? ''}` }),
    // Two things of two words or more are two items ("bin bags and dish soap"; interpreter splitItems).
    examples: ['include butter in my shopping list', 'stick batteries on the list', 'stick paper towels and olive oil on the shopping list'],
    counterExamples: ['include the receipts in the expense report', 'add fish and chips to the shopping list'],
  },
  {
    id: 'add.new-list-with',
    // "create a new shopping list with milk and eggs": lists are tags here, so the items go on it, one task each (above
    // the explicit "create …", which would make one task of it all).
    priority: 851,
    pattern: template("^(?:create|make|start)(?: me)? (?:a |an |my )?(?:new )?(?!(?:a|an|the|my|new)\\b)(?<list>[\\w'-]+(?: [\\w'-]+)?) list (?:with|containing|of|that has)(?: the)?(?: items?)? <items*>$"),
    build: (g) => (/^(?:to-?do|to do|task|new)$/i.test(g.list ?? '') ? undefined : { kind: 'add', text: `to my ${g.list ?? ''} list: ${g.items ?? ''}` }),
    examples: ['create a new shopping list with milk and eggs', 'make a packing list with passport, charger and socks'],
    counterExamples: ['make a list of numbers for me'],
  },
  {
    id: 'add.note-that',
    // "make a note that the rent is due on the first", "note that the office is closed monday": what is noted is new, even
    // when it says "is due" (above the statements about a task's due date).
    priority: 771,
    // "make a note of the team building day on the 9th", "take a note about the school trip": what it is of is the task
    // (a note with a colon after is a description: "make a note about the dentist: bring x-rays").
    pattern: template('^(?:(?:make|take|leave) (?:a |me a )?note(?: on my calendar| in my calendar)?|note(?: down)?|jot down|write down) (?:that|(?:of|about)(?![^:]*:)) <rest*>$'),
    build: (g) => ({ kind: 'add', text: g.rest ?? '' }),
    examples: ['make a note that the rent is due on the first', 'note that the office is closed on monday', 'please make a note of the team building day on the ninth of january', 'take a note about the school trip on friday'],
    counterExamples: ['make a note to the dentist task: bring x-rays', 'make a note about the dentist: bring x-rays'],
  },
  {
    id: 'add.mark-day-as',
    // "mark friday as my day off", "flag the 12th as payday", "block out thursday afternoon for the dentist": a day named for
    // something is that thing on that day. Above the tag, completion and priority verbs; only a day or time before "as"/"for".
    priority: 770,
    pattern: template('^(?:mark|flag|block(?: off| out)?|reserve|hold|keep|save|set aside)(?: (?:on |in )?(?:my |the )?(?:calendar|diary|agenda|schedule))?(?: for| on)? <when> (?:as|for) <rest*>$'),
    build: (g) => (isOnlyDate(g.when) && !DONE_OR_PRIORITY.test(g.rest ?? '') ? { kind: 'add', text: `${g.rest ?? ''} ${g.when ?? ''}` } : undefined),
    examples: ['mark friday as my day off', 'flag two day after this day as my holiday', 'block out thursday afternoon for the dentist'],
    counterExamples: ['mark the report as done', 'flag the tax return as urgent', 'mark tomorrow as done'],
  },
  {
    id: 'add.when-then-frame',
    // "tomorrow i need to pick up the kids at 3", "tonight, don't forget to call mom": the day said first, then the frame.
    priority: 101,
    pattern: template(`^<when>,? ${ADD_FRAME}<rest*>$`),
    build: (g) => (isOnlyDate(g.when) ? { kind: 'add', text: `${g.rest ?? ''} ${g.when ?? ''}` } : undefined),
    examples: ['tomorrow i need to pick up the kids at 3', "tonight, don't forget to call mom", 'on friday i have to renew the parking permit'],
    counterExamples: ['I need to call the bank tomorrow', 'the report i need to finish'],
  },
  {
    id: 'add.list-colon',
    // "groceries: eggs, butter", "tomorrow: email jen and print tickets": a list's name (or a day) then its items.
    priority: 95,
    pattern: /^(?<list>(?!(?:re|fyi|note|ps|question|update|reminder|idea|q|me|you|so|ok|also|btw|answer|why|because|reason)\b)[\p{L}-]+(?: list)?)\s*:\s*(?<items>[^,]+(?:,\s*[^,]+)+|\S.* (?:and|n|&) \S.*)$/iu,
    build: (g) => ({ kind: 'add', text: `${g.list ?? ''}: ${g.items ?? ''}` }),
    examples: ['groceries: eggs, butter', 'packing: passport, charger and socks'],
    counterExamples: ['note: the office is closed, so work from home', 'fyi: milk, eggs'],
  },
  {
    id: 'add.phrasal',
    // "put the bins out", "pick the kids up": a phrasal verb split around its object is the task itself, verb kept.
    priority: 101,
    pattern: /^(?<rest>(?:put|take|pick|throw|hang|bring) (?!(?:it|them|that|this|those|these|down|in|on|off|out|up|away)\b)(?:[\p{L}'-]+ ){0,2}[\p{L}'-]+ (?:out|up|away)\b(?! (?:of|from)\b).*)$/iu,
    build: add,
    examples: ['put the bins out every other monday', 'take the recycling out on friday', 'pick the kids up at 3pm', 'throw the old paint away'],
    counterExamples: ['take the dentist out of my calendar', 'put it away', 'put the dentist down for friday'],
  },
  {
    id: 'add.frame',
    priority: 100,
    pattern: template(`^${ADD_FRAME}<rest*>$`),
    build: add,
    examples: ['I need to call the bank tomorrow', 'new event book club friday seven thirty', "don't forget to buy stamps", 'jot down renew passport', "we're out of toilet paper", "we're running low on milk", 'set a meeting with the project team the day after tomorrow at ten', 'set an appointment with the vet for friday', 'schedule for me a call with tim thursday three pm'],
    counterExamples: ['I called mom', 'set the meeting to friday', 'set a due date for the report'],
  },
];
