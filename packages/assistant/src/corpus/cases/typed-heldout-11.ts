// An eleventh blind typed set, written before any fix for it (and before reading the grammar): adds with dates,
// times, typos, tags, priorities and recurrences, lists of items, two commands in one message, edits said as
// statements, renames, tags, priorities, completions in the past tense or slang, reopens, deletes (named, and vague
// ones that must ask), undo, questions, and moods or small talk with date words. Measured by
// bench/typed-heldout.ts 11. Clock: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged, WEEKDAYS } from '../checks.js';
import { isoToLocal, type Outcome, type PhraseCase, type Seed } from '../runner.js';

const FLAT: Seed[] = [
  { title: 'Book vet appointment', due: '2026-11-27 11:00', tags: ['pets'] },
  { title: 'Email the landlord about the heating', due: '2026-11-23 10:00', priority: 'high' },
  { title: 'Buy oat milk', tags: ['groceries'] },
  { title: 'Buy coffee filters', tags: ['groceries'] },
  { title: 'Quarterly review prep', due: '2026-11-30 09:00', priority: 'high', tags: ['work'] },
  { title: 'Return library books', due: '2026-11-25 17:00' },
  { title: 'Clean the oven', priority: 'low' },
  { title: 'Water the ferns' },
  { title: 'Call grandma', due: '2026-11-26 18:00' },
  { title: 'Pay the phone bill', due: '2026-11-29 12:00', tags: ['bills'] },
  { title: 'Cancel gym membership', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed|Renamed|Completed)/); };
/** Nothing changed and the reply asks something back. */
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };
const one = (title: string, expected: Parameters<typeof has>[2]) => (o: Outcome) => { assert.equal(o.tasks.length, o.seeded.length + 1, `tasks: ${o.tasks.map((t) => t.title).join(', ')}`); has(o, title, expected); };
const same = (o: Outcome) => assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');

export const TYPED_HELDOUT_11: PhraseCase[] = [
  // Adds.
  { seed: FLAT, say: 'pick up the parcel from the post office thurs', check: added('Pick up the parcel from the post office', { due: '2026-11-26' }) },
  { seed: FLAT, say: 'dentist cleaning dec 9 @ 8:45am', check: added('Dentist cleaning', { due: '2026-12-09 08:45' }) },
  { seed: FLAT, say: 'order new contact lenses, high priority', check: added('Order new contact lenses', { priority: 'high' }) },
  { seed: FLAT, say: 'wash the car this sunday', check: added('Wash the car', { due: '2026-11-29' }) },
  { seed: FLAT, say: 'book a table for our anniversary dinner on dec 12 at 7:30pm', check: added('Book a table for our anniversary dinner', { due: '2026-12-12 19:30' }) },
  { seed: FLAT, say: 'add buy giftwrap tomorow', check: added('Buy giftwrap', { due: '2026-11-26' }) },
  { seed: FLAT, say: 'chase up the plumber quote on fri', check: added('Chase up the plumber quote', { due: '2026-11-27' }) },
  { seed: FLAT, say: 'add renew gym pass #health', check: added('Renew gym pass', { tags: ['health'] }) },
  { seed: FLAT, say: 'also need to ring the council about the bins', check: added('Ring the council about the bins') },
  { seed: FLAT, say: 'sign up for the 10k race in a fortnight', check: added('Sign up for the 10k race', { due: '2026-12-09' }) },
  { seed: FLAT, say: 'oil change 🚗 next thursday', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); const due = isoToLocal(has(o, 'Oil change', {}).dueAt, o.zone) ?? ''; assert.ok(['2026-11-26', '2026-12-03'].some((d) => due.startsWith(d)), `due ${due}`); } },
  // Recurrences.
  { seed: FLAT, say: 'take out the recycling every other tuesday', check: added('Take out the recycling', { rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }) },
  { seed: FLAT, say: 'write up standup notes every weekday', check: added('Write up standup notes', { rule: WEEKDAYS }) },
  { seed: FLAT, say: 'take my vitamins each morning', check: added('Take my vitamins', { rule: 'FREQ=DAILY' }) },
  { seed: FLAT, say: 'pay the credit card on the 15th of each month', check: added('Pay the credit card', { rule: 'FREQ=MONTHLY;BYMONTHDAY=15' }) },
  // Lists of items, and two commands in one message.
  { seed: FLAT, say: 'put bin bags and dish soap on the grocery list', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 2); for (const t of ['Bin bags', 'Dish soap']) has(o, t, { tags: ['groceries'] }); } },
  { seed: FLAT, say: 'need to sort: passport photos, travel insurance, currency', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 3); for (const t of ['Passport photos', 'Travel insurance', 'Currency']) has(o, t, {}); } },
  { seed: FLAT, say: 'add call the insurer friday and mark the library books done', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); has(o, 'Call the insurer', { due: '2026-11-27' }); has(o, 'Return library books', { status: 'completed' }); } },
  { seed: FLAT, say: 'move the vet to saturday, and bump the phone bill to high', check: (o) => { same(o); has(o, 'Book vet appointment', { due: '2026-11-28 11:00' }); has(o, 'Pay the phone bill', { priority: 'high' }); } },
  // Edits said as statements or commands.
  { seed: FLAT, say: 'grandma call is now on friday', check: changed('Call grandma', { due: '2026-11-27 18:00' }) },
  { seed: FLAT, say: 'push review prep back by a day', check: changed('Quarterly review prep', { due: '2026-12-01 09:00' }) },
  { seed: FLAT, say: 'library books are due back monday now', check: changed('Return library books', { due: '2026-11-30 17:00' }) },
  { seed: FLAT, say: 'make the ferns weekly', check: (o) => { same(o); const rule = has(o, 'Water the ferns', {}).recurrence?.rule ?? ''; assert.match(rule, /^FREQ=WEEKLY(;BYDAY=[A-Z]{2})?$/); } },
  { seed: FLAT, say: 'retitle the oven task to deep clean the oven', check: (o) => { same(o); has(o, 'Deep clean the oven', { priority: 'low' }); } },
  { seed: FLAT, say: 'change oat milk to almond milk', check: (o) => { same(o); assert.ok(!o.tasks.some((t) => t.title === 'Buy oat milk'), 'still "Buy oat milk"'); assert.ok(o.tasks.some((t) => t.title === 'Buy almond milk' || t.title === 'Almond milk'), `tasks: ${o.tasks.map((t) => t.title).join(', ')}`); } },
  { seed: FLAT, say: 'put the vet under errands too', check: changed('Book vet appointment', { tags: ['pets', 'errands'] }) },
  { seed: FLAT, say: 'drop the work tag from review prep', check: changed('Quarterly review prep', { tags: [] }) },
  { seed: FLAT, say: 'knock the landlord email down to medium', check: changed('Email the landlord about the heating', { priority: 'medium' }) },
  { seed: FLAT, say: 'prioritize calling grandma', check: changed('Call grandma', { priority: 'high' }) },
  // Completions and reopens.
  { seed: FLAT, say: 'finished the review prep 💪', check: statuses({ 'Quarterly review prep': 'completed', 'Call grandma': 'pending' }) },
  { seed: FLAT, say: 'returned the library books yesterday', check: statuses({ 'Return library books': 'completed', 'Book vet appointment': 'pending' }) },
  { seed: FLAT, say: 'vet is booked', check: statuses({ 'Book vet appointment': 'completed', 'Pay the phone bill': 'pending' }) },
  { seed: FLAT, say: 'nailed the landlord email', check: statuses({ 'Email the landlord about the heating': 'completed', 'Call grandma': 'pending' }) },
  { seed: FLAT, say: 'check off coffee filters', check: statuses({ 'Buy coffee filters': 'completed', 'Buy oat milk': 'pending' }) },
  { seed: FLAT, say: 'actually i havent cancelled the gym yet', check: statuses({ 'Cancel gym membership': 'pending' }) },
  // Deletes: a named task, and vague scopes that must ask.
  { seed: FLAT, say: 'bin the oven task', check: gone('Clean the oven') },
  { seed: FLAT, say: 'delete coffee filters', check: gone('Buy coffee filters') },
  { seed: FLAT, say: 'delete the lot', check: asks },
  { seed: FLAT, say: 'delete the grocery one', check: asks },
  // Undo.
  { seed: FLAT, say: ['push the phone bill to next week', 'oops undo that'], check: unchanged },
  { seed: FLAT, say: ['finished the oven', 'no wait, undo'], check: statuses({ 'Clean the oven': 'pending' }) },
  // Questions.
  { seed: FLAT, say: 'what needs doing today', check: lists(['Return library books'], ['Quarterly review prep', 'Pay the phone bill']) },
  { seed: FLAT, say: "what's coming up this week", check: lists(['Return library books', 'Call grandma', 'Book vet appointment', 'Pay the phone bill'], ['Buy oat milk']) },
  { seed: FLAT, say: 'am i behind on anything', check: lists(['Email the landlord about the heating'], ['Buy oat milk', 'Call grandma']) },
  { seed: FLAT, say: 'whats tagged pets', check: lists(['Book vet appointment'], ['Buy oat milk']) },
  { seed: FLAT, say: 'how many open tasks have i got', check: says(/\b10\b/, unchanged) },
  { seed: FLAT, say: 'what did i get done', check: lists(['Cancel gym membership'], ['Buy oat milk']) },
  { seed: FLAT, say: 'anything high priority?', check: lists(['Email the landlord about the heating', 'Quarterly review prep'], ['Clean the oven']) },
  { seed: FLAT, say: 'whens the phone bill due', check: says(/Sun|29/, unchanged) },
  // Moods and small talk, with date words: nothing changes.
  { seed: FLAT, say: 'thanksgiving tomorrow, so excited', check: calm },
  { seed: FLAT, say: 'all done for today 😮‍💨', check: calm },
  { seed: FLAT, say: 'busy week ahead 😬', check: calm },
  { seed: FLAT, say: 'how are you doing?', check: calm },
  { seed: FLAT, say: 'nice one, cheers', check: calm },
];
