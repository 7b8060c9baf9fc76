// Spoken calendar commands (#11, session 18 round): an event set with "set", a day said after "off my calendar", a
// reason and then "delete it", a cancellation that is really a move, and a day said before the name of what a reminder
// is for ("tomorrow's meeting"), which must be that task's day; "schedule for me", a request said after the event ("… put
// it in"), and a bare 8-11 o'clock said with a day, read on that day's morning. Written for the causes held-out rounds
// 6-8 and the SLURP devel set showed, not copied from them. Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, unchanged } from '../checks.js';
import type { Outcome, PhraseCase } from '../runner.js';

/** The task is there with no reminder. */
const noReminder = (title: string) => (o: Outcome) => assert.equal(o.tasks.find((t) => t.title === title)?.remindAt, null, `${title}: no reminder`);

export const SPOKEN_CALENDAR_CASES: PhraseCase[] = [
  // "set" an event is adding it; "set" an existing one to a day is not
  { say: 'set a meeting with the project team the day after tomorrow at ten', check: added('Meeting with the project team', { due: '2026-11-27 10:00' }) },
  { say: 'set an appointment with the vet for friday', check: added('Appointment with the vet', { due: '2026-11-27' }) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'set the meeting to friday', check: changed('Team meeting', { due: '2026-11-27' }) },
  // off the calendar for a day: that day's one
  {
    seed: [{ title: 'Gym session', due: '2026-11-30 07:00' }, { title: 'Gym session', due: '2026-12-02 07:00' }],
    say: 'take the gym session off my calendar for monday',
    check: (o) => {
      assert.equal(o.tasks.length, 1);
      has(o, 'Gym session', { due: '2026-12-02 07:00' });
    },
  },
  { say: 'take the bins out on monday', check: added('Take the bins out', { due: '2026-11-30' }) },
  // a reason, then "delete it"
  { seed: [{ title: 'Car service' }, { title: 'Buy milk' }], say: "i don't need the reminder about the car service anymore please delete it", check: gone('Car service') },
  { seed: [{ title: 'Bouncy castle', due: '2026-11-28 10:00' }], say: "we don't need the bouncy castle any more, remove it from the calendar", check: gone('Bouncy castle') },
  // cancelled and rescheduled is moved; with nothing to move, it is put on the new day
  { seed: [{ title: 'Meeting with Lisa', due: '2026-12-01 10:00' }], say: 'cancel my meeting with lisa on tuesday and reschedule it for thursday', check: changed('Meeting with Lisa', { due: '2026-11-26 10:00' }) },
  { seed: [{ title: 'Dentist', due: '2026-11-27 15:00' }], say: 'cancel the dentist on friday and move it to monday instead', check: changed('Dentist', { due: '2026-11-30 15:00' }) },
  { say: 'call off the team lunch and put it on the tenth', check: added('Team lunch', { due: '2026-12-10' }) },
  // the only meeting is another one (neither with lisa nor on tuesday): not it, so lisa's goes on thursday
  {
    seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }],
    say: 'cancel my meeting with lisa on tuesday and reschedule it for thursday',
    check: (o) => {
      added('Meeting with lisa', { due: '2026-11-26' })(o);
      has(o, 'Team meeting', { due: '2026-11-26 10:00' });
    },
  },
  {
    seed: [{ title: 'Report' }, { title: 'Slides' }],
    say: 'delete the report and move the slides to friday',
    check: (o) => {
      assert.ok(!o.tasks.some((t) => t.title === 'Report'), 'Report deleted');
      has(o, 'Slides', { due: '2026-11-27' });
    },
  },
  // a day said before the name is the task's day: another day's meeting is not it
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'remind me about tomorrow meeting at ten am', check: changed('Team meeting', { due: '2026-11-26 10:00', remindBefore: 0 }) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'hey olly please set a reminder for tomorrow morning ten am meeting', check: changed('Team meeting', { remindBefore: 0 }) },
  {
    seed: [{ title: 'Team meeting', due: '2026-11-27 10:00' }],
    say: 'remind me about tomorrow meeting at ten am',
    check: (o) => {
      added('Meeting', { due: '2026-11-26 10:00', remindBefore: 0 })(o);
      noReminder('Team meeting')(o);
    },
  },
  {
    seed: [{ title: 'Team meeting', due: '2026-11-27 10:00' }],
    say: 'set a reminder for tomorrow morning ten am meeting',
    check: (o) => {
      added('Meeting', { due: '2026-11-26 10:00' })(o);
      noReminder('Team meeting')(o);
    },
  },
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }], say: 'remind me about the friday dentist appointment an hour before', check: changed('Dentist appointment', { remindBefore: 60 }) },
  // said after the name, the day is when to remind
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }], say: 'remind me about the dentist tomorrow at 9am', check: says(/Reminder set/, changed('Dentist appointment', { remindBefore: 30 * 60 })) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'i don\'t want the meeting to be at 5', check: says(/./, unchanged) },
  // "schedule for me …" asks for an event; "my schedule for …" for a look
  { say: 'olly schedule for me a call with tim thursday three pm', check: added('Call with tim', { due: '2026-11-26 15:00' }) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'my schedule for tomorrow', check: lists(['Team meeting']) },
  // the request after the event ("… put it in", "… please add it to my calendar") is not part of its name
  { say: 'olly i have a date with sam on saturday night put it in', check: added('Date with sam', { due: '2026-11-28 20:00' }) },
  { say: "i've got a presentation at work on the eighth please add it to my calendar", check: added('Presentation at work', { due: '2026-12-08' }) },
  { say: "i've a meeting with the bank manager on the seventeenth at two pm", check: added('Meeting with the bank manager', { due: '2026-12-17 14:00' }) },
  { say: 'i need to buy batteries add that to my shopping list', check: added('Buy batteries', { tags: ['shopping'] }) },
  // frames said otherwise: a new calendar event, who it is for, "when it's time for", "tell me at five to", the calendar first
  { say: 'create a new calendar event dinner with mom tuesday at seven', check: added('Dinner with mom', { due: '2026-12-01 19:00' }) },
  { say: 'please make an appointment for me with the dentist for next week', check: added('Appointment with the dentist') },
  { say: 'set a reminder for me to call the bank at four pm', check: added('Call the bank', { due: '2026-11-25 16:00', remindBefore: 0 }) },
  { say: 'let me know when its time for my meeting at three', check: added('My meeting', { due: '2026-11-25 15:00' }) },
  { say: 'tell me at five to leave for the concert', check: added('Leave for the concert', { due: '2026-11-25 17:00', remindBefore: 0 }) },
  { say: 'in the calendar put swimming lessons every wednesday at four pm', check: added('Swimming lessons', { rule: 'FREQ=WEEKLY;BYDAY=WE' }) },
  // a list's item said as what is missing; a reason and then "remove it from my to do list"
  { say: "we're out of toilet paper", check: added('Toilet paper') },
  { seed: [{ title: 'Call mom' }, { title: 'Buy milk' }], say: 'i called mom you can remove it from my to do list', check: gone('Call mom') },
  // held-out round 10: a reminder asked for as "can i get", a plan then "put it on the calendar", a reason after a removal
  { say: 'can i get a reminder to return the library books on saturday', check: added('Return the library books', { due: '2026-11-28', remindBefore: 0 }) },
  { say: "i'm going to the theater on saturday night at seven thirty please put it on the calendar", check: added('Theater', { due: '2026-11-28 19:30' }) },
  { seed: [{ title: 'Driving test', due: '2026-12-15 09:00' }, { title: 'Buy milk' }], say: 'remove the driving test from my calendar it has been postponed', check: gone('Driving test') },
  { seed: [{ title: 'Picnic', due: '2026-11-28 12:00' }, { title: 'Buy milk' }], say: 'cancel the picnic because it is going to rain', check: gone('Picnic') },
  // a lead before something not on the calendar yet is no date ("the day before" is not yesterday); "after work" is a time
  { say: 'remind me the night before my flight', check: added('My flight', { due: null }) },
  { say: 'remind me the day before the dentist', check: added('Dentist', { due: null }) },
  { say: 'remind me after work to buy milk', check: added('Buy milk', { due: '2026-11-25 17:00', remindBefore: 0 }) },
  // what a question says about the task ("booked", "soon", "free") names no task
  { seed: [{ title: 'Haircut', due: '2026-11-28 10:00' }], say: 'do i have a haircut booked', check: lists(['Haircut']) },
  { seed: [{ title: 'Birthday party', due: '2026-11-28 10:00' }], say: 'any birthdays coming up soon', check: lists(['Birthday party']) },
  // a note of something is that thing; a note about a task with a colon is its description
  { say: 'please make a note of the team building day on the ninth of january', check: added('Team building day', { due: '2027-01-09' }) },
  { say: 'take a note about the school trip on friday', check: added('School trip', { due: '2026-11-27' }) },
  { seed: [{ title: 'Dentist', due: '2026-11-27 09:00' }], say: 'make a note about the dentist: bring x-rays', check: changed('Dentist', { description: 'bring x-rays' }) },
  // "the meeting reminder" is the meeting's reminder: it goes, the meeting stays (with none, deleting it is asked)
  {
    seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }],
    say: ['remind me about the team meeting 30 minutes before', 'remove the meeting reminder'],
    check: (o) => {
      assert.equal(o.tasks.length, 1);
      has(o, 'Team meeting', { due: '2026-11-26 10:00', remindBefore: null });
    },
  },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'remove the meeting reminder', check: says(/no reminder set\. Delete "Team meeting"/, unchanged) },
  // what was called off, and then "take it off": that task
  { seed: [{ title: 'Picnic', due: '2026-11-28 12:00' }, { title: 'Buy milk' }], say: "we've called off the picnic on saturday so take it off the calendar", check: gone('Picnic') },
  // looking is never adding, and the calendar's own words name no task
  { seed: [{ title: 'Carol concert', due: '2026-12-24 19:00' }], say: 'check if i have anything on christmas eve', check: lists(['Carol concert']) },
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }], say: 'search for dentist in my calendar', check: lists(['Dentist appointment']) },
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }], say: 'how long until my dentist appointment', check: lists(['Dentist appointment']) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }, { title: 'Dinner', due: '2026-11-27 19:00' }], say: 'do i have to be anywhere tomorrow morning', check: lists(['Team meeting'], ['Dinner']) },
  // clock times and parts of the day as they are said
  { say: 'remind me at ten to six to leave', check: added('Leave', { due: '2026-11-25 17:50' }) },
  { say: 'set a reminder for a quarter after four to pick up sam', check: added('Pick up sam', { due: '2026-11-25 16:15' }) },
  { say: 'add a run early tomorrow morning', check: added('Run', { due: '2026-11-26 09:00' }) },
  { say: 'schedule a nap late afternoon today', check: added('Nap', { due: '2026-11-25 14:00' }) },
  { say: 'add yoga in the morning on saturday', check: added('Yoga', { due: '2026-11-28 09:00' }) },
  { say: 'add yoga on saturday in the morning', check: added('Yoga', { due: '2026-11-28 09:00' }) },
  // a bare 8-11 said with a day is that day's morning, also in the afternoon when this morning's has passed (14:00 in London)
  { zone: 'Europe/London', say: 'olly set up an appointment with doctor smith on the fourth at quarter to ten', check: added('Appointment with doctor smith', { due: '2026-12-04 09:45' }) },
  { zone: 'Europe/London', say: 'schedule a meeting for next week tuesday at eleven', check: added('Meeting', { due: '2026-12-01 11:00' }) },
  { zone: 'Europe/London', say: 'put doctor appointment in my calendar for the twentieth at ten forty five', check: added('Doctor appointment', { due: '2026-12-20 10:45' }) },
  { zone: 'Europe/London', say: 'call mom at 8', check: added('Call mom', { due: '2026-11-25 20:00' }) },
  // …and put on an existing task's own day (not today), too
  { zone: 'Europe/London', seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'the team meeting is now at eleven', check: changed('Team meeting', { due: '2026-11-26 11:00' }) },
  { zone: 'Europe/London', seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'remind me about the team meeting at nine', check: changed('Team meeting', { due: '2026-11-26 10:00', remindBefore: 60 }) },
  // a weekday said before a dated day is that day, not the coming weekday (held-out round 11); "may the …" after a preposition is the month
  { say: "add my aunt's leaving do on saturday the twelfth of december at seven pm", check: added("My aunt's leaving do", { due: '2026-12-12 19:00' }) },
  { say: 'put the school reunion in for friday december the eleventh', check: added('School reunion', { due: '2026-12-11' }) },
  { say: "put my cousin's wedding on the calendar for may the ninth", check: added("My cousin's wedding", { due: '2027-05-09' }) },
  // a day said and taken back ("no sorry", "i mean") for another: the other, and neither is in the title (held-out round 11)
  { say: 'schedule a call with the plumber for the fourth no sorry the fifth at ten am', check: added('Call with the plumber', { due: '2026-12-05 10:00' }) },
  { say: 'remind me to water the plants tonight i mean tomorrow', check: added('Water the plants', { due: '2026-11-26' }) },
  { seed: [{ title: 'Dentist', due: '2026-11-27 15:00' }], say: 'move the dentist to monday no tuesday', check: changed('Dentist', { due: '2026-12-01' }) },
  // "sunday lunchtime" is that day at midday; "a week on monday" the monday after next (not a title word either)
  { say: 'book a table at the pub for sunday lunchtime', check: added('Book a table at the pub', { due: '2026-11-29 12:00' }) },
  { say: 'add netball practice a week on monday at six', check: added('Netball practice', { due: '2026-12-07 18:00' }) },
  { say: 'add a lunchtime walk tomorrow', check: added('Lunchtime walk', { due: '2026-11-26' }) },
  // "at about ten": the hedge is no part of the time, nor of the title
  { say: 'olly remind me to phone the council on monday er at about ten', check: added('Phone the council', { due: '2026-11-30 10:00', remindBefore: 0 }) },
  // "all my appointments next week": that week's, not another week's
  {
    seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }, { title: 'Physio appointment', due: '2026-12-01 10:00' }],
    say: 'cancel all my appointments next week',
    check: (o) => {
      assert.ok(o.tasks.some((t) => t.title === 'Dentist appointment'), 'this week\'s appointment kept');
      assert.match(o.replies.join('\n'), /Physio appointment/);
      assert.doesNotMatch(o.replies.join('\n'), /Dentist appointment/);
    },
  },
  // a reminder "set" some time before a task the user has goes on that task (a second "Team meeting" was added, with none)
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'set a reminder fifteen minutes before the team meeting', check: changed('Team meeting', { due: '2026-11-26 10:00', remindBefore: 15 }) },
  // "put … back an hour" moves it later; "moved to four thirty" is that time on its day
  { seed: [{ title: 'Dentist', due: '2026-11-27 15:00' }], say: 'olly put the dentist back an hour', check: changed('Dentist', { due: '2026-11-27 16:00' }) },
  { seed: [{ title: 'Dentist', due: '2026-11-27 15:00' }], say: "the dentist's been moved to four thirty", check: changed('Dentist', { due: '2026-11-27 16:30' }) },
  // what someone is "put down" or "pencilled in" for is the event, not "Down for …"
  { say: 'please put me down for the gym at six am every weekday', check: added('Gym', { due: '2026-11-26 06:00' }) },
  { say: 'pencil me in for a haircut on friday at two', check: added('Haircut', { due: '2026-11-27 14:00' }) },
  // "between now and friday": all that is due by then (it searched for "between" on friday)
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }, { title: 'Dinner', due: '2026-12-10 19:00' }], say: 'what have i got on between now and friday', check: lists(['Team meeting'], ['Dinner']) },
  // "new event …" is the add's frame, and an hour and minutes right after a day are its time ("friday ten thirty")
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }], say: 'new event book club friday seven thirty', check: added('Book club', { due: '2026-11-27 19:30' }) },
  { say: 'add meeting tomorrow nine fifteen', check: added('Meeting', { due: '2026-11-26 09:15' }) },
  { say: 'call mom tomorrow ten', check: added('Call mom', { due: '2026-11-26 10:00' }) },
  // a "daily reminder at 9pm" is a daily task due at 9pm (it was due at 9am with a one-off reminder at 9pm)
  { say: 'set a daily reminder at nine pm to lock the back door', check: added('Lock the back door', { due: '2026-11-25 21:00', remindBefore: 0 }) },
  { say: 'i would like to schedule a haircut for next thursday around two', check: added('Haircut', { due: '2026-12-03 14:00' }) },
  // "later today", "after lunch": what is still to come today (they searched for "later", "after lunch")
  { seed: [{ title: 'Standup', due: '2026-11-25 08:30' }, { title: 'Call the bank', due: '2026-11-25 15:00' }, { title: 'Team meeting', due: '2026-11-26 10:00' }], say: "what's happening later today", check: lists(['Call the bank'], ['Team meeting']) },
  { seed: [{ title: 'Call the bank', due: '2026-11-25 15:00' }, { title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'anything on after lunch', check: lists(['Call the bank'], ['Team meeting']) },
  // a move asked for ("can we do … at three instead") or a shift said with "later": that task moves
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'can we do the team meeting at three instead', check: changed('Team meeting', { due: '2026-11-26 15:00' }) },
  { seed: [{ title: 'Dentist appointment', due: '2026-11-27 15:00' }], say: 'make the dentist appointment an hour later', check: changed('Dentist appointment', { due: '2026-11-27 16:00' }) },
  // "before ten tomorrow", "after six tonight": that side of the hour said (they searched for "before 10")
  { seed: [{ title: 'Standup', due: '2026-11-26 08:30' }, { title: 'Dinner', due: '2026-11-27 19:00' }], say: 'do i have anything before ten tomorrow', check: lists(['Standup'], ['Dinner']) },
  { seed: [{ title: 'Call the bank', due: '2026-11-25 11:00' }, { title: 'Dinner', due: '2026-11-25 19:30' }], say: 'anything after six tonight', check: lists(['Dinner'], ['Call the bank']) },
  // how a day or "my week" looks is what it holds; "night" after a day names no task
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }, { title: 'Dinner', due: '2026-12-10 19:00' }], say: "how's my week looking", check: lists(['Team meeting'], ['Dinner']) },
  { seed: [{ title: 'Team meeting', due: '2026-11-26 10:00' }, { title: 'Dinner', due: '2026-12-10 19:00' }], say: 'what does my week look like', check: lists(['Team meeting'], ['Dinner']) },
  { seed: [{ title: 'Quiz', due: '2026-11-28 19:00' }, { title: 'Dinner', due: '2026-11-27 19:00' }], say: 'how is my weekend looking', check: lists(['Quiz'], ['Dinner']) },
  { seed: [{ title: 'Dinner', due: '2026-11-26 19:00' }, { title: 'Quiz', due: '2026-11-28 19:00' }], say: "what's on tomorrow night", check: lists(['Dinner'], ['Quiz']) },
];
