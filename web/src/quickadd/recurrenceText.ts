// Recurrence in words for the editor, through the domain's own normaliser (the same text the server stores), plus preset labels.
import { normaliseRule, PRESET_RULES } from '@todo/domain/recurrence';

export const RECURRENCE_PRESETS = [
  { value: 'daily', label: 'Every day', rule: PRESET_RULES.daily },
  { value: 'weekdays', label: 'Every weekday', rule: PRESET_RULES.weekdays },
  { value: 'weekly', label: 'Every week', rule: PRESET_RULES.weekly },
  { value: 'biweekly', label: 'Every 2 weeks', rule: PRESET_RULES.biweekly },
  { value: 'monthly', label: 'Every month', rule: PRESET_RULES.monthly },
  { value: 'yearly', label: 'Every year', rule: PRESET_RULES.yearly },
] as const;

/** English for an RRULE, or null when the server would reject the rule. */
export function ruleToText(rule: string): string | null {
  try {
    return normaliseRule(rule).text;
  } catch {
    return null;
  }
}

/** Which preset (if any) a stored rule is. */
export function presetOf(rule: string): string | null {
  const normal = rule.trim().toUpperCase().replace(/^RRULE:/, '');
  return RECURRENCE_PRESETS.find((preset) => preset.rule === normal)?.value ?? null;
}
