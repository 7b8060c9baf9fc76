// Completing and reopening: "mark X done", "I finished X", "X is done", "X is still open", "I called mom".
import { isOnlyWhen } from './adding.js';
import { didWords } from './builders.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const COMPLETION_RULES: IntentRule[] = [
  {
    id: 'reopen.mark-undone',
    priority: 720,
    pattern: template('^(?:{markVerb}) <target> (?:as |to )?(?:{undone})$'),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
    examples: ['mark old task as not done', 'set the report to pending'],
    counterExamples: ['mark the report as done'],
  },
  {
    id: 'reopen.verb',
    priority: 719,
    pattern: template('^(?:re-?open|un-?complete|un-?finish|un-?check|un-?tick|unmark|restore|revive|bring back|undo(?: completing| complete)?) <target*>$'),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
    examples: ['reopen old task', 'uncheck the groceries', 'undo completing the report'],
    counterExamples: [],
  },
  {
    id: 'complete.mark-done',
    priority: 718,
    pattern: template('^(?:{markVerb}|consider) <target> (?:as |to )?(?:{done})$'),
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
    examples: ['mark buy groceries as done', 'consider the report finished'],
    counterExamples: ['mark the report as low priority'],
  },
  {
    id: 'complete.verb',
    priority: 717,
    pattern: template(
      "^(?:complete|completed|compelte|complet|complte|finish|finished|finsh|close|resolve|check off|tick off|cross off|cross out|strike|mark off|done with|done|did|i(?:'ve| have)? (?:just |already |now )?(?:finished|completed|done|did|closed|handled|sorted)|i'm done with|im done with|i am done with|i finished|i completed|i did|got done with|wrapped up|wrap up)\\b:? <target>(?: (?:as )?(?:done|complete|completed|off))?(?: already| just now| now)?$",
    ),
    // "so done with mondays", "done for the day": a mood about a time, not a task to tick off.
    build: (g) => (isOnlyWhen(g.target) ? { kind: 'smalltalk', topic: 'mood' } : { kind: 'complete', target: g.target ?? '' }),
    examples: ['complete the dentist task', 'I finished the report', 'done with calling the plumber', 'check off pay rent', 'i did the standup already', 'so done with mondays', 'done for the day'],
    counterExamples: ['mark the report as done'],
  },
  {
    id: 'complete.tick-off',
    priority: 716,
    // "crossed the vet off", "i ticked the groceries off": the same, said once it is done.
    pattern: template("^(?:(?:i|we)(?:'ve| have)? (?:just |already )?)?(?:check|tick|cross)(?:ed)? <target> off(?: (?:my|the) list)?$"),
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
    examples: ['tick the groceries off', 'cross pay rent off my list', 'crossed the vet off', "i've ticked the groceries off"],
    counterExamples: ['tick off the report'],
  },
  {
    id: 'reopen.is-undone',
    priority: 350,
    // Suffix forms come after every verb-first rule: "delete all completed" is a deletion.
    pattern: template("^<target> (?:is|are|was|isn't|is not|wasn't|aren't) (?:actually |still |really )?(?:{undone})$"),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
    examples: ['old task is not done', 'the report is still open'],
    counterExamples: [],
  },
  {
    id: 'reopen.isnt-done',
    priority: 350,
    statement: true,
    // "the freezer isnt done actually", "the report isn't finished after all": a task marked done that is not.
    // "the thank you cards arent actually sent, reopen that": the same, with the reopen asked for after it.
    pattern: template("^<target> (?:isn'?t|is not|aren'?t|are not|wasn'?t|was not|weren'?t|ain'?t|(?:has|have)n'?t been|(?:has|have) not been) (?:actually |really |quite |even |been )?(?:{done})(?: yet| actually| after all| really)?(?:[,;.!]? (?:so |please |pls |can you |could you )?(?:re-?open|un-?tick|un-?check|restore|undo|bring back) (?:it|that|them|this|those)(?: please| pls)?)?$"),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
    examples: ['the freezer isnt done actually', "the report isn't finished after all", 'thank you cards arent actually sent, reopen that', "the rent hasn't been paid yet"],
    counterExamples: ['the report is done'],
  },
  {
    id: 'reopen.still-needs',
    priority: 350,
    // "the gutters still need doing": a task marked done that is not, said as what it still needs.
    pattern: template('^<target> (?:still|actually) (?:needs?|has to be|have to be|wants?) (?:doing|done|finishing|to be (?:done|finished))(?: actually| after all)?$'),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
    examples: ['the gutters still need doing', 'the tax form still needs finishing after all'],
    counterExamples: ['the car still needs a wash', 'the gutters need doing'],
  },
  {
    id: 'reopen.not-done-yet',
    priority: 251,
    // "i haven't cancelled the gym yet", "we didn't actually send the invoice": a task marked done that the user says is
    // not; when no completed task matches nothing is added. Only with "yet", "actually", "after all" or the like: "i
    // didn't sleep well" is no task at all.
    statement: true,
    pattern: template("^(?:i|we) (?:haven'?t|have not|hadn'?t|didn'?t|did not|never)(?<really> (?:actually|really|quite))? (?:even |got round to |got around to |gotten round to |managed to )?(?<verb>[a-z]+) (?<rest>.+?)(?<yet> (?:yet|after all|actually|at all|either))?$"),
    build: (g) => (g.really || g.yet ? { kind: 'reopen', target: didWords(/^(?:done|did|do)$/i.test(g.verb ?? '') ? '' : g.verb, g.rest) } : undefined),
    examples: ["i haven't cancelled the gym yet", "we didn't actually send the invoice", "i haven't done the tax return after all"],
    counterExamples: ["i didn't sleep well", "i haven't got time today"],
  },
  {
    id: 'complete.is-done',
    priority: 349,
    pattern: template('^<target>(?:,| -+| –| —|:)? (?:is |are |has been |have been |was |were |got |now )*(?:all )?(?:{done}|clean|spotless)(?: now| already| today| finally| at last)?$'),
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
    examples: ['the report is done', 'groceries done', 'rent paid', 'eggs - done', 'oven is clean finally', 'the vet is done and dusted'],
    counterExamples: ['delete all completed'],
  },
  {
    id: 'complete.got-it',
    priority: 348,
    // "detergent - got it", "the stamps, got them": a shopping item ticked off as it goes in the basket.
    pattern: template("^<target>(?:,| -+| –| —|:) ?(?:(?:already |just )?got (?:it|them|em|'em|those|that|this|both)|in the (?:bag|basket|cart|trolley))$"),
    // "ok, got it", "thanks - got it": an acknowledgement, not a task.
    build: (g) => (/^(?:ok(?:ay)?|k|kk|cool|great|nice|thanks?|thx|ty|alright|right|yes|yep|yeah|sure|fine|i|we|oh|ah|sweet|perfect)$/i.test(g.target ?? '') ? undefined : { kind: 'complete', target: g.target ?? '' }),
    examples: ['detergent - got it', 'the stamps, got them', 'oat milk: in the basket'],
    counterExamples: ['ok, got it', 'thanks - got it', 'got it'],
  },
  {
    id: 'complete.past-tense',
    priority: 250,
    // "I called mom", "we bought the tickets": a past tense names something that got done.
    pattern: template("^(?:i|we)(?<have>'ve| have)? (?:just |already |finally |now )?(?<verb>{pastTense})\\b(?<rest>.*)$"),
    // "i've got a dinner party on saturday" is "i have one": an event to come, not one done ("i got the tickets" is done).
    build: (g) => (g.have && /^got$/i.test(g.verb ?? '') && /^(?:an?|another|some)\b/i.test(g.rest ?? '') ? undefined : { kind: 'did', words: didWords(g.verb, g.rest) }),
    examples: ['I called mom', 'we bought the tickets', 'i went to the gym', 'we drove to the garage this morning', "i've got the tickets"],
    counterExamples: ['I need to call mom', 'I wanted to buy milk', 'I moved the dentist to friday', 'I got to call mom', 'I used to swim', "i've got a dinner party on saturday", "we've got a meeting with hr on monday"],
  },
  {
    id: 'complete.object-past-tense',
    priority: 248,
    // "carpenter called", "the invoice sent ✓": a task's object, then what was done to it; when none matches nothing is added.
    statement: true,
    pattern: template('^(?:the |my )?(?<rest>[a-z\'-]+(?: [a-z\'-]+){0,3}?) (?<verb>{pastTense})(?: back)?(?: already| just now| now| today| this morning)?(?:,? (?:all good|all sorted|all done|sorted|finally|at last))?$'),
    // "i was so tired", "it is so overdue": a person or a state, not a task's object.
    build: (g) => (/\b(?:i|we|you|he|she|they|it|was|were|is|am|are|so|very|really|been|be|got|get|has|have|had)\b/i.test(g.rest ?? '') ? undefined : { kind: 'did', words: didWords(g.verb, g.rest) }),
    examples: ['carpenter called', 'the plumber phoned', 'mom called already', 'vet called back, all good'],
    counterExamples: ['i called', 'the meeting moved', 'dentist cancelled', 'i was so tired', 'it was raining'],
  },
  {
    id: 'complete.past-tense-bare',
    priority: 249,
    // "paid the rent", "just emailed sam": about a task the user has; when none matches nothing is added.
    statement: true,
    pattern: template('^(?:just |finally |already )?(?<verb>{pastTense}) (?<rest>.+)$'),
    // "read out my grocery list", "read me the list": "read" as a request to read, not a past tense.
    build: (g) => (/^read$/i.test(g.verb ?? '') && /^(?:out|me|us|my|aloud|back|through|the list|it|them)\b/i.test(g.rest ?? '') ? undefined : { kind: 'did', words: didWords(g.verb, g.rest) }),
    examples: ['paid the rent', 'just emailed sam', 'called the plumber this morning', 'called the landlord finally'],
    counterExamples: ['added milk', 'missed the dentist', 'need milk', 'read out my grocery list'],
  },
];
