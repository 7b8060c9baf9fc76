// The intent grammar: what a message asks for (add, query, complete, reschedule …) and the phrases it names.
import type { Priority } from '@todo/domain';
import { findPriority } from '../parse/attributes.js';
import { squeeze } from '../parse/phrase-cut.js';
import { digitiseNumbers } from '../parse/spoken-numbers.js';
import { MONTH_PATTERN, NUMBER_PATTERN, WEEKDAY_PATTERN, fixCommonMisspellings } from '../parse/vocabulary.js';

// A voice assistant's wake word opens a spoken command; it is not part of it.
const WAKE_WORD = /^(?:(?:hey|hi|ok(?:ay)?) )?(?:alexa|siri|google|olly|cortana)\b[,!.]?\s*/i;

export type Intent =
  | { kind: 'smalltalk'; topic: SmallTalkTopic }
  | { kind: 'add'; text: string; reminderAtDue?: boolean }
  | { kind: 'query'; text: string; search: boolean; count: boolean }
  | { kind: 'complete' | 'reopen' | 'delete'; target: string }
  | { kind: 'rename'; target: string; title: string }
  | { kind: 'reschedule'; target: string; when: string }
  | { kind: 'clear_due'; target: string }
  | { kind: 'priority'; target: string; priority: Priority }
  | { kind: 'tag'; target: string; add: string[]; remove: string[] }
  | { kind: 'reminder'; target: string; spec: string }
  | { kind: 'clear_reminder'; target: string }
  | { kind: 'recurrence'; target: string; spec: string | null }
  | { kind: 'describe'; target: string; description: string }
  | { kind: 'change'; target: string; value: string }
  | { kind: 'did'; words: string }
  | { kind: 'undo' }
  | { kind: 'unknown'; text: string };

export type SmallTalkTopic = 'greeting' | 'thanks' | 'howareyou' | 'identity' | 'help' | 'bye' | 'ack' | 'negative' | 'cancel' | 'clock' | 'offtopic';

const POLITE_PREFIX =
  /^(?:(?:hey|hi|hello|ok(?:ay)?|so|um+|uh+|yo|well|alright|right|oh|ah|and|also|now|then|hmm+|actually|wait|sorry|oops)\b[,!.]?\s+|(?:no|nah|nope|oh no)(?:[,!.]\s*|\s+(?=wait\b))(?=\S)|(?:please|pls|plz|kindly|just|quickly)\s+|(?:can|could|would|will) you(?: please| pls)?(?: help me)?\s+|i(?:'d| would) like (?:you )?to\s+|i want (?:you )?to\s+|i need you to\s+|(?:go ahead and|let'?s|lets|help me)\s+|(?:assistant|bot|todo bot)[,:]\s*)+/i;
const POLITE_SUFFIX = /(?:[,\s]+(?:please|pls|plz|thanks|thank you|thx|for me|if you can|if possible|asap please))+[.!?]*$/i;

// Emoji and emoticons around a message ("groceries done ✅", "good evening :)") decorate it; they are not words.
const DECORATION = /^(?:\s*(?:[:;=]-?[)(DPp/]|<3|\p{Extended_Pictographic}|[\uFE0F\u200D]|\p{Emoji_Modifier}))+\s*|(?:\s*(?:[:;=]-?[)(DPp/]|<3|\p{Extended_Pictographic}|[\uFE0F\u200D]|\p{Emoji_Modifier}))+\s*$/gu;
// "hi there", "hello everyone": what follows the greeting is part of it, not a command.
const GREETING_ONLY = /^(?:hey|hi|hello|hiya|yo)\b[,!.]?\s+(?:there|all|everyone|everybody|friend|buddy|mate|bot|assistant|again)\b[\s!.,]*$/i;

/** Straightens quotes, drops politeness, decoration and trailing punctuation, fixes shouting and common misspellings. */
export function normaliseMessage(message: string): string {
  let text = squeeze(message.replace(/[’‘`]/g, "'").replace(/\s+/g, ' '));
  // "dentist ✅": a check mark next to a task name says it is done.
  const ticked = /^(?:[✅✔☑✓]\uFE0F?\s*)+(.+)$|^(.+?)(?:\s*[✅✔☑✓]\uFE0F?)+$/u.exec(text);
  const core = ticked?.[1] ?? ticked?.[2];
  if (core && !/^(?:add|create|new|todo|to-do|task)\b/i.test(core)) text = /\b(?:done|complete|completed|finished)\W*$/i.test(core) ? core : `${core} done`;
  text = squeeze(text.replace(DECORATION, ' '));
  // "ADD BUY MILK TOMORROW": caps lock is not meant as part of the title.
  if (!/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= 2) text = text.toLowerCase();
  text = digitiseNumbers(fixCommonMisspellings(text)).replace(WAKE_WORD, '');
  if (GREETING_ONLY.test(text)) return text.replace(/[\s!.,]+$/, '');
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(POLITE_PREFIX, '').replace(POLITE_SUFFIX, '').replace(/\.+$|(?<!!)!$/, '').trim();
  }
  return text;
}

const SMALL_TALK: Array<[RegExp, SmallTalkTopic]> = [
  [/^(?:hi|hello|hey|hiya|howdy|yo|sup|what'?s up|(?:good )?(?:morning|afternoon|evening)|good day|gm|greetings|hey there|hello there|hi there)\b[\s\w]{0,12}$/i, 'greeting'],
  [/^(?:thanks?|thank you|thx|ty|cheers|much appreciated|appreciate it|great,? thanks?|perfect,? thanks?)\b.{0,20}$/i, 'thanks'],
  [/^how (?:are|r) (?:you|u)|^how'?s it going|^how do you do/i, 'howareyou'],
  [/^(?:who|what) are you|^what'?s your name|^are you (?:a )?(?:bot|human|robot|ai)/i, 'identity'],
  [/^(?:help|\?|what can you do|what do you do|how does this work|how do i use (?:this|you)|commands|what can i (?:say|ask)|options|menu|usage)\b.{0,15}$/i, 'help'],
  [/^(?:bye|goodbye|see you|see ya|good ?night|later|cya|ttyl)\b.{0,10}$/i, 'bye'],
  [/^(?:ok(?:ay)?|cool|great|nice|awesome|perfect|got it|sounds good|alright|sure|fine|lol|haha+|wow|good|k|kk|yep|yeah|yes|yup|no|nope|nah|good job|well done)\b[\s!.]*$/i, 'ack'],
  [/^(?:no,? wait|wait|hold on|never ?mind|nvm|cancel|cancel that|stop|forget it|forget that|no,? don'?t|scratch that)\b[\s!.]*$/i, 'cancel'],
  [/^(?:you(?:'re| are) (?:useless|stupid|dumb|bad)|this (?:sucks|is bad))\b/i, 'negative'],
  [/^(?:what(?:'s| is) the (?:time|date)(?: (?:now|today))?|what time is it(?: now)?|what(?:'s| is) today(?:'s date)?|what day is (?:it|today))[\s?!.]*$/i, 'clock'],
  [/^(?:tell me (?:a joke|something funny|a story)|(?:tell|say) something|sing\b|what(?:'s| is) the weather|how(?:'s| is) the weather|will it rain|who won\b|what(?:'s| is) the meaning of life|can you (?:sing|dance|cook))/i, 'offtopic'],
];

/** A message that asks nothing of the tasks. */
export function smallTalkTopic(text: string): SmallTalkTopic | undefined {
  return SMALL_TALK.find(([pattern]) => pattern.test(text))?.[1];
}

const DONE_WORDS =
  '(?:done|complete|completed|finished|checked(?: off)?|ticked off|crossed off|taken care of|handled|sorted|dealt with|paid|bought|sent|submitted|booked|fixed|cleaned|ordered|returned|renewed|mailed|posted|filed|washed|picked up|dropped off)';
const UNDONE_WORDS = '(?:not (?:done|complete|completed|finished)|incomplete|undone|unfinished|pending|open|active|to ?do|outstanding)';
const PRIORITY_VALUE =
  '(?:(?:a |an |the )?(?:high|top|highest|urgent|important|critical|low|lowest|medium|normal|mid|regular|p[0-3])(?:[- ]?(?:priority|prio|pri))?|(?:priority|prio)(?: to)? (?:high|low|medium|normal|urgent)|urgent|important|(?:not|no longer|not that) (?:urgent|important|a priority))';
const WHEN_WORD = `(?:at|on|in|by|for|from|of|tomorrow|tonight|today|next|this|every|each|other|daily|weekly|monthly|yearly|morning|afternoon|evening|night|noon|midday|midnight|the|a|an|half|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-?five|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|from now|\\d{1,2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}(?:st|nd|rd|th)|${WEEKDAY_PATTERN}s?|${MONTH_PATTERN})`;
const WHEN_WORDS = `${WHEN_WORD}(?:,? ${WHEN_WORD}){0,6}`;
const SHIFT = /^(?:by|for) (?:an? |one |\d+ |two |three |a few |a couple of )(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)$/i;

const IRREGULAR: Record<string, string> = {
  bought: 'buy', paid: 'pay', sent: 'send', did: 'do', went: 'go', wrote: 'write', made: 'make', took: 'take', got: 'get',
  ate: 'eat', ran: 'run', met: 'meet', gave: 'give', saw: 'see', spoke: 'speak', told: 'tell', found: 'find', fed: 'feed',
  sold: 'sell', built: 'build', brought: 'bring', caught: 'catch', left: 'leave', drove: 'drive', read: 'read', swept: 'sweep',
  hung: 'hang', spent: 'spend', won: 'win', rode: 'ride', flew: 'fly', drew: 'draw', bled: 'bleed', kept: 'keep', lent: 'lend',
};
const PAST_TENSE = `(?!(?:need|needed|feed|speed|bleed|breed|wanted|planned|intended|decided|started|tried|supposed|used|hoped|expected|promised|agreed|scheduled|asked|meant)\\b)(?:${Object.keys(IRREGULAR).join('|')}|[a-z]{2,}ed)(?! to\\b)`;

/** "called" → "call", "bought" → "buy"; the matcher's stemming copes with the rest ("booked" → "book"). */
function presentOf(verb: string): string {
  return IRREGULAR[verb.toLowerCase()] ?? verb.toLowerCase();
}

type Rule = { pattern: RegExp; build: (g: Record<string, string>) => Intent | undefined };

const rules: Rule[] = [
  // Questions and views come first: "what's done today?" is a question, not a completion.
  {
    pattern: /^(?:(?:so |and )?(?:what|which|whats|what's|wat)\b|how many\b|how much\b|do i have\b|have i got\b|did i\b|is there\b|are there\b|any\b|anything\b|when\b|where\b|show\b|list\b|display\b|view\b|see\b|give me\b|tell me\b|let me see\b|get(?! rid)\b|fetch\b|check my\b|what about\b|read (?:me )?my\b|(?:my|all) (?:tasks|todos|to-dos|list)\b)(?<rest>.*)$/i,
    build: (g) => {
      const whole = g.whole ?? '';
      return { kind: 'query', text: whole, search: /^(?:do i have|is there|are there|any)\b.*\b(?:about|regarding|with|called|named|mentioning|containing)\b/i.test(whole), count: /^how many\b/i.test(whole) };
    },
  },
  {
    pattern: /^(?:undo|undo (?:that|it|the last (?:one|change|action|thing))|revert(?: that| it)?|take (?:that|it) back|roll ?back)$/i,
    build: () => ({ kind: 'undo' }),
  },
  {
    pattern: /^(?:find|search(?: for)?|look (?:up|for)|lookup|grep)\s+(?<rest>.+)$/i,
    build: (g) => ({ kind: 'query', text: g.rest ?? '', search: true, count: false }),
  },
  // Tags before "add" and "remove": "add the tag work to X", "remove tag urgent from X".
  {
    pattern: /^(?:add|put|attach|apply|give(?: it)?) (?:the |a )?(?:tags?|labels?) (?<value>.+?) (?:to|on) (?<target>.+)$/i,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
  },
  // "remove all tags from X" clears X's tags; it never reaches the delete rule.
  {
    pattern: /^(?:remove|delete|drop|take off|clear|strip|wipe) (?:(?:all|every|any|the) )*(?:(?:of )?(?:the|its|my) )?(?:tags?|labels?) (?:from|off|on|of) (?<target>.+)$/i,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: ['*'] }),
  },
  {
    pattern: /^(?:remove|delete|drop|take off|clear) (?:the |a )?(?:tags?|labels?) (?<value>.+?) (?:from|off|on) (?<target>.+)$/i,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: tagList(g.value) }),
  },
  {
    pattern: /^untag (?<target>.+?)(?: (?:from|as) (?<value>.+))?$/i,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: [], remove: g.value ? tagList(g.value) : ['*'] }),
  },
  {
    pattern: /^(?:tag|label|categori[sz]e|file) (?<target>.+?) (?:as|with|under|in|into|to) (?:the )?(?:tags? |labels? )?(?<value>.+)$/i,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
  },
  {
    pattern: /^(?:tag|label) (?<target>.+?) (?<value>#.+)$/i,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
  },
  {
    pattern: /^(?:tag|label) (?<target>.+) (?<value>[\p{L}\p{N}_-]+)$/iu,
    build: (g) => ({ kind: 'tag', target: g.target ?? '', add: tagList(g.value), remove: [] }),
  },
  // Reminders on existing tasks: "remind me about the dentist 30 minutes before", "cancel the reminder for X".
  {
    pattern: /^(?:cancel|remove|delete|clear|turn off|disable|drop|stop) (?:the |my |any )?(?:reminders?|alerts?|notifications?) (?:for|on|of|about|from) (?<target>.+)$/i,
    build: (g) => ({ kind: 'clear_reminder', target: g.target ?? '' }),
  },
  {
    pattern: /^(?:remind me|set (?:a |an )?(?:reminder|alert)|add (?:a |an )?(?:reminder|alert)|alert me|notify me|ping me)(?: for it| about it| for that| about that)? (?<value>(?:\S+ ){1,2}(?:before|early|earlier|ahead|in advance)(?: it'?s due| the deadline)?|the (?:day|night|week) before)$/i,
    build: (g) => ({ kind: 'reminder', target: 'it', spec: g.value ?? '' }),
  },
  {
    // "remind me at 5pm" right after adding or naming a task: a reminder for that task (only date words follow).
    pattern: new RegExp(`^(?:remind me|set (?:a |an )?(?:reminder|alert)|alert me|notify me|ping me)(?: for it| about it| for that| about that)? (?<value>${WHEN_WORDS})$`, 'i'),
    build: (g) => ({ kind: 'reminder', target: 'it', spec: g.value ?? '' }),
  },
  {
    pattern: /^(?:set|change|move|update|make|put) (?:the |my )?(?:reminder|alert|notification) (?:for|on|of|about) (?<target>.+?) (?:to|at|for) (?<value>.+)$/i,
    build: (g) => ({ kind: 'reminder', target: g.target ?? '', spec: g.value ?? '' }),
  },
  {
    pattern: /^(?:remind me (?:about|of|regarding)|(?:set|add|create|schedule) (?:a |an )?(?:reminder|alert|notification) (?:for|on|about|to)|(?:alert|notify|ping) me (?:about|of)) (?<rest>.+)$/i,
    build: (g) => ({ kind: 'reminder', target: g.rest ?? '', spec: '' }),
  },
  // Completion, reopening.
  {
    pattern: new RegExp(`^(?:mark|set|flag|move|put) (?<target>.+?) (?:as |to )?${UNDONE_WORDS}$`, 'i'),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
  },
  {
    pattern: /^(?:re-?open|un-?complete|un-?finish|un-?check|un-?tick|unmark|restore|revive|bring back|undo(?: completing| complete)?) (?<target>.+)$/i,
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
  },
  {
    pattern: new RegExp(`^(?:mark|set|flag|move|put|consider) (?<target>.+?) (?:as |to )?${DONE_WORDS}$`, 'i'),
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
  },
  {
    pattern:
      /^(?:complete|completed|finish|finished|close|resolve|check off|tick off|cross off|cross out|strike|mark off|done with|done|did|i(?:'ve| have)? (?:just |already |now )?(?:finished|completed|done|did|closed|handled|sorted)|i'm done with|im done with|i am done with|i finished|i completed|i did|got done with|wrapped up|wrap up)\b:? (?<target>.+?)(?: (?:as )?(?:done|complete|completed|off))?$/i,
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
  },
  {
    pattern: /^(?:check|tick|cross) (?<target>.+?) off(?: (?:my|the) list)?$/i,
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
  },
  // Due dates.
  {
    pattern: /^(?:remove|clear|delete|drop|unset) (?:the )?(?:due date|deadline|date|due time) (?:from|of|for|on) (?<target>.+)$/i,
    build: (g) => ({ kind: 'clear_due', target: g.target ?? '' }),
  },
  {
    pattern:
      /^(?:move|reschedule|re-schedule|postpone|push(?: back)?|delay|defer|bump|shift|change|set|update|make|put|schedule) (?:the )?(?:due date|deadline|date|due time|time) (?:of|for|on) (?<target>.+?) (?:to|until|till|for|on|at) (?<value>.+)$/i,
    build: (g) => rescheduleOrPriority(g.target, g.value),
  },
  {
    // "move everything due today to tomorrow": the new date follows the last "to", the target may name a date too.
    pattern: new RegExp(`^(?:move|reschedule|re-schedule|postpone|push(?: back)?|delay|defer|bump|shift|put off|snooze) (?<target>.+ (?:due|from|on|for) .+?) (?<value>(?:to|until|till|into) ${WHEN_WORDS})$`, 'i'),
    build: (g) => rescheduleOrPriority(g.target, g.value),
  },
  {
    // "push the report back a week", "move the dentist forward by two days": a shift from the current due date.
    // Before the "move X to/by <date>" rule, which would keep "back"/"forward" in the target.
    pattern: new RegExp(`^(?:push|move|bump|shift|postpone|delay|defer|snooze|put off)(?: back| out| forward)? (?<target>.+?)(?: back| out| forward| later)? (?:by |for )?(?<value>${NUMBER_PATTERN} (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?))(?: later| back| out)?$`, 'i'),
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: `by ${g.value ?? ''}` }),
  },
  {
    pattern: /^(?:move|reschedule|re-schedule|postpone|push(?: back)?|delay|defer|bump|shift|put off|snooze) (?<target>.+?) (?<value>(?:to|until|till|for|on|at|by|into|in) .+|tomorrow.*|tonight.*|today.*|next .+)$/i,
    build: (g) => rescheduleOrPriority(g.target, g.value),
  },
  {
    pattern: /^(?:postpone|push back|delay|defer|snooze|put off) (?<target>.+)$/i,
    build: (g) => ({ kind: 'reschedule', target: g.target ?? '', when: 'by 1 day' }),
  },
  {
    pattern: /^(?:make|set|change|update) (?<target>.+?) (?:to be )?due (?<value>.+)$/i,
    build: (g) => rescheduleOrPriority(g.target, g.value),
  },
  {
    pattern: /^(?<target>.+?) (?:is |should be |will be )?(?:now |actually )?(?:due|happening|moved to|rescheduled to|postponed to) (?<value>.+)$/i,
    build: (g) => rescheduleOrPriority(g.target, g.value),
  },
  {
    pattern: /^(?<target>.+?) (?:is|was|has been|got) (?:now |actually |moved |rescheduled |pushed |changed )*(?<value>(?:at|on|to|for|tomorrow|today|tonight|next|this|in)\b.+)$/i,
    build: (g) => rescheduleOrPriority(g.target, g.value),
  },
  // Priority.
  {
    pattern: /^(?:prioriti[sz]e|flag|star|escalate) (?<target>.+)$/i,
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'high' }),
  },
  {
    pattern: /^(?:de-?prioriti[sz]e|unflag|unstar) (?<target>.+)$/i,
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
  },
  {
    pattern: new RegExp(`^(?:make|set|mark|change|update|flag|bump|raise|lower|drop|put|move) (?:the )?(?:priority (?:of|on|for) )?(?<target>.+?) (?:to |as |at |into |up to |down to )?(?<value>${PRIORITY_VALUE})$`, 'i'),
    build: (g) => priorityIntent(g.target, g.value),
  },
  {
    pattern: /^(?:raise|increase|bump up|bump) (?:the )?priority (?:of|on|for) (?<target>.+)$/i,
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'high' }),
  },
  {
    pattern: /^(?:lower|decrease|reduce) (?:the )?priority (?:of|on|for) (?<target>.+)$/i,
    build: (g) => ({ kind: 'priority', target: g.target ?? '', priority: 'low' }),
  },
  {
    pattern: new RegExp(`^(?<target>.+?) (?:is|are|should be|must be|needs to be|is now) (?:a |an |the )?(?<value>${PRIORITY_VALUE})$`, 'i'),
    build: (g) => priorityIntent(g.target, g.value),
  },
  // Recurrence on an existing task.
  {
    pattern: /^(?:stop repeating|stop recurring|don'?t repeat|no longer repeat|make (?<t2>.+?) (?:not repeat|one-?off|non-?recurring|a one-?off))(?<target>.*)$/i,
    build: (g) => ({ kind: 'recurrence', target: (g.target || g.t2) ?? '', spec: null }),
  },
  {
    pattern: /^(?<target>.+?) (?:should (?:no longer|not) (?:repeat|recur)|(?:doesn'?t|does not|shouldn'?t) (?:need to )?(?:repeat|recur))$/i,
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: null }),
  },
  {
    pattern: /^(?:make|set|have|let) (?<target>.+?) (?:to )?(?:repeat|recur|happen|occur)(?:s|ring|ing)? (?<value>.+)$/i,
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
  },
  {
    pattern: /^(?<target>.+?) (?:should|must|needs to|will|has to) (?:repeat|recur|happen|be done|occur) (?<value>.+)$/i,
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
  },
  {
    pattern: /^(?:repeat) (?<target>.+?) (?<value>(?:every|each|daily|weekly|monthly|yearly|annually|on weekdays|weekdays|biweekly|fortnightly).*)$/i,
    build: (g) => ({ kind: 'recurrence', target: g.target ?? '', spec: g.value ?? '' }),
  },
  // Notes / descriptions.
  {
    pattern: /^(?:add|attach|put|set|write) (?:a |the )?(?:note|description|details?|comment)s? (?:to|on|for) (?<target>.+?)(?::| saying| that says| -) (?<value>.+)$/i,
    build: (g) => ({ kind: 'describe', target: g.target ?? '', description: g.value ?? '' }),
  },
  // Renaming.
  {
    pattern: /^(?:rename|retitle|re-title|re-name) (?<target>.+?) (?:to|as|into) (?<value>.+)$/i,
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
  },
  {
    pattern: /^(?:change|set|update|edit) (?:the )?(?:title|name|wording|text) (?:of|for|on) (?<target>.+?) (?:to|as) (?<value>.+)$/i,
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
  },
  {
    pattern: /^call (?<target>.+?) (?<value>["“].+["”]|.+) instead$/i,
    build: (g) => ({ kind: 'rename', target: g.target ?? '', title: g.value ?? '' }),
  },
  // Deletion (after the tag/reminder/due-date removals above).
  {
    pattern: /^(?:delete|remove|erase|trash|drop|scrap|discard|get rid of|forget(?: about)?|nuke|cancel|clear(?: out)?|bin|ditch|throw away|throw out|kill|wipe|purge|scratch|axe|toss|dump|junk|eliminate) (?<target>.+?)(?: off (?:my |the )?list| from (?:my |the )?(?:list|tasks|to-?do(?: list)?))?$/i,
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
  },
  {
    pattern: /^take (?<target>.+?) off (?:my |the )?(?:list|to-?do list|tasks)$/i,
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
  },
  {
    pattern: /^(?:i )?(?:don'?t|do not|no longer) (?:need|have) to (?<target>.+?)(?: anymore| any more)?$/i,
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
  },
  {
    pattern: /^(?<target>.+?) (?:(?:is|was|has been|got|are|were) (?:now |been )?(?:cancell?ed|called off|not happening|off|no longer (?:needed|happening|necessary))|cancell?ed|called off)$/i,
    build: (g) => ({ kind: 'delete', target: g.target ?? '' }),
  },
  // Suffix forms come after every verb-first rule: "delete all completed" is a deletion.
  {
    pattern: new RegExp(`^(?<target>.+?) (?:is|are|was|isn't|is not|wasn't|aren't) (?:actually |still |really )?${UNDONE_WORDS}$`, 'i'),
    build: (g) => ({ kind: 'reopen', target: g.target ?? '' }),
  },
  {
    pattern: new RegExp(`^(?<target>.+?),? (?:is |are |has been |have been |was |were |got |now )*(?:all )?${DONE_WORDS}(?: now| already| today)?$`, 'i'),
    build: (g) => ({ kind: 'complete', target: g.target ?? '' }),
  },
  // "make it tomorrow", "set that for friday at 6": a pronoun and only date/recurrence words change the last task.
  {
    pattern: new RegExp(`^(?:make|set|change|move|put|have) (?<target>it|that|this|them|those)(?: to| for)? (?<value>${WHEN_WORDS})$`, 'i'),
    build: (g) => ({ kind: 'change', target: g.target ?? 'it', value: g.value ?? '' }),
  },
  // Generic "change X to Y": Y decides (a date, a priority, or a new title).
  {
    pattern: /^(?:change|update|edit|modify|switch|set) (?<target>.+?) (?:to|into) (?<value>.+)$/i,
    build: (g) => ({ kind: 'change', target: g.target ?? '', value: g.value ?? '' }),
  },
  // "I called mom", "we bought the tickets": a past tense names something that got done.
  {
    pattern: new RegExp(`^(?:i|we)(?:'ve| have)? (?:just |already |finally |now )?(?<verb>${PAST_TENSE})\\b(?<rest>.*)$`, 'i'),
    build: (g) => ({ kind: 'did', words: `${presentOf(g.verb ?? '')} ${g.rest ?? ''}`.trim() }),
  },
  // Adding.
  {
    pattern:
      /^(?:remind me (?:to|that i need to|that i have to|that)\b|reminder(?: to\b)?:?)(?<rest>.+)$/i,
    build: (g) => ({ kind: 'add', text: g.rest ?? '', reminderAtDue: true }),
  },
  {
    pattern: /^(?:remind me|set (?:a |an )?(?:reminder|alarm)) (?<when>(?:at|on|in|tomorrow|tonight|today|next|this|every)\b.*?) (?:to|that i need to|about) (?<rest>.+)$/i,
    build: (g) => ({ kind: 'add', text: `${g.rest ?? ''} ${g.when ?? ''}`, reminderAtDue: true }),
  },
  {
    pattern:
      /^(?:add(?: a| an| new| the)?(?: tasks?| todos?| to-?dos?| items?| reminders?)?(?: to| for| called| named| titled| that says)?|create(?: a| an| new)?(?: tasks?| todos?| to-?dos?| items?| reminders?)?(?: to| for| called| named| titled)?|new (?:tasks?|todos?|to-?dos?|items?)(?: to| for| called| named)?|make (?:a |an )?(?:new )?(?:tasks?|todos?|to-?dos?|items?|reminders?|note)(?: to| for| called| named| that says)?|(?:set up|schedule|plan|book)(?: a| an)?(?: tasks?| reminders?)?(?: to| for)?|put(?: down)?|note(?: down)?(?: that)?|jot(?: down)?|write(?: down)?|log|track|save|capture|i (?:need|have|got|must|should|gotta|want|ought) (?:to )?|i've got to|i'll need to|need to|have to|gotta|got to|don'?t (?:let me )?forget(?: to| about)?|remember(?: to)?|to-?do|todo|task|tasks)\b:?\s*(?<rest>.+)$/i,
    build: (g) => ({ kind: 'add', text: g.rest ?? '' }),
  },
];

function tagList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/,\s*|\s+and\s+|\s*&\s*|\s+/)
    .map((tag) => tag.replace(/^#/, '').replace(/^(?:tags?|labels?)$/i, '').trim())
    .filter((tag) => tag && !/^(?:the|a|an|as|with|tag|tags|label)$/i.test(tag));
}

const PRIORITY_ONLY = new RegExp(`^(?:to |as |at )?${PRIORITY_VALUE}$`, 'i');

/** "bump rent to high" reads like a move but names a priority. */
function rescheduleOrPriority(target: string | undefined, value: string | undefined): Intent | undefined {
  if (PRIORITY_ONLY.test(value ?? '')) return priorityIntent(target, (value ?? '').replace(/^(?:to|as|at) /i, ''));
  return { kind: 'reschedule', target: target ?? '', when: value ?? '' };
}

function priorityIntent(target: string | undefined, value: string | undefined): Intent | undefined {
  const found = findPriority(value ?? '') ?? findPriority(`${value ?? ''} priority`);
  return found ? { kind: 'priority', target: target ?? '', priority: found.priority } : undefined;
}

const STRONG_ADD = /^(?:add|create|new (?:task|todo|to-do|item)|todo|to-do|task)\b(?! (?:the |a |an )?(?:(?:notes?|description|details?|comments?) (?:to|for|on)\b|(?:reminders?|alerts?|tags?|labels?)\b))/i;

/** Classifies a normalised message. Small talk is checked by the caller first. */
export function classify(text: string): Intent {
  const candidates = STRONG_ADD.test(text) ? rules.slice(-1) : rules;
  for (const rule of candidates) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    const groups: Record<string, string> = { whole: text };
    for (const [key, value] of Object.entries(match.groups ?? {})) if (value !== undefined) groups[key] = value.trim();
    const intent = rule.build(groups);
    if (intent) return intent;
  }
  return { kind: 'unknown', text };
}
