// Deleting tasks: "delete X", "take X off my list", "I don't need to X anymore", "X is cancelled". Tag, reminder and
// due-date removals are rules of their own with a higher priority, so they never reach these.
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const DELETION_RULES: IntentRule[] = [
  {
    id: 'delete.verb',
    priority: 400,
    pattern: template('^(?:{deleteVerb}) <target>(?: off (?:my |the )?list| from (?:my |the )?(?:list|tasks|to-?do(?: list)?))?$'),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ['delete the plumber task', 'cancel my dentist appointment', 'get rid of the gift task', 'delete all completed tasks'],
    counterExamples: ['remove all tags from the team sync', 'remove the due date from call plumber', 'cancel the reminder for pay rent'],
  },
  {
    id: 'delete.take-off',
    priority: 399,
    pattern: template('^(?:take|cross|strike|scratch)(?: out| off)? <target> (?:off|out of|from)(?: of)? (?:my |the |our )?(?:(?:\\w+ )?list|to-?do list|tasks|calendar|schedule|agenda|diary)$'),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ['take the gift off my list', 'take bananas off the grocery list', 'take the soccer game off my calendar', 'take the haircut off my schedule', 'cross the eggs out of my shopping list'],
    counterExamples: [],
  },
  {
    id: 'delete.no-longer-need',
    priority: 398,
    pattern: template("^(?:i )?(?:don'?t|do not|no longer) (?:need|have) to <target>(?: anymore| any more)?$"),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ["I don't need to call the plumber anymore"],
    counterExamples: [],
  },
  {
    id: 'delete.is-cancelled',
    priority: 397,
    pattern: template('^<target> (?:(?:is|was|has been|got|are|were) (?:now |been )?(?:cancell?ed|called off|not happening|off|no longer (?:needed|happening|necessary))|cancell?ed|called off)$'),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ['the dentist appointment is cancelled', 'dentist called off'],
    counterExamples: [],
  },
];
