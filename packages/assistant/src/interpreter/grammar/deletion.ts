// Deleting tasks: "delete X", "take X off my list", "I don't need to X anymore", "i don't want X", "find and delete X",
// "X is cancelled". Tag, reminder and
// due-date removals are rules of their own with a higher priority, so they never reach these.
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

// "… and refresh", "… and save it": what a calendar app does after a change, not part of the target.
const AND_REFRESH = '(?:,? and (?:then )?(?:refresh|reload|update|sync|save)(?: (?:it|my calendar|the calendar|my list|the list|the page))?)?';
// "… is cancelled, please remove it (from my calendar)": the request that follows a cancellation says the same.
const REMOVE_IT = '(?:[,.;!]? (?:(?:so|and|please|pls|you can|can you|just) )*(?:remove|delete|cancel|drop|clear|erase|scrap|take) (?:it|that|this)(?: off| out)?(?: (?:from|off) (?:my |the )?(?:calendar|list|schedule|agenda))?)?';
// "… it has been postponed", "… because it got cancelled": the reason after a removal is not part of its target.
// "… i already bought them", "… because we've got some", "… i've already had it", "… i'll do it myself", "… we can't make
// it": why the task goes (had, done, done otherwise, not needed, not possible), not part of it.
const HAVE_IT_AFTER = [
  "(?:i|we)(?:'ve| have)? (?:already |just |now )?(?:bought|got|have|had|picked up|found|done|did|sorted|paid|booked|finished)(?: (?:it|them|that|this|those|some|one|enough|plenty|loads))?(?: already| myself| ourselves| now| today)?",
  "(?:i|we)(?:'ll| will) (?:do|sort|handle|book|arrange|organi[sz]e|pay|get) (?:it|that|this|them)(?: myself| ourselves| later| another time)?",
  "(?:i|we) (?:don'?t|do not|no longer) need (?:it|that|this|them)(?: any ?more)?",
  "(?:i|we) (?:can'?t|cannot|won'?t be able to|won'?t) (?:make it|go|come|attend)(?: any ?more)?",
].map((reason) => `(?:(?:because|since|as|cause|'cause) )?${reason}`).join('|');
const REASON_AFTER = `(?:[,.;]? (?:(?:it|that|this|which|the \\w+) (?:has been|have been|got|was|is|'s|were) (?:postponed|cancell?ed|called off|moved|rescheduled|delayed|put off|scrapped)|(?:because|since|as) (?:it|that|this|they) .+|${HAVE_IT_AFTER}))?`;
// "it", "them", "those": the target is what the first half found.
const FOUND_IT = /^(?:it|them|that|those|these|this|all of them|both|the lot|everything)$/i;

export const DELETION_RULES: IntentRule[] = [
  {
    id: 'delete.find-and',
    priority: 785,
    // Before the search rule: "find and delete X", "find the dentist and cancel it", "look up my list and remove apple".
    pattern: template('^(?:find|search(?: for)?|look (?:up|for)|locate|look through|go (?:to|through)|open)(?: (?<where>.+?))? and (?:then )?(?:{deleteVerb})(?: (?<target>.+?))?$'),
    build: (g) => {
      const target = !g.target || FOUND_IT.test(g.target) ? g.where : g.target;
      return target ? { kind: 'delete', target } : undefined;
    },
    examples: ['find and delete all of my weekend events with evan parker', 'find the dentist appointment and cancel it', 'look up my shopping list and remove apples', 'search for the plumber task and delete it'],
    counterExamples: ['find the invoice', 'find and'],
  },
  {
    id: 'delete.all-on-day',
    priority: 745,
    // Before a reminder's removal: "delete all reminders of sunday" means what sunday holds, not a task called "sunday".
    // "cancel all my appointments next week": the day or week said without a preposition too.
    pattern: template('^(?:{deleteVerb}) (?:all|every|each|any)(?: of)? (?:my |the )?(?:{reminderNoun}|events|entries|appointments|meetings|plans|tasks)(?: i have| scheduled| planned)? (?:(?:for|on|of|from|in|during) )?(?<when>(?:{when}))$'),
    build: (g) => ({ kind: 'delete', target: `everything ${g.when ?? ''}`.trim() }),
    examples: ['delete all reminders of sunday', 'cancel all my appointments for tomorrow', 'remove all events on friday', 'cancel all my appointments next week', 'clear all my meetings tomorrow'],
    counterExamples: ['cancel the reminder for pay rent', 'remove all reminders for the dentist'],
  },
  {
    id: 'delete.verb',
    priority: 400,
    pattern: template(`^(?:{deleteVerb}) <target>(?: off (?:my |the )?list| from (?:my |the )?(?:list|tasks|to-?do(?: list)?))?${AND_REFRESH}${REASON_AFTER}$`),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ['delete the plumber task', 'cancel my dentist appointment', 'get rid of the gift task', 'delete all completed tasks', 'remove the driving test from my calendar it has been postponed', "remove the coffee from my list because i've got some", "cancel the window cleaner i'll do it myself", "delete the vaccination i've already had it", "cancel the quiz night we can't make it"],
    counterExamples: ['remove all tags from the team sync', 'remove the due date from call plumber', 'cancel the reminder for pay rent'],
  },
  {
    id: 'delete.take-off',
    priority: 399,
    pattern: template(`^(?:take|cross|strike|scratch|get|knock|move|pull|rub|cut|wipe|rearrange)(?: out| off)? <target> (?:off|out of|from)(?: of)? (?<where>(?:my |the |our )?(?:(?:\\w+ ){0,2}list|to-?do list|tasks|calendar|schedule|agenda|diary)(?: (?:for|on|from) (?:{when}))?)${REASON_AFTER}$`),
    // The list or day said ("off my grocery list", "off my saturday schedule") narrows the target, so it goes with it.
    build: (g) => ({ kind: 'delete', target: `${g.target ?? ''} from ${g.where ?? ''}` }),
    examples: ['take the gift off my list', 'take bananas off the grocery list', 'take the batteries off the shopping list we already got some', 'take the soccer game off my calendar', 'take the haircut off my schedule', 'cross the eggs out of my shopping list', 'take the gym session off my calendar for monday'],
    counterExamples: ['take the bins out on monday'],
  },
  {
    id: 'delete.take-off-named-list',
    priority: 398,
    // "take eggs off groceries", "cross bananas off shopping": a bare word after "off" names the list the item is on.
    pattern: template("^(?:take|cross|strike|scratch|knock)(?: out)? <target> (?:off|out of) (?:my |the |our )?(?<list>(?!(?:it|them|this|that|work|today|tomorrow|now|here|there|again)\\b)[\\p{L}'-]{3,})$", 'iu'),
    build: (g) => ({ kind: 'delete', target: `${g.target ?? ''} from my ${g.list ?? ''} list` }),
    examples: ['take eggs off groceries', 'cross bananas off shopping'],
    counterExamples: ['take friday off work', 'take the day off today', 'take the gift off my list'],
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
    id: 'delete.dont-want',
    priority: 398,
    // "i don't want eggs", "we no longer need the gazebo booking", "i don't want this list any more".
    pattern: template(`^(?:i|we) (?:really |just )?(?:don'?t|do not|no longer|won'?t) (?<verb>want|need)(?: to (?<doing>.+?) (?:any ?more|after all))?(?: (?<target>.+?))?(?: any ?more| after all| now| at all)*${REMOVE_IT}$`),
    build: (g) => {
      const target = g.doing ?? g.target;
      // "i don't want to forget…", "i don't need reminders for it", "i don't want you to…": not a task to delete.
      if (!target || /^(?:to|any|you|help|a reminder|reminders?|notifications?|alerts?|them to|that to)\b/i.test(target)) return undefined;
      // "i don't want the meeting to be at 5", "… on friday any more": a change to the task, not its end ("i no longer
      // need the vet appointment on the 10th" is its end: the date says which one).
      if (g.verb?.toLowerCase() === 'want' && /\bto (?:be|start|end|happen|repeat|move|go)\b|\b(?:at|on|by|before|after|until|till) (?:\d|the \d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|noon)/i.test(target)) return undefined;
      return { kind: 'delete', target };
    },
    examples: ["i don't want eggs", 'we no longer need the gazebo booking', "i don't need the reminder about the car service anymore please delete it", "we don't need the bouncy castle any more, remove it from the calendar", 'i no longer need the vet appointment on the tenth', "we don't need the brunch on sunday anymore", "i don't want this list any more", "I don't want to go to the gym anymore"],
    counterExamples: ["i don't want to forget mom's birthday", "i don't need reminders for the dentist", "i don't want any notifications", "i don't want the meeting to be at 5", "i don't want the dentist on friday"],
  },
  {
    id: 'delete.not-going',
    priority: 398,
    // "i won't be going to book club on thursday", "we can't make the quiz night": what the user will not attend goes.
    statement: true,
    pattern: template(`^(?:i|we)(?:'m| am|'re| are)? (?:not|won'?t|can'?t|cannot|will not|no longer)(?: be)?(?: able to)? (?:going to|going|go to|make it to|make|attend|attending|be at|come to|coming to|join|doing)(?: the| my| our)? <target>(?: any ?more| after all)?${REMOVE_IT}$`),
    // "i can't make it", "i'm not going to forget…", "i won't be able to call mom": no event named. With a day said ("… book
    // club on thursday") it may be one time of a repeating one: not read as the end of it.
    build: (g) =>
      FOUND_IT.test(g.target ?? '') || /^(?:forget|be|have|get|need|up|sure|time|that|to)\b/i.test(g.target ?? '') || /\b(?:on|this|next|tomorrow|today|tonight|week|weekend)\b/i.test(g.target ?? '')
        ? undefined
        : { kind: 'delete', target: g.target ?? '' },
    examples: ["i won't be going to book club any more", "we can't make the quiz night", "we're not doing swimming anymore"],
    counterExamples: ["i can't make it", "i'm not going to forget mom's birthday", "i won't be able to call mom today", "i won't be going to book club on thursday"],
  },
  {
    id: 'delete.is-cancelled',
    // Above "X is happening on friday": "X is not happening (any more)" is the opposite.
    priority: 694,
    // A statement: "… is off, delete it" is one request, not two.
    statement: true,
    pattern: template(
      `^<target> (?:(?:is|was|has been|got|are|were) (?:now |been )?(?:cancell?ed|called off|not happening|off|scrapped|dropped|no longer (?:needed|happening|necessary|on))|(?:isn'?t|is not|aren'?t|are not|won'?t be|will not be) (?:happening|going ahead|on|needed)(?: any ?more)?|won'?t happen|(?:can|could|should) be (?:skipped|dropped|cancell?ed|deleted|removed|scrapped|forgotten)|cancell?ed|called off)${REMOVE_IT}$`,
    ),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ['the dentist appointment is cancelled', 'dentist called off', 'my piano lesson on thursday is cancelled please remove it', 'the gym session is off, delete it from my calendar', "the dentist isn't happening", 'the gym can be skipped', 'the wedding is not happening anymore remove it'],
    counterExamples: ['the report is done', 'the dentist is happening on friday'],
  },
  {
    id: 'delete.have-enough',
    priority: 397,
    statement: true,
    // "we have enough rice now", "i've got plenty of batteries": that item is no longer needed on the list.
    pattern: template("^(?:i|we)(?:'ve| have)? (?:already |now |still )?(?:have|got) (?:enough|plenty of|plenty|lots of) <target>(?: now| already| left| at home| in the house)?$"),
    // "… take it off the list" after it: the reason and its command, read as one by the reason-then-it path.
    build: (g) => (/\b(?:so|and|take|remove|delete|cross|scratch|tick|strike)\b/i.test(g.target ?? '') ? undefined : { kind: 'delete', target: g.target ?? '' }),
    examples: ['we have enough rice now', "i've got plenty of batteries"],
    counterExamples: ['i have to buy rice', 'we have a meeting tomorrow', 'i have enough eggs take it off the list'],
  },
  {
    id: 'delete.never-mind',
    priority: 396,
    statement: true,
    // "never mind the eggs", "no more team meeting": said of a task the user has; a bare "never mind" is small talk.
    pattern: template('^(?:never ?mind|nevermind|no more|no need for|forget it about) (?:about )?<target>$'),
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
    examples: ['never mind the eggs', 'no more team meeting', 'no need for the haircut'],
    counterExamples: ['never mind'],
  },
];
