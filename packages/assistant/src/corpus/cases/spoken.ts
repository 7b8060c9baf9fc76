// Spoken-style commands (#11 accuracy): wake words and fillers, spoken numbers, a day and a time said apart, and the command
// frame around a new task ("mark my calendar for …", "… remind me"). Phrasings written for the patterns the SLURP devel set
// showed, not copied from it.
import { added } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const SPOKEN_CASES: PhraseCase[] = [
  // spoken numbers
  { say: 'add choir practice at twelve noon on saturday', check: added('Choir practice', { due: '2026-11-28 12:00' }) },
  { say: 'add bake the bread tomorrow at half six', check: added('Bake the bread', { due: '2026-11-26 18:30' }) },
  { say: 'add phone the garage thursday evening by eight', check: added('Phone the garage', { due: '2026-11-26 20:00' }) },
  { say: 'add jog friday at seven in the morning', check: added('Jog', { due: '2026-11-27 07:00' }) },
  { say: 'add swim tomorrow morning at six', check: added('Swim', { due: '2026-11-26 06:00' }) },
  { say: 'add tidy the shed in a couple hours', check: added('Tidy the shed', { due: '2026-11-25 11:00' }) },
  { say: 'add pay the builder on the fourth of next month', check: added('Pay the builder', { due: '2026-12-04' }) },
  { say: 'add visa interview on the twenty third of january', check: added('Visa interview', { due: '2027-01-23' }) },
  // a day and a time said apart
  { say: 'add starting at four pm a workshop on may sixth', check: added('Workshop', { due: '2027-05-06 16:00' }) },
  { say: 'sunday brunch noon', check: added('Brunch', { due: '2026-11-29 12:00' }) },
  // wake words, fillers, command frames
  { say: 'hey olly could you please add salsa class on monday', check: added('Salsa class', { due: '2026-11-30' }) },
  { say: 'be sure to remind me of the plumber visit on thursday', check: added('The plumber visit', { due: '2026-11-26' }) },
  { say: 'mark my calendar for a weekend in lisbon on march ninth', check: added('Weekend in lisbon', { due: '2027-03-09' }) },
  { say: 'make a calendar entry for the quiz night on friday', check: added('The quiz night', { due: '2026-11-27' }) },
  { say: 'send me a reminder to feed the fish at two pm', check: added('Feed the fish', { due: '2026-11-25 14:00' }) },
  { say: 'set lunch with priya on the ninth', check: added('Lunch with priya', { due: '2026-12-09' }) },
  { say: 'i have a vet check on tuesday please remind me', check: added('Vet check', { due: '2026-12-01' }) },
  { say: 'remind me on the sixth of june there is a recital', check: added('Recital', { due: '2027-06-06' }) },
  { say: 'add to the calendar a bake sale for saturday', check: added('Bake sale', { due: '2026-11-28' }) },
  { say: 'make an event reminder for the open day on monday', check: added('The open day', { due: '2026-11-30' }) },
  { say: 'make a calendar entry for next friday at nine am', check: added('Calendar entry', { due: '2026-12-04 09:00' }) },
  { say: "add june's leaving drinks and set a reminder for friday at five pm", check: added("June's leaving drinks", { due: '2026-11-27 17:00' }) },
  { say: 'set the table tomorrow', check: added('Set the table', { due: '2026-11-26' }) },
];
