// Questions and views ("what's due today?", "how many tasks are tagged work", "find the invoice") and undo.
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const QUESTION_RULES: IntentRule[] = [
  {
    id: 'question.ask',
    priority: 800,
    // Before every command: "what's done today?" is a question, not a completion.
    pattern: /^(?:(?:(?:so|and|at|by|on|in|for|until|till) )?(?:what|which|whats|what's|wat)\b|how many\b|how much\b|do i have\b|have i got\b|did i\b|is there\b|are there\b|any\b|anything\b|when\b|where\b|show\b|list\b|display\b|view\b|see\b|give me\b|tell me\b|let me see\b|let (?:me|us) know (?=(?:what|which|how|if|whether|who|whats|what's|where|my|about my|of my)\b)|(?:you )?got (?:any|anything)\b|get(?= (?:me|my|us|our|all|everything|what|the (?:list|calendar|schedule|agenda|tasks|events|reminders)|today'?s|tomorrow'?s|this|next|upcoming|lists?|tasks|events|calendar|schedule|agenda|reminders)\b)(?!\s.*\boff (?:my |the |our )?(?:[\w-]+ )?(?:list|calendar|schedule|agenda)$)\b|fetch\b|send me\b(?!.*\b(?:reminders?|alerts?|notifications?|an? (?:text|email|message|ping))\b)|(?:bring|pull|bing) up\b|(?:open|load) (?:up )?(?:my|the)\b|check my\b|(?:check|see|find out)(?: to see)? (?:if|whether) (?:(?:i|we)(?:'ve| have| am| are|'m|'re)?(?: got)? (?:have|got|anything|any|something|free|busy|booked)|there(?:'s| is| are))\b|what about\b|read (?:me |us )?(?:back |out |aloud )?(?:my|the|what|all)\b|did you\b|is it true\b|(?:is|are|was|were|does|has) (?:my|the|our|that|this|your|there|any)\b(?!.*\b(?:remind me|add|put|schedule)\b)|(?:my|all) (?:tasks|todos|to-dos|list)\b|(?:tasks|todos|to-dos)(?= (?:without|with|that|which|due|tagged|for|on|this|next|today|tomorrow|tonight|overdue|in|from|i|left|remaining)\b))(?<rest>.*)$/i,
    build: (g) => {
      const whole = g.whole ?? '';
      return {
        kind: 'query',
        text: whole,
        search: /^(?:do i have|is there|are there|any)\b.*\b(?:about|regarding|with|called|named|mentioning|containing)\b/i.test(whole),
        count: /^how many\b/i.test(whole),
      };
    },
    examples: ["what's on my plate tomorrow", 'what did I finish this week', 'anything overdue?', 'how many tasks are tagged work', 'show my high priority tasks', 'got anything due saturday?', "let me know what's due tomorrow", 'send me my list', 'pull up my shopping list', 'open my list', 'at what time is my meeting with the boss', 'tasks without a date', 'tasks due this week', 'read the list', 'read back what i put on my to do list for this week', 'did you add the dentist to my calendar', "is it true that the dentist is on friday", 'check if i have anything on christmas eve', 'see whether there is a meeting on friday', 'what still needs doing this week', 'is the team meeting still happening tomorrow', 'are my bills all paid', 'does the dentist start at 3'],
    counterExamples: ['the gutters still need doing', 'have the car washed by friday', 'get rid of the gift task', 'send me a reminder at 5pm to call mom', 'remind me to call mom at 5', 'get the gym off my list', 'get haircut sometime next week', 'check if the oven is off at 5pm'],
  },
  {
    id: 'undo',
    priority: 790,
    // "nvm revert that", "oops, undo": a word of taking it back said first.
    pattern: /^(?:(?:nvm|never ?mind|oops|whoops|oh no|actually|no|wait|sorry|ugh)[,.!]* )?(?:undo|undo (?:that|it|the last (?:one|change|action|thing))|revert(?: that| it)?|take (?:that|it) back|roll ?back|put it back|change it back)[.!]*$/i,
    build: () => ({ kind: 'undo' }),
    examples: ['undo', 'undo that', 'take it back', 'nvm revert that', 'oops, undo', 'actually change it back'],
    counterExamples: ['undo completing the report'],
  },
  {
    id: 'question.more-about',
    priority: 801,
    // "more about the concert", "tell me more about the dentist appointment", "details of my trip": a look-up of that task.
    pattern: /^(?:(?:tell me|give me|show me|get me|i want|i'd like|send me) )?(?:some |any |the |more )?(?:more|details?|info(?:rmation)?|specifics)(?: details?| info(?:rmation)?)? (?:about|on|of|for|regarding) (?<rest>.+)$/i,
    build: (g) => ({ kind: 'query', text: g.rest ?? '', search: true, count: false }),
    examples: ['more about the concert in st pete', 'tell me more about the dentist appointment', 'details of my trip to rome', 'give me more info on the team meeting'],
    counterExamples: ['add more details about the project to the report'],
  },
  {
    id: 'question.details',
    priority: 801,
    // A bare "details" / "more info": the upcoming tasks, with their details.
    pattern: /^(?:(?:show me |give me |tell me |get me )?(?:the |some |more |any )?(?:details|detail|info|information|specifics)(?: please)?|more)$/i,
    build: () => ({ kind: 'query', text: 'upcoming', search: false, count: false }),
    examples: ['details', 'more info', 'show me the details'],
    counterExamples: ['add more details about the project to the report'],
  },
  {
    id: 'question.search',
    priority: 780,
    pattern: template('^(?:find|search(?: for)?|look (?:up|for)|lookup|grep)\\s+<rest*>$'),
    build: (g) => ({ kind: 'query', text: g.rest ?? '', search: true, count: false }),
    examples: ['find the invoice', 'search for dentist'],
    counterExamples: [],
  },
];
