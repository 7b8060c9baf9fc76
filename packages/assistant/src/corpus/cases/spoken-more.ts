// Spoken commands, third round (#11 accuracy): a list named when adding is the task's tag, not part of its title.
// Written for the causes the SLURP devel set showed, not copied from it.
import { added, gone, lists } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const SPOKEN_MORE_CASES: PhraseCase[] = [
  // the list named when adding is a tag, read by the same list-name reading removes and questions use
  { say: 'add vodka to my party shopping list', check: added('Vodka', { tags: ['party-shopping'] }) },
  { say: 'put sunscreen on the beach trip list', check: added('Sunscreen', { tags: ['beach-trip'] }) },
  { say: 'add duct tape onto the hardware store list', check: added('Duct tape', { tags: ['hardware-store'] }) },
  { say: 'please add paper plates to our birthday party list', check: added('Paper plates', { tags: ['birthday-party'] }) },
  { say: 'add call the plumber to my to do list', check: added('Call the plumber', { tags: [] }) },
  { say: 'add napkins, cups and ice to my game night list', check: added('Cups', { tags: ['game-night'] }, 3) },
  { seed: [{ title: 'Vodka', tags: ['party-shopping'] }, { title: 'Milk', tags: ['groceries'] }], say: "what's on my party shopping list", check: lists(['Vodka'], ['Milk']) },
  { seed: [{ title: 'Vodka', tags: ['party-shopping'] }, { title: 'Milk', tags: ['groceries'] }], say: 'remove vodka from my party shopping list', check: gone('Vodka') },
];
