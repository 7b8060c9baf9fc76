// Priority of existing tasks: "prioritise X", "bump up X", "downgrade X", "make X high priority", "X is urgent".
import { priorityIntent } from './builders.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const PRIORITY_RULES: IntentRule[] = [
  {
    id: 'priority.raise-verb',
    priority: 600,
    pattern: template('^(?:prioriti[sz]e|flag|star|escalate|upgrade|bump up|push up|move up|up-?rank) <target>(?: (?:up|in priority|a notch|to the top(?: of (?:my |the )?list)?))?$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'high' }),
    examples: ['prioritize the dentist appointment', 'bump up call plumber', 'upgrade the report', 'escalate pay rent'],
    counterExamples: ['bump rent to high'],
  },
  {
    id: 'priority.raise-particle',
    priority: 599,
    pattern: template('^(?:bump|push|move|kick) <target> up(?: (?:a notch|the list|in priority))?$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'high' }),
    examples: ['bump the plumber call up', 'move pay rent up the list'],
    counterExamples: [],
  },
  {
    id: 'priority.lower-verb',
    priority: 598,
    pattern: template('^(?:de-?prioriti[sz]e|unflag|unstar|downgrade|de-?escalate|bump down|push down|move down|down-?rank) <target>(?: (?:down|in priority|a notch))?$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
    examples: ['deprioritise pay rent', 'downgrade the report', 'de-prioritize groceries'],
    counterExamples: [],
  },
  {
    id: 'priority.lower-particle',
    priority: 597,
    pattern: template('^(?:bump|push|move|knock) <target> down(?: (?:a notch|the list|in priority))?$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
    examples: ['knock the report down a notch'],
    counterExamples: [],
  },
  {
    id: 'priority.set',
    priority: 596,
    // "knock the report down to medium", "bring the plumber call up to high": a verb of moving with a level to move to.
    pattern: template('^(?:make|set|mark|change|update|flag|bump|raise|lower|drop|put|move|knock|bring|kick) (?:the )?(?:priority (?:of|on|for) )?<target> (?:to |as |at |into |up to |down to )?(?<value>{priority})$'),
    build: (g) => priorityIntent(g.target, g.value),
    examples: ['make the plumber task high priority', 'set the priority of pay rent to low', 'mark finish report as low priority', 'knock the report down to medium', 'kick the plumber call up to high'],
    counterExamples: ['knock the report down a notch', 'bring the report to friday'],
  },
  {
    id: 'priority.raise-of',
    priority: 602,
    pattern: template('^(?:raise|increase|bump up|bump) (?:the )?priority (?:of|on|for) <target*>$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'high' }),
    examples: ['raise the priority of call plumber'],
    counterExamples: [],
  },
  {
    id: 'priority.lower-of',
    priority: 601,
    pattern: template('^(?:lower|decrease|reduce|drop) (?:the )?priority (?:of|on|for) <target*>$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
    examples: ['lower the priority of the report'],
    counterExamples: [],
  },
  {
    id: 'priority.is',
    priority: 593,
    pattern: template('^<target> (?:is|are|should be|must be|needs to be|is now|can be|could be|may be|will be|can go|can stay) (?:a |an |the )?(?<value>{priority})(?: now| for now| instead)?$'),
    build: (g) => priorityIntent(g.target, g.value),
    examples: ['groceries are urgent', 'the report is low priority', 'flights can be low priority'],
    counterExamples: [],
  },
  {
    id: 'priority.is-less-urgent',
    priority: 592,
    pattern: template('^<target> (?:is|are|seems|feels) (?:less|not as|not so|a lot less|much less) (?:urgent|important|pressing)(?: now| anymore| any more| than i thought)?$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
    examples: ['proposal is less important now', 'the report is much less urgent'],
    counterExamples: ['make the report less urgent'],
  },
  {
    id: 'priority.no-rush',
    priority: 604,
    // "no rush on the oven", "the oven is no rush": low priority for a task the user has; nothing is added.
    statement: true,
    pattern: template("^(?:(?:there'?s |there is )?no (?:rush|hurry) (?:on|for|with) <t1*>|<t2> (?:is|are|'s) (?:no|not a|not in a) (?:rush|hurry)(?: at all)?)$"),
    build: (g) => ({ kind: 'priority', target: g.t1 ?? g.t2 ?? '', priority: 'low' }),
    examples: ['no rush on the oven', 'the tax return is no rush'],
    counterExamples: ['rush the oven'],
  },
  {
    id: 'priority.less-urgent',
    priority: 603,
    pattern: template('^(?:make|mark|set) <target> (?:less|not as|not so) (?:urgent|important|pressing)$'),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
    examples: ['make the report less urgent'],
    counterExamples: [],
  },
];
