// Statements about a task the user already has ("the optician can wait until the 15th", "knocked out the carpenter call"),
// read as changes to that task — never as a new task — plus "clear my calendar" and questions about the calendar.
import { findDate } from '../../parse/due-date.js';
import { findRecurrence } from '../../parse/recurrence-phrase.js';
import { ANY_DAY } from './adding.js';
import { SOME_TIME_AGO } from './builders.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

const CANT = "(?:i |we )?(?:can'?t|cannot|won'?t|will not|am not able to|'?m not able to|couldn'?t|am unable to|'?m unable to|won'?t be able to) (?:make(?: it to)?|do|go to|attend|get to|manage|be at|join)";
const MOVE_IT = "(?:(?:so|please|pls|can you|could you|let'?s|just|and|but) )*(?:put|move|push|change|reschedule|shift|make|set|switch|bump|do) (?:it|that|this|them)";
// "the dentist has been rescheduled to monday", "my haircut got moved", "dentist pushed back": said of the task, not a person.
const PERSON = /^(?:i|we|you|they|he|she|it|i've|we've|you've|they've|i'm|we're|i have|we have|i just|we just)$/i;
const MOVED =
  "(?:(?:has|have|had|'s) been |was |were |is |are |got |gets |'s |has |have |(?:can|could|should|will|may|might|needs to|has to) be )?(?:now |just |already |officially |also |been )*(?:re-?scheduled|re-?booked|re-?arranged|moved|pushed|postponed|delayed|shifted|bumped|put off|brought forward|changed|switched|rescheduled)(?: back| out| forward| up| over| off| along| ahead)?";
const DATE_START = '(?:to|for|on|until|till|til|at|in|by|next|this|tomorrow|tmrw|today|tonight|\\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';

export const STATEMENT_RULES: IntentRule[] = [
  {
    id: 'statement.cant-make-move-it',
    priority: 900,
    statement: true,
    // The first date narrows the target, the second is the new one.
    pattern: template(`^${CANT} <target>(?:[,;.!]+| and| so| but)+ ?${MOVE_IT} (?<value>${DATE_START}\\b.+?)(?: instead)?$`),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: g.value ?? '' }),
    examples: ["I can't make the optician tomorrow, put it on the 10th instead", "can't do the dentist on thursday so move it to monday"],
    counterExamples: ["I can't make it tonight"],
  },
  {
    id: 'statement.cant-make-remove-it',
    priority: 900,
    statement: true,
    pattern: template(`^${CANT} <target>(?:[,;.!]+| and| so| but)+ ?(?:(?:so|please|pls|just|and|but|you can|can you) )*(?:remove|delete|cancel|drop|scrap|bin|ditch|get rid of) (?:it|that|this)(?: from (?:my |the )?(?:calendar|list|schedule))?$`),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ["i won't make the book club so remove it", "can't do the dentist, cancel it"],
    counterExamples: [],
  },
  {
    id: 'statement.was-moved',
    priority: 899,
    statement: true,
    // A task said to be moved is that task's new date; when no task matches, it is asked, never added.
    pattern: template(`^<target> ${MOVED} (?<value>(?:to|for|until|till|til|on|at|into|by) .+|${DATE_START}\\b.+)$`),
    build: (g) => {
      const target = (g.target ?? '').trim();
      const when = (g.value ?? '').replace(/^(?:to|until|till|til|into)\s+/i, '');
      return PERSON.test(target) || !findDate(when, ANY_DAY) ? undefined : { kind: 'reschedule', target, when };
    },
    examples: ['the dentist has been rescheduled to monday at 3pm', 'my haircut got moved to friday', 'dentist pushed back to next week', 'the team meeting was postponed until thursday', 'the dentist has been pushed to friday', 'the vet can be bumped to 2pm'],
    counterExamples: ['i moved to friday', 'john moved to berlin', 'move the dentist to friday'],
  },
  {
    id: 'statement.is-now-on',
    priority: 899,
    statement: true,
    pattern: template(`^<target> (?:is|are|'s|will be|will now be) now (?:(?:happening|scheduled|set|booked|planned) )?(?<value>(?:on|at|for|tomorrow|today|tonight|next|this|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d)\\b.+)$`),
    build: (g) => {
      const target = (g.target ?? '').trim();
      return PERSON.test(target) || !findDate(g.value ?? '', ANY_DAY) ? undefined : { kind: 'reschedule', target, when: g.value ?? '' };
    },
    examples: ['the team meeting is now on thursday', 'the dentist is now at 4pm tomorrow', 'the dentist appointment is now at 4pm'],
    counterExamples: ['the report is now high priority'],
  },
  {
    id: 'statement.repeats',
    priority: 899,
    statement: true,
    pattern: template("^<target> (?:is|are|'s|happens|repeats|recurs|runs|will be|will now be)(?: now| from now on)? (?:(?:happening|repeating|recurring|scheduled|on) )?(?<value>(?:{recurring})\\b.*?)(?: now| from now on| instead| going forward)?$"),
    build: (g) => {
      const target = (g.target ?? '').trim();
      // "make call plumber repeat …", "watering should happen …": a command or a wish, read by the recurrence rules.
      if (PERSON.test(target) || /^(?:make|set|have|let|get|add|create|put)\b|\b(?:should|must|will|would|could|can|to)$/i.test(target)) return undefined;
      return findRecurrence(g.value ?? '') ? { kind: 'recurrence', target, spec: g.value ?? '' } : undefined;
    },
    examples: ['standup is every weekday at 9:30 now', 'the team sync happens every other tuesday from now on', 'rent is monthly now'],
    counterExamples: ['i am every bit as tired', 'add standup every weekday at 9:30'],
  },
  {
    id: 'statement.can-wait-until',
    priority: 899,
    statement: true,
    pattern: template(`^<target> (?:can|could|will|'ll|has to|have to|will have to|'ll have to|must|should|needs to|is going to have to) wait (?<value>(?:until|till|til|to|for|on) .+|${DATE_START}\\b.+)$`),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: (g.value ?? '').replace(/^(?:until|till|til)\s+/i, '') }),
    examples: ['the optician can wait until the 15th', 'the report will have to wait till monday'],
    counterExamples: ['wait'],
  },
  {
    id: 'statement.no-longer-urgent',
    priority: 898,
    statement: true,
    pattern: template("^<target> (?:isn'?t|is not|aren'?t|are not|is no longer|are no longer|'s not|'s no longer|no longer) (?:that |so |really |very |as )?(?:urgent|important|a priority|high priority|pressing|critical|a rush)(?: any ?more| now| after all)?$"),
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
    examples: ["the report isn't urgent anymore", 'groceries are no longer a priority'],
    counterExamples: ['the report is urgent'],
  },
  {
    id: 'statement.done-slang',
    priority: 897,
    statement: true,
    pattern: template(
      "^(?:(?:i|we)(?:'ve| have)? )?(?:just |finally |already |totally )?(?:knocked out|knocked off|wrapped up|ticked off|crossed off|checked off|sorted(?! by\\b| out\\b)|handled|nailed|smashed|crushed|got through|polished off|finished off|sorted out|took care of|taken care of|dealt with|banged out|cranked out|got done|finally did|got round to|got around to|squared away|blitzed|powered through|been to|gone to|visited|attended|made it to|got back from|came back from|returned from|back from|home from)\\b <target*>",
    ),
    build: (g) => ({ kind: 'complete', target: (g.target ?? '').replace(SOME_TIME_AGO, '') }),
    examples: ['knocked out the carpenter call this morning 💪', 'wrapped up the slides', 'just got back from the parent teacher meeting', 'finally got round to the tax return', 'finally sorted the visa paperwork', 'handled the insurance claim', 'ticked off groceries', "i've been to the dentist", 'we visited grandma today', "i've taken care of the council tax"],
    counterExamples: ['add wrap up the slides tomorrow', 'sorted by priority please', 'i need to take care of the council tax'],
  },
  {
    id: 'statement.clear-calendar',
    priority: 896,
    statement: true,
    // Deletes what that calendar window holds (always asked first: the target is a bulk one).
    pattern:
      /^(?:completely |please )?(?:clear|wipe|empty|clean|free up|free|clear out|blank|delete everything (?:on|from|in)|remove everything (?:on|from|in))(?: out| up)? (?:my |the |our )?(?:whole |entire )?(?<what>calendar|schedule|agenda|diary|planner|day|to-?do list|(?:\w+ )?list)(?: completely| clean| out| entirely)?(?<rest>(?: (?:for|on|of|from) .+)?)$/i,
    // A named list ("empty my grocery list") keeps its name: it is what the list's tasks are tagged with.
    build: (g) => ({ kind: 'delete', target: `everything ${/^day$/i.test(g.what ?? '') ? 'today ' : /^\w+ list$/i.test(g.what ?? '') && !/^to-?do /i.test(g.what ?? '') ? `on my ${g.what} ` : ''}${g.rest ?? ''}`.trim() }),
    examples: ['clear my schedule for today', 'wipe my calendar clean', 'clear my day', 'olly empty my grocery list', 'empty the shopping list'],
    counterExamples: ['clear the tags from the report'],
  },
  {
    id: 'statement.see-then-cancel',
    priority: 896,
    statement: true,
    // "what do i have tomorrow, i need to cancel": the day's tasks, shown with the question which to delete.
    pattern: /^what (?:do i have|have i got|is|'s) (?:scheduled |planned |booked |on )?(?<rest>(?:for |on |at )?.+?)[,.;]? (?:and )?(?:i|we) (?:need|want|have|would like|'d like) to (?:cancel|delete|remove|clear)(?: (?:something|one|some|it|them|one of them|some of them))?$/i,
    build: (g) => ({ kind: 'delete', target: `everything ${g.rest ?? ''}`.trim() }),
    examples: ['what do i have on friday i need to cancel something'],
    counterExamples: ["what's due friday"],
  },
  {
    id: 'statement.ask-how-to-clear',
    priority: 896,
    statement: true,
    // "is there a way to clear my calendar for the month": the way is to do it, and a deletion like that is asked first.
    pattern: /^(?:(?:are|is) there (?:any )?(?:a )?ways? to|how (?:can|do|could) (?:i|we)|can (?:i|we)|tell me how (?:can |do )?(?:i|we)(?: can)?) (?:go ahead and )?(?:clear|delete|remove|cancel|erase|wipe) (?<target>(?:(?:my|the|our) (?:whole |entire )?(?:calendar|schedule|agenda|diary|day)|everything|(?:the|an|this|that) item)\b.*?)\??$/i,
    // Only what is always shown first (a whole window, or no task named): "how do i delete the dentist" is not an order.
    build: (g) => ({ kind: 'delete', target: (g.target ?? '').replace(/^(?:my|the|our) (?:whole |entire )?(?:calendar|schedule|agenda|diary)\b/i, 'everything').replace(/^(?:my|the|our) day\b/i, 'everything today').trim() }),
    examples: ['is there a way to clear my calendar for next week', 'please tell me how can i remove the item'],
    counterExamples: ['how many tasks are due today', 'how do i delete the dentist appointment'],
  },
  {
    id: 'statement.make-calendar-clear',
    priority: 896,
    statement: true,
    pattern: /^make sure (?:my|the|our) (?:whole |entire )?(?<what>calendar|schedule|agenda|diary|day) is (?:completely |totally |entirely )?(?:clear|empty|free|blank|cleared|wiped)(?<rest>(?: .+)?)$/i,
    build: (g) => ({ kind: 'delete', target: `everything ${/^day$/i.test(g.what ?? '') && !(g.rest ?? '').trim() ? 'today' : (g.rest ?? '').trim()}`.trim() }),
    examples: ['make sure my calendar is completely clear on friday', 'make sure my day is clear'],
    counterExamples: ['make sure the kitchen is clean'],
  },
  {
    id: 'statement.make-day-blank',
    priority: 896,
    statement: true,
    // "make friday blank", "make my calendar empty on july 3", "make blank on july 3 calendar": what that day holds, asked first.
    pattern: template('^(?:make|get) (?:(?:my|the) (?:whole |entire )?(?:calendar|schedule|agenda|diary|day) )?(?<before>(?:{when})?) ?(?:blank|empty|clear|free|clean)(?: (?:on|for) )?(?<after>(?:{when})?)(?: (?:on |in )?(?:my |the )?(?:calendar|schedule|agenda|diary))?$'),
    build: (g) => {
      const when = `${g.before ?? ''} ${g.after ?? ''}`.trim();
      return when ? { kind: 'delete', target: `everything ${when}` } : undefined;
    },
    examples: ['make friday blank', 'make my calendar empty on july 3', 'make blank on july 3 calendar', 'make my schedule clear for tomorrow'],
    counterExamples: ['make the kitchen clean', 'make my calendar blank'],
  },
  {
    id: 'question.busy-free',
    priority: 895,
    // "how's my week looking", "how does tomorrow look", "how is friday shaping up": a look at that day or week.
    pattern: /^(?:am i|are we|will i be|am i going to be|is my|are my|is the|how(?:'s| is| does| do| will)?) (?<rest>.*?)\b(?:busy|free|booked|available|packed|swamped|clear|open|full|looking|look|shaping up)\b(?<tail>.*)$/i,
    // "my week" is this one.
    build: (g) => ({ kind: 'query', text: `${g.rest ?? ''} ${g.tail ?? ''}`.replace(/\b(?:my|is|are|schedule|calendar|day|looking|look|like)\b/gi, ' ').replace(/(?<!\b(?:this|next|last|the|a|that) +)\bweek\b/i, 'this week').replace(/(?<!\b(?:this|next|last|the|a|that) +)\bweekend\b/i, 'this weekend').replace(/\s+/g, ' ').trim() || 'today', search: false, count: false }),
    examples: ['am i busy friday', 'is my afternoon free?', 'how is next week looking', "how's my week looking", 'how does tomorrow look', 'how is friday shaping up', 'how is my weekend looking'],
    counterExamples: [],
  },
  {
    id: 'question.events',
    priority: 894,
    pattern: /^(?:my |the |any )?(?:upcoming|next|coming|scheduled|planned|future)?(?: up)? ?(?:events|appointments|meetings|plans|schedule|calendar|agenda)(?! for (?:me|us)\b)(?<rest>(?: (?:for|on|this|next|today|tomorrow|tonight).*)?)[?]?$/i,
    build: (g) => ({ kind: 'query', text: (g.rest ?? '').trim() || 'upcoming', search: false, count: false }),
    examples: ['upcoming events', 'my appointments for tomorrow', 'meetings this week?'],
    counterExamples: ['add meetings prep tomorrow', 'schedule for me a call with tim thursday three pm'],
  },
];
