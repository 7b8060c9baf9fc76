// Notes, renames and the generic "change X to Y" (Y decides: a date, a priority, or a new title).
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const EDIT_RULES: IntentRule[] = [
  {
    id: 'describe.note',
    priority: 450,
    pattern: template('^(?:add|attach|put|set|write|make|leave) (?:a |the )?(?:note|description|details?|comment)s? (?:to|on|for|about|regarding) <target>(?::| saying| that says| -) <value*>$'),
    build: (g) => ({ kind: 'describe', target: g.target ?? '', description: g.value ?? '' }),
    examples: ['add a note to pay rent: use the new account', 'put a comment on the report saying check figures', 'make a note about the dentist: bring x-rays', 'make a note to the dentist task: bring x-rays'],
    counterExamples: [],
  },
  {
    id: 'rename.rename',
    priority: 440,
    pattern: template('^(?:rename|retitle|re-title|re-name) <target> (?:to|as|into) <value*>$'),
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
    examples: ['rename the plumber task to Call the plumber about the sink', 'rename gift as buy a present for anna'],
    counterExamples: [],
  },
  {
    id: 'rename.title-of',
    priority: 439,
    pattern: template('^(?:change|set|update|edit) (?:the )?(?:title|name|wording|text) (?:of|for|on) <target> (?:to|as) <value*>$'),
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
    examples: ['change the title of finish report to Finish Q4 report'],
    counterExamples: [],
  },
  {
    id: 'rename.call-quoted',
    priority: 438,
    // "call the plumber task 'Ring Bob' from now on": the quotes say where the new title is.
    pattern: /^(?:call|name|rename) (?<target>.+?) ["“'](?<value>[^"”]+?)["”'](?: (?:instead|from now on|going forward|now))?$/i,
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
    examples: ["call the plumber task 'Ring the plumber' from now on", 'name the report "Q4 numbers"'],
    counterExamples: [],
  },
  {
    id: 'rename.call-instead',
    priority: 437,
    pattern: template('^call <target> (?<value>["“].+["”]|.+) (?:instead|from now on|going forward)$'),
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
    examples: ['call the gift task birthday present instead'],
    counterExamples: [],
  },
  {
    id: 'rename.should-be-called',
    priority: 436,
    pattern: template('^<target> should (?:be called|be named|say|read) <value*>$'),
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
    examples: ['the gift task should be called buy a present for anna'],
    counterExamples: [],
  },
  {
    id: 'change.pronoun-when',
    priority: 300,
    // "make it tomorrow", "set that for friday at 6": a pronoun and only date/recurrence words change the last task.
    pattern: template('^(?:make|set|change|move|put|have) (?<target>it|that|this|them|those)(?: to| for)? (?<value>{when})(?: instead| then| now)?$'),
    build: (g) => ({ kind: 'change', target: g.target ?? 'it', value: g.value ?? '' }),
    examples: ['make it tomorrow', 'set that for friday at 6', 'make it 7 instead'],
    counterExamples: [],
  },
  {
    id: 'change.due-follow-up',
    priority: 300,
    // "due sunday pls" right after adding something: the task in the conversation gets that day (a question is a question).
    pattern: template('^(?:make it |set it |and )?due (?:on |by |for )?(?<value>{when})$'),
    build: (g) => ({ kind: 'change', target: 'it', value: g.value ?? '' }),
    examples: ['due sunday', 'and due by friday at 5pm', 'due on the 3rd'],
    counterExamples: ['due friday?', "what's due sunday", 'the report is due monday'],
  },
  {
    id: 'change.to',
    priority: 299,
    pattern: template('^(?:change|update|edit|modify|switch|set) <target> (?:to|into) <value*>$'),
    // "set a meeting to discuss the budget", "set an alarm to wake me": a thing introduced by "a" is new, not one to change.
    build: (g) => (/^(?:up )?(?:a|an|new)\b/i.test(g.target ?? '') ? undefined : { kind: 'change', target: g.target ?? '', value: g.value ?? '' }),
    examples: ['change the report to friday', 'change call plumber to call the landlord'],
    counterExamples: ['set a meeting to discuss the budget'],
  },
];
