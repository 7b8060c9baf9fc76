// The command frame around a new task's words: "set a reminder for …", "mark my calendar for …", "… remind me". Not the title.
import type { TextSpan } from './attributes.js';

// Event nouns a "set" may introduce ("set meeting with jack", "set bob's birthday"): the verb goes, the noun stays.
export const EVENT_WORD =
  'meeting|appointment|appt|call|lunch|dinner|breakfast|brunch|party|birthday|anniversary|event|interview|class|lesson|session|date|wedding|marriage|reunion|conference|visit|trip|game|match|practice|rehearsal|recital|concert|show|ceremony|graduation|checkup|check-up|exam|holiday|vacation|flight|shower|barbecue|bbq|picnic|gig|festival|fair|seminar|webinar|workshop|standup|stand-up|sync|catch-up|catchup|get-together|playdate|sleepover|drinks|celebration|massage|facial|manicure|pedicure|haircut|physio|therapy|consultation|sale|fundraiser|tournament|race|marathon|screening|premiere|service|funeral|memorial|christening|baptism';
const EVENT_NOUN = `(?:${EVENT_WORD}|\\w+'s\\b)`;
// Containers a task is put in: "a reminder for", "an event called", "a calendar entry for", "a timer for".
const CONTAINER = '(?:(?:(?:calendar|event|appointment|meeting|all[- ]day) )?(?:reminders?|remainders?|alarms?|alerts?|notifications?|timers?|entry|entries|events?|notes?)|(?:calendar|event) (?:info(?:rmation)?|details|items?))';
const CONTAINER_LINK = '(?:for|about|to|that|of|on|called|named|titled|saying|regarding)';
// "set an alarm ⟨for 7⟩", "i need a reminder ⟨every day at 9am⟩": the container's link went with the claimed phrase after it
// (blanked, so a wide gap), or nothing follows.
const CONTAINER_END = `(?:\\s+in)?(?:\\s+${CONTAINER_LINK}\\b|(?=\\s{2,}\\S|\\s*$))`;

const LEADING_FRAMES: RegExp[] = [
  // "remind me on 5th april …", "tell me to take my umbrella", "remind to at 8pm to take my medicine"
  /^(?:remind|tell|notify|alert|ping|nudge)(?: me| us)?(?: (?:about|of|for|to|that|regarding))?\b/i,
  /^send me (?:a |an )?(?:reminder|alert|notification|message)s?(?: (?:to|about|of|for|that))?\b/i,
  /^let me know (?:about|of|that)\b/i,
  // "put me down for the gym", "pencil me in for a haircut", "count us in for the quiz": what they are down for is the event.
  /^(?:(?:put|pencil|book|count) (?:me|us)(?: down| in)?|(?:me|us) (?:down|in)) for\b/i,
  /^(?:i (?:need|want|would like|'d like) )?(?:to )?be reminded(?: (?:that|about|of|to|for))?\b/i,
  /^i (?:need|want|would like|'d like) (?:a |an )?reminders?(?: (?:for|about|of|to|that))?\b/i,
  /^mark (?:on |in )?(?:my |the )?(?:calendar|diary|agenda|schedule)(?: (?:for|with))?\b/i,
  new RegExp(`^(?:set|make|create|add|put|schedule|book|give me|put in|pop|stick)(?: up| in| down)? (?:a |an |the |my )?(?:new |(?:repeating|recurring|daily|weekly|monthly|yearly|hourly|nightly) (?=reminder|alarm))?${CONTAINER}${CONTAINER_END}`, 'i'),
  new RegExp(`^(?:a |an |the )?(?:new |(?:repeating|recurring|daily|weekly|monthly|yearly|hourly|nightly) (?=reminder|alarm))?${CONTAINER}${CONTAINER_END}`, 'i'),
  new RegExp(`^(?:make|create|put)(?: up| in)? (?:a |an )?(?=${EVENT_NOUN})`, 'i'),
  // "fix a meeting with the players", "arrange a call with dana": to set one up ("fix the meeting room" keeps its verb).
  new RegExp(`^(?:fix|arrange)(?: up)? (?:a |an )(?=(?:${EVENT_WORD})\\b)`, 'i'),
  // "set meeting with jack", "set up a call": a calendar's "set" is "add" ("set the table" keeps its verb).
  /^set(?: up)? (?:(?:a|an|my) )?(?!(?:the|off|out|aside|fire|free|down|back|up|in|it|them|that|this)\b)(?=\w)/i,
  // "add to the calendar a reunion event": what the add verb left of the place.
  /^(?:to |on |in |into )?(?:the |my )?(?:calendar|agenda|diary|planner|schedule|to-?do list|to do list)(?: (?:for|with))?\b/i,
  /^(?:i|we|my \w+|the kids)(?: have| has|'ve got|'ve| got|'re having| are having|'m having| am having| is having|'s having) (?:a |an )?(?=\w)/i,
  // "i'm going to the theater on saturday …, put it on the calendar": where the user goes is the event.
  /^(?:i|we)(?:'m| am|'re| are) (?:going|off|heading) to (?:the )?(?=\w)/i,
  /^(?:there is|there's|there are|that there is|that|it is|it's|is)\b/i,
].map((pattern) => new RegExp(pattern.source.replace(/ /g, '\\s+'), pattern.flags));

// "… add it", "… put it in", "… please add that to my calendar for me": the request after the event it is about.
const TRAILING_FRAME =
  /(?<=\s|^)(?:[,;]\s*|(?:and|so)\s+)?(?:(?:please|can you|could you|just) )*(?:remind me(?: about (?:it|this|that)| of (?:it|this|that))?|set (?:the |an? )?(?:event|reminder|alarm)|(?:add|put|pop|stick|save|note|write|enter|log|pencil|mark) (?:it|this|that)(?: (?:in|down|up))?(?: (?:in|on|to|into|onto) (?:my |the )?(?:calendar|diary|schedule|agenda|planner|list|to-?do list))?(?: (?:please|for me))*)\s*$/i;
// A verb whose object was claimed after it ("… set ⟨reminder for tuesday⟩", "… repeat ⟨every year⟩", "… put it ⟨in my calendar⟩").
const TRAILING_VERB = /(?<=\s)(?:set|repeat|repeating|recurring|(?:put|add|save|note|write) (?:it|this|that)(?: down)?)\s*$/i;

/**
 * Where the frame is at the start and the end of `text`, the words left once the other phrases are blanked out
 * (`claimedAfter`: something was claimed after the last word left).
 */
export function findCommandFrame(text: string, claimedAfter: boolean): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = text.length - text.trimStart().length;
  // A frame may stack: "send me a reminder that there is …".
  for (let round = 0; round < 3; round += 1) {
    let rest = text.slice(from);
    // "remind me ⟨on the 6th⟩ there is …": a connector leading into a claimed phrase (blanked, so a wide gap) is skipped.
    // "set an event ⟨for the 15th⟩ to remind me to pay …": the container's purpose is one more frame.
    const connector = round > 0 ? /^(?:(?:on|at|for|by|in|from|to)\s{2,}|(?:to|and|that will|which will)\s+(?=(?:remind|notify|alert|ping|nudge|tell)\b))/i.exec(rest) : null;
    if (connector) {
      from += connector[0].length;
      rest = text.slice(from);
    }
    // "set a reminder ⟨at 7:30am⟩ for my run": the container's link, once a claimed phrase sits between them (or opens the text).
    const gap = from - (spans[spans.length - 1]?.end ?? 0) >= 2;
    const link = gap ? /^(?:for|about|of|regarding|that)\b\s*/i.exec(rest) : null;
    const frame = link ?? LEADING_FRAMES.map((pattern) => pattern.exec(rest)).find((m) => m && m[0].trim().length > 0);
    if (!frame) break;
    spans.push({ start: from, end: from + frame[0].length });
    from += frame[0].length;
    from += text.slice(from).length - text.slice(from).trimStart().length;
  }
  const trailing = TRAILING_FRAME.exec(text) ?? (claimedAfter ? TRAILING_VERB.exec(text) : null);
  if (trailing && trailing.index >= from && text.slice(from, trailing.index).trim()) spans.push({ start: trailing.index, end: trailing.index + trailing[0].length });
  return spans;
}

/** "make a calendar entry for" → "Calendar entry": what the frame asked for, a title when the message names nothing else. */
export function frameNoun(frame: string): string | undefined {
  const noun = new RegExp(`\\b(${CONTAINER})\\b`, 'i').exec(frame.replace(/\s+/g, ' '))?.[1];
  if (!noun || /^(?:timers?|notes?|notifications?)$/i.test(noun)) return undefined;
  const singular = noun.toLowerCase().replace(/ies$/, 'y').replace(/(?<=[a-z]{3})s$/, '').replace(/^remainder/, 'reminder');
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

// "set a haircut appointment", "book a weekly team sync", "john marriage anniversary": a calendar verb, or nothing, before a
// phrase that ends in (or, after a verb, holds) an event noun. Moods ("great meeting today") and questions are not events.
const EVENT_AT_END = new RegExp(`(?:^|\\s)(?:${EVENT_WORD})$`, 'i');
const EVENT_INSIDE = new RegExp(`\\b(?:${EVENT_WORD})\\b`, 'i');
const CALENDAR_VERB = /^(?:set(?: up)?|schedule|book|plan|arrange|organi[sz]e|make|create|put in)\s+(?:(?:a|an|new|my)\s+)?(?=\S)/i;
const NOT_A_NAME = /^(?:my|the|our|your|his|her|their|this|that|these|those|all|any|some|no|another|what|when|where|which|who|how|why|great|good|nice|lovely|awesome|amazing|bad|awful|terrible|horrible|long|boring|busy|rough|productive|fun|another|more|too|so|such|ugh\w*)\b/i;

/** The message names an event to add: "set a haircut appointment", "parent teacher conference" (2–6 words, no verb). */
export function namesAnEvent(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const verb = CALENDAR_VERB.exec(text);
  if (verb) return EVENT_INSIDE.test(text.slice(verb[0].length)) && !/^(?:the|a|an)?\s*(?:reminders?|alarms?|events?)$/i.test(text.slice(verb[0].length).trim());
  return words.length >= 2 && words.length <= 6 && !NOT_A_NAME.test(text) && EVENT_AT_END.test(text);
}
