// Adding and setting as people say it (#11 accuracy, second round): a day marked for something, the part of a day an event
// falls on, repetitions by the minute, updates asked for on a schedule, and event names said with a calendar verb or alone.
// Written for the causes the SLURP devel set showed, not copied from it.
import { added, says, unchanged } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const SPOKEN_ADDS_CASES: PhraseCase[] = [
  // a day named for something is that thing on that day
  { say: 'mark friday as my day off', check: added('My day off', { due: '2026-11-27' }) },
  { say: 'flag the twelfth as payday', check: added('Payday', { due: '2026-12-12' }) },
  { say: 'block out thursday afternoon for the plumber', check: added('Plumber', { due: '2026-11-26 14:00' }) },
  { say: 'mark december fifth as sam\'s birthday', check: added("Sam's birthday", { due: '2026-12-05' }) },
  { say: 'flag three days after today as moving day', check: added('Moving day', { due: '2026-11-28' }) },
  { seed: [{ title: 'Tax return' }], say: 'mark the tax return as done', check: says(/Tax return/, (o) => void o) },
  // the part of a day an event is on
  { say: 'remind me the evening of the recital on friday', check: added('Recital', { due: '2026-11-27 18:00' }) },
  { say: 'remind me on the morning of the wedding on june third', check: added('Wedding', { due: '2027-06-03 09:00' }) },
  { say: 'add the night of the gala on saturday', check: added('Gala', { due: '2026-11-28 20:00' }) },
  // repetitions by the minute or the hour start after now
  { say: 'remind me to stretch every half hour', check: added('Stretch', { due: '2026-11-25 09:30', rule: 'FREQ=HOURLY;BYMINUTE=0,30' }) },
  { say: 'add check the oven every fifteen minutes', check: added('Check the oven', { due: '2026-11-25 09:15', rule: 'FREQ=HOURLY;BYMINUTE=0,15,30,45' }) },
  { say: 'remind me every two hours to drink water', check: added('Drink water', { due: '2026-11-25 11:00', rule: 'FREQ=HOURLY;INTERVAL=2' }) },
  // updates and reminders asked for are given, not looked up
  { say: 'give me an update on the score every ten minutes', check: added('Update on the score', { due: '2026-11-25 09:10', rule: 'FREQ=HOURLY;BYMINUTE=0,10,20,30,40,50' }) },
  { say: 'send me the weather report every morning', check: added('Weather report', { rule: 'FREQ=DAILY' }) },
  { say: 'update me on the match every ten minutes', check: added('Updates on the match', { rule: 'FREQ=HOURLY;BYMINUTE=0,10,20,30,40,50' }) },
  { say: 'give me a reminder to water the plants on sunday', check: added('Water the plants', { due: '2026-11-29', remindBefore: 0 }) },
  { say: 'give me an update on my tasks', check: says(/./, unchanged) },
  // an event named with a calendar verb, or alone, is added
  { say: 'set a haircut appointment', check: added('Haircut appointment', { due: null }) },
  { say: 'set calendar info for the bake sale', check: added('Bake sale') },
  { say: 'set an event for maya\'s graduation', check: added("Maya's graduation") },
  { say: 'set and appointment for the vet on monday', check: added('Appointment for the vet', { due: '2026-11-30' }) },
  { say: 'set a meeting to go over the budget', check: added('Meeting to go over the budget') },
  { say: 'parent teacher conference', check: added('Parent teacher conference') },
  { say: 'grandma birthday party', check: added('Grandma birthday party') },
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }], say: 'staff meeting', check: says(/already have/, unchanged) },
  { say: 'set an event for the 1st of every month to remind me to pay the rent', check: added('Pay the rent', { due: '2026-12-01', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  // verdicts and acknowledgements are not tasks
  { say: 'great meeting today', check: says(/./, unchanged) },
  { say: 'awful commute this morning', check: says(/./, unchanged) },
  { say: "cool, that's it", check: says(/./, unchanged) },
  { say: 'great, add oat milk', check: added('Oat milk') },
];
