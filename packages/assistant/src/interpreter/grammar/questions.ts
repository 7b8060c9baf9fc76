// Questions and views ("what's due today?", "how many tasks are tagged work", "find the invoice") and undo.
import type { IntentRule } from './rule.js';
import { template } from './rule.js';

export const QUESTION_RULES: IntentRule[] = [
  {
    id: 'question.ask',
    priority: 800,
    // Before every command: "what's done today?" is a question, not a completion.
    pattern: /^(?:(?:so |and )?(?:what|which|whats|what's|wat)\b|how many\b|how much\b|do i have\b|have i got\b|did i\b|is there\b|are there\b|any\b|anything\b|when\b|where\b|show\b|list\b|display\b|view\b|see\b|give me\b|tell me\b|let me see\b|let (?:me|us) know (?=(?:what|which|how|if|whether|who|whats|what's|where|my|about my|of my)\b)|(?:you )?got (?:any|anything)\b|get(?! rid)\b|fetch\b|check my\b|what about\b|read (?:me )?my\b|(?:my|all) (?:tasks|todos|to-dos|list)\b)(?<rest>.*)$/i,
    build: (g) => {
      const whole = g.whole ?? '';
      return {
        kind: 'query',
        text: whole,
        search: /^(?:do i have|is there|are there|any)\b.*\b(?:about|regarding|with|called|named|mentioning|containing)\b/i.test(whole),
        count: /^how many\b/i.test(whole),
      };
    },
    examples: ["what's on my plate tomorrow", 'what did I finish this week', 'anything overdue?', 'how many tasks are tagged work', 'show my high priority tasks', 'got anything due saturday?', "let me know what's due tomorrow"],
    counterExamples: ['get rid of the gift task'],
  },
  {
    id: 'undo',
    priority: 790,
    pattern: /^(?:undo|undo (?:that|it|the last (?:one|change|action|thing))|revert(?: that| it)?|take (?:that|it) back|roll ?back)$/i,
    build: () => ({ kind: 'undo' }),
    examples: ['undo', 'undo that', 'take it back'],
    counterExamples: ['undo completing the report'],
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
