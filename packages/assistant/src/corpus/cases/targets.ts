// Corpus: which task a message means (day/time/kind narrowing, "next", "the last one I added") and safety before acting.
// Same clock as the phrase corpus: Wednesday 2026-11-25 09:00 in New York.
import assert from 'node:assert/strict';
import { gone, has, lists, says, statuses, unchanged } from '../checks.js';
import { isoToLocal, type Outcome, type PhraseCase, type Seed } from '../runner.js';

const DAY: Seed[] = [
  { title: 'Team meeting', due: '2026-11-26 10:00' },
  { title: 'Project sync', due: '2026-11-25 14:00', tags: ['work'] },
  { title: 'Dentist', due: '2026-11-27 09:00' },
  { title: 'Dinner with Mike', due: '2026-11-25 18:30' },
  { title: 'Optician appointment', due: '2026-11-26 14:00' },
  { title: 'Finish report', due: '2026-11-24 17:00', priority: 'high', tags: ['work'] },
  { title: 'Call the carpenter' },
  { title: 'Weekly team sync', due: '2026-12-02 10:00', tags: ['work'] },
  { title: 'Buy groceries', due: '2026-11-25 17:00' },
];

/** Asked a yes/no question and changed nothing. */
const asks = (pattern: RegExp) => says(pattern, unchanged);

/** Every seeded title is back (undo of a deletion recreates the tasks under new ids). */
function allBack(o: Outcome): void {
  assert.deepEqual(o.tasks.map((t) => t.title).sort(), o.seeded.map((t) => t.title).sort());
}

/** Only these tasks are due on `day` now; every other task kept its due date. */
function movedTo(day: string, titles: string[]): (o: Outcome) => void {
  return (o) => {
    assert.equal(o.tasks.length, o.seeded.length, 'no task should be added or removed');
    for (const before of o.seeded) {
      const after = o.tasks.find((t) => t.id === before.id);
      assert.ok(after, `"${before.title}" is gone`);
      if (titles.includes(before.title)) {
        assert.equal(isoToLocal(after.dueAt, o.zone)?.slice(0, 10), day, `${before.title}: moved to ${day}`);
        assert.equal(after.dueAt?.slice(11), before.dueAt?.slice(11), `${before.title}: keeps its time`);
      } else assert.equal(after.dueAt, before.dueAt, `${before.title} should not move`);
    }
  };
}

export const TARGETS_CORPUS: PhraseCase[] = [
  // ---- the day, time and kind of entry narrow the candidates ----
  { seed: DAY, say: 'delete my meeting for ten am tomorrow', check: gone('Team meeting') },
  { seed: DAY, say: 'alexa remove dinner with mike from my calendar', check: gone('Dinner with Mike') },
  { seed: DAY, say: 'the dentist thing on friday is cancelled', check: gone('Dentist') },
  { seed: DAY, say: 'pls cancel the optician appt tmrw', check: gone('Optician appointment') },
  { seed: DAY, say: 'get rid of tonights dinner', check: gone('Dinner with Mike') },
  { seed: DAY, say: 'cancel my next meeting', check: gone('Team meeting') },
  // The 2pm entry today is not called a meeting: ask, and act on yes.
  { seed: DAY, say: "delete my meeting for two o'clock pm today", check: asks(/^Delete "Project sync".*\? \(yes \/ no\)$/) },
  { seed: DAY, say: ["delete my meeting for two o'clock pm today", 'yes'], check: gone('Project sync') },
  { seed: DAY, say: 'scrap the next event', check: asks(/^Delete "Project sync"/) },
  // A day that does not fit the task: found by its title, confirmed first.
  { seed: DAY, say: 'remove the dentist on monday', check: asks(/^Delete "Dentist" \(due Fri/) },
  { seed: DAY, say: 'complete the project sync this afternoon', check: statuses({ 'Project sync': 'completed', 'Weekly team sync': 'pending' }) },
  { seed: DAY, say: ['add water the ferns', 'add book the car service', 'delete the last one I added'], check: (o) => {
      assert.ok(!o.tasks.some((t) => t.title === 'Book the car service'), 'the newest task is deleted');
      has(o, 'Water the ferns', {});
    } },
  // ---- destructive intents need a sure match ----
  { seed: DAY, say: 'remove the dentst', check: asks(/^Delete "Dentist"/) },
  { seed: DAY, say: ['remove the dentst', 'yes'], check: gone('Dentist') },
  { seed: DAY, say: ['remove the dentst', 'no'], check: unchanged },
  { seed: DAY, say: 'delete the syncs', check: asks(/Project sync[\s\S]*Weekly team sync/) },
  { seed: DAY, say: 'delete all my work tasks', check: asks(/^Delete these 3 tasks\?[\s\S]*Are you sure\? \(yes \/ no\)$/) },
  { seed: DAY, say: ['delete all my work tasks', 'yes'], check: gone('Project sync', 'Finish report', 'Weekly team sync') },
  { seed: DAY, say: ['delete all my work tasks', 'yes', 'undo'], check: allBack },
  { seed: DAY, say: 'move everything to monday', check: asks(/^Move these 9 tasks\?/) },
  // ---- bulk changes touch exactly the set the words define ----
  { seed: DAY, say: "push all of today's tasks to friday", check: movedTo('2026-11-27', ['Project sync', 'Dinner with Mike', 'Buy groceries']) },
  { seed: DAY, say: ["push all of today's tasks to friday", 'undo'], check: unchanged },
  { seed: DAY, say: 'move overdue stuff to tomorrow', check: movedTo('2026-11-26', ['Finish report']) },
  { seed: DAY, say: "shift this week's tasks to next monday", check: movedTo('2026-11-30', ['Project sync', 'Dinner with Mike', 'Buy groceries', 'Team meeting', 'Optician appointment', 'Dentist']) },
  { seed: DAY, say: 'complete everything tagged work', check: statuses({ 'Finish report': 'completed', 'Project sync': 'completed', 'Weekly team sync': 'completed', 'Team meeting': 'pending' }) },
  { seed: DAY, say: ['complete everything tagged work', 'undo'], check: unchanged },
];

// Statements about a task the user has change that task; questions about the calendar answer with a list. Never a new task.
export const STATEMENTS_CORPUS: PhraseCase[] = [
  { seed: DAY, say: 'the optician can wait until the 15th', check: (o) => movedTo('2026-12-15', ['Optician appointment'])(o) },
  { seed: DAY, say: 'the report isnt urgent anymore', check: statusesAnd({ 'Finish report': 'pending' }, (o) => assert.equal(o.tasks.find((t) => t.title === 'Finish report')?.priority, 'low')) },
  { seed: DAY, say: "I can't make the optician tomorrow, put it on the 10th instead", check: movedTo('2026-12-10', ['Optician appointment']) },
  { seed: DAY, say: 'cant make dinner with mike tonight so move it to friday', check: movedTo('2026-11-27', ['Dinner with Mike']) },
  { seed: DAY, say: 'the dentist will have to wait till monday', check: movedTo('2026-11-30', ['Dentist']) },
  { seed: DAY, say: 'knocked out the carpenter call this morning 💪', check: statuses({ 'Call the carpenter': 'completed', 'Team meeting': 'pending' }) },
  { seed: DAY, say: 'wrapped up the unicorn thing today', check: says(/couldn't find/, unchanged) },
  { seed: DAY, say: 'moving the optician to friday', check: asks(/already have "Optician appointment"/) },
  { seed: DAY, say: ['moving the optician to friday', 'move it to friday'], check: movedTo('2026-11-27', ['Optician appointment']) },
  { seed: DAY, say: 'clear my schedule for today', check: asks(/^Delete these 3 tasks\?/) },
  { seed: DAY, say: ['clear my schedule for today', 'yes'], check: gone('Project sync', 'Dinner with Mike', 'Buy groceries') },
  { seed: DAY, say: "whats my day look like tmrw", check: lists(['Team meeting', 'Optician appointment'], ['Dentist', 'Project sync']) },
  { seed: DAY, say: 'am i busy friday', check: lists(['Dentist'], ['Team meeting']) },
  { seed: DAY, say: 'upcoming events', check: lists(['Project sync', 'Team meeting', 'Dentist'], ['Call the carpenter', 'Finish report']) },
  { seed: DAY, say: 'what meetings do i have tomorrow', check: lists(['Team meeting'], ['Optician appointment', 'Dentist']) },
  { seed: DAY, say: 'am i free tomorrow morning?', check: lists(['Team meeting'], ['Dentist']) },
  { seed: DAY, say: 'anything overdue?', check: lists(['Finish report'], ['Team meeting']) },
  { seed: DAY, say: 'how many tasks are tagged work', check: says(/^You have 3 pending tasks tagged work\.$/, unchanged) },
  { seed: DAY, say: 'has my calendar been updated in the last ten minutes', check: unchanged },
  { seed: DAY, say: 'is the dentist on friday?', check: unchanged },
];

function statusesAnd(expected: Record<string, 'pending' | 'completed'>, also: (o: Outcome) => void): (o: Outcome) => void {
  return (o) => {
    statuses(expected)(o);
    also(o);
  };
}
