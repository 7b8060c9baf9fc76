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
  // spoken clock times after "for" and around alarms; a lead time with nothing to lead is not a past date
  { say: 'set an alarm for six forty five tomorrow morning', check: added('Alarm', { due: '2026-11-26 06:45' }) },
  { say: 'set a reminder for two fifteen to move the car', check: added('Move the car', { due: '2026-11-25 14:15' }) },
  { say: 'wake me up at seven', check: added('Wake me up', { due: '2026-11-26 07:00' }) },
  { say: 'wake me up at 6:30', check: added('Wake me up', { due: '2026-11-26 06:30' }) },
  { say: "remind me about dad's retirement party two days before", check: added("Dad's retirement party", { due: null }) },
  { say: 'add renew the passport three weeks early', check: added('Renew the passport', { due: null }) },
  // frames of adding said otherwise
  { say: 'put in a meeting with the principal at four fifteen', check: added('Meeting with the principal', { due: '2026-11-25 16:15' }) },
  { say: 'pencil in coffee with ana on friday', check: added('Coffee with ana', { due: '2026-11-27' }) },
  { say: 'add event dinner with the neighbours on the ninth', check: added('Dinner with the neighbours', { due: '2026-12-09' }) },
  { say: 'add pick up dry cleaning to my to do list for saturday', check: added('Pick up dry cleaning', { due: '2026-11-28' }) },
  // lists: a verb that adds when a list is named, a new list with its items, the list's own words
  { say: 'include butter in my shopping list', check: added('Butter', { tags: ['shopping'] }) },
  { say: 'stick batteries on the hardware list', check: added('Batteries', { tags: ['hardware'] }) },
  { say: 'i need to add coffee to my shopping list', check: added('Coffee', { tags: ['shopping'] }) },
  { say: 'put detergent on my list of things to buy', check: added('Detergent') },
  { say: 'create a new shopping list with milk and eggs', check: added('Milk', { tags: ['shopping'] }, 2) },
  { say: 'make a packing list with passport, charger and socks', check: added('Charger', { tags: ['packing'] }, 3) },
  { say: 'make a list of numbers for me', check: says(/\?/, unchanged) },
  // typed: "set up" a reminder, a lead before what the date names, parts of a month, day ranges, a bare list name
  { say: 'set up a reminder to take out the recycling every tuesday night', check: added('Take out the recycling', { due: '2026-12-01 20:00', rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { say: 'set up a reminder to water the garden', check: added('Water the garden', { due: null }) },
  { say: 'remind me to renew my passport 2 weeks before it expires on jan 10', check: added('Renew my passport', { due: '2027-01-10', remindBefore: 20_160 }) },
  { say: 'add submit the grant 3 days before the deadline on december 18', check: added('Submit the grant', { due: '2026-12-18', remindBefore: 4320 }) },
  { say: 'add a task to book the venue by mid january', check: added('Book the venue', { due: '2027-01-15' }) },
  { say: 'add visit grandma in early march at 5pm', check: added('Visit grandma', { due: '2027-03-01 17:00' }) },
  { say: 'add team offsite on the 3rd and 4th of december', check: added('Team offsite', { due: '2026-12-03' }) },
  { say: 'add the conference from the 9th to the 11th of june', check: added('Conference', { due: '2027-06-09' }) },
  { say: 'add groceries: milk, eggs, spinach', check: added('Spinach', { tags: ['groceries'] }, 3) },
  { say: 'add task: email the landlord about the leak, high priority', check: added('Email the landlord about the leak', { priority: 'high' }) },
  // "book" and "plan" lose their verb only before an event
  { say: 'book flights to lisbon before the end of the month', check: added('Book flights to lisbon', { due: '2026-11-30' }) },
  { say: 'book a table for two thirty', check: added('Book a table', { due: '2026-11-25 14:30' }) },
  { say: 'book a meeting with the landlord next wednesday', check: added('Meeting with the landlord', { due: '2026-12-02' }) },
  { say: 'plan a party on saturday', check: added('Party', { due: '2026-11-28' }) },
  // days said by the weekday and the date, by the week, by the holiday; "this coming"; a 24-hour clock said aloud
  { say: 'add lunch with kim on thursday the third', check: added('Lunch with kim', { due: '2026-12-03' }) },
  { say: 'remind me on friday the twenty seventh at two to pay the nanny', check: added('Pay the nanny', { due: '2026-11-27 14:00' }) },
  { say: 'add a meeting next week on tuesday at three pm', check: added('Meeting', { due: '2026-12-01 15:00' }) },
  { say: 'add a planning session in two weeks on monday', check: added('Planning session', { due: '2026-12-07' }) },
  { say: 'add review the budget friday of next week', check: added('Review the budget', { due: '2026-12-04' }) },
  { say: 'remind me this coming saturday to mow the lawn', check: added('Mow the lawn', { due: '2026-11-28' }) },
  { say: 'add the upcoming week review', check: added('Upcoming week review', { due: null }) },
  { say: 'add a briefing at fourteen hundred tomorrow', check: added('Briefing', { due: '2026-11-26 14:00' }) },
  { say: 'remind me at oh seven hundred to go for a run', check: added('Go for a run', { due: '2026-11-26 07:00' }) },
  { say: 'add pay nine hundred dollars rent', check: added('Pay nine hundred dollars rent', { due: null }) },
  { say: "schedule dinner with the smiths on new year's eve at eight pm", check: added('Dinner with the smiths', { due: '2026-12-31 20:00' }) },
  { say: 'add christmas shopping on black friday', check: added('Christmas shopping', { due: '2026-11-27' }) },
  { say: "remind me on valentine's day to buy flowers", check: added('Buy flowers', { due: '2027-02-14' }) },
  { say: "remind me to call grandma the day before mother's day", check: added('Call grandma', { due: '2027-05-08' }) },
  { say: 'add wrap presents the night before christmas', check: added('Wrap presents', { due: '2026-12-24 20:00' }) },
  { say: "add mother's day brunch", check: added("Mother's day brunch", { due: null }) },
  { say: 'add the dentist on friday and remind me the day before', check: added('Dentist', { due: '2026-11-27', remindBefore: 1440 }) },
  // hesitations and roundabout politeness around the command
  { say: 'um can you like add a meeting with joe tomorrow at two', check: added('Meeting with joe', { due: '2026-11-26 14:00' }) },
  { say: 'uh remind me to uh call the bank at four', check: added('Call the bank', { due: '2026-11-25 16:00' }) },
  { say: 'so yeah add dinner with amy friday', check: added('Dinner with amy', { due: '2026-11-27' }) },
  { say: 'i was wondering if you could add gym tomorrow at six am', check: added('Gym', { due: '2026-11-26 06:00' }) },
  { say: 'could you possibly remind me to take my meds at nine pm', check: added('Take my meds', { due: '2026-11-25 21:00' }) },
  { say: 'would you be able to schedule a call with ben on monday', check: added('Call with ben', { due: '2026-11-30' }) },
  { say: "i'd love it if you'd add pottery class on thursday", check: added('Pottery class', { due: '2026-11-26' }) },
  // an event someone is having is added by its name; a part of the day after the day still counts
  { say: "we're having a barbecue on saturday", check: added('Barbecue', { due: '2026-11-28' }) },
  { say: 'the kids have a school play on friday at six', check: added('School play', { due: '2026-11-27 18:00' }) },
  { say: 'my flight leaves at six thirty tomorrow morning', check: added('My flight leaves', { due: '2026-11-26 06:30' }) },
  { say: 'set reminder for tomorrow for this item', check: added('Reminder', { due: '2026-11-26' }) },
  // moods, memories and questions put as reminders are not tasks
  { say: 'i hate mondays', check: says(/./, unchanged) },
  { say: 'i had a great time at the party yesterday', check: says(/./, unchanged) },
  { say: 'tomorrow is going to be a long day', check: says(/./, unchanged) },
  { say: 'remind me what i have tomorrow', check: says(/./, unchanged) },
  // the nth weekday of a month is one day unless "every" says otherwise; a frequency before "reminder" repeats it
  { say: 'remind me about the car inspection on the first monday of march', check: added('Car inspection', { due: '2027-03-01' }) },
  { say: 'add the school fair on the second saturday of next month at 10am', check: added('School fair', { due: '2026-12-12 10:00', rule: null }) },
  { say: 'add renew the lease on the third wednesday of november', check: added('Renew the lease', { due: '2027-11-17' }) },
  { say: 'add a weekly reminder to check the mail on saturdays', check: added('Check the mail', { due: '2026-11-28', rule: 'FREQ=WEEKLY;BYDAY=SA' }) },
  { say: 'set a daily reminder to drink water at 10am', check: added('Drink water', { due: '2026-11-25 10:00', rule: 'FREQ=DAILY' }) },
  { say: 'add buy oat milk #groceries #urgent', check: added('Buy oat milk', { priority: 'high', tags: ['groceries'] }) },
  // verdicts and acknowledgements are not tasks
  { say: 'great meeting today', check: says(/./, unchanged) },
  { say: 'awful commute this morning', check: says(/./, unchanged) },
  { say: "cool, that's it", check: says(/./, unchanged) },
  { say: 'great, add oat milk', check: added('Oat milk') },
];
