// Typed chat, second round (#11 point 5, session 18): the causes the blind set cases/typed-heldout-2.ts found, each with
// examples and counter-examples in wording of their own (not the held-out messages).
// Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const FLAT: Seed[] = [
  { title: 'Vet appointment', due: '2026-11-26 16:00' },
  { title: 'Weekly review', due: '2026-11-27 15:00', tags: ['work'] },
  { title: 'Buy bread', tags: ['shopping'] },
  { title: 'Buy coffee', tags: ['shopping'] },
  { title: 'Call grandma', priority: 'low' },
  { title: 'Order new glasses', due: '2026-12-02 09:00' },
  { title: 'Pay council tax', due: '2026-12-20 09:00' },
];

/** Exactly these new tasks (by title), nothing seeded changed. */
function addedAll(...titles: string[]): (o: Outcome) => void {
  return (o) => {
    const fresh = o.tasks.filter((t) => !o.seeded.some((s) => s.id === t.id)).map((t) => t.title);
    assert.deepEqual(fresh.sort(), [...titles].sort(), 'new tasks');
  };
}
const same = (o: Outcome) => assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');
const calm = (o: Outcome) => {
  unchanged(o);
  assert.doesNotMatch(o.reply, /^(?:Added|Deleted|Marked|Moved|Changed)/);
};

export const TYPED_2_CASES: PhraseCase[] = [
  // ---- three or more bare words with "and" are a list; two, or a verb first, are one thing ----
  { seed: FLAT, say: 'add butter flour and sugar', check: addedAll('Butter', 'Flour', 'Sugar') },
  { seed: FLAT, say: 'add onions garlic and ginger to shopping', check: (o) => { addedAll('Onions', 'Garlic', 'Ginger')(o); has(o, 'Garlic', { tags: ['shopping'] }); } },
  { seed: FLAT, say: 'add bread and butter', check: added('Bread and butter') },
  { seed: FLAT, say: 'add email tom and jerry', check: added('Email tom and jerry') },
  { seed: FLAT, say: 'add watch lord of the rings', check: added('Watch lord of the rings') },
  { seed: FLAT, say: 'add tea, biscuits n jam', check: addedAll('Tea', 'Biscuits', 'Jam') },
  { seed: FLAT, say: 'friday: pick up parcel, renew library books', check: (o) => { addedAll('Pick up parcel', 'Renew library books')(o); has(o, 'Renew library books', { due: '2026-11-27' }); } },
  // ---- a to-do verb typed first is a task at once; a bare phrase is asked about ----
  { seed: FLAT, say: 'renew the car tax', check: added('Renew the car tax') },
  { seed: FLAT, say: 'pick up batteries and tape', check: added('Pick up batteries and tape') },
  { seed: FLAT, say: 'get me my list', check: (o) => { unchanged(o); assert.doesNotMatch(o.reply, /^Added/); } },
  { seed: FLAT, say: 'call grandma', check: says(/^You already have "Call grandma"/, unchanged) },
  { seed: FLAT, say: 'take the recycling out on thursday', check: added('Take the recycling out', { due: '2026-11-26' }) },
  { seed: FLAT, say: 'put dinner with sam on friday', check: added('Dinner with sam', { due: '2026-11-27' }) },
  // ---- a state, a mood or a time is never a task ----
  { seed: FLAT, say: 'yesterday was a nightmare', check: calm },
  { seed: FLAT, say: 'tonight might be fun', check: calm },
  { seed: FLAT, say: 'done for the week 🎉', check: calm },
  { seed: FLAT, say: 'finished with fridays', check: calm },
  { seed: FLAT, say: 'done with the vet appointment', check: statuses({ 'Vet appointment': 'completed' }) },
  // ---- "it" with nothing said before is asked about ----
  { seed: FLAT, say: 'add it for tomorrow', check: says(/^What should I put on your list\?/, unchanged) },
  { seed: FLAT, say: ['add call the bank', 'put it on friday'], check: (o) => has(o, 'Call the bank', { due: '2026-11-27' }) },
  // ---- "it all", "the lot" is everything, asked first ----
  { seed: FLAT, say: 'delete it all', check: says(/^Delete these 7 tasks\?/, unchanged) },
  { seed: FLAT, say: 'bin the lot', check: says(/^Delete these 7 tasks\?/, unchanged) },
  // ---- leave asked for a change is the change ----
  { seed: FLAT, say: 'could i push the vet to saturday?', check: changed('Vet appointment', { due: '2026-11-28 16:00' }) },
  { seed: FLAT, say: 'can we rename the weekly review to friday retro', check: changed('Friday retro', { tags: ['work'] }) },
  { seed: FLAT, say: 'can i move things around?', check: (o) => { unchanged(o); assert.doesNotMatch(o.reply, /^(?:Moved|Added)/); } },
  // ---- statements: a repetition, an intensified priority, "now" after the day, a done thing "finally" ----
  { seed: FLAT, say: 'the weekly review happens every friday at 3pm now', check: changed('Weekly review', { rule: 'FREQ=WEEKLY;BYDAY=FR' }) },
  { seed: FLAT, say: 'add weekly review every friday', check: (o) => assert.equal(o.tasks.length, o.seeded.length + 1) },
  { seed: FLAT, say: 'the glasses are really urgent', check: changed('Order new glasses', { priority: 'high' }) },
  { seed: FLAT, say: 'council tax is due on the 18th now', check: changed('Pay council tax', { due: '2026-12-18' }) },
  { seed: FLAT, say: 'ordered the new glasses at last', check: statuses({ 'Order new glasses': 'completed' }) },
  // ---- tag edits said with the tag's name first ----
  { seed: FLAT, say: 'add the errands tag to the glasses', check: changed('Order new glasses', { tags: ['errands'] }) },
  { seed: FLAT, say: 'add an errands tag to the new glasses and the council tax', check: (o) => { has(o, 'Order new glasses', { tags: ['errands'] }); has(o, 'Pay council tax', { tags: ['errands'] }); } },
  { seed: FLAT, say: 'switch the review tag from work to admin', check: changed('Weekly review', { tags: ['admin'] }) },
  { seed: FLAT, say: 'change the review from friday to monday', check: changed('Weekly review', { due: '2026-11-30 15:00', tags: ['work'] }) },
  // ---- off a list named by its bare word: asked first, as a deletion from the list ----
  { seed: FLAT, say: 'cross coffee off shopping', check: says(/^Delete "Buy coffee"/, unchanged) },
  // ---- a month named alone is all of it ----
  { seed: FLAT, say: 'what do i have in december', check: lists(['Order new glasses', 'Pay council tax'], ['Vet appointment']) },
  { seed: FLAT, say: 'anything on december 20?', check: lists(['Pay council tax'], ['Order new glasses']) },
  // ---- second round: "need …" and "out of …" add; a lead word keeps a two-word item whole ----
  { seed: FLAT, say: 'need oranges kiwis and plums', check: addedAll('Oranges', 'Kiwis', 'Plums') },
  { seed: FLAT, say: 'out of dish soap', check: added('Dish soap') },
  { seed: FLAT, say: 'need help', check: (o) => { unchanged(o); assert.doesNotMatch(o.reply, /^Added/); } },
  { seed: FLAT, say: 'add olive oil and vinegar', check: added('Olive oil and vinegar') },
  { seed: FLAT, say: 'add red white and blue balloons', check: added('Red white and blue balloons') },
  // ---- ", now …" starts a second command ----
  { seed: FLAT, say: 'vet done, now push the weekly review to monday', check: (o) => { has(o, 'Vet appointment', { status: 'completed' }); has(o, 'Weekly review', { due: '2026-11-30 15:00' }); } },
  // ---- "the bank people": who, not what ----
  { seed: [{ title: 'Call the bank' }], say: 'called the bank people finally', check: statuses({ 'Call the bank': 'completed' }) },
  // ---- a tag the task has, taken "from" it, is that tag; an item taken from a list is the item ----
  { seed: FLAT, say: 'remove shopping from the coffee', check: changed('Buy coffee', { tags: [], status: 'pending' }) },
  { seed: FLAT, say: 'remove coffee from shopping', check: says(/^Delete "Buy coffee"/, unchanged) },
  // ---- "every 3rd day" is every three days; "the 2nd day of the month" a day of each month ----
  { seed: FLAT, say: 'stretch every 3rd day', check: added('Stretch', { rule: 'FREQ=DAILY;INTERVAL=3' }) },
  { seed: FLAT, say: 'check the meter every 2nd day of the month', check: added('Check the meter', { rule: 'FREQ=MONTHLY;BYMONTHDAY=2' }) },
  // ---- "lately", "recently" are no title words; greetings of the day and verdicts with "lol" are moods ----
  { seed: [{ title: 'Fix the shelf', completed: true }, { title: 'Paint the door' }], say: 'what did i get done recently', check: lists(['Fix the shelf'], ['Paint the door']) },
  { seed: FLAT, say: 'happy monday!', check: calm },
  { seed: FLAT, say: 'tuesdays are the worst lol', check: calm },
  // ---- third round ----
  // "them all" after a list is that list (asked first: several to complete)
  { seed: FLAT, say: ['show my shopping', 'tick them all off'], check: says(/^Mark as done these 2 tasks\?/, unchanged) },
  // a second move without its verb
  { seed: FLAT, say: 'push the vet to friday and the weekly review to monday', check: (o) => { has(o, 'Vet appointment', { due: '2026-11-27 16:00' }); has(o, 'Weekly review', { due: '2026-11-30 15:00' }); } },
  { seed: FLAT, say: 'move the vet and the weekly review to monday', check: (o) => { has(o, 'Vet appointment', { due: '2026-11-30' }); has(o, 'Weekly review', { due: '2026-11-30' }); assert.equal(o.tasks.length, o.seeded.length); } },
  // "stuff" is several; the exception is kept
  { seed: FLAT, say: 'delete the shopping stuff except the coffee', check: says(/^Delete "Buy bread"/, unchanged) },
  // "… is at 8 now"; a lone "w" is "with"
  { seed: [{ title: 'Drinks with Ana', due: '2026-11-27 18:00' }], say: 'drinks w ana is at 7 now', check: changed('Drinks with Ana', { due: '2026-11-27 19:00' }) },
  // "#tag to X" edits X; "#tag" after a new task's words stays that task's tag
  { seed: FLAT, say: 'put #health on the vet', check: changed('Vet appointment', { tags: ['health'] }) },
  { seed: FLAT, say: 'add dentist #health', check: added('Dentist', { tags: ['health'] }) },
  // questions: what was forgotten is overdue; "most urgent" is high priority; "anything to <title word>"
  { seed: [{ title: 'Return library books', due: '2026-11-20 10:00' }, { title: 'Call mum' }], say: 'did i forget anything', check: lists(['Return library books'], ['Call mum']) },
  { seed: FLAT, say: 'whats the most important thing', check: says(/Order new glasses|no pending high priority/, unchanged) },
  { seed: FLAT, say: 'do i have to call anyone', check: lists(['Call grandma'], ['Buy bread']) },
  // moods
  { seed: FLAT, say: 'dreading the weekly review', check: calm },
  { seed: FLAT, say: 'so much to do tomorrow ngl', check: calm },
  // "<list>: a, b" adds to that list; a note or an aside is not a list
  { seed: FLAT, say: 'shopping: rice, lentils', check: (o) => { addedAll('Rice', 'Lentils')(o); has(o, 'Rice', { tags: ['shopping'] }); } },
  { seed: FLAT, say: 'fyi: the vet moved, i think', check: (o) => assert.ok(!o.tasks.some((t) => /fyi/i.test(t.title))) },
  // ---- fourth round ----
  // a status alone is all the tasks in it (asked first)
  { seed: [...FLAT, { title: 'Sort receipts', completed: true }, { title: 'Hang the mirror', completed: true }], say: 'delete the done ones', check: says(/^Delete these 2 tasks\?/, unchanged) },
  // the reschedule verb as it gets typed
  { seed: FLAT, say: 'reshedule the vet to monday', check: changed('Vet appointment', { due: '2026-11-30 16:00' }) },
  // "isn't done" of a completed task reopens it
  { seed: [{ title: 'Paint the fence', completed: true }], say: "the fence isn't finished after all", check: statuses({ 'Paint the fence': 'pending' }) },
  // "can be / will be" a priority
  { seed: FLAT, say: 'grandma call can be high priority', check: changed('Call grandma', { priority: 'high' }) },
  // "make X every …" repeats X; "make a …" is new
  { seed: FLAT, say: 'make the weekly review every monday', check: changed('Weekly review', { rule: 'FREQ=WEEKLY;BYDAY=MO' }) },
  { seed: FLAT, say: 'make pancakes every sunday', check: (o) => assert.equal(o.tasks.length, o.seeded.length + 1) },
  // a lead time, then the task
  { seed: FLAT, say: 'ping me 2 hours before the vet', check: changed('Vet appointment', { remindBefore: 120 }) },
  { seed: FLAT, say: 'remind me the day before the council tax', check: changed('Pay council tax', { remindBefore: 1440 }) },
  // "no deadline for X"
  { seed: FLAT, say: 'no deadline for the glasses', check: changed('Order new glasses', { due: null }) },
  // "been" is no title word; "finally" alone is no task
  { seed: [{ title: 'Fix the gate', completed: true }, { title: 'Oil the hinges' }], say: "what's been finished", check: lists(['Fix the gate'], ['Oil the hinges']) },
  { seed: FLAT, say: 'friday finally!!', check: calm },
  // ---- fifth round ----
  { seed: FLAT, say: 'yoga wedsday 7pm', check: added('Yoga', { due: '2026-11-25 19:00' }) },
  { seed: FLAT, say: 'dentist at 1415 on friday', check: added('Dentist', { due: '2026-11-27 14:15' }) },
  { seed: FLAT, say: 'add renew the 2027 parking permit', check: added('Renew the 2027 parking permit') },
  // a change said with "now" or "instead" after the day
  { seed: FLAT, say: 'the glasses deadline is monday now', check: changed('Order new glasses', { due: '2026-11-30' }) },
  { seed: FLAT, say: 'put the vet on saturday instead', check: changed('Vet appointment', { due: '2026-11-28 16:00' }) },
  { seed: FLAT, say: 'put the bike in for a service on saturday', check: (o) => assert.equal(o.tasks.length, o.seeded.length + 1) },
  { seed: FLAT, say: 'put a vet visit on my calendar for monday', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, 'Vet appointment', { due: '2026-11-26 16:00' }); } },
  // "is clean" of a cleaning task is done
  { seed: [{ title: 'Clean the bathroom' }], say: 'bathroom is spotless at last', check: statuses({ 'Clean the bathroom': 'completed' }) },
  { seed: FLAT, say: 'the weekly review is less urgent than i thought', check: changed('Weekly review', { priority: 'low' }) },
  // "when did i …" looks at done tasks too
  { seed: [{ title: 'Service the boiler', completed: true }, { title: 'Bleed the radiators' }], say: 'when did i service the boiler', check: says(/Service the boiler/, unchanged) },
  // ---- sixth round ----
  { seed: [{ title: 'Call the dentist' }], say: 'dentist rang back, all sorted', check: statuses({ 'Call the dentist': 'completed' }) },
  { seed: [{ title: 'Fix the gate' }], say: 'gate r fixed', check: statuses({ 'Fix the gate': 'completed' }) },
  { seed: [{ title: 'Doctor appointment', due: '2026-11-27 10:00' }, { title: 'Team meeting', due: '2026-11-26 10:00' }], say: 'move the dr appt to monday', check: changed('Doctor appointment', { due: '2026-11-30 10:00' }) },
  { seed: FLAT, say: 'add doctor appt friday', check: added('Doctor appt', { due: '2026-11-27' }) },
  { seed: FLAT, say: 'wats on friday', check: lists(['Weekly review'], ['Vet appointment']) },
  { seed: FLAT, say: 'anything due by the weekend?', check: lists(['Vet appointment', 'Weekly review'], ['Order new glasses']) },
  { seed: FLAT, say: 'remove whichever is due thursday', check: says(/^Delete "Vet appointment"|Vet appointment/, unchanged) },
  { seed: [{ title: 'School play', due: '2026-11-24 18:00' }], say: 'came back from the school play', check: statuses({ 'School play': 'completed' }) },
  // Seventh round (cases/typed-heldout-8.ts): "wk", a list said by its everyday name, "due <day>" and a bare hour as
  // follow-ups, "sorted"/"handled" as done.
  { seed: FLAT, say: 'renew the gym pass in 2 wks', check: added('Renew the gym pass', { due: '2026-12-09' }) },
  { seed: FLAT, say: 'this wk sort the garage', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.ok(o.tasks.some((t) => t.title === 'Sort the garage' && t.dueAt)); } },
  { seed: FLAT, say: 'add rice lentils and onions to groceries', check: (o) => { addedAll('Rice', 'Lentils', 'Onions')(o); has(o, 'Onions', { tags: ['groceries'] }); } },
  { seed: FLAT, say: 'add a hammer to errands', check: added('Hammer', { tags: ['errands'] }) },
  { seed: FLAT, say: 'add a walk to the park', check: added('Walk to the park', { tags: [] }) },
  { seed: FLAT, say: ['add renew the car tax', 'and due by monday'], check: (o) => { addedAll('Renew the car tax')(o); has(o, 'Renew the car tax', { due: '2026-11-30' }); } },
  { seed: FLAT, say: 'due thursday?', check: lists(['Vet appointment'], ['Weekly review']) },
  { seed: FLAT, say: ['add coffee with jo tomorrow at 3pm', 'make it 5 instead'], check: (o) => { addedAll('Coffee with jo')(o); has(o, 'Coffee with jo', { due: '2026-11-26 17:00' }); } },
  { seed: FLAT, say: ['add coffee with jo tomorrow at 3pm', 'make it 45'], check: (o) => { addedAll('Coffee with jo')(o); has(o, 'Coffee with jo', { due: '2026-11-26 15:00' }); } },
  { seed: FLAT, say: 'finally sorted the glasses', check: statuses({ 'Order new glasses': 'completed' }) },
  { seed: FLAT, say: 'handled the council tax', check: statuses({ 'Pay council tax': 'completed' }) },
  { seed: FLAT, say: 'sorted by due date', check: (o) => { unchanged(o); assert.doesNotMatch(o.reply, /^Marked/); } },
  // Eighth round (cases/typed-heldout-9.ts): "@ 3" before a time, "mon-fri", "wknd", "whens", a bare hour nearest the
  // task's own time, "X - got it".
  { seed: FLAT, say: 'haircut thu @ 4pm', check: added('Haircut', { due: '2026-11-26 16:00' }) },
  { seed: FLAT, say: 'add pay @home the rent', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.ok(o.tasks.some((t) => t.tags.includes('home'))); } },
  { seed: FLAT, say: 'stretch mon thru fri at 7am', check: added('Stretch', { rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }) },
  { seed: FLAT, say: 'anything on next wknd', check: (o) => { unchanged(o); assert.doesNotMatch(o.reply, /Vet appointment|Weekly review/); } },
  { seed: FLAT, say: 'whens the weekly review', check: says(/Weekly review[\s\S]*(Fri|27)/, unchanged) },
  { seed: FLAT, say: 'the vet appointment is at 5 now', check: changed('Vet appointment', { due: '2026-11-26 17:00' }) },
  { seed: FLAT, say: 'move the weekly review to 10', check: changed('Weekly review', { due: '2026-11-27 10:00' }) },
  { seed: FLAT, say: ['add breakfast with lee friday 8am', 'push it to 9'], check: (o) => { addedAll('Breakfast with lee')(o); has(o, 'Breakfast with lee', { due: '2026-11-27 09:00' }); } },
  { seed: FLAT, say: 'coffee: in the basket', check: statuses({ 'Buy coffee': 'completed' }) },
  { seed: FLAT, say: 'bread, got it', check: statuses({ 'Buy bread': 'completed' }) },
  { seed: FLAT, say: 'thanks - got it', check: calm },

  // "book X" without an article is the booking still to do; with one ("book a …") it is the event booked.
  { seed: FLAT, say: 'book boiler service next tuesday', check: added('Book boiler service', { due: '2026-12-01' }) },
  { seed: FLAT, say: 'book a meeting with hr for monday', check: added('Meeting with hr', { due: '2026-11-30' }) },

  // "its due …", "thats now …": the pronoun's "is" typed without its apostrophe, or with it.
  { seed: FLAT, say: ['add renew the car tax', 'thats due on the 4th'], check: (o) => { addedAll('Renew the car tax')(o); has(o, 'Renew the car tax', { due: '2026-12-04' }); } },
  { seed: FLAT, say: ['add renew the car tax', "it's urgent"], check: (o) => { addedAll('Renew the car tax')(o); has(o, 'Renew the car tax', { priority: 'high' }); } },

  // A remark that starts with a pronoun is never a task: "that's so unfair", "it was not what i asked for".
  { seed: FLAT, say: "that's so unfair", check: calm },
  { seed: FLAT, say: 'it was not what i asked for', check: calm },
  { seed: FLAT, say: 'this is ridiculous tbh today', check: calm },

  { seed: FLAT, say: ['add renew the car tax', 'thats finished'], check: (o) => { addedAll('Renew the car tax')(o); has(o, 'Renew the car tax', { status: 'completed' }); } },
  // "its" (possessive) names the task the conversation is about, like "it": "move its deadline", "set its priority".
  { seed: FLAT, say: ['add book the plumber', 'change its due date to monday'], check: (o) => { addedAll('Book the plumber')(o); has(o, 'Book the plumber', { due: '2026-11-30' }); } },
  { seed: FLAT, say: ['add book the plumber', 'set its priority to high'], check: (o) => { addedAll('Book the plumber')(o); has(o, 'Book the plumber', { priority: 'high' }); } },
  { seed: FLAT, say: 'add check its tyre pressure', check: added('Check its tyre pressure') },
  // A phrasal verb split around its object keeps the verb in the title: "take X out", "pick X up", "put X away".
  { seed: FLAT, say: 'take the compost out every thursday', check: (o) => { addedAll('Take the compost out')(o); has(o, 'Take the compost out', { rule: 'FREQ=WEEKLY;BYDAY=TH' }); } },
  { seed: FLAT, say: 'pick my sister up from the station at 6pm', check: (o) => { addedAll('Pick my sister up from the station')(o); has(o, 'Pick my sister up from the station', { due: '2026-11-25 18:00' }); } },
  { seed: FLAT, say: 'put the christmas lights away on sunday', check: (o) => { addedAll('Put the christmas lights away')(o); has(o, 'Put the christmas lights away', { due: '2026-11-29' }); } },
  { seed: [{ title: 'Vet appointment', due: '2026-11-26 16:00' }], say: 'take the vet appointment out of my calendar', check: says(/Deleted|Delete/) },
  // A noun made of the title's verb names that task ("approval" → "Approve …"); a day of the month already past is next month's.
  { seed: [{ title: 'Approve the budget', due: '2026-12-10 09:00' }, { title: 'Call grandma' }], say: 'budget approval is due on the 3rd now', check: changed('Approve the budget', { due: '2026-12-03 09:00' }) },
  // "finished that" with nothing said before: the one task due today or overdue is offered (asked, not done); with two, asked which.
  { seed: [{ title: 'Return the library books', due: '2026-11-24 17:00' }, { title: 'Call grandma' }, { title: 'Pay council tax', due: '2026-12-20 09:00' }], say: 'finished that', check: says(/^Mark as done "Return the library books".*\(yes \/ no\)$/, unchanged) },
  { seed: [{ title: 'Return the library books', due: '2026-11-24 17:00' }, { title: 'Call grandma' }], say: ['finished that', 'yes'], check: statuses({ 'Return the library books': 'completed', 'Call grandma': 'pending' }) },
  { seed: [{ title: 'Return the library books', due: '2026-11-24 17:00' }, { title: 'Water the plants', due: '2026-11-25 18:00' }], say: 'finished that', check: says(/^Which task should I complete\?/, unchanged) },
  // A task marked done "still needs doing": it is reopened; "still needs a wash" is not about being done.
  { seed: [{ title: 'Clear the gutters', completed: true }, { title: 'Call grandma' }], say: 'the gutters still need doing', check: statuses({ 'Clear the gutters': 'pending', 'Call grandma': 'pending' }) },
  // A day and how the user feels about it, or a sign-off for the day: nothing is added or ticked off; a to-do verb first is a task.
  { seed: FLAT, say: 'dinner at the in-laws sunday, kinda nervous', check: calm },
  { seed: FLAT, say: "ok i'm done for the night", check: calm },
  { seed: FLAT, say: 'bake a cake for friday, so excited', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.match(o.reply, /^Added/); } },
  // A verb of moving with a level to move to sets the priority: "knock X down to low", "bring X up to high", "push X down to medium".
  { seed: FLAT, say: 'knock council tax down to low', check: changed('Pay council tax', { priority: 'low' }) },
  { seed: FLAT, say: 'bring the grandma call up to high', check: changed('Call grandma', { priority: 'high' }) },
  { seed: FLAT, say: 'push the glasses down to medium', check: (o) => { changed('Order new glasses', { priority: 'medium', due: '2026-12-02 09:00' })(o); } },
  // What is still to do, asked with a word of being done ("needs to be done", "not finished yet", "needs doing"): the pending
  // tasks, never the completed ones; "what have i finished" is the completed ones.
  { seed: [...FLAT, { title: 'Sort the recycling', completed: true }], say: 'what still needs to be done this week', check: lists(['Vet appointment', 'Weekly review'], ['Sort the recycling']) },
  { seed: [...FLAT, { title: 'Sort the recycling', completed: true }], say: "what's not finished yet", check: lists(['Call grandma', 'Buy bread'], ['Sort the recycling']) },
  { seed: [...FLAT, { title: 'Sort the recycling', completed: true }], say: 'what needs doing tomorrow', check: lists(['Vet appointment'], ['Weekly review', 'Sort the recycling']) },
  { seed: [...FLAT, { title: 'Sort the recycling', completed: true }], say: 'what have i finished', check: lists(['Sort the recycling'], ['Call grandma']) },
  // A task the user has, put under a word, is filed under that tag; "too" / "as well" after a tag is no tag of its own.
  { seed: FLAT, say: 'put the council tax under bills too', check: changed('Pay council tax', { tags: ['bills'] }) },
  { seed: FLAT, say: 'tag the weekly review as planning as well', check: changed('Weekly review', { tags: ['work', 'planning'] }) },
  // A task marked done that the user says is not ("haven't … yet", "didn't actually …") is reopened; one still open is left as it is.
  { seed: [{ title: 'Post the parcel', completed: true }, { title: 'Call grandma' }], say: "we haven't posted the parcel yet", check: statuses({ 'Post the parcel': 'pending', 'Call grandma': 'pending' }) },
  { seed: [{ title: 'Post the parcel', completed: true }, { title: 'Call grandma' }], say: "i didn't actually post the parcel", check: statuses({ 'Post the parcel': 'pending' }) },
  { seed: [{ title: 'Post the parcel', completed: true }, { title: 'Call grandma' }], say: "i haven't called grandma yet", check: (o) => { statuses({ 'Post the parcel': 'completed', 'Call grandma': 'pending' })(o); unchanged(o); } },
  // Two things of two words or more put on a list are two items, on the tag the user already has for that list even when
  // said otherwise ("the errand list" and #errands); two single words joined by "and" stay one thing.
  { seed: FLAT, say: 'stick paper towels and olive oil on the shopping list', check: (o) => { addedAll('Paper towels', 'Olive oil')(o); has(o, 'Paper towels', { tags: ['shopping'] }); has(o, 'Olive oil', { tags: ['shopping'] }); } },
  { seed: [...FLAT, { title: 'Collect the prescription', tags: ['errands'] }], say: 'add stamps to my errand list', check: (o) => { addedAll('Stamps')(o); has(o, 'Stamps', { tags: ['errands'] }); } },
  { seed: FLAT, say: 'add fish and chips to the shopping list', check: (o) => { addedAll('Fish and chips')(o); has(o, 'Fish and chips', { tags: ['shopping'] }); } },
  // "under the sink" is a place in the title; "under finance", "under the home tag" file the task under a tag.
  { seed: FLAT, say: 'clean under the sink on saturday', check: added('Clean under the sink', { due: '2026-11-28', tags: [] }) },
  { seed: FLAT, say: 'add renew the lease under the home tag', check: added('Renew the lease', { tags: ['home'] }) },
  { seed: FLAT, say: 'add pay the gas bill under finance', check: added('Pay the gas bill', { tags: ['finance'] }) },
  // "i've taken care of X", "i have dealt with X": done; "glad it's the weekend tomorrow" is a mood, never a task.
  { seed: FLAT, say: "i've taken care of the council tax", check: statuses({ 'Pay council tax': 'completed', 'Call grandma': 'pending' }) },
  { seed: FLAT, say: 'i have dealt with the glasses order', check: statuses({ 'Order new glasses': 'completed', 'Pay council tax': 'pending' }) },
  { seed: FLAT, say: "glad it's the weekend tomorrow", check: calm },
  { seed: FLAT, say: 'i need to take care of the car tax by friday', check: added('Take care of the car tax', { due: '2026-11-27' }) },
  // A task the user has, said with a repetition "from now on", repeats so; with no such task it is a new one, and "from now
  // on" is never part of a title.
  { seed: FLAT, say: 'grandma every sunday from now on', check: changed('Call grandma', { rule: 'FREQ=WEEKLY;BYDAY=SU' }) },
  { seed: FLAT, say: 'pilates every tuesday from now on', check: added('Pilates', { rule: 'FREQ=WEEKLY;BYDAY=TU' }) },
  { seed: FLAT, say: 'add stretch every morning going forward', check: added('Stretch', { rule: 'FREQ=DAILY' }) },
  // A move's particle split from its verb ("push X back to …", "move X over to …") is not part of the task's name; "X can
  // be bumped to …" is a move said as a statement.
  { seed: FLAT, say: 'could you push the vet back to saturday', check: changed('Vet appointment', { due: '2026-11-28 16:00' }) },
  { seed: FLAT, say: 'move the weekly review over to monday', check: changed('Weekly review', { due: '2026-11-30 15:00' }) },
  { seed: FLAT, say: 'the glasses order can be pushed to friday', check: changed('Order new glasses', { due: '2026-11-27 09:00' }) },
  // Every other week on named days: "biweekly on fridays", "every two weeks on monday" (the days had dropped the interval,
  // or the interval the days); "biweekly" alone stays every two weeks.
  { seed: FLAT, say: 'pay the cleaner biweekly on fridays', check: added('Pay the cleaner', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', due: '2026-11-27' }) },
  { seed: FLAT, say: 'put the bins out every two weeks on monday', check: added('Put the bins out', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', due: '2026-11-30' }) },
  { seed: FLAT, say: 'add team sync biweekly', check: added('Team sync', { rule: 'FREQ=WEEKLY;INTERVAL=2' }) },
  // "remind me to <a task I have> an hour before": the reminder goes on that task, no second one is added; with a time said,
  // it is a new task with its reminder.
  { seed: FLAT, say: 'remind me to order the glasses an hour before', check: changed('Order new glasses', { due: '2026-12-02 09:00', remindBefore: 60 }) },
  { seed: FLAT, say: 'ping me to pay council tax the day before', check: changed('Pay council tax', { remindBefore: 1440 }) },
  { seed: FLAT, say: 'remind me to call the bank at 4 half an hour before', check: added('Call the bank', { due: '2026-11-25 16:00', remindBefore: 30 }) },
  // Done said as an idiom or with the particle split off ("done and dusted", "crossed X off"); when the user says they will
  // do a task they have is its new date, and with no such task a new one then.
  { seed: FLAT, say: 'council tax is done and dusted', check: statuses({ 'Pay council tax': 'completed', 'Call grandma': 'pending' }) },
  { seed: FLAT, say: 'ticked the bread off', check: statuses({ 'Buy bread': 'completed', 'Buy coffee': 'pending' }) },
  { seed: FLAT, say: "i'll do the weekly review on monday", check: changed('Weekly review', { due: '2026-11-30 15:00' }) },
  { seed: FLAT, say: "i'll get round to the glasses next week", check: (o) => { same(o); const due = has(o, 'Order new glasses', {}).dueAt ?? ''; assert.ok(due >= '2026-11-30' && due < '2026-12-08', `due ${due}`); } },
  { seed: FLAT, say: "i'll do the tax return on saturday", check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.ok(o.tasks.some((t) => /tax return/i.test(t.title) && (t.dueAt ?? '').startsWith('2026-11-28')), 'a new task on saturday'); } },
  // Two questions in one message are each answered ("what's overdue and what's due today" had found nothing both).
  { seed: [...FLAT, { title: 'Renew the parking permit', due: '2026-11-20 09:00' }, { title: 'Water the plants', due: '2026-11-25 18:00' }], say: "what's overdue and what's due today", check: lists(['Renew the parking permit', 'Water the plants'], ['Weekly review']) },
  { seed: [...FLAT, { title: 'Renew the parking permit', due: '2026-11-20 09:00' }], say: 'whats on tomorrow and how many are overdue', check: says(/\b1 overdue\b/, lists(['Vet appointment'], ['Weekly review'])) },
  // Two windows said together are both: "today and tomorrow", "tomorrow or friday".
  { seed: [...FLAT, { title: 'Water the plants', due: '2026-11-25 18:00' }], say: "what's due today and tomorrow", check: lists(['Water the plants', 'Vet appointment'], ['Weekly review', 'Order new glasses']) },
  { seed: FLAT, say: 'anything on tomorrow or friday', check: lists(['Vet appointment', 'Weekly review'], ['Order new glasses']) },
  // A weekday's part of the day in the plural is every one ("tuesday nights"); in the singular it is that one day.
  { seed: FLAT, say: 'put the recycling out thursday nights', check: added('Put the recycling out', { rule: 'FREQ=WEEKLY;BYDAY=TH', due: '2026-11-26 21:00' }) },
  { seed: FLAT, say: 'choir practice monday evenings', check: added('Choir practice', { rule: 'FREQ=WEEKLY;BYDAY=MO', due: '2026-11-30 18:00' }) },
  { seed: FLAT, say: 'choir practice monday evening', check: added('Choir practice', { rule: null, due: '2026-11-30' }) },
  // "no rush on X" / "X is no rush": low priority, nothing added; "X -> monday" (chat's arrow) moves X, "X -> high" raises it.
  { seed: FLAT, say: 'no rush on the council tax', check: changed('Pay council tax', { priority: 'low' }) },
  { seed: FLAT, say: 'the glasses are no rush', check: changed('Order new glasses', { priority: 'low' }) },
  { seed: FLAT, say: 'no rush on the piano tuning', check: unchanged },
  { seed: FLAT, say: 'weekly review -> monday', check: changed('Weekly review', { due: '2026-11-30 15:00' }) },
  { seed: FLAT, say: 'grandma → high', check: changed('Call grandma', { priority: 'high' }) },
  // A yes/no question about a task reads; it never changes it.
  { seed: FLAT, say: 'is the vet appointment still happening tomorrow', check: lists(['Vet appointment']) },
  { seed: FLAT, say: 'is the weekly review still on friday?', check: unchanged },
  { seed: FLAT, say: 'are my shopping things all bought', check: unchanged },
  // "at half 2" (British) is 2:30; "nvm revert that" undoes; "did i miss any deadlines" asks what is overdue.
  { seed: FLAT, say: 'ring the plumber at half 4 tomorrow', check: added('Ring the plumber', { due: '2026-11-26 16:30' }) },
  { seed: FLAT, say: ['move the weekly review to 5pm', 'nvm revert that'], check: (o) => { unchanged(o); assert.match(o.reply, /undid|undone|back/i); } },
  { seed: FLAT, say: 'did i miss any deadlines', check: lists([]) },
  { seed: FLAT, say: 'when am i seeing the vet', check: says(/Vet appointment/, unchanged) },
  // A weekday with its day of the month ("fri 27th") is one day; "X sunday instead of saturday" moves X.
  { seed: FLAT, say: 'add flu jab mon 30th at 3:15pm', check: added('Flu jab', { due: '2026-11-30 15:15' }) },
  { seed: FLAT, say: 'weekly review monday instead of friday', check: changed('Weekly review', { due: '2026-11-30 15:00' }) },
  // A quoted title starts with a capital like any other; a word whose own capitals say otherwise is kept as typed.
  { seed: FLAT, say: 'add "print boarding passes" for the 2nd', check: added('Print boarding passes', { due: '2026-12-02' }) },
  { seed: FLAT, say: 'add "iPhone case" to shopping', check: (o) => has(o, 'iPhone case', { tags: ['shopping'] }) },
  // A remark about a day names nothing to do.
  { seed: FLAT, say: 'saturday cant come soon enough', check: unchanged },
  { seed: FLAT, say: 'tomorrow is my day off finally 🙌', check: unchanged },
  { seed: FLAT, say: "next week's going to be so hectic", check: unchanged },
  // "remember to …", "don't forget to …" said before a verb of its own is the user's to-do; before "add" it asks the assistant.
  { seed: FLAT, say: 'remember to move the bins to the kerb tonight', check: added('Move the bins to the kerb', { due: '2026-11-25' }) },
  { seed: FLAT, say: "don't forget to cancel the magazine subscription", check: added('Cancel the magazine subscription') },
  { seed: FLAT, say: "don't forget to add oat milk to shopping", check: added('Oat milk', { tags: ['shopping'] }) },
  // A deadline "got extended", "has been pushed back": the task moves.
  { seed: FLAT, say: 'council tax deadline got extended to the 22nd', check: changed('Pay council tax', { due: '2026-12-22 09:00' }) },
  // "cancel X by <day>" with no task X: a thing to do by then; with one, it goes.
  { seed: FLAT, say: 'cancel the gym membership before the end of the month', check: added('Cancel the gym membership', { due: '2026-11-30' }) },
  { seed: FLAT, say: 'clear out the gutters by sunday', check: added('Clear out the gutters', { due: '2026-11-29' }) },
  { seed: FLAT, say: 'cancel the vet appointment', check: gone('Vet appointment') },
  { seed: FLAT, say: 'delete the weekly review on friday', check: gone('Weekly review') },
  // A named list's items are each a task, whatever word they start with.
  { seed: FLAT, say: 'baking: whipped cream, icing sugar, sprinkles', check: (o) => { addedAll('Whipped cream', 'Icing sugar', 'Sprinkles')(o); has(o, 'Sprinkles', { tags: ['baking'] }); } },
  // Two things to do, each with a verb and an object, are two tasks; a verb shared by two objects is one.
  { seed: FLAT, say: 'add email the landlord and book the boiler service', check: addedAll('Email the landlord', 'Book the boiler service') },
  { seed: FLAT, say: 'pick up the parcel and return the library books tomorrow', check: (o) => { addedAll('Pick up the parcel', 'Return the library books')(o); has(o, 'Pick up the parcel', { due: '2026-11-26' }); } },
  { seed: FLAT, say: 'add call mum and dad', check: added('Call mum and dad') },
  // "X isn't actually paid/sent" reopens X, with or without "reopen it" after.
  { seed: [{ title: 'Pay the gas bill', completed: true }], say: 'the gas bill isnt actually paid, reopen it', check: statuses({ 'Pay the gas bill': 'pending' }) },
  { seed: [{ title: 'Post the parcel', completed: true }], say: "the parcel hasn't been posted yet", check: statuses({ 'Post the parcel': 'pending' }) },
  { seed: [{ title: 'Post the parcel' }], say: "the parcel isn't posted", check: statuses({ 'Post the parcel': 'pending' }) },
  // An item taken off "my list" whose title adds only the verb it was bought by goes at once.
  { seed: FLAT, say: 'remove bread from my list', check: gone('Buy bread') },
];
