// The words the intent templates are built from: a new phrasing usually needs one more word here, not a new rule.
import { FROM_NOW_ON, MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN } from '../../parse/vocabulary.js';

const DONE =
  "done and dusted|done|complete|completed|finished|checked(?: off)?|ticked off|crossed off|taken care of|handled|sorted|dealt with|paid|bought|sent|submitted|booked|fixed|cleaned|ordered|returned|renewed|mailed|posted|filed|washed|picked up|dropped off";
const UNDONE = 'not (?:done|complete|completed|finished)|incomplete|undone|unfinished|pending|open|active|to ?do|outstanding';
const PRIORITY =
  '(?:a |an |the )?(?:(?:super|really|very|extremely|so|quite|pretty|kinda|incredibly|hugely|mega) )?(?:high|top|highest|urgent|important|critical|low|lowest|medium|normal|mid|regular|p[0-3])(?:[- ]?(?:priority|prio|pri))?|(?:priority|prio)(?: to)? (?:high|low|medium|normal|urgent)|urgent|important|(?:not|no longer|not that) (?:urgent|important|a priority)';
const WHEN_WORD = `(?:at|on|in|by|for|from|of|tomorrow|tonight|today|next|this|every|each|other|daily|weekly|monthly|yearly|morning|afternoon|evening|night|noon|midday|midnight|the|a|an|half|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-?five|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|from now|\\d{1,2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}(?:st|nd|rd|th)|${WEEKDAY_PATTERN}s?|${MONTH_PATTERN})`;

// "so excited for friday", "bored of the report": feelings, not something done.
export const FEELINGS =
  'excited|tired|bored|stressed|worried|scared|annoyed|exhausted|pleased|thrilled|delighted|disappointed|frustrated|overwhelmed|relieved|surprised|confused|interested|amazed|embarrassed|depressed|motivated|inspired|obsessed|stuffed|pumped|stoked|terrified|excited|concerned|fed up|burned out|burnt out|nervous|anxious|psyched|hyped|gutted|knackered|glad|sad|grateful|thankful|proud|upset|bummed|chuffed';

// "buy salt and pepper", "call the vet": a to-do verb typed first names a task to do, never a mood or a remark.
export const TODO_VERBS =
  "buy|grab|get(?! (?:me|us|rid|back|the weather|on|out of|it)\\b)|pick up|call|ring|phone|text|email|e-mail|book|order|pay|renew|return|post|mail|print|fix|repair|clean|wash|water|feed|walk|cook|bake|prep|prepare|write|submit|file|invite|visit|pack|tidy|vacuum|hoover|mow|iron|collect|drop off|take out|put out|charge|refill|sign|apply for|sort out|clear out|declutter|renovate|paint|read|watch|listen to|learn|study|practi[sc]e|play|try";

/** Past tenses that name something done ("bought the tickets"), mapped to the verb a title would use. */
export const IRREGULAR_PAST: Record<string, string> = {
  bought: 'buy', paid: 'pay', sent: 'send', did: 'do', went: 'go', wrote: 'write', made: 'make', took: 'take', got: 'get',
  ate: 'eat', ran: 'run', met: 'meet', gave: 'give', saw: 'see', spoke: 'speak', told: 'tell', found: 'find', fed: 'feed',
  sold: 'sell', built: 'build', brought: 'bring', caught: 'catch', left: 'leave', drove: 'drive', read: 'read', swept: 'sweep',
  hung: 'hang', rang: 'call', spent: 'spend', won: 'win', rode: 'ride', flew: 'fly', drew: 'draw', bled: 'bleed', kept: 'keep', lent: 'lend',
};

export const WORD_CLASSES = {
  done: DONE,
  undone: UNDONE,
  priority: PRIORITY,
  when: `${WHEN_WORD}(?:,? ${WHEN_WORD}){0,6}`,
  number: NUMBER_PATTERN,
  unit: 'min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?',
  pastTense: `(?!(?:need|needed|feed|speed|bleed|breed|wanted|planned|intended|decided|started|tried|supposed|used|hoped|expected|promised|agreed|scheduled|asked|meant|added|created|deleted|removed|moved|changed|renamed|updated|tagged|marked|reminded|rescheduled|postponed|cancell?ed|forgot|missed|skipped|failed|delayed|${FEELINGS})\\b)(?:${Object.keys(IRREGULAR_PAST).join('|')}|[a-z]{2,}ed)(?!'|\\w|(?<!went|drove|walked|ran|flew|rode|headed|popped) to\\b)`,
  markVerb: 'mark|set|flag|move|put',
  // "got extended to monday", "has been pushed back to the 3rd": how a changed date is said of a task.
  shiftedTo: 'moved|changed|pushed(?: back| out)?|brought forward|set|extended|postponed|delayed|shifted|bumped|updated|rescheduled|put back',
  moveVerb: 'move|reschedule|re-schedule|postpone|push(?: back)?|delay|defer|bump|shift|put off|snooze',
  deleteVerb:
    'delete|remove|erase|trash|drop|scrap|discard|get rid of|forget(?: about)?|nuke|cancel|clear(?: out)?|bin|ditch|throw away|throw out|kill|wipe(?: out| off)?|rub out|blot out|purge|scratch|axe|toss|dump|junk|eliminate|un-?schedule|un-?book|call off|take off' +
    // Typed in a hurry: the common misspellings of the verbs themselves.
    '|delte|dlete|delet|deleet|deleate|remvoe|reomve|remoev|rmeove|remvoe|cancle|canel|cnacel|cancell' +
    // Chat and shell shorthand: "del the eggs", "rm buy milk".
    '|del|rm',
  tagNoun: 'tags?|labels?',
  reminderNoun: 'reminders?|alerts?|notifications?',
  dueNoun: 'due date|deadline|date|due time',
  taskNoun: 'tasks?|todos?|to-?dos?|items?',
  todoVerb: TODO_VERBS,
  fromNowOn: FROM_NOW_ON,
  feeling: FEELINGS,
  // A day said as the subject of a remark: "tomorrow is my day off", "friday can't come soon enough".
  day: `today|tonight|tomorrow|tmrw?|tmr|this weekend|the weekend|next week|this week|(?:${WEEKDAY_PATTERN})s?`,
  recurring: 'every|each|daily|weekly|monthly|yearly|annually|on weekdays|weekdays|biweekly|fortnightly',
} as const;

export type WordClass = keyof typeof WORD_CLASSES;
