// What a message asks for (the intents the grammar in ./grammar reads), and the normalising every message gets first.
import type { Priority } from '@todo/domain';
import { squeeze } from '../parse/phrase-cut.js';
import { digitiseNumbers } from '../parse/spoken-numbers.js';
import { fixCommonMisspellings } from '../parse/vocabulary.js';

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
