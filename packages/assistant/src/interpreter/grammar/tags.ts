// Tag edits on existing tasks: add, remove, replace, untag, clear all. None of them ever deletes the task.
import { tagList } from './builders.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const TAG_RULES: IntentRule[] = [
  {
    id: 'tag.add-to',
    priority: 760,
    pattern: template('^(?:add|put|attach|apply|give(?: it)?) (?:the |a )?(?:{tagNoun}) <value> (?:to|on) <target*>$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
    examples: ['add the tag urgent to call plumber', 'put labels home and diy on the shelf task'],
    counterExamples: ['add buy tags for the luggage tomorrow'],
  },
  {
    id: 'tag.add-named',
    priority: 760,
    pattern: template('^(?:add|put|attach|apply|stick|slap) (?:the |a |an )?#?(?<value>[\\p{L}\\p{N}_-]+) (?:{tagNoun}) (?:to|on|onto) <target*>$', 'iu'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
    examples: ['add the urgent tag to the expense report', 'put a work label on the standup'],
    counterExamples: ['add buy tags for the luggage tomorrow', 'add the tag urgent to call plumber'],
  },
  {
    id: 'tag.add-hash-to',
    priority: 760,
    pattern: template('^(?:add|put|attach|apply|stick) (?<value>#[\\p{L}\\p{N}_-]+(?:(?:,? (?:and )?| )#[\\p{L}\\p{N}_-]+)*) (?:to|on|onto) <target*>$', 'iu'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
    examples: ['add #errands to the prescription', 'put #home #diy on the shelf task'],
    counterExamples: ['add buy milk #errands'],
  },
  {
    id: 'tag.change-from-to',
    priority: 759,
    // "change the party tag from personal to family", "switch the tag on the report from work to home".
    pattern: template('^(?:change|switch|swap|move|update) (?:(?:the )?(?:{tagNoun}) (?:on|of|for) <target1>|<target2> (?:{tagNoun})) from #?(?<old>[\\p{L}\\p{N}_-]+) (?:to|into) #?(?<new>[\\p{L}\\p{N}_-]+)$', 'iu'),
    build: (g) => ({ kind: 'tag', target: g.target1 ?? g.target2 ?? '', add: tagList(g.new), remove: tagList(g.old) }),
    examples: ['change the party tag from personal to family', 'switch the tag on the report from work to home'],
    counterExamples: ['change the party from saturday to sunday'],
  },
  {
    id: 'tag.replace',
    priority: 759,
    pattern: template('^(?:replace|swap|switch|change) (?:the )?(?:tag |label )?#?(?<old>[\\p{L}\\p{N}_-]+)(?: tag| label)? (?:with|for|to) (?:the )?(?:tag |label )?#?(?<new>[\\p{L}\\p{N}_-]+)(?: tag| label)? (?:on|of|for|in) <target*>$', 'iu'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.new), remove: tagList(g.old) }),
    examples: ['replace the shopping tag with errands on buy groceries', 'swap #work for #home on the report'],
    counterExamples: ['replace the printer cartridge'],
  },
  {
    id: 'tag.retag',
    priority: 758,
    pattern: template('^(?:re-?tag|re-?label) <target> (?:as|with|to|under) (?:the )?(?:{tagNoun} )?<value*>$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: ['*'] }),
    examples: ['retag the report as personal', 're-label groceries with errands'],
    counterExamples: [],
  },
  {
    id: 'tag.clear-all',
    priority: 757,
    // "remove all tags from X" clears X's tags; it never reaches the delete rule.
    pattern: template('^(?:remove|delete|drop|take off|clear|strip|wipe|get rid of|lose) (?:(?:all|every|any|the) )*(?:(?:of )?(?:the|its|my) )?(?:{tagNoun}) (?:from|off|on|of|in) <target*>$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: ['*'] }),
    examples: ['remove all tags from the team sync', 'clear all tags on finish report', 'strip the labels off the report'],
    counterExamples: ['remove the team sync'],
  },
  {
    id: 'tag.remove',
    priority: 756,
    pattern: template('^(?:remove|delete|drop|take off|clear) (?:the |a )?(?:{tagNoun}) <value> (?:from|off|on) <target*>$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: tagList(g.value) }),
    examples: ['remove the tag shopping from buy groceries', 'drop tag work off the report'],
    counterExamples: ['remove buy birthday gift'],
  },
  {
    id: 'tag.remove-named',
    priority: 755,
    pattern: template('^(?:remove|delete|drop|take off|take) (?:the )?#?(?<value>[\\p{L}\\p{N}_-]+) (?:{tagNoun}) (?:from|off|on) <target*>$', 'iu'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: tagList(g.value) }),
    examples: ['remove the work tag from the report', 'take the shopping label off groceries'],
    counterExamples: [],
  },
  {
    id: 'tag.untag',
    priority: 754,
    pattern: template('^(?:untag|unlabel) <target>(?: (?:from|as) <value*>)?$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: g.value ? tagList(g.value) : ['*'] }),
    examples: ['untag the groceries', 'untag report from work'],
    counterExamples: [],
  },
  {
    id: 'tag.as',
    priority: 753,
    pattern: template('^(?:tag|label|categori[sz]e|file) <target> (?:as|with|under|in|into|to) (?:the )?(?:tags? |labels? )?<value*>$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
    examples: ['tag the dentist appointment as health', 'file the report under work', 'file the vet under errands too'],
    counterExamples: ['put the box under the bed'],
  },
  {
    id: 'tag.hash',
    priority: 752,
    pattern: template('^(?:tag|label) <target> (?<value>#.+)$'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
    examples: ['tag the report #q4 #work'],
    counterExamples: [],
  },
  {
    id: 'tag.last-word',
    priority: 751,
    pattern: template('^(?:tag|label) <target*> (?<value>[\\p{L}\\p{N}_-]+)$', 'iu'),
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
    examples: ['tag it work', 'label the plumber call home'],
    counterExamples: [],
  },
];
