// The first reading of a message: straight quotes, no wake word, politeness or decoration, common typos fixed, spoken numbers as digits.
import { squeeze } from './phrase-cut.js';
import { digitiseNumbers } from './spoken-numbers.js';
import { MONTH_PATTERN, WEEKDAY_PATTERN, fixCommonMisspellings } from './vocabulary.js';

/** Longest message read; the rest of a pasted essay is not a command. */
export const MAX_MESSAGE_CHARS = 2000;

// A voice assistant's wake word opens a spoken command; it is not part of it ("hey olly", "ok google", "alexa,").
const WAKE_WORD = /^(?:(?:hey|hi|ok(?:ay)?) )?(?:alexa|siri|google|olly|cortana)\b[,!.]?\s*/i;
// The verbs a command starts with once its politeness is gone: "be sure to ⟨remind me⟩", "do ⟨remove⟩ the next event".
const COMMAND_VERB =
  '(?:remind|add|set|put|schedule|create|make|book|plan|remove|delete|cancel|clear|erase|move|mark|note|save)\\b';

const POLITE_PREFIX = new RegExp(
  [
    '(?:hey|hi|hello|ok(?:ay)?|so|um+|uh+|yo|well|alright|right|oh|ah|and|also|now|then|hmm+|actually|wait|sorry|oops)\\b[,!.]?\\s+',
    '(?:no|nah|nope|oh no)(?:[,!.]\\s*|\\s+(?=wait\\b))(?=\\S)',
    // "great, add milk", "perfect! now move it": an acknowledgement before the command.
    '(?:great|perfect|cool|awesome|nice|ok(?:ay)? (?:then|cool|great))[,!.]\\s+(?=\\S)',
    '(?:please|pls|plz|kindly|just|quickly)\\s+',
    '(?:can|could|would|will) you(?: please| pls| kindly| possibly| maybe| perhaps| just)?(?: be able to| help me)?\\s+',
    "(?:are you able to|is it possible (?:for you )?to|would it be possible to|do you mind|would you mind|i (?:was|am|'m) wondering if you (?:could|can|would)(?: please)?|i'?d (?:love|like) it if you(?:'d| would| could)|if you (?:could|can))\\s+",
    // "so yeah add …", "can you like add …": a filler before the command verb.
    `(?:yeah|yep|like|basically|um+|uh+|er+m?)[,]?\\s+(?=${COMMAND_VERB})`,
    '(?:would you mind|do me a favou?r and)\\s+',
    "i(?:'d| would) like (?:you )?to\\s+",
    'i want (?:you )?to\\s+',
    'i need you to\\s+',
    // "i need to add coffee to my list": the need is the add.
    "i (?:need|have|want|wanna|'d like|would like) to (?=(?:add|include)\\b)",
    '(?:go ahead and|let\'?s|lets|help me)\\s+',
    `(?:be sure to|make sure to|make sure you|you (?:can|should|must)|do)\\s+(?=${COMMAND_VERB})`,
    // "don't forget to add milk" asks the assistant; "remember to move the car", "don't forget to book the vet" are the
    // user's own to-dos, said to themselves.
    "(?:don'?t forget to|do not forget to|remember to)\\s+(?=(?:remind|add|put|note|save|schedule|create|set (?:a|an|up a) reminder)\\b)",
    '(?:assistant|bot|todo bot)[,:]\\s*',
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')+'),
  'i',
);
const POLITE_SUFFIX = /(?:[,\s]+(?:please|pls|plz|thanks|thank you|thx|for me|if you can|if possible|asap please|(?:thanks|thank you|cheers|please),? (?:alexa|olly|siri|google|cortana)))+[.!?]*$/i;
// "list the items on my shopping list olly", "what's on tomorrow alexa": a wake word said after a question addresses the
// assistant ("remind me to call olly" names a person).
const WAKE_WORD_LAST = /^((?:what|what's|whats|which|when|when's|where|how|how's|who|is|are|am|do|does|did|have|has|list|show|read|tell|give|any|anything)\b.*?)[,\s]+(?:(?:thanks|thank you|please) )?(?:alexa|olly|siri|google|cortana)[?.!]*$/i;

// Emoji and emoticons around a message ("groceries done ✅", "good evening :)") decorate it; they are not words.
const DECORATION = /^(?:\s*(?:[:;=]-?[)(DPp/]|<3|\p{Extended_Pictographic}|[\uFE0F\u200D]|\p{Emoji_Modifier}))+\s*|(?:\s*(?:[:;=]-?[)(DPp/]|<3|\p{Extended_Pictographic}|[\uFE0F\u200D]|\p{Emoji_Modifier}))+\s*$/gu;
// "hi there", "hello everyone": what follows the greeting is part of it, not a command.
const GREETING_ONLY = /^(?:hey|hi|hello|hiya|yo)\b[,!.]?\s+(?:there|all|everyone|everybody|friend|buddy|mate|bot|assistant|again)\b[\s!.,]*$/i;

// "in the calendar put swimming every wednesday", "on my calendar, add …": the place said first, then the command.
const PLACE_FIRST = /^(?:in|on|to|into) (?:my|the) (?:calendar|diary|agenda|schedule|planner),? (?=(?:put|add|set|schedule|create|pencil|note|write|make|book)\b)/i;

// "can i move the dentist to friday?", "could we push the sync to 3?": leave asked for a change is the change.
const ASKS_LEAVE = new RegExp(`^(?:can|could|may|shall) (?:i|we)(?: please| just| maybe)? (?=(?:move|reschedule|push|postpone|delay|shift|bump|rename|delete|remove|cancel|mark|tick off|tag|untag|change)\\b)(?<command>.+?)\\?*$`, 'i');

// "on the 2nd no sorry the 3rd", "tonight i mean tomorrow", "at 5 no wait 6": a day or time said, then taken back for
// another. The one taken back is no part of the command (nor of its title).
const DAY_WORD = `(?:\\d{1,2}(?::\\d{2})?(?:st|nd|rd|th|am|pm)?|${WEEKDAY_PATTERN}|${MONTH_PATTERN}|tomorrow|today|tonight|noon|midnight|week|month)`;
const DAY_LINK = '(?:the|of|next|this|in|the|morning|afternoon|evening|night)';
const DAY_LEAD = '(?:on|for|at|by|from|until|till|before|after)';
const TAKEN_BACK = new RegExp(
  `\\b(${DAY_LEAD} )?((?:(?:${DAY_LINK}|${DAY_WORD}) ){0,3}${DAY_WORD}),? (?:no|nope|sorry|oops|actually|i mean|or rather|correction)(?:,? (?:no|sorry|wait|i mean|make (?:it|that)|rather))*,? (?=((?:${DAY_LEAD} )?)(?:(?:the|this|next) )?${DAY_WORD}\\b)`,
  'gi',
);

function takeBack(text: string): string {
  // The preposition said before the first stays unless the second says its own ("for the 2nd no on the 3rd").
  return text.replace(TAKEN_BACK, (_whole, lead: string | undefined, _said: string, leadAgain: string) => (leadAgain ? '' : (lead ?? '')));
}

/** Straightens quotes, drops wake words, politeness, decoration and trailing punctuation, fixes shouting and common misspellings. */
export function normaliseMessage(message: string): string {
  let text = squeeze(message.slice(0, MAX_MESSAGE_CHARS).replace(/[’‘`]/g, "'").replace(/\s+/g, ' '));
  // "dentist ✅": a check mark next to a task name says it is done.
  const ticked = /^(?:[✅✔☑✓]\uFE0F?\s*)+(.+)$|^(.+?)(?:\s*[✅✔☑✓]\uFE0F?)+$/u.exec(text);
  const core = ticked?.[1] ?? ticked?.[2];
  if (core && !/^(?:add|create|new|todo|to-do|task)\b/i.test(core)) text = /\b(?:done|complete|completed|finished)\W*$/i.test(core) ? core : `${core} done`;
  text = squeeze(text.replace(DECORATION, ' '));
  // "ADD BUY MILK TOMORROW": caps lock is not meant as part of the title.
  if (!/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu) ?? []).length >= 2) text = text.toLowerCase();
  // "remind me to uh call the bank": hesitations are not words of the command.
  text = squeeze(text.replace(/(?<=^|\s)(?:um+|uh+|uhm+|erm+|er)[,.]?(?=\s|$)/gi, ' '));
  text = takeBack(digitiseNumbers(fixCommonMisspellings(text)));
  if (GREETING_ONLY.test(text)) return text.replace(/[\s!.,]+$/, '');
  let previous = '';
  while (previous !== text) {
    previous = text;
    // "hey olly please …", "please alexa …": wake words and politeness come in any order.
    text = text.replace(ASKS_LEAVE, '$<command>').replace(WAKE_WORD, '').replace(WAKE_WORD_LAST, '$1').replace(POLITE_PREFIX, '').replace(PLACE_FIRST, '').replace(POLITE_SUFFIX, '').replace(/\.+$|(?<!!)!$/, '').trim();
  }
  return text;
}
