// Spoken commands, third round (#11 accuracy): a list named when adding is the task's tag, not part of its title; a task
// said to be moved is moved (asked when none matches, never added); "i got to …" is something to do.
// Written for the causes the SLURP devel set showed, not copied from it.
import { added, changed, gone, lists, says, unchanged } from '../checks.js';
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
  // a task said to be moved takes the new date; with no such task it is asked, not added
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 10:00' }], say: 'the dentist has been rescheduled to monday at 3pm', check: changed('Dentist appointment', { due: '2026-11-30 15:00' }) },
  { seed: [{ title: 'Haircut', due: '2026-11-26 11:00' }], say: 'my haircut got moved to friday', check: changed('Haircut', { due: '2026-11-27' }) },
  { seed: [{ title: 'Team meeting', due: '2026-11-25 10:00' }], say: 'the team meeting is now on thursday', check: changed('Team meeting', { due: '2026-11-26 10:00' }) },
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 10:00' }], say: 'dentist pushed back to next week', check: changed('Dentist appointment', { due: '2026-12-0' }) },
  { seed: [{ title: 'Book club', due: '2026-11-26 19:00' }], say: 'book club was postponed until saturday', check: changed('Book club', { due: '2026-11-28 19:00' }) },
  { seed: [{ title: 'Piano lesson', due: '2026-11-26 16:00' }], say: 'piano lesson has been moved up to tomorrow at 2pm', check: changed('Piano lesson', { due: '2026-11-26 14:00' }) },
  { seed: [{ title: 'Buy milk' }], say: 'the yoga class has been moved to saturday', check: says(/couldn't find|which|\?/i, unchanged) },
  { seed: [{ title: 'Buy milk' }], say: 'my flight got pushed to friday', check: says(/couldn't find|which|\?/i, unchanged) },
  // "got to" and a verb is an obligation: a new task
  { seed: [{ title: 'Buy milk' }], say: 'i got to call mom', check: added('Call mom') },
  { say: 'i gotta call mom', check: added('Call mom') },
  { say: 'i have to call mom tomorrow', check: added('Call mom', { due: '2026-11-26' }) },
  { say: "i've got to pay rent", check: added('Pay rent') },
  { say: 'i have got to renew my passport', check: added('Renew my passport') },
  { say: 'we got to book flights on friday', check: added('Book flights', { due: '2026-11-27' }) },
  { seed: [{ title: 'Gym' }], say: 'i got to the gym', check: says(/./, (o) => void o) },
];
