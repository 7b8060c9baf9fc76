// Statements about a task the user already has ("the optician can wait until the 15th", "knocked out the carpenter call"),
// read as changes to that task — never as a new task — plus "clear my calendar" read as a deletion of the set it names.
import type { Intent } from './intent.js';

type Statement = { pattern: RegExp; build: (g: Record<string, string>) => Intent };

const SOME_TIME_AGO = /(?:,? (?:this morning|this afternoon|this evening|tonight|today|earlier(?: today)?|yesterday|just now|already|at last|finally|for good))+$/i;
const CANT = "(?:i |we )?(?:can'?t|cannot|won'?t|will not|am not able to|'?m not able to|couldn'?t|am unable to|'?m unable to|won'?t be able to) (?:make(?: it to)?|do|go to|attend|get to|manage|be at|join)";
const MOVE_IT = '(?:(?:so|please|pls|can you|could you|let\'?s|just|and|but) )*(?:put|move|push|change|reschedule|shift|make|set|switch|bump|do) (?:it|that|this|them)';
const DATE_START = '(?:to|for|on|until|till|til|at|in|by|next|this|tomorrow|tmrw|today|tonight|\\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';

const STATEMENTS: Statement[] = [
  // "I can't make the optician tomorrow, put it on the 10th instead": the first date narrows, the second is the new one.
  {
    pattern: new RegExp(`^${CANT} (?<target>.+?)(?:[,;.!]+| and| so| but)+ ?${MOVE_IT} (?<value>${DATE_START}\\b.+?)(?: instead)?$`, 'i'),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: g.value ?? '' }),
  },
  // "the optician can wait until the 15th", "the report will have to wait till monday".
  {
    pattern: new RegExp(`^(?<target>.+?) (?:can|could|will|'ll|has to|have to|will have to|'ll have to|must|should|needs to|is going to have to) wait (?<value>(?:until|till|til|to|for|on) .+|${DATE_START}\\b.+)$`, 'i'),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: (g.value ?? '').replace(/^(?:until|till|til)\s+/i, '') }),
  },
  // "the report isn't urgent anymore", "groceries are not a priority now".
  {
    pattern: /^(?<target>.+?) (?:isn'?t|is not|aren'?t|are not|is no longer|are no longer|'s not|'s no longer|no longer) (?:that |so |really |very |as )?(?:urgent|important|a priority|high priority|pressing|critical|a rush)(?: any ?more| now| after all)?$/i,
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
  },
  // "knocked out the carpenter call this morning", "wrapped up the slides".
  {
    pattern:
      /^(?:(?:i|we)(?:'ve| have)? (?:just |finally |already |totally )?)?(?:knocked out|knocked off|wrapped up|ticked off|crossed off|checked off|nailed|smashed|crushed|got through|polished off|finished off|sorted out|took care of|dealt with|banged out|cranked out|got done|finally did)\b (?<target>.+)$/i,
    build: (g) => ({ kind: 'complete', target: (g.target ?? '').replace(SOME_TIME_AGO, '') }),
  },
  // "clear my schedule for today", "wipe calendar clean", "clear my day": delete what that calendar window holds (asked first).
  {
    pattern:
      /^(?:completely |please )?(?:clear|wipe|empty|clean|free up|free|clear out|blank)(?: out| up)? (?:my |the |our )?(?:whole |entire )?(?<what>calendar|schedule|agenda|diary|planner|day|to-?do list|list)(?: completely| clean| out| entirely)?(?<rest>(?: (?:for|on|of|from) .+)?)$/i,
    build: (g) => ({ kind: 'delete', target: `everything ${/^day$/i.test(g.what ?? '') ? 'today ' : ''}${(g.rest ?? '').replace(/^ (?:from|of) /i, ' ')}`.trim() }),
  },
  // "am i busy friday", "is my afternoon free", "upcoming events": questions about the calendar, answered with a list.
  {
    pattern: /^(?:am i|are we|will i be|am i going to be|is my|are my|is the|how) (?<rest>.*?)\b(?:busy|free|booked|available|packed|swamped|clear|open|full|looking)\b(?<tail>.*)$/i,
    build: (g) => ({ kind: 'query', text: `${g.rest ?? ''} ${g.tail ?? ''}`.replace(/\b(?:my|is|are|schedule|calendar|day|looking)\b/gi, ' ').replace(/\s+/g, ' ').trim() || 'today', search: false, count: false }),
  },
  {
    pattern: /^(?:my |the |any )?(?:upcoming|next|coming|scheduled|planned|future)?(?: up)? ?(?:events|appointments|meetings|plans|schedule|calendar|agenda)(?<rest>(?: (?:for|on|this|next|today|tomorrow|tonight).*)?)[?]?$/i,
    build: (g) => ({ kind: 'query', text: (g.rest ?? '').trim() || 'upcoming', search: false, count: false }),
  },
];

/** A statement about an existing task, or undefined when the message is not one. */
export function readStatement(text: string): Intent | undefined {
  for (const statement of STATEMENTS) {
    const match = statement.pattern.exec(text);
    if (!match) continue;
    const groups: Record<string, string> = {};
    for (const [key, value] of Object.entries(match.groups ?? {})) if (value !== undefined) groups[key] = value.trim();
    return statement.build(groups);
  }
  return undefined;
}
