// Several commands in one message ("mark the report done and move the dentist to monday"): where to cut it.
import { cleanTitle, readTaskSpans, unclaimedText } from '../parse/task-details.js';
import { decide } from './grammar/registry.js';

/** At most this many commands are read out of one message; the rest stays with the last one. */
export const MAX_COMMANDS = 3;
/** Only the first cuts are tried: each try reads both sides, and a long list of commas must stay cheap. */
const MAX_CUTS = 12;

const SEPARATOR = /\s*(?:[;.!]\s+|,?\s+(?:and\s+)?then\s+|,\s+(?:and\s+)?now\s+|,\s+and\s+(?:also\s+)?|,\s+also\s+|\s+and\s+(?:also\s+)?|,\s+)/gi;

/** A part stands on its own when a command rule reads it; a bare "add"-like frame ("set up …") or a question does not count. */
function standsAlone(part: string, first: boolean): boolean {
  const { intent, rule } = decide(part);
  if (!rule || intent.kind === 'smalltalk' || intent.kind === 'query' || intent.kind === 'unknown') return false;
  return first || rule.id !== 'add.frame';
}

// Only whether phrases are there matters here, not which day they name.
const SPAN_CONTEXT = { now: new Date(0), timeZone: 'UTC' };

/** "high priority", "due saturday", "#home", "every monday": nothing but a new task's details, no title of its own. */
function detailsOnly(part: string): boolean {
  // "…, it is urgent", "…, make it high priority": said about the task as a command of its own.
  if (/^(?:it|that|this|make|set|mark|give)\b/i.test(part)) return false;
  const reading = readTaskSpans(part, SPAN_CONTEXT);
  if (reading.spans.length === 0 || reading.spans.every((s) => s.kind === 'frame')) return false;
  return cleanTitle(unclaimedText(part, reading.spans).text, { cutAtEnd: true }).replace(/^(?:due|priority|prio)$/i, '') === '';
}

const ADD_DESTINATION = /\b(?:to|onto|into) (?:my|the|our|a) (?:[\p{L}'-]+ ){0,2}(?:list|calendar|diary|agenda|schedule)$/iu;

const TWO_QUESTIONS = /^(.+?),?\s+(?:and|&|plus)\s+(?:also\s+)?((?:what|whats|what's|wat|how many|how much|anything|is there|are there|when|which|do i have|show me)\b.+)$/i;

const MOVE_VERB = /^(?:move|push(?: back)?|reschedule|shift|bump|postpone|put off|delay)\b/i;

/** The right side of "move X to D1 and Y to D2" with the verb it leaves out said again; undefined when it is no such move. */
function gappedMove(left: string, right: string): string | undefined {
  const verb = MOVE_VERB.exec(left)?.[0];
  if (!verb || MOVE_VERB.test(right) || !/\s(?:to|until|till|for|on)\s\S/i.test(right) || decide(left).intent.kind !== 'reschedule') return undefined;
  const filled = `${verb} ${right}`;
  return decide(filled).intent.kind === 'reschedule' && !standsAlone(right, false) ? filled : undefined;
}

/**
 * The commands of a message, in order, or undefined when it is one command. A cut is made only where both sides read
 * as commands, so "add milk and eggs" and "move the report and the slides to friday" stay whole; a statement rule
 * that reads the whole message ("I can't make X, put it on the 10th") keeps it whole too.
 */
export function splitCommands(text: string): string[] | undefined {
  const whole = decide(text).rule;
  // "shopping: stuffing mix, gravy granules, whipped cream": a named list's items are one add, however they read alone.
  if (whole?.statement || whole?.id.startsWith('smalltalk.') || whole?.id === 'add.list-colon') return undefined;
  // "what's overdue and what's due today": two questions, each answered (one filter of both would find neither).
  const asked = TWO_QUESTIONS.exec(text);
  if (asked?.[1] && asked[2] && decide(asked[1]).intent.kind === 'query' && decide(asked[2]).intent.kind === 'query') return [asked[1], asked[2]];
  const cuts = [...text.matchAll(SEPARATOR)].slice(0, MAX_CUTS).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (cuts.length === 0) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (parts.length === MAX_COMMANDS - 1) break;
    const left = text.slice(from, cut.start).trim();
    const right = text.slice(cut.end).trim();
    // The right side is read as far as the next cut that also works, so each part is checked on its own words.
    const nextCut = cuts.find((c) => c.start >= cut.end);
    const rightAlone = nextCut ? text.slice(cut.end, nextCut.start).trim() : right;
    // "add X, tag it a and b", "add X and set a reminder for friday at 5": the new task's own tags and time, read with it.
    // "new task: fix the bike, high priority, due saturday": details after a comma belong to the task before them.
    if (decide(left).intent.kind === 'add' && (/^(?:tag|label) (?:it|them)\b/i.test(right) || decide(right).rule?.id.startsWith('reminder.') || detailsOnly(rightAlone))) continue;
    // "add kitchen roll and bin bags to the shopping list": a list things go "to" is where the add puts them; a removal
    // says "from" or "off" ("bin" is a verb only when it is one).
    if (decide(left).intent.kind === 'add' && ADD_DESTINATION.test(right) && !ADD_DESTINATION.test(left)) continue;
    // "move the dinner to saturday and the piano lesson to friday": the second move's verb is the first's.
    const gapped = gappedMove(left, right);
    if (gapped) return [...parts, left, gapped];
    if (standsAlone(left, parts.length === 0) && (standsAlone(right, false) || standsAlone(rightAlone, false))) {
      parts.push(left);
      from = cut.end;
    }
  }
  if (parts.length === 0) return undefined;
  parts.push(text.slice(from).trim());
  return parts;
}
