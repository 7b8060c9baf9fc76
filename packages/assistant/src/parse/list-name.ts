// The name of a list as said ("my party shopping list" → "party shopping"), read the same way by adds (a tag) and by
// removes and questions (the tasks a list holds).
import { squeeze } from './phrase-cut.js';

/** The name of a list without its noun and the words every list has: "party shopping list" → "party shopping", "to do list" → "". */
export function listName(said: string): string {
  return squeeze(said.toLowerCase().replace(/\b(?:to-?do|to do|todo|check ?list|list|lists|tasks?|my|the|this|that|our|titled|called|named)\b/g, ' '));
}

/** The tag a named list is kept as: its name, words joined by hyphens ("party shopping" → "party-shopping"). */
export function listTag(name: string): string {
  return name.trim().replace(/\s+/g, '-');
}
