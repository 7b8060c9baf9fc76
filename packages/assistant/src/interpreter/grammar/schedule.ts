// Due dates and repetition of existing tasks: move, push back, clear the date, "X is now at 4pm", "make X repeat weekly".
import { findDate } from '../../parse/due-date.js';
import { findRecurrence } from '../../parse/recurrence-phrase.js';
import { ANY_DAY } from './adding.js';
import { rescheduleOrPriority } from './builders.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';
import { WORD_CLASSES } from './vocabulary.js';

// "delete my appointment that is on friday": a command about a task, not a statement that it moved.
const COMMANDED = new RegExp(`^(?:${WORD_CLASSES.deleteVerb}|complete|finish|mark|tick off|check off)\\b`, 'i');

// "i got to call mom", "i've got to pay rent": "got to" and a verb is something to do (an add), not a task moved; "got to
// the gym" (a place: a determiner or a place word after "to") is left as it is read.
const OBLIGATION = /^(?:i|we|you)(?:'ve| have)? to (?!(?:the|a|an|my|our|your|his|her|their|this|that|work|school|bed|church|class|town|home|sleep|know)\b)[a-z]/i;

// "put in a reminder for the gas bill due on the fifth", "add the report due friday": a new task said with its date.
const ADDING = /^(?:add|create|put|set|schedule|make|remind|new|book|pencil|jot|note)\b/i;

/** The words are a repetition and its time, nothing more ("every other day", "every weekday at 9:30"). */
function onlyRepetition(words: string | undefined): boolean {
  const found = findRecurrence(words ?? '');
  return !!found && found.rest.replace(/\b(?:at|on|from|starting|in the (?:morning|afternoon|evening))\b|\d{1,2}(?::\d{2})?\s*(?:[ap]m)?/gi, '').trim() === '';
}

const LEVEL = new RegExp(`^(?:${WORD_CLASSES.priority})$`, 'i');

export const SCHEDULE_RULES: IntentRule[] = [
  {
    id: 'due.cancel-and-move',
    // "cancel my meeting with lisa on tuesday and reschedule it for thursday": one move, never a deletion and then a
    // question. Above the deletion rules; a statement, so it is read whole rather than as two commands.
    priority: 747,
    statement: true,
    pattern: template('^(?:{deleteVerb}) <target>,? (?:and|but|then) (?:then |instead |please )*(?:{moveVerb}|re-?book|re-?arrange|move|put|set|make|book|have) (?:it|that|this|them)(?: again)? (?<value>(?:to|until|till|for|on|at|by|into|in) .+?|tomorrow.*?|tonight.*?|today.*?|next .+?)(?: instead)?$'),
    build: (g) => {
      const intent = rescheduleOrPriority(g.target, g.value);
      return intent?.kind === 'reschedule' ? { ...intent, addIfMissing: true } : undefined;
    },
    examples: ['cancel my meeting with lisa on tuesday and reschedule it for thursday', 'cancel the dentist on friday and move it to monday instead', 'call off the team lunch and put it on the 10th'],
    counterExamples: ['cancel the dentist and the gym', 'delete the report and move the slides to friday', 'cancel the dentist and book a new one'],
  },
  {
    id: 'due.clear',
    priority: 700,
    pattern: template('^(?:(?:remove|clear|delete|drop|unset) (?:the )?|no (?:more )?)(?:{dueNoun}) (?:from|of|for|on) <target*>$'),
    build: (g) => ({ kind: 'clear_due', target: g.target ?? '' }),
    examples: ['remove the due date from call plumber', 'clear the deadline of the report', 'no due date for the flights'],
    counterExamples: ['remove the dentist'],
  },
  {
    id: 'due.set-date-of',
    priority: 699,
    pattern: template('^(?:{moveVerb}|change|set|update|make|put|schedule) (?:the )?(?:{dueNoun}|time) (?:of|for|on) <target> (?:to|until|till|for|on|at) <value*>$'),
    build: (g) => rescheduleOrPriority(g.target, g.value),
    examples: ['change the due date of the report to friday', 'set the time for the dentist to 3pm'],
    counterExamples: [],
  },
  {
    id: 'due.move-dated-set',
    priority: 698,
    // "move everything due today to tomorrow": the new date follows the last "to", the target may name a date too.
    pattern: template('^(?:{moveVerb}) (?<target>.+ (?:due|from|on|for) .+?) (?<value>(?:to|until|till|into) {when})$'),
    build: (g) => rescheduleOrPriority(g.target, g.value),
    examples: ['move everything due today to tomorrow', 'push all tasks from friday to monday'],
    counterExamples: [],
  },
  {
    id: 'due.shift',
    priority: 697,
    // "push the report back a week": a shift from the current due date; before "move X to/by <date>", which would keep
    // "back"/"forward" in the target.
    // "put the dentist back an hour" (British): "put" with "back" only ("put the cake in for 20 minutes" is no shift).
    pattern: template('^(?:push|move|bump|shift|postpone|delay|defer|snooze|put off|put(?= back\\b| .+? back\\b))(?: back| out| forward)? <target>(?: back| out| forward| later)? (?:by |for )?(?<value>(?:{number}) (?:{unit}))(?: later| back| out)?$'),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: `by ${g.value ?? ''}` }),
    examples: ['postpone pay rent by 2 days', 'push the report back a week', 'put the dentist appointment back an hour', 'put back the dentist by half an hour'],
    counterExamples: ['put the cake in for 20 minutes'],
  },
  {
    id: 'due.move',
    priority: 696,
    pattern: template('^(?:{moveVerb}) <target> (?<value>(?:to|until|till|for|on|at|by|into|in) .+|tomorrow.*|tonight.*|today.*|next .+)$'),
    build: (g) => rescheduleOrPriority(g.target, g.value),
    examples: ['move the dentist appointment to friday', 'push buy groceries to tomorrow', 'bump rent to high', 'push the vet back to monday'],
    counterExamples: ['move the bins out'],
  },
  {
    id: 'due.postpone',
    priority: 695,
    pattern: template('^(?:postpone|push back|delay|defer|snooze|put off) <target*>$'),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: 'by 1 day' }),
    examples: ['postpone the dentist', 'snooze groceries'],
    counterExamples: [],
  },
  {
    id: 'due.make-due',
    priority: 694,
    pattern: template('^(?:make|set|change|update) <target> (?:to be )?due <value*>$'),
    build: (g) => rescheduleOrPriority(g.target, g.value),
    examples: ['make the report due friday', 'set call plumber due tomorrow at 9'],
    counterExamples: [],
  },
  {
    id: 'due.deadline-is',
    priority: 693,
    // "the report deadline is now friday", "rent's due date changed to the 3rd": a statement that edits the task.
    pattern: template("^<target>(?:'s)? (?:deadline|due date) (?:(?:is|has been|was|got|'s) (?:now )?(?:(?:{shiftedTo}) )?|(?:{shiftedTo}) )(?:to |on |for |until |till )?<value*>$"),
    // "i want a reminder for the tax deadline on …": a request, not a statement about a task.
    build: (g) => (COMMANDED.test(g.target ?? '') || /^(?:i|we|you|please|pls|can|could|remind|add|set|make|create)\b/i.test(g.target ?? '') ? undefined : rescheduleOrPriority(g.target, g.value)),
    examples: ['the report deadline is now friday', "the report's deadline is monday", 'the essay deadline got extended to the 12th'],
    counterExamples: ['set the deadline for the report to friday', 'i want a reminder for the tax deadline on april fifteenth'],
  },
  {
    id: 'due.instead-of',
    priority: 693,
    // "rake leaves sunday instead of saturday", "dentist at 4 instead of 3": the task's new day or time, and the old one.
    pattern: template("^<target> (?<value>(?:(?:on|at|for) )?(?:{day}|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)?|noon|midday)(?: (?:at )?\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)?)?) instead of (?:(?:on|at) )?(?:{day}|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)?|noon|midday)[.!]*$"),
    build: (g) => (COMMANDED.test(g.target ?? '') || ADDING.test(g.target ?? '') ? undefined : rescheduleOrPriority(g.target, g.value)),
    examples: ['rake leaves sunday instead of saturday', 'the dentist at 4 instead of 3'],
    counterExamples: ['buy oat milk instead of soy milk', 'add yoga on sunday instead of saturday'],
  },
  {
    id: 'due.do-instead',
    priority: 693,
    // "can we do the team meeting at three instead", "let's have the dentist on monday instead": a move asked for.
    pattern: template("^(?:(?:can|could|shall) (?:we|i) |let'?s |we'?ll |i'?ll )?(?:do|have|hold) <target> (?<value>(?:at|on|for|tomorrow|today|tonight|next|this) .+?) instead\\??$"),
    build: (g) => rescheduleOrPriority(g.target, g.value),
    examples: ['can we do the team meeting at three instead', "let's have the dentist on monday instead"],
    counterExamples: ['can we do the shopping on friday'],
  },
  {
    id: 'due.make-later',
    priority: 693,
    // "make the dentist appointment an hour later": a shift from its current time.
    pattern: template('^make <target> (?<value>(?:{number}) (?:{unit})) later$'),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: `by ${g.value ?? ''}` }),
    examples: ['make the dentist appointment an hour later', 'make the call 30 minutes later'],
    counterExamples: ['make dinner later'],
  },
  {
    id: 'due.bring-forward',
    priority: 692,
    // "bring the dentist forward to thursday", "move the meeting up to 2pm": earlier, to the day or time said.
    pattern: template('^(?:bring|pull|move) <target> (?:forward|earlier|up|ahead) (?<value>(?:to|until|till|for|on|at) .+)$'),
    // "move the plumber call up to high": a level, not a day, is a priority raised.
    build: (g) => rescheduleOrPriority(g.target, g.value),
    examples: ['bring the dentist forward to thursday', 'pull the dentist forward to thursday', 'bring the plumber call up to high'],
    counterExamples: ['bring the charger to work'],
  },
  {
    id: 'due.arrow',
    priority: 690,
    // "vet -> monday", "standup → 10am": chat shorthand for a task moved there; nothing is added when none matches.
    statement: true,
    pattern: template('^<target>\\s*(?:->|→|=>|-->)\\s*<value*>$'),
    build: (g) => (findDate(g.value ?? '', ANY_DAY) || LEVEL.test(g.value ?? '') ? rescheduleOrPriority(g.target, g.value) : undefined),
    examples: ['vet -> monday', 'the standup → 10am', 'phone bill -> high'],
    counterExamples: ['a -> b'],
  },
  {
    id: 'due.will-do-on',
    priority: 691,
    // "i'll do the oven next week", "gonna tackle the report on friday": when the user will do a task is its new date
    // (with no such task, a new one then).
    pattern: template("^(?:i'?ll|i will|we'?ll|we will|i'?m (?:going to|gonna)|we'?re (?:going to|gonna)|gonna|i can) (?:do|get to|get round to|get around to|tackle|handle|sort|finish|deal with) <target> (?<value>(?:on|at|by|next|this|tomorrow|tonight|today|in|after|over|mon|tue|wed|thu|fri|sat|sun)\\b.*)$"),
    build: (g) => (findDate(g.value ?? '', ANY_DAY) ? { kind: 'reschedule', target: g.target ?? '', when: g.value ?? '', addIfMissing: true } : undefined),
    examples: ["i'll do the oven next week", 'gonna tackle the report on friday'],
    counterExamples: ["i'll do my best", 'i will call mom tomorrow'],
  },
  {
    id: 'due.is-due',
    priority: 693,
    pattern: template('^<target> (?:is |should be |will be )?(?:now |actually )?(?:due|happening|moved to|rescheduled to|postponed to) <value>(?: now| instead| from now on)?$'),
    build: (g) => (COMMANDED.test(g.target ?? '') || ADDING.test(g.target ?? '') ? undefined : rescheduleOrPriority(g.target, g.value)),
    examples: ['the report is due monday', 'the dentist is happening on friday', 'the passport is due on the 5th now'],
    counterExamples: ['put in a reminder for the gas bill due on the fifth', 'add the report due friday'],
  },
  {
    id: 'due.is-now-at',
    priority: 692,
    pattern: template('^<target> (?:is|was|has been|got) (?:now |actually |moved |rescheduled |pushed |changed )*(?<value>(?:at|on|to|for|tomorrow|today|tonight|next|this|in)\\b.+?)(?: now| instead| from now on)?$'),
    build: (g) => (COMMANDED.test(g.target ?? '') || ADDING.test(g.target ?? '') || OBLIGATION.test(`${g.target ?? ''} ${g.value ?? ''}`) ? undefined : rescheduleOrPriority(g.target, g.value)),
    examples: ['the dentist is now in 3 days', 'the report got changed to high priority'],
    counterExamples: ['delete my optician appointment that is on friday'],
  },
  {
    id: 'recurrence.stop',
    priority: 650,
    pattern: /^(?:stop repeating|stop recurring|don'?t repeat|no longer repeat|make (?<t2>.+?) (?:not repeat|one-?off|non-?recurring|a one-?off))(?<target>.*)$/i,
    build: (g) => ({ kind: 'recurrence', target: (g.target || g.t2) ?? '', spec: null }),
    examples: ['stop repeating pay rent', 'make the gym a one-off'],
    counterExamples: [],
  },
  {
    id: 'recurrence.should-not-repeat',
    priority: 649,
    pattern: template("^<target> (?:should (?:no longer|not) (?:repeat|recur)|(?:doesn'?t|does not|shouldn'?t) (?:need to )?(?:repeat|recur))$"),
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: null }),
    examples: ["pay rent shouldn't repeat", 'the gym should no longer recur'],
    counterExamples: [],
  },
  {
    id: 'recurrence.make-every',
    priority: 647,
    // "make the dog walk every other day", "have the standup weekly": a task the user has, said with its repetition.
    pattern: template('^(?:make|have) <target> (?:on |to )?(?<value>(?:every|each|on weekdays|weekdays)\\b.*|(?:daily|weekly|monthly|yearly|annually|biweekly|fortnightly)(?: (?:at|on) .+)?)$'),
    build: (g) => (/^(?:a|an|new|me|us)\b|\b(?:calendar|diary|list|schedule)\b/i.test(g.target ?? '') || !onlyRepetition(g.value) ? undefined : { kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
    examples: ['make the dog walk every other day', 'have the standup every weekday'],
    counterExamples: ['make a cake every friday', 'set an alarm every morning at 7', 'set twelve noon prayer for every friday'],
  },
  {
    id: 'recurrence.make-repeat',
    priority: 648,
    pattern: template('^(?:make|set|have|let) <target> (?:to )?(?:repeat|recur|happen|occur)(?:s|ring|ing)? <value*>$'),
    // "make a repeating reminder for …" is a new task, not a change to "a".
    build: (g) => (/^(?:a|an|new)$/i.test(g.target ?? '') ? undefined : { kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
    examples: ['make call plumber repeat every week', 'set the report to recur monthly'],
    counterExamples: ['make a repeating reminder to stretch every day at 8am'],
  },
  {
    id: 'recurrence.should-repeat',
    priority: 647,
    pattern: template('^<target> (?:should|must|needs to|will|has to) (?:repeat|recur|happen|be done|occur) <value*>$'),
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
    examples: ['watering plants should happen every 3 days'],
    counterExamples: [],
  },
  {
    id: 'recurrence.from-now-on',
    priority: 645,
    // "ferns every sunday from now on", "the standup weekly going forward": a task the user has, with the repetition it
    // keeps from now (with no such task it is a new one: interpreter modify).
    pattern: template('^(?!(?:add|create|new|make|set|have|put|schedule|remind)\\b)<target> (?<value>(?:{recurring})\\b.*?),? (?:{fromNowOn})$'),
    build: (g) => (onlyRepetition(g.value) ? { kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' } : undefined),
    examples: ['ferns every sunday from now on', 'the standup weekly going forward'],
    counterExamples: ['add yoga every monday from now on', 'water the ferns every sunday'],
  },
  {
    id: 'recurrence.repeat',
    priority: 646,
    pattern: template('^(?:repeat) <target> (?<value>(?:{recurring}).*)$'),
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
    examples: ['repeat pay rent monthly', 'repeat the gym every other day'],
    counterExamples: [],
  },
];
