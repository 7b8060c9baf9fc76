// Adding tasks: "add X", "remind me to X at 5", "I need to X", "todo: X". The explicit form decides before any other
// command rule, so "add remove the old shelf" is a new task.
import type { Intent } from '../intent.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

const ADD_FRAME =
  "(?:add(?: a| an| new| the)?(?: tasks?| todos?| to-?dos?| items?| reminders?)?(?: to| for| called| named| titled| that says)?|create(?: a| an| new)?(?: tasks?| todos?| to-?dos?| items?| reminders?)?(?: to| for| called| named| titled)?|new (?:tasks?|todos?|to-?dos?|items?)(?: to| for| called| named)?|make (?:a |an )?(?:new )?(?:tasks?|todos?|to-?dos?|items?|reminders?|note)(?: to| for| called| named| that says)?|(?:set up|schedule|plan|book)(?: a| an)?(?: tasks?| reminders?)?(?: to| for)?|put(?: down)?|note(?: down)?(?: that)?|jot(?: down)?|write(?: down)?|log|track|save|capture|i (?:need|have|got|must|should|gotta|want|ought) (?:to )?|i've got to|i'll need to|need to|have to|gotta|got to|don'?t (?:let me )?forget(?: to| about)?|remember(?: to)?|to-?do|todo|task|tasks)\\b:?\\s*";
const STRONG_ADD = '(?=(?:add|create|new (?:task|todo|to-do|item)|todo|to-do|task)\\b(?! (?:the |a |an )?(?:(?:notes?|description|details?|comments?) (?:to|for|on)\\b|(?:reminders?|alerts?|tags?|labels?)\\b)))';
const add = (g: Record<string, string>): Intent => ({ kind: 'add', text: g.rest ?? '' });

export const ADDING_RULES: IntentRule[] = [
  {
    id: 'add.explicit',
    priority: 850,
    // "add …", "new task …": whatever follows is the task, even when it starts with another command's verb.
    pattern: template(`^${STRONG_ADD}${ADD_FRAME}<rest*>$`),
    build: add,
    examples: ['add buy milk tomorrow at 5pm #errands', 'add remove the old shelf', 'new task: delete old photos', 'todo call mom'],
    counterExamples: ['add the tag urgent to call plumber', 'add a note to pay rent: use the new account'],
  },
  {
    id: 'add.remind-to',
    // Above the generic "set X to Y": "set an alarm tomorrow at 7 to go running" is a new task.
    priority: 305,
    pattern: template('^(?:remind me (?:to|that i need to|that i have to|that)\\b|reminder(?: to\\b)?:?)<rest*>$'),
    build: (g) => ({ kind: 'add', text: g.rest ?? '', reminderAtDue: true }),
    examples: ['remind me to call mom at 6pm', 'reminder: pay rent on the 1st'],
    counterExamples: ['remind me about the dentist appointment 1 hour before'],
  },
  {
    id: 'add.remind-when-to',
    priority: 304,
    pattern: template('^(?:remind me|set (?:a |an )?(?:reminder|alarm)) (?<when>(?:at|on|in|tomorrow|tonight|today|next|this|every)\\b.*?) (?:to|that i need to|about) <rest*>$'),
    build: (g) => ({ kind: 'add', text: `${g.rest ?? ''} ${g.when ?? ''}`, reminderAtDue: true }),
    examples: ['remind me tomorrow at 9 to call the bank', 'set an alarm tomorrow at 7 to go running'],
    counterExamples: [],
  },
  {
    id: 'add.frame',
    priority: 100,
    pattern: template(`^${ADD_FRAME}<rest*>$`),
    build: add,
    examples: ['I need to call the bank tomorrow', "don't forget to buy stamps", 'jot down renew passport'],
    counterExamples: ['I called mom'],
  },
];
