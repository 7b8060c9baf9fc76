// A sixth blind typed set (session 18), written after the fifth round of typed fixes and before the sixth: messages
// as people paste or dash them off — several lines' worth in one, mixed languages of urgency, questions with typos,
// moods about tasks by name. Measured by bench/typed-heldout.ts 7. Clock: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { added, changed, gone, has, lists, says, statuses, unchanged } from '../checks.js';
import type { Outcome, PhraseCase, Seed } from '../runner.js';

const DAYS: Seed[] = [
  { title: 'Parent-teacher meeting', due: '2026-11-26 16:30' },
  { title: 'Renew car registration', due: '2026-11-30 09:00', priority: 'high' },
  { title: 'Buy coffee beans', tags: ['groceries'] },
  { title: 'Buy bananas', tags: ['groceries'] },
  { title: 'Quarterly planning', due: '2026-11-27 11:00', tags: ['work'] },
  { title: 'Call the vet', due: '2026-11-24 10:00' },
  { title: 'Clean the gutters', priority: 'low' },
  { title: 'Write blog post', completed: true },
];

const calm = (o: Outcome) => { unchanged(o); assert.doesNotMatch(o.reply, /^(Added|Deleted|Marked|Moved|Changed)/); };
const asks = (o: Outcome) => { unchanged(o); assert.match(o.reply, /\?/); };

export const TYPED_HELDOUT_7: PhraseCase[] = [
  { seed: DAYS, say: 'urgent: fix the wifi router', check: added('Fix the wifi router', { priority: 'high' }) },
  { seed: DAYS, say: 'low priority - sort old photos', check: added('Sort old photos', { priority: 'low' }) },
  { seed: DAYS, say: 'asap call the school', check: added('Call the school', { priority: 'high' }) },
  { seed: DAYS, say: 'remember mums birthday dec 14', check: added('Mums birthday', { due: '2026-12-14' }) },
  { seed: DAYS, say: 'add get flu shot sometime this week', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.ok(o.tasks.some((t) => /^Get flu shot$/.test(t.title))); } },
  { seed: DAYS, say: 'add book tickets for the concert every monday until christmas', check: (o) => { assert.equal(o.tasks.length, o.seeded.length + 1); assert.ok(o.tasks.some((t) => /^Book tickets for the concert$/.test(t.title) && t.recurrence)); } },
  { seed: DAYS, say: 'grab coffee beans, bananas and bread', check: (o) => { assert.ok(o.tasks.some((t) => /bread/i.test(t.title))); } },
  { seed: DAYS, say: 'bananas and coffee beans bought', check: statuses({ 'Buy bananas': 'completed', 'Buy coffee beans': 'completed' }) },
  { seed: DAYS, say: 'just got back from the parent teacher meeting', check: statuses({ 'Parent-teacher meeting': 'completed' }) },
  { seed: DAYS, say: 'vet called back, all good', check: statuses({ 'Call the vet': 'completed' }) },
  { seed: DAYS, say: 'gutters r clean', check: statuses({ 'Clean the gutters': 'completed' }) },
  { seed: DAYS, say: 'planning got pushed to next tuesday', check: changed('Quarterly planning', { due: '2026-12-01 11:00' }) },
  { seed: DAYS, say: 'car rego is due friday not monday', check: changed('Renew car registration', { due: '2026-11-27' }) },
  { seed: DAYS, say: 'move the vet call to this afternoon', check: changed('Call the vet', { due: '2026-11-25' }) },
  { seed: DAYS, say: 'bump the gutters to high', check: changed('Clean the gutters', { priority: 'high' }) },
  { seed: DAYS, say: 'the registration is not that urgent', check: changed('Renew car registration', { priority: 'low' }) },
  { seed: DAYS, say: 'tag planning as q4', check: changed('Quarterly planning', { tags: ['work', 'q4'] }) },
  { seed: DAYS, say: 'take the work tag off planning', check: changed('Quarterly planning', { tags: [] }) },
  { seed: DAYS, say: 'rename the blog post to write the newsletter', check: (o) => assert.ok(o.tasks.some((t) => t.title === 'Write the newsletter')) },
  { seed: DAYS, say: 'delete the bananas and the coffee beans', check: says(/^Delete these 2 tasks\?/, unchanged) },
  { seed: DAYS, say: 'delete whatever is overdue', check: says(/^Delete "Call the vet"|^Delete these 1/, unchanged) },
  { seed: DAYS, say: 'can you remove everything for friday', check: asks },
  { seed: DAYS, say: 'wat do i have tmrw', check: lists(['Parent-teacher meeting'], ['Quarterly planning']) },
  { seed: DAYS, say: 'whats due b4 the weekend', check: lists(['Parent-teacher meeting', 'Quarterly planning'], ['Renew car registration']) },
  { seed: DAYS, say: 'is the vet overdue', check: says(/Call the vet/, unchanged) },
  { seed: DAYS, say: 'any groceries left to buy', check: lists(['Buy coffee beans', 'Buy bananas'], ['Clean the gutters']) },
  { seed: DAYS, say: 'how much is left this week', check: says(/\d/, unchanged) },
  { seed: DAYS, say: 'list my tasks by priority', check: lists(['Renew car registration', 'Clean the gutters'], []) },
  { seed: DAYS, say: 'the parent teacher meeting is gonna be awkward', check: calm },
  { seed: DAYS, say: 'not looking forward to quarterly planning', check: calm },
  { seed: DAYS, say: 'ok thanks bye', check: calm },
  { seed: DAYS, say: 'brb', check: calm },
  { seed: DAYS, say: 'whatever', check: calm },
  { seed: DAYS, say: 'help', check: calm },
];
