// Typed held-out sets (`node --import tsx bench/typed-heldout.ts [3-14]`): the blind typed commands of
// packages/assistant/src/corpus/cases/typed-heldout-2.ts (or -3.ts … -14.ts) through the interpreter on the in-memory task store — how many
// come out right, which do not, and the time per turn. Prints only; writes nothing.
import { CORPUS_NOW, TYPED_HELDOUT_2, TYPED_HELDOUT_3, TYPED_HELDOUT_4, TYPED_HELDOUT_5, TYPED_HELDOUT_6, TYPED_HELDOUT_7, TYPED_HELDOUT_8, TYPED_HELDOUT_9, TYPED_HELDOUT_10, TYPED_HELDOUT_11, TYPED_HELDOUT_12, TYPED_HELDOUT_13, TYPED_HELDOUT_14, runCase } from '@todo/assistant/corpus';
import { createMemoryTaskService } from '@todo/assistant/testing';
import { summarize } from './stats.js';

const now = () => new Date(CORPUS_NOW);
const taskService = createMemoryTaskService({ now });
const round = ([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3] as const).find((n) => process.argv.includes(String(n))) ?? 2;
const SET = { 2: TYPED_HELDOUT_2, 3: TYPED_HELDOUT_3, 4: TYPED_HELDOUT_4, 5: TYPED_HELDOUT_5, 6: TYPED_HELDOUT_6, 7: TYPED_HELDOUT_7, 8: TYPED_HELDOUT_8, 9: TYPED_HELDOUT_9, 10: TYPED_HELDOUT_10, 11: TYPED_HELDOUT_11, 12: TYPED_HELDOUT_12, 13: TYPED_HELDOUT_13, 14: TYPED_HELDOUT_14 }[round];
// A first pass warms the code paths up (module loading, chrono's first parse); the second is measured.
for (const testCase of SET) await runCase({ taskService, now }, testCase);
const results = [];
for (const testCase of SET) results.push(await runCase({ taskService, now }, testCase));
// Four more passes for the time per turn only: one pass is too few turns for a p99.
const timings = results.flatMap((r) => r.timings);
for (let pass = 0; pass < 4; pass += 1) for (const testCase of SET) timings.push(...(await runCase({ taskService, now }, testCase)).timings);
const brief = (error = '') => `${error.split('\n')[0]} … ${error.slice(error.lastIndexOf(' — reply: ')).replace(/\n/g, ' ⏎ ').slice(0, 200)}`;
for (const r of results.filter((c) => !c.ok)) console.log(`MISS \`${r.phrase}\`: ${brief(r.error)}`);
const right = results.filter((r) => r.ok).length;
const turns = summarize(timings);
console.log(`typed held-out ${round}: ${right}/${results.length} right; turn ms (${timings.length} turns) p50 ${turns.p50.toFixed(2)} p99 ${turns.p99.toFixed(2)} max ${turns.max.toFixed(2)}`);
if (process.argv.includes('--slow')) for (const r of [...results].sort((a, b) => Math.max(...b.timings) - Math.max(...a.timings)).slice(0, 5)) console.log(`slow ${Math.max(...r.timings).toFixed(1)} ms \`${r.phrase}\``);
