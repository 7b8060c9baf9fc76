// Small talk, moods and questions that must change nothing.
import { changed, unchanged, says, STANDARD, CALLS } from '../checks.js';
import type { PhraseCase } from '../runner.js';

export const SMALL_TALK_CASES: PhraseCase[] = [
  // ---- small talk and things that must change nothing ----
  { seed: CALLS, say: 'hello', check: says(/Hi/, unchanged) },
  { seed: CALLS, say: 'thanks!', check: says(/welcome/i, unchanged) },
  { seed: CALLS, say: 'how are you?', check: says(/doing well/i, unchanged) },
  { seed: CALLS, say: 'what can you do?', check: says(/add/, unchanged) },
  { seed: CALLS, say: 'complete the unicorn task', check: says(/couldn't find/, unchanged) },
  { seed: STANDARD, say: 'delete everything', check: says(/Are you sure/, unchanged) },
  { seed: CALLS, say: 'why is the sky blue?', check: says(/not sure/, unchanged) },
  { seed: CALLS, say: 'what time is it?', check: says(/^It's Wednesday, November 25 at 9:00 AM \(America\/New_York\)\.$/, unchanged) },
  { seed: CALLS, say: 'tell me a joke', check: says(/only look after your tasks/, unchanged) },
  { seed: CALLS, say: "what's the weather like tomorrow?", check: says(/only look after your tasks/, unchanged) },
  { seed: CALLS, say: 'ugh mondays 😩', check: unchanged },
  { seed: CALLS, say: "I'm so tired today", check: unchanged },
  { seed: CALLS, say: 'has my calendar been updated in the last ten minutes', check: unchanged },
  { seed: [{ title: 'Weekly team sync', due: '2026-11-26 10:00', tags: ['work', 'meetings'] }], say: 'remove all tags from the team sync', check: changed('Weekly team sync', { tags: [], due: '2026-11-26 10:00' }) },
  { seed: [{ title: 'Weekly team sync', due: '2026-11-26 10:00', tags: ['work'] }], say: 'clear the tags on weekly team sync', check: changed('Weekly team sync', { tags: [] }) },
];
