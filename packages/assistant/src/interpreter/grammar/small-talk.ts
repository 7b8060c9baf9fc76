// Small talk: messages that ask nothing of the tasks (greetings, thanks, moods of the conversation, the clock).
import type { SmallTalkTopic } from '../intent.js';
import { template, type IntentRule } from './rule.js';

function topic(id: SmallTalkTopic, pattern: RegExp, examples: string[], counterExamples: string[] = [], name: string = id): IntentRule {
  return { id: `smalltalk.${name}`, priority: 1000, pattern, build: () => ({ kind: 'smalltalk', topic: id }), examples, counterExamples };
}

export const SMALL_TALK_RULES: IntentRule[] = [
  topic('greeting', /^(?:hi|hello|hey|hiya|howdy|yo|sup|what'?s up|(?:good )?(?:morning|afternoon|evening)|good day|gm|greetings|hey there|hello there|hi there)\b[\s\p{L}]{0,12}$/iu, ['hi', 'good morning', 'hello there', 'morning sam'], ['hi, add milk tomorrow', 'morning run at 6']),
  topic('thanks', /^(?:thanks?|thank you|thx|ty|cheers|much appreciated|appreciate it|great,? thanks?|perfect,? thanks?)\b.{0,20}$/i, ['thanks!', 'thank you so much', 'cheers mate']),
  topic('howareyou', /^how (?:are|r) (?:you|u)|^how'?s it going|^how do you do|^(?:(?:are|r) (?:you|u)|you|anyone|anybody) (?:still )?(?:there|awake|around|alive)\b[\s?!.]*$/i, ['how are you?', "how's it going", 'r u there', 'you still there?'], ['are you there on friday']),
  topic('identity', /^(?:who|what) are you|^what'?s your name|^are you (?:a )?(?:bot|human|robot|ai)/i, ['who are you', 'are you a bot?']),
  topic('help', /^(?:help|\?|what can you do|what do you do|how does this work|how do i use (?:this|you)|commands|what can i (?:say|ask)|options|menu|usage)\b.{0,15}$/i, ['help', 'what can you do?'], ['help me add milk to my list tomorrow at 5pm']),
  topic('bye', /^(?:bye|goodbye|see you|see ya|good ?night|later|cya|ttyl)\b.{0,10}$/i, ['bye', 'good night!']),
  // "all done for today", "that's me done for the day", "calling it a day": the user signs off; no task is named, none is ticked off.
  topic('bye', /^(?:(?:ok(?:ay)?|right|well|phew|and),? )?(?:(?:i'?m|im|i am|we'?re|we are|that'?s me) (?:all )?|all )(?:done|finished|through)(?: here| now)? for (?:today|tonight|the day|the night|the week|now)[\s!.]*$|^(?:(?:ok(?:ay)?|right|well|phew),? )?(?:i'?m |im |we'?re )?calling it a (?:day|night)[\s!.]*$/i, ['all done for today', "i'm done for the day", "that's me done for the night", 'calling it a day'], ['all done with the report', 'done with the report for today'], 'signoff'),
  // "thanksgiving tomorrow, so excited", "party saturday so pumped": a day and how the user feels about it; a to-do verb
  // first ("buy a cake for friday, so excited") still names a task.
  topic('mood', template("^(?!(?:{todoVerb}|add|remind|new|todo|to-?do|task|create|schedule|book|put|remember)\\b)[^,.!;?]*?\\p{L}[^,.!;?]*?(?:[,.!;]+\\s*|\\s+)(?:(?:i'?m|im|i am|we'?re|feeling|feel) )?(?:so+|really|very|super|kinda|totally|well|a bit|quite|hella|mega) (?:{feeling})(?: (?:about|for) (?:it|this|that))?[\\s!.]*$", 'iu'), ['thanksgiving tomorrow, so excited', 'party on saturday so pumped', 'the exam friday. really worried'], ['buy a cake for friday, so excited', 'add the party saturday so excited']),
  // "friday can't come soon enough", "tomorrow is my day off finally", "monday's going to be hectic": a remark about a
  // day, which names nothing to do ("tomorrow is the dentist" or "friday is bin day" still say what happens then).
  topic('mood', template("^(?:(?:ugh|finally|yay|phew|man|omg),? )?(?:{day})(?: (?:night|morning|evening|afternoon))?(?:'s| is| will be| is going to be| is gonna be|'s going to be|'s gonna be| looks| feels| can'?t come| cannot come| cant come)(?: like)?(?: (?:my|a|an|our|the))?(?: (?:so|really|very|super|pretty|totally|such a|way too))?(?: (?:soon|fast|quick|quickly) enough| (?:day off|days off|holiday|vacation|rest day|lazy day|long day|big day|busy day|free day|off|free|busy|hectic|crazy|packed|mad|manic|chill|quiet|slow|rough|tough|insane|nuts)(?: day)?)(?: (?:finally|at last|again|already|for once|lol))?[^\\p{L}\\p{N}]*$", 'iu'), ["friday can't come soon enough", 'tomorrow is my day off finally', "monday's going to be hectic", 'this weekend is going to be so busy 😩'], ['tomorrow is the dentist', 'friday is bin day', 'friday off for the move'], 'day-remark'),
  topic('ack', /^(?:hm+|um+|uh+|erm+|meh|ok(?:ay)?|cool|great|nice|awesome|perfect|got it|sounds good|alright|sure|fine|lol|haha+|wow|good|k|kk|yep|yeah|yes|yup|no|nope|nah|good job|well done|that'?s (?:it|all|everything)(?: for (?:now|today))?)\b[\s!.]*$/i, ['cool', 'sounds good', 'nope', "that's it", 'hmm', 'hmmm']),
  topic('cancel', /^(?:(?:lol|ok|oh|ah|ugh|hmm|actually),? )?(?:no,? wait|wait|hold on|never ?mind|nvm|cancel|cancel that|stop|forget it|forget that|no,? don'?t|scratch that)\b[\s!.]*$/i, ['never mind', 'scratch that', 'lol nvm', 'actually, never mind'], ['cancel the dentist']),
  topic('negative', /^(?:you(?:'re| are) (?:useless|stupid|dumb|bad)|this (?:sucks|is bad))\b/i, ["you're useless"]),
  topic('clock', /^(?:what(?:'s| is) the (?:time|date)(?: (?:now|today))?|what time is it(?: now)?|what(?:'s| is) today(?:'s date)?|what day is (?:it|today))[\s?!.]*$/i, ['what time is it?', 'what day is today'], ["what's due today"]),
  topic('offtopic', /^(?:tell me (?:a joke|something funny|a story)|(?:tell|say) something|sing\b|what(?:'s| is) the weather|how(?:'s| is) the weather|will it rain|who won\b|what(?:'s| is) the meaning of life|can you (?:sing|dance|cook))/i, ['tell me a joke', "what's the weather like"]),
];
