// RRULE → English words in the browser (rrule's own toText), and the contract's presets.
import * as rruleModule from 'rrule';

// rrule is ESM for the bundler but CommonJS under Node (unit tests, where it arrives as the default export).
type RRuleModule = typeof rruleModule;
const { RRule } = [rruleModule, ...Object.values(rruleModule)].find(
  (candidate): candidate is RRuleModule => !!candidate && typeof candidate === 'object' && 'RRule' in candidate,
) as RRuleModule;

export const RECURRENCE_PRESETS = [
  { value: 'daily', label: 'Every day', rule: 'FREQ=DAILY' },
  { value: 'weekdays', label: 'Every weekday', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
  { value: 'weekly', label: 'Every week', rule: 'FREQ=WEEKLY' },
  { value: 'biweekly', label: 'Every 2 weeks', rule: 'FREQ=WEEKLY;INTERVAL=2' },
  { value: 'monthly', label: 'Every month', rule: 'FREQ=MONTHLY' },
  { value: 'yearly', label: 'Every year', rule: 'FREQ=YEARLY' },
] as const;

/** English for an RRULE, or null when the rule cannot be read. */
export function ruleToText(rule: string): string | null {
  const cleaned = rule.trim().replace(/^RRULE:/i, '');
  if (!/FREQ=/i.test(cleaned)) return null;
  try {
    return new RRule(RRule.parseString(cleaned.toUpperCase())).toText();
  } catch {
    return null;
  }
}

/** Which preset (if any) a stored rule is. */
export function presetOf(rule: string): string | null {
  const normal = rule.trim().toUpperCase().replace(/^RRULE:/, '');
  return RECURRENCE_PRESETS.find((preset) => preset.rule === normal)?.value ?? null;
}
