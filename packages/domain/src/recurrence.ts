// Recurrence input (preset or RFC 5545 RRULE) → a strictly validated, normalised `{rule, text}` (rrule does the parsing and the English).
import * as rruleModule from 'rrule';
import { InvalidError } from './errors.js';
import { RecurrenceBudgetError, boundedAfter, unreachableStartHours } from './bounded-rule.js';
import { findRuleClash } from './rule-clash.js';

// rrule ships CommonJS to Node (named exports live on `default`) and ESM to bundlers; accept both.
const { RRule } = ('RRule' in rruleModule && rruleModule.RRule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default);

export const RECURRENCE_PRESETS = ['daily', 'weekdays', 'weekly', 'biweekly', 'monthly', 'yearly'] as const;
export type RecurrencePreset = (typeof RECURRENCE_PRESETS)[number];

export const PRESET_RULES: Record<RecurrencePreset, string> = {
  daily: 'FREQ=DAILY',
  weekdays: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  weekly: 'FREQ=WEEKLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  monthly: 'FREQ=MONTHLY',
  yearly: 'FREQ=YEARLY',
};

export interface Recurrence {
  rule: string;
  text: string;
}

export type RecurrenceInput = RecurrencePreset | { rule: string };

const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const intList = (min: number, max: number, allowNegative = false) => (value: string) =>
  value.split(',').every((part) => {
    if (!/^[+-]?\d{1,3}$/.test(part)) return false;
    const n = Number(part);
    if (n === 0 && min > 0) return false;
    if (n < 0) return allowNegative && -n <= max && -n >= Math.max(min, 1);
    return n >= min && n <= max;
  });

// rrule's own parser is lenient (it accepts `COUNT=abc` or a missing FREQ), so every part is checked here first.
const PART_CHECKS: Record<string, (value: string) => boolean> = {
  FREQ: (v) => ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'].includes(v),
  INTERVAL: (v) => /^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 1000,
  COUNT: (v) => /^\d{1,5}$/.test(v) && Number(v) >= 1,
  UNTIL: (v) => /^\d{8}(T\d{6}Z?)?$/.test(v) && !Number.isNaN(Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`)),
  BYDAY: (v) => v.split(',').every((d) => new RegExp(`^([+-]?([1-9]|[1-4]\\d|5[0-3]))?${WEEKDAY}$`).test(d)),
  BYMONTHDAY: intList(1, 31, true),
  BYYEARDAY: intList(1, 366, true),
  BYWEEKNO: intList(1, 53, true),
  BYMONTH: intList(1, 12),
  BYSETPOS: intList(1, 366, true),
  BYHOUR: intList(0, 23),
  BYMINUTE: intList(0, 59),
  BYSECOND: intList(0, 59),
  WKST: (v) => new RegExp(`^${WEEKDAY}$`).test(v),
};

function invalid(rule: string, reason: string): InvalidError {
  return new InvalidError(`Invalid recurrence rule "${rule}": ${reason}.`, { field: 'recurrence', rule, reason }, 'invalid_recurrence');
}

/** Validates an RRULE (with or without the `RRULE:` prefix) and returns it in canonical form plus English text. */
export function normaliseRule(input: string): Recurrence {
  const raw = input.trim().replace(/^RRULE:/i, '').replace(/;$/, '');
  if (raw.length === 0 || raw.length > 500) throw invalid(input, 'expected something like FREQ=WEEKLY;BYDAY=MO,WE');
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const part of raw.split(';')) {
    const [key, value, ...rest] = part.split('=');
    const name = (key ?? '').trim().toUpperCase();
    const val = (value ?? '').trim().toUpperCase();
    if (rest.length > 0 || !name || !val) throw invalid(input, `"${part}" is not NAME=VALUE`);
    if (name === 'DTSTART') throw invalid(input, 'DTSTART is not accepted; the rule is anchored on the due date');
    const check = PART_CHECKS[name];
    if (!check) throw invalid(input, `unknown part ${name}`);
    if (seen.has(name)) throw invalid(input, `${name} is given twice`);
    if (!check(val)) throw invalid(input, `bad value for ${name}: ${value}${name === 'INTERVAL' ? ' (INTERVAL is 1 to 1000)' : ''}`);
    seen.add(name);
    parts.push(`${name}=${val}`);
  }
  if (!seen.has('FREQ')) throw invalid(input, 'FREQ is required (DAILY, WEEKLY, MONTHLY, YEARLY or HOURLY)');
  if (seen.has('COUNT') && seen.has('UNTIL')) throw invalid(input, 'COUNT and UNTIL cannot both be given');
  let options;
  try {
    options = RRule.parseString(parts.join(';'));
  } catch (error) {
    throw invalid(input, error instanceof Error ? error.message : 'unparseable');
  }
  refuseNeverOccurring(input, options, parts);
  const rule = new RRule(options);
  const canonical = RRule.optionsToString(options).replace(/^RRULE:/, '');
  return { rule: canonical, text: rule.toText() };
}

// Start dates the feasibility probe tries: a leap and a plain year, every weekday and a month end among them.
const PROBE_STARTS = ['2026-01-01T00:00:00Z', '2027-06-30T13:00:00Z', '2028-02-29T07:30:00Z'].map((iso) => new Date(iso));
const BY_PARTS = ['BYSETPOS', 'BYMONTHDAY', 'BYMONTH', 'BYYEARDAY', 'BYWEEKNO', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND'];

/** Share of the FREQ's budget all culprit probes of one rule spend together (validation runs on the request path). */
const CULPRIT_SHARE = 0.25;

function occursFrom(options: Partial<rruleModule.Options>, start: Date, share = 1): boolean {
  try {
    return boundedAfter({ ...options, count: null, until: null }, start, new Date(start.getTime() - 1000), share).date !== null;
  } catch (error) {
    if (error instanceof RecurrenceBudgetError) return false;
    throw error;
  }
}

/**
 * Refuses a rule that can never occur (or only so rarely that rrule's search exceeds its budget), naming the parts that clash:
 * those whose removal lets it occur. COUNT/UNTIL are left out of the probe; they only shorten a series.
 */
function refuseNeverOccurring(input: string, options: Partial<rruleModule.Options>, parts: string[]): void {
  if (options.freq === RRule.HOURLY && options.byhour) {
    const hours = ([] as number[]).concat(options.byhour);
    const missed = unreachableStartHours(options.interval ?? 1, hours);
    if (missed.length > 0) {
      throw invalid(input, `BYHOUR=${hours.join(',')} is never reached by FREQ=HOURLY;INTERVAL=${options.interval} from a start at ${missed[0]}:00 (use FREQ=DAILY;BYHOUR=… for a daily time)`);
    }
  }
  const clash = findRuleClash(options);
  if (clash) throw invalid(input, `it never occurs (${clash} cannot be met)`);
  // With INTERVAL=1 every start sees the same candidates, so one probe decides; a larger INTERVAL picks a lattice by its start.
  // The starts share one budget and the culprit search a quarter of one: validating costs at most 1.25 budgets, whatever the rule.
  const starts = (options.interval ?? 1) > 1 ? PROBE_STARTS : PROBE_STARTS.slice(0, 1);
  if (starts.some((start) => occursFrom(options, start, 1 / starts.length))) return;
  const present = parts.map((part) => part.split('=')[0]!).filter((name) => BY_PARTS.includes(name));
  const culprits = parts.filter((part) => {
    const name = part.split('=')[0]!;
    if (!present.includes(name)) return false;
    // Without it the rule is FREQ (and INTERVAL, COUNT, WKST) alone, which always occurs: no probe needed.
    if (present.length === 1) return true;
    const without = RRule.parseString(parts.filter((other) => other !== part).join(';'));
    return occursFrom(without, PROBE_STARTS[0]!, CULPRIT_SHARE / present.length);
  });
  const named = culprits.length > 0 ? culprits.join(' with ') : parts.join(';');
  throw invalid(input, `it never occurs (${named} cannot be met, or occurs too rarely to schedule)`);
}

/** Normalises a preset name or `{rule}` object; `null` stays `null` (no recurrence). */
export function normaliseRecurrence(input: RecurrenceInput): Recurrence;
export function normaliseRecurrence(input: RecurrenceInput | null): Recurrence | null;
export function normaliseRecurrence(input: RecurrenceInput | null): Recurrence | null {
  if (input === null) return null;
  if (typeof input === 'string') {
    const preset = input.trim().toLowerCase() as RecurrencePreset;
    const rule = PRESET_RULES[preset];
    if (!rule) throw invalid(input, `unknown preset; use one of ${RECURRENCE_PRESETS.join(', ')} or {rule}`);
    return normaliseRule(rule);
  }
  return normaliseRule(input.rule);
}
