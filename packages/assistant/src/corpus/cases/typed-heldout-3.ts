// A second blind typed set (session 18), written after the first round of fixes and before the second, to see whether
// those fixes hold on wording they were not made on. Measured by bench/typed-heldout.ts.
// Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const DESK: Seed[] = [
  { title: 'Haircut', due: '2026-11-27 13:00' },
  { title: 'Send invoice to Acme', due: '2026-11-25 17:00', tags: ['work'] },
  { title: 'Gym session', due: '2026-11-26 07:00', tags: ['health'] },
  { title: 'Buy cat food', tags: ['shopping'] },
  { title: 'Buy detergent', tags: ['shopping'] },
  { title: 'Book car service', priority: 'low' },
  { title: 'Prepare board slides', due: '2026-11-30 10:00', tags: ['work'], priority: 'high' },
  { title: 'Call the insurance company', due: '2026-11-23 12:00' },
  { title: 'Read the contract', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };
function addedLike(...patterns: RegExp[]): (o: Outcome) => void {
  return (o) => {
    const fresh = o.tasks.filter((t) => !o.seeded.some((s) => s.id === t.id)).map((t) => t.title);
    assert.equal(fresh.length, patterns.length, `new tasks: ${fresh.map((t) => `"${t}"`).join(', ')}`);
    for (const pattern of patterns) assert.ok(fresh.some((t) => pattern.test(t)), `no new task like ${pattern}; new: ${fresh.join(', ')}`);
  };
}

export const TYPED_HELDOUT_3: PhraseCase[] = [
  { seed: DESK, say: 'need lemons limes and mint', check: addedLike(/lemons/i, /limes/i, /mint/i) },
  { seed: DESK, say: 'add: stamps, envelopes, printer ink', check: addedLike(/^Stamps$/, /^Envelopes$/, /^Printer ink$/) },
  { seed: DESK, say: 'add peanut butter and jelly', check: added('Peanut butter and jelly') },
  { seed: DESK, say: 'haircut done, now move the gym to friday', check: (o) => { has(o, 'Haircut', { status: 'completed' }); has(o, 'Gym session', { due: '2026-11-27 07:00' }); } },
  { seed: DESK, say: 'sent the acme invoice', check: statuses({ 'Send invoice to Acme': 'completed' }) },
  { seed: DESK, say: 'got the cat food', check: statuses({ 'Buy cat food': 'completed', 'Buy detergent': 'pending' }) },
  { seed: DESK, say: 'finally called the insurance people', check: statuses({ 'Call the insurance company': 'completed' }) },
  { seed: DESK, say: 'crossed off detergent', check: statuses({ 'Buy detergent': 'completed' }) },
  { seed: DESK, say: 'the haircut got moved to saturday', check: changed('Haircut', { due: '2026-11-28 13:00' }) },
  { seed: DESK, say: 'slides can wait till tuesday', check: changed('Prepare board slides', { due: '2026-12-01 10:00' }) },
  { seed: DESK, say: 'gym is every mon wed fri at 7 now', check: changed('Gym session', { rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }) },
  { seed: DESK, say: 'car service is top priority', check: changed('Book car service', { priority: 'high' }) },
  { seed: DESK, say: 'the slides arent that urgent', check: (o) => { assert.equal(o.tasks.length, o.seeded.length); assert.notEqual(has(o, 'Prepare board slides', {}).priority, 'high'); } },
  { seed: DESK, say: 'push the haircut back a day', check: changed('Haircut', { due: '2026-11-28 13:00' }) },
  { seed: DESK, say: 'tag the car service as errands', check: changed('Book car service', { tags: ['errands'] }) },
  { seed: DESK, say: 'remove work from the invoice', check: (o) => { unchanged({ ...o, tasks: o.tasks.filter((t) => t.title !== 'Send invoice to Acme'), seeded: o.seeded.filter((t) => t.title !== 'Send invoice to Acme') }); has(o, 'Send invoice to Acme', { tags: [], status: 'pending' }); } },
  { seed: DESK, say: "rename haircut to 'barber'", check: changed('Barber', { due: '2026-11-27 13:00' }) },
  { seed: DESK, say: 'water plants every 2nd day', check: added('Water plants', { rule: 'FREQ=DAILY;INTERVAL=2' }) },
  { seed: DESK, say: 'payday every last thursday of the month', check: added('Payday', { rule: 'FREQ=MONTHLY;BYDAY=-1TH' }) },
  { seed: DESK, say: 'dentist in 2 weeks', check: added('Dentist', { due: '2026-12-09' }) },
  { seed: DESK, say: 'lunch with priya next thurs 12:30', check: added('Lunch with priya', { due: '2026-12-03 12:30' }) },
  { seed: DESK, say: "what's left today", check: lists(['Send invoice to Acme'], ['Haircut']) },
  { seed: DESK, say: 'whats overdue', check: lists(['Call the insurance company'], ['Haircut']) },
  { seed: DESK, say: 'how many things on my shopping list', check: says(/2/, unchanged) },
  { seed: DESK, say: 'show work stuff', check: lists(['Send invoice to Acme', 'Prepare board slides'], ['Haircut']) },
  { seed: DESK, say: 'what have i done lately', check: lists(['Read the contract'], ['Haircut']) },
  { seed: DESK, say: 'monday mornings amirite', check: calm },
  { seed: DESK, say: 'feeling lazy this afternoon', check: calm },
  { seed: DESK, say: 'next week is going to be insane', check: calm },
  { seed: DESK, say: 'happy friday eve!', check: calm },
  { seed: DESK, say: 'ok cool', check: calm },
  { seed: DESK, say: 'remove everything tagged shopping', check: asks },
  { seed: DESK, say: 'delete all', check: asks },
  { seed: DESK, say: 'finish everything', check: asks },
  { seed: DESK, say: 'delete the haircut', check: gone('Haircut') },
  { seed: DESK, say: 'scrap it', check: asks },
];
