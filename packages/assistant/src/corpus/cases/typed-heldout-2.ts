// A blind typed set (#11 point 5, session 18): written before the round of fixes it measures, in fresh wording — lists
// with and without commas, two commands in one message, recurrence, tag edits, renames, priority verbs, completion
// slang, statements that edit, questions, moods with date words, hostile bulk commands. Measured by
// bench/typed-heldout.ts; the cases the fixes made pass are in the phrase corpus too (TYPED_HELDOUT_2_FIXED).
// Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const HOME: Seed[] = [
  { title: 'Optician appointment', due: '2026-11-26 11:00' },
  { title: 'Dentist checkup', due: '2026-11-27 14:00' },
  { title: 'Team standup', due: '2026-11-26 09:30', tags: ['work'] },
  { title: 'Submit expense report', due: '2026-11-24 17:00', tags: ['work'], priority: 'high' },
  { title: 'Buy eggs', tags: ['groceries'] },
  { title: 'Buy milk', tags: ['groceries'] },
  { title: 'Call the landlord', priority: 'low' },
  { title: 'Renew passport', due: '2026-12-10 09:00' },
  { title: 'Plan birthday party', due: '2026-11-28 12:00', tags: ['personal'] },
  { title: 'Water the plants' },
  { title: 'Clean the garage', completed: true },
];
const WEEKDAYS = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';

const nothing = (o: Outcome) => unchanged(o);
/** Nothing changed and the reply asks (a question back, or a yes / no confirmation). */
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };
/** Nothing changed and the reply is not a report of a change. */
const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };

/** Exactly these many new tasks, each matching one pattern, and nothing seeded changed. */
function addedLike(...patterns: RegExp[]): (o: Outcome) => void {
  return (o) => {
    const fresh = o.tasks.filter((t) => !o.seeded.some((s) => s.id === t.id)).map((t) => t.title);
    assert.equal(fresh.length, patterns.length, `new tasks: ${fresh.map((t) => `"${t}"`).join(', ')}`);
    for (const pattern of patterns) assert.ok(fresh.some((t) => pattern.test(t)), `no new task like ${pattern}; new: ${fresh.join(', ')}`);
    unchanged({ ...o, tasks: o.tasks.filter((t) => o.seeded.some((s) => s.id === t.id)) });
  };
}

/** That task is as expected, nothing was added or removed, and no other task changed. */
function only(title: string, expected: Parameters<typeof has>[2]): (o: Outcome) => void {
  return (o) => {
    changed(title, expected)(o);
    const id = o.tasks.find((t) => t.title === title)?.id;
    unchanged({ ...o, tasks: o.tasks.filter((t) => t.id !== id), seeded: o.seeded.filter((t) => t.id !== id) });
  };
}

export const TYPED_HELDOUT_2: PhraseCase[] = [
  // ---- lists of items ----
  { seed: HOME, say: 'add milk eggs and bread', check: addedLike(/^Milk$/, /^Eggs$/, /^Bread$/) },
  { seed: HOME, say: 'grab bananas, oat milk n coffee', check: addedLike(/bananas/i, /oat milk/i, /coffee/i) },
  { seed: HOME, say: 'add three things: call the bank, book a haircut, and return the parcel', check: addedLike(/^Call the bank$/, /^Book a haircut$/, /^Return the parcel$/) },
  { seed: HOME, say: 'add mac and cheese', check: added('Mac and cheese') },
  { seed: HOME, say: 'buy salt and pepper', check: added('Buy salt and pepper') },
  { seed: HOME, say: 'add call mom and dad sunday', check: added('Call mom and dad', { due: '2026-11-29' }) },
  { seed: HOME, say: 'add apples pears and grapes to groceries', check: (o) => { addedLike(/^Apples$/, /^Pears$/, /^Grapes$/)(o); has(o, 'Pears', { tags: ['groceries'] }); } },
  { seed: HOME, say: 'need to get: rice, black beans, tortillas', check: addedLike(/rice/i, /black beans/i, /tortillas/i) },
  { seed: HOME, say: 'add fish and chips for friday', check: added('Fish and chips', { due: '2026-11-27' }) },
  { seed: HOME, say: 'todo tmrw: email jen, print tickets', check: (o) => { addedLike(/^Email jen$/, /^Print tickets$/)(o); has(o, 'Print tickets', { due: '2026-11-26' }); } },
  // ---- two commands in one message ----
  { seed: HOME, say: 'mark the optician done and move the landlord call to monday', check: (o) => { has(o, 'Optician appointment', { status: 'completed' }); has(o, 'Call the landlord', { due: '2026-11-30' }); assert.equal(o.tasks.length, o.seeded.length); } },
  { seed: HOME, say: 'tick off eggs and push the party to sunday', check: (o) => { has(o, 'Buy eggs', { status: 'completed' }); has(o, 'Plan birthday party', { due: '2026-11-29 12:00', status: 'pending' }); } },
  { seed: HOME, say: 'delete the plants task and add call mom tomorrow', check: (o) => { assert.ok(!o.tasks.some((t) => t.title === 'Water the plants')); has(o, 'Call mom', { due: '2026-11-26' }); } },
  { seed: HOME, say: 'move the dentist to monday and make it high priority', check: only('Dentist checkup', { due: '2026-11-30 14:00', priority: 'high' }) },
  // ---- recurrence ----
  { seed: HOME, say: 'put the bins out every other monday', check: added('Put the bins out', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }) },
  { seed: HOME, say: 'change the water filter fortnightly', check: added('Change the water filter', { rule: 'FREQ=WEEKLY;INTERVAL=2' }) },
  { seed: HOME, say: 'pay estimated taxes every quarter', check: added('Pay estimated taxes', { rule: 'FREQ=MONTHLY;INTERVAL=3' }) },
  { seed: HOME, say: 'book club every last friday of the month 7pm', check: added('Book club', { due: '2026-11-27 19:00', rule: 'FREQ=MONTHLY;BYDAY=-1FR' }) },
  { seed: HOME, say: 'transfer savings on the 1st of every month', check: added('Transfer savings', { due: '2026-12-01', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }) },
  { seed: HOME, say: 'swim twice a week', check: added('Swim', { rule: 'FREQ=WEEKLY;BYDAY=MO,TH' }) },
  { seed: HOME, say: 'renew the domain annually on 12 june', check: added('Renew the domain', { due: '2027-06-12', rule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=12' }) },
  { seed: HOME, say: 'spanish class mon wed fri 6pm', check: added('Spanish class', { due: '2026-11-25 18:00', rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { seed: HOME, say: 'stretch every weekday at 8am', check: added('Stretch', { due: '2026-11-26 08:00', rule: WEEKDAYS }) },
  { seed: HOME, say: 'every 3 days water the cactus', check: added('Water the cactus', { rule: 'FREQ=DAILY;INTERVAL=3' }) },
  { seed: HOME, say: 'team retro every alternate wednesday', check: added('Team retro', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE' }) },
  // ---- tag edits ----
  { seed: HOME, say: 'tag the passport thing as travel', check: only('Renew passport', { tags: ['travel'] }) },
  { seed: HOME, say: 'add the urgent tag to the expense report', check: only('Submit expense report', { tags: ['work', 'urgent'] }) },
  { seed: HOME, say: 'remove the groceries tag from eggs', check: only('Buy eggs', { tags: [], status: 'pending' }) },
  { seed: HOME, say: 'untag the standup', check: only('Team standup', { tags: [] }) },
  { seed: HOME, say: 'clear all tags from the party', check: only('Plan birthday party', { tags: [] }) },
  { seed: HOME, say: 'change the party tag from personal to family', check: only('Plan birthday party', { tags: ['family'] }) },
  // Either reading is right: the groceries tag off "Buy eggs", or, as "take milk off my grocery list" is read, its deletion
  // asked first ("eggs" names part of the title).
  { seed: HOME, say: 'take eggs off groceries', check: (o) => (/^Delete "Buy eggs"[^\n]*\? \(yes \/ no\)$/.test(o.reply) ? unchanged(o) : only('Buy eggs', { tags: [], status: 'pending' })(o)) },
  { seed: HOME, say: 'label the landlord call home', check: only('Call the landlord', { tags: ['home'] }) },
  // ---- renames ----
  { seed: HOME, say: "call the optician one 'eye test' from now on", check: only('Eye test', { due: '2026-11-26 11:00' }) },
  { seed: HOME, say: "rename the party to jo's 30th", check: only("Jo's 30th", { due: '2026-11-28 12:00', tags: ['personal'] }) },
  { seed: HOME, say: 'change the name of water the plants to water the herbs', check: only('Water the herbs', {}) },
  // ---- priority verbs ----
  { seed: HOME, say: 'bump up the landlord call', check: only('Call the landlord', { priority: 'high' }) },
  { seed: HOME, say: 'downgrade the expense report', check: only('Submit expense report', { priority: 'low' }) },
  { seed: HOME, say: 'deprioritise watering the plants', check: only('Water the plants', { priority: 'low' }) },
  { seed: HOME, say: 'make the passport top priority', check: only('Renew passport', { priority: 'high' }) },
  { seed: HOME, say: 'lower the priority on the standup', check: only('Team standup', { priority: 'low' }) },
  { seed: HOME, say: 'the party is super important', check: only('Plan birthday party', { priority: 'high' }) },
  // ---- completion by slang or past tense ----
  { seed: HOME, say: 'knocked out the expense report', check: statuses({ 'Submit expense report': 'completed', 'Team standup': 'pending' }) },
  { seed: HOME, say: 'wrapped up standup', check: statuses({ 'Team standup': 'completed', 'Submit expense report': 'pending' }) },
  { seed: HOME, say: 'ticked off the landlord call', check: statuses({ 'Call the landlord': 'completed' }) },
  { seed: HOME, say: 'bought eggs and milk', check: statuses({ 'Buy eggs': 'completed', 'Buy milk': 'completed', 'Water the plants': 'pending' }) },
  { seed: HOME, say: 'plants watered ✅', check: statuses({ 'Water the plants': 'completed' }) },
  { seed: HOME, say: 'called the landlord finally', check: statuses({ 'Call the landlord': 'completed' }) },
  { seed: HOME, say: 'got the passport renewed 🙌', check: statuses({ 'Renew passport': 'completed' }) },
  // ---- statements that edit an existing task ----
  { seed: HOME, say: 'the optician can wait until the 15th', check: only('Optician appointment', { due: '2026-12-15 11:00' }) },
  { seed: HOME, say: 'standup is every weekday at 9:30 now', check: only('Team standup', { rule: WEEKDAYS }) },
  { seed: HOME, say: 'can i move the dentist to monday?', check: only('Dentist checkup', { due: '2026-11-30 14:00' }) },
  { seed: HOME, say: "can't make the optician tomorrow, put it on the 3rd instead", check: only('Optician appointment', { due: '2026-12-03 11:00' }) },
  { seed: HOME, say: 'passport renewal is due on the 5th now', check: only('Renew passport', { due: '2026-12-05' }) },
  { seed: HOME, say: 'the expense report isnt a priority anymore', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.notEqual(has(o, 'Submit expense report', {}).priority, 'high'); } },
  // ---- questions only read ----
  { seed: HOME, say: "what's on my plate tomorrow", check: lists(['Optician appointment', 'Team standup'], ['Renew passport']) },
  { seed: HOME, say: 'what did i finish this week', check: lists(['Clean the garage'], ['Renew passport']) },
  { seed: HOME, say: 'anything overdue?', check: lists(['Submit expense report'], ['Renew passport']) },
  { seed: HOME, say: 'how many tasks are tagged work', check: says(/You have 2 pending tasks tagged work/, nothing) },
  { seed: HOME, say: 'whats happening friday', check: lists(['Dentist checkup'], ['Optician appointment']) },
  { seed: HOME, say: 'do i have anything on saturday', check: lists(['Plan birthday party'], ['Dentist checkup']) },
  { seed: HOME, say: 'whats on the grocery list', check: lists(['Buy eggs', 'Buy milk'], ['Renew passport']) },
  { seed: HOME, say: 'when is the dentist', check: says(/Dentist checkup/, nothing) },
  { seed: HOME, say: 'show me my high priority stuff', check: lists(['Submit expense report'], ['Call the landlord']) },
  { seed: HOME, say: 'anything due in december?', check: lists(['Renew passport'], ['Dentist checkup']) },
  // ---- moods and small talk, date words or not ----
  { seed: HOME, say: 'so done with mondays', check: calm },
  { seed: HOME, say: 'tomorrow is gonna be rough', check: calm },
  { seed: HOME, say: 'may the fourth be with you', check: calm },
  { seed: HOME, say: 'thanks a ton!!', check: calm },
  { seed: HOME, say: 'ugh friday cant come soon enough', check: calm },
  { seed: HOME, say: 'i hate tuesdays 😤', check: calm },
  { seed: HOME, say: 'good morning ☀️', check: calm },
  { seed: HOME, say: 'today was actually pretty productive', check: calm },
  { seed: HOME, say: 'is it the weekend yet', check: calm },
  { seed: HOME, say: "i'm wiped out tonight", check: calm },
  // ---- hostile or unclear: ask, never act ----
  { seed: HOME, say: 'delete everything', check: says(/^Delete these 11 tasks\?/, nothing) },
  { seed: HOME, say: 'cancel', check: calm },
  { seed: HOME, say: 'clear it all', check: asks },
  { seed: HOME, say: 'wipe my list', check: asks },
  { seed: HOME, say: 'remove all the work stuff', check: says(/Team standup[\s\S]*\?|\?[\s\S]*Team standup/, asks) },
  { seed: HOME, say: 'mark everything done', check: asks },
  { seed: HOME, say: 'get rid of the groceries', check: says(/Buy eggs[\s\S]*Buy milk|Buy milk[\s\S]*Buy eggs/, asks) },
  { seed: HOME, say: 'put it in my calendar for friday', check: asks },
  { seed: HOME, say: 'make a list for work', check: calm },
  { seed: HOME, say: 'delete the dentist', check: gone('Dentist checkup') },
  // ---- plain adds, typed fast ----
  { seed: HOME, say: 'remind me to call the vet tmrw at 10', check: added('Call the vet', { due: '2026-11-26 10:00' }) },
  { seed: HOME, say: 'dinner w/ alex sat 7pm', check: added('Dinner with alex', { due: '2026-11-28 19:00' }) },
  { seed: HOME, say: 'add submit timesheet by fri #work', check: added('Submit timesheet', { due: '2026-11-27', tags: ['work'] }) },
  { seed: HOME, say: 'p2 fix the wifi', check: added('Fix the wifi', { priority: 'medium' }) },
  { seed: HOME, say: 'add renew car insurance !!', check: added('Renew car insurance', { priority: 'high' }) },
];
