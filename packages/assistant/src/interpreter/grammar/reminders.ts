// Reminders on existing tasks: "remind me about the dentist 30 minutes before", "cancel the reminder for X".
import { findDate } from '../../parse/due-date.js';
import { ANY_DAY } from './adding.js';
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

/** "an hour" → "1 hour before", "half an hour" → "30 minutes before": a lead the reminder reader takes. */
function leadBefore(value: string | undefined): string {
  return `${(value ?? '').replace(/^(?:a|an|one)\s/i, '1 ').replace(/^half an? hour/i, '30 minutes')} before`;
}

const THIS_ONE = /^(?:this|that|the same) (?:item|task|one|thing|event|todo|to-do)$|^(?:it|this|that)$/i;

export const REMINDER_RULES: IntentRule[] = [
  {
    id: 'reminder.ask-what',
    // "remind me what i have tomorrow", "remind me when the dentist is": a question put as a reminder; it only reads.
    priority: 810,
    pattern: /^(?:remind|tell) me (?:again )?(?:what|which|when|where|who|how|whether|if)\b/i,
    build: (g) => ({ kind: 'query', text: (g.whole ?? '').replace(/^(?:remind|tell) me (?:again )?/i, ''), search: false, count: false }),
    examples: ['remind me what i have tomorrow', 'remind me when the dentist is'],
    counterExamples: ['remind me to call mom when i get home'],
  },
  {
    id: 'reminder.stop-reminding',
    // "don't remind me about the conference anymore", "stop reminding me about the gym": no more reminder of it (and a
    // task that has none is offered for deletion: in a calendar app the reminder is the entry).
    priority: 741,
    pattern: template("^(?:(?:please )?(?:don'?t|do not|no need to|never) remind me|stop reminding me|quit reminding me|no more reminders?) (?:about|of|for|to) <target*>(?: any ?more| again)?$"),
    build: (g) => ({ kind: 'clear_reminder', target: (g.target ?? '').replace(/ (?:any ?more|again)$/i, '') }),
    examples: ["don't remind me about the conference anymore", 'stop reminding me about the gym'],
    counterExamples: ["don't forget to remind me about the gym", 'remind me about the gym'],
  },
  {
    id: 'reminder.clear',
    priority: 740,
    // "remove the meeting reminder": the reminder named by its task comes after it.
    pattern: template("^(?:cancel|remove|delete|clear|turn off|disable|drop|stop|switch off|get rid of) (?:(?:the |my |any |all )?(?:{reminderNoun}) (?:for|on|of|about|from) <target*>|(?:the |my )(?<named>(?!(?:last|next|first|latest|newest|recent|only|other)\\b)[\\w' -]+?) (?:{reminderNoun}))$"),
    build: (g) => ({ kind: 'clear_reminder', target: g.target ?? g.named ?? '' }),
    examples: ['cancel the reminder for pay rent', 'turn off notifications for the dentist', 'remove the meeting reminder', 'delete my dentist appointment reminder'],
    counterExamples: ['cancel the dentist', 'remove my last reminder', 'delete all reminders'],
  },
  {
    id: 'reminder.lead-for-last',
    priority: 739,
    pattern: template("^(?:remind me|set (?:a |an )?(?:reminder|alert)|add (?:a |an )?(?:reminder|alert)|alert me|notify me|ping me)(?: for it| about it| for that| about that)? (?<value>(?:\\S+ ){1,2}(?:before|early|earlier|ahead|in advance)(?: it'?s due| the deadline)?|the (?:day|night|week) before)$"),
    build: (g) => ({ kind: 'reminder', target: 'it', spec: g.value ?? '' }),
    examples: ['remind me 30 minutes before', 'remind me about it the day before'],
    counterExamples: ['remind me to call mom'],
  },
  {
    id: 'reminder.when-for-last',
    priority: 738,
    // Right after adding or naming a task: a reminder for that task (only date words follow).
    pattern: template('^(?:remind me|set (?:a |an )?(?:reminder|alert)|alert me|notify me|ping me)(?: for it| about it| for that| about that)? (?<value>{when})$'),
    build: (g) => ({ kind: 'reminder', target: 'it', spec: g.value ?? '' }),
    examples: ['remind me at 5pm', 'remind me about it tomorrow morning'],
    counterExamples: [],
  },
  {
    id: 'reminder.change',
    priority: 737,
    pattern: template('^(?:set|change|move|update|make|put) (?:the |my )?(?:reminder|alert|notification) (?:for|on|of|about) <target> (?:to|at|for) <value*>$'),
    // "set reminder for tomorrow for this item": the time came first, the task second.
    build: (g) =>
      THIS_ONE.test(g.value ?? '') ? { kind: 'reminder', target: 'it', spec: g.target ?? '' } : { kind: 'reminder', target: g.target ?? '', spec: g.value ?? '' },
    examples: ['move the reminder for pay rent to 8am', 'set the alert on the dentist to 30 minutes before', 'set reminder for tomorrow for this item'],
    counterExamples: [],
  },
  {
    id: 'reminder.to-task-lead',
    // Above "tell/ping me to …" (a new task): only a lead with no day said.
    priority: 807,
    // "remind me to call grandma an hour before": a lead before, with no day said, is before a task the user has (with
    // none, it is a new task: interpreter modify).
    pattern: template('^(?:remind me|alert me|ping me|nudge me) to <rest> (?<value>(?:a|an|one|half an|\\d+|{number}) (?:{unit})|the (?:day|night|week|morning)) (?:before|beforehand|ahead|in advance|early)(?: it(?:\'s| is) due| it starts)?$'),
    build: (g) => (findDate(g.rest ?? '', ANY_DAY) ? undefined : { kind: 'reminder', target: g.rest ?? '', spec: leadBefore(g.value) }),
    examples: ['remind me to call grandma an hour before', 'ping me to pay rent the day before'],
    counterExamples: ['remind me to call grandma tomorrow', 'remind me to call mom at 5 an hour before'],
  },
  {
    id: 'reminder.lead-before-task',
    priority: 740,
    // "remind me an hour before the team meeting", "ping me 2 days before the tax return": the lead, then the task.
    // "set a reminder fifteen minutes before the team meeting": the same, said with the reminder as a thing.
    pattern: template('^(?:remind me|alert me|notify me|ping me|nudge me|(?:set(?: up)?|add|create|make|put in|send me|give me) (?:a |an )?(?:reminder|alert|notification)(?: for me)?) (?<value>(?:a|an|one|half an|\\d+|{number}) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)|the (?:day|night|week|morning)) before (?!(?:it|that|this|then)$)<rest*>$'),
    // With a day said ("… the meeting i have tomorrow morning") the reminder rules that read the day decide.
    build: (g) => (findDate(g.rest ?? '', ANY_DAY) ? undefined : { kind: 'reminder', target: g.rest ?? '', spec: leadBefore(g.value) }),
    examples: ['remind me an hour before the team meeting', 'ping me 2 days before the tax return', 'remind me the day before the dentist', 'set a reminder fifteen minutes before the team meeting', 'add an alert an hour before the school play'],
    counterExamples: ['remind me 30 minutes before', 'remind me about the dentist 1 hour before', 'please remind me one hour before the meeting i have tomorrow morning', 'set a reminder 30 minutes before'],
  },
  {
    id: 'reminder.about',
    priority: 736,
    pattern: template('^(?:remind me (?:about|of|regarding)|(?:set(?: up)?|add|create|schedule|make) (?:a |an )?(?:reminder|alert|notification) (?:for|on|about|to)|(?:alert|notify|ping) me (?:about|of)) <rest*>$'),
    build: (g) => ({ kind: 'reminder', target: g.rest ?? '', spec: '' }),
    examples: ['remind me about the dentist appointment 1 hour before', 'set a reminder for pay rent the day before'],
    counterExamples: ['remind me to pay rent tomorrow'],
  },
];
