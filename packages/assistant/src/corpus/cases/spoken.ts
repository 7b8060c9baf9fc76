// Spoken-style commands (#11 accuracy): wake words and fillers, spoken numbers, a day and a time said apart, and the command
// frame around a new task ("mark my calendar for …", "… remind me"). Phrasings written for the patterns the SLURP devel set
// showed, not copied from it.
import assert from 'node:assert/strict';
import { added, changed, gone, says, unchanged } from '../checks.js';
import { isoToLocal, type PhraseCase } from '../runner.js';

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
  { say: 'be sure to remind me of the plumber visit on thursday', check: added('Plumber visit', { due: '2026-11-26' }) },
  { say: 'mark my calendar for a weekend in lisbon on march ninth', check: added('Weekend in lisbon', { due: '2027-03-09' }) },
  { say: 'make a calendar entry for the quiz night on friday', check: added('Quiz night', { due: '2026-11-27' }) },
  { say: 'send me a reminder to feed the fish at two pm', check: added('Feed the fish', { due: '2026-11-25 14:00' }) },
  { say: 'set lunch with priya on the ninth', check: added('Lunch with priya', { due: '2026-12-09' }) },
  { say: 'i have a vet check on tuesday please remind me', check: added('Vet check', { due: '2026-12-01' }) },
  { say: 'remind me on the sixth of june there is a recital', check: added('Recital', { due: '2027-06-06' }) },
  { say: 'add to the calendar a bake sale for saturday', check: added('Bake sale', { due: '2026-11-28' }) },
  { say: 'make an event reminder for the open day on monday', check: added('Open day', { due: '2026-11-30' }) },
  { say: 'make a calendar entry for next friday at nine am', check: added('Calendar entry', { due: '2026-12-04 09:00' }) },
  { say: "add june's leaving drinks and set a reminder for friday at five pm", check: added("June's leaving drinks", { due: '2026-11-27 17:00' }) },
  { say: 'set the table tomorrow', check: added('Set the table', { due: '2026-11-26' }) },
  // a frequency word before a noun describes the thing
  { say: 'add weekly budget review on friday', check: added('Weekly budget review', { due: '2026-11-27', rule: null }) },
  // reminders: a new thing unless it is one the user has, at a time before it is due
  { say: 'please remind me about the school fair', check: added('School fair', { due: null }) },
  { say: 'remind me saturday at ten am', check: added('Reminder', { due: '2026-11-28 10:00' }) },
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }], say: 'set a reminder for the staff meeting on friday at four pm', check: (o) => {
      assert.equal(o.tasks.length, 2, 'one task added');
      assert.deepEqual(o.tasks.filter((t) => t.title === 'Staff meeting').map((t) => isoToLocal(t.dueAt, o.zone)?.slice(0, 16)).sort(), ['2026-11-26 10:00', '2026-11-27 16:00']);
    } },
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }], say: 'remind me about the staff meeting tomorrow at 8am', check: changed('Staff meeting', { due: '2026-11-26 10:00', remindBefore: 120 }) },
  // a deletion named only by when, or by "a …", is shown first
  { seed: [{ title: 'Piano lesson', due: '2026-11-27 18:00' }], say: 'clear my evening', check: says(/^Delete .*Piano lesson.*\? \(yes \/ no\)/, unchanged) },
  { seed: [{ title: 'Buy stamps' }], say: 'delete a list of stuff to buy', check: says(/\(yes \/ no\)/, unchanged) },
  // references: a day's possessive is the day, who it is with may be missing from the title, tags alone are a guess
  { seed: [{ title: 'Piano lesson', due: '2026-11-27 18:00' }], say: "remove friday's piano lesson from my diary", check: gone('Piano lesson') },
  { seed: [{ title: 'Haircut', due: '2026-11-27 11:00' }], say: 'take the haircut off my agenda', check: gone('Haircut') },
  { seed: [{ title: 'Call', due: '2026-11-26 11:00' }], say: "delete tomorrow's call with the plumber", check: says(/^Delete "Call".*\? \(yes \/ no\)/, unchanged) },
  { seed: [{ title: 'Buy milk', tags: ['groceries'] }], say: 'take grocery buying off my to-do list', check: says(/\(yes \/ no\)/, unchanged) },
  { say: 'i have a meeting with the architect on tuesday at ten add it to my calendar', check: added('Meeting with the architect', { due: '2026-12-01 10:00' }) },
  // a reminder or alarm that names nothing else is itself the task; "tell me to …", "let me know about …" ask for one
  { say: 'i want a reminder every morning at seven thirty', check: added('Reminder', { due: '2026-11-26 07:30', remindBefore: 0 }) },
  { say: 'make a recurring reminder every friday at noon', check: added('Reminder', { due: '2026-11-27 12:00' }) },
  { say: 'set an alarm for 6', check: added('Alarm', { due: '2026-11-25 18:00' }) },
  { say: 'ask me to water the ferns at five pm', check: added('Water the ferns', { due: '2026-11-25 17:00', remindBefore: 0 }) },
  { say: 'let me know about the bake sale on saturday', check: added('Bake sale', { due: '2026-11-28' }) },
  { say: 'set a reminder that i need to renew the lease on monday', check: added('Renew the lease', { due: '2026-11-30' }) },
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }], say: "let me know what's on tomorrow", check: says(/Staff meeting/, unchanged) },
  // "all" with words that name the whole store asks first; a relative clause leaves the head noun and its date
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }, { title: 'Buy stamps' }], say: 'remove all the entries and data from my calendar', check: says(/^Delete these 2 tasks\?/, unchanged) },
  { seed: [{ title: 'Lunch with sam', due: '2026-11-26 12:00' }], say: 'cancel the lunch i have with sam tomorrow', check: gone('Lunch with sam') },
  { seed: [{ title: 'Optician', due: '2026-11-27 10:00' }], say: 'delete my optician appointment that is on friday', check: gone('Optician') },
  { seed: [{ title: 'Meeting' }, { title: 'Staff meeting', due: '2026-11-26 10:00' }], say: 'delete the meeting we set up with olga tonight', check: says(/^Which one should I delete\?/, unchanged) },
  { seed: [{ title: 'Piano lesson', due: '2026-11-27 18:00' }], say: 'make sure my calendar is clear on friday', check: says(/^Delete .*Piano lesson.*\? \(yes \/ no\)/, unchanged) },
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }, { title: 'Optician', due: '2026-12-04 10:00' }], say: 'delete all events for the next two days', check: says(/^Delete "Staff meeting".*\? \(yes \/ no\)/, unchanged) },
  // an item taken off a named list by part of its title is shown first; off "my list", a title that adds only the verb
  // it was bought by goes at once, as does the whole title
  { seed: [{ title: 'Buy eggs' }], say: 'take eggs off my shopping list', check: says(/^Delete "Buy eggs".*\? \(yes \/ no\)/, unchanged) },
  { seed: [{ title: 'Buy eggs', tags: ['shopping'] }], say: 'take eggs off my list', check: gone('Buy eggs') },
  { seed: [{ title: 'Buy eggs', tags: ['shopping'] }, { title: 'Buy duck eggs', tags: ['shopping'] }], say: 'take eggs off my list', check: says(/\?/, unchanged) },
  { seed: [{ title: 'Eggs' }], say: 'cross the eggs out of my shopping list', check: gone('Eggs') },
  { seed: [{ title: 'Standup', due: '2026-11-25 17:00' }], say: 'cancel my five pm weekly standup', check: gone('Standup') },
  // a part of the day between "the" and a noun describes the noun
  { say: 'add the evening class on monday', check: added('Evening class', { due: '2026-11-30' }) },
  { say: 'remind me about the morning swim on saturday', check: added('Morning swim', { due: '2026-11-28' }) },
  // asking how to clear a window, or what is on so as to cancel it: that window's tasks, shown first
  { seed: [{ title: 'Piano lesson', due: '2026-11-27 18:00' }, { title: 'Optician', due: '2026-11-27 10:00' }], say: 'what have i got on friday, i want to cancel something', check: says(/^Delete these 2 tasks\?/, unchanged) },
  { seed: [{ title: 'Piano lesson', due: '2026-11-27 18:00' }], say: 'is there a way to wipe my schedule for the month', check: says(/^Delete .*Piano lesson.*\? \(yes \/ no\)/, unchanged) },
  { seed: [{ title: 'Piano lesson', due: '2026-11-27 18:00' }], say: 'how do i delete the piano lesson', check: unchanged },
  { say: 'put a recurring event in my calendar', check: added('Recurring event') },
  // a reason, then the command after "so"
  { seed: [{ title: 'Repaint the fence' }], say: "we're out of varnish so take repaint the fence off the list", check: gone('Repaint the fence') },
  // a weekday the repetition already names belongs to the title
  { say: 'put tuesday quiz on my calendar every tuesday', check: added('Tuesday quiz', { due: '2026-12-01', rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { say: 'add sunday roast every sunday at 1pm', check: added('Sunday roast', { due: '2026-11-29 13:00' }) },
  // a question or a look-up never adds, wherever its question words are
  { say: 'over the past month how many times did i go to the gym', check: unchanged },
  { say: 'check the second appointment on december third', check: unchanged },
  // an offset from a named day; a year already gone is the day's next year
  { say: 'add renew the parking permit a week from today at four pm', check: added('Renew the parking permit', { due: '2026-12-02 16:00' }) },
  { say: 'add book club three days after friday', check: added('Book club', { due: '2026-11-30' }) },
  { say: 'add the alumni dinner on june 5 2019', check: added('Alumni dinner', { due: '2027-06-05' }) },
  { say: 'remind me i have to collect the parcel tomorrow at noon', check: added('Collect the parcel', { due: '2026-11-26 12:00', remindBefore: 0 }) },
  // questions and bare mentions of the calendar only read
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }], say: 'is the staff meeting still on for tomorrow', check: says(/Staff meeting/, unchanged) },
  { seed: [{ title: 'Staff meeting', due: '2026-11-26 10:00' }], say: 'my upcoming appointments', check: says(/Staff meeting/, unchanged) },
];
