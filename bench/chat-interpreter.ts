// Chat interpreter benchmark (`node --import tsx bench/chat-interpreter.ts`): phrase-corpus accuracy, time per message
// (interpreter + its tool calls on the real TaskService over in-memory PGlite) and parse-only time. Writes bench/results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '@todo/db';
import { createTaskService, migrateChatApi } from '@todo/chat-api';
import { normaliseMessage } from '../packages/assistant/src/interpreter/intent.js';
import { classify } from '../packages/assistant/src/interpreter/grammar/registry.js';
import { parseTaskDetails } from '../packages/assistant/src/parse/task-details.js';
import { CORPUS_NOW, CORPUS_ZONE, PHRASE_CORPUS, runCase, type CaseResult } from '@todo/assistant/corpus';
import { pgliteUser } from './pglite-user.js';
import { summarize, type Summary } from './stats.js';

const ROUNDS = Number(process.env.BENCH_CHAT_ROUNDS ?? 3);
const LIMIT_MS = 50;

function row(name: string, s: Summary): string {
  return `| ${name} | ${s.n} | ${s.p50.toFixed(2)} | ${s.p99.toFixed(2)} | ${s.max.toFixed(2)} |`;
}

export async function benchChatInterpreter(): Promise<{ markdown: string; accuracy: number; overLimit: number }> {
  const database = await openDatabase({ memory: true });
  await migrateChatApi(database);
  const now = () => new Date(CORPUS_NOW);
  const taskService = createTaskService({ database, clock: { now } });
  const results: CaseResult[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const testCase of PHRASE_CORPUS) results.push(await runCase({ taskService, now, newUser: (zone) => pgliteUser(database, zone) }, testCase));
    }
  } finally {
    await database.close();
  }
  const lastRound = results.slice(-PHRASE_CORPUS.length);
  const passed = lastRound.filter((r) => r.ok).length;
  const accuracy = passed / lastRound.length;
  // The first round warms PGlite and the JIT; timings come from the later rounds.
  const warm = ROUNDS > 1 ? results.slice(PHRASE_CORPUS.length) : results;
  const turnMs = warm.flatMap((r) => r.timings);
  const overLimit = turnMs.filter((ms) => ms >= LIMIT_MS).length;

  const messages = PHRASE_CORPUS.flatMap((c) => (Array.isArray(c.say) ? c.say : [c.say]));
  const parseMs: number[] = [];
  const ctx = { now: now(), timeZone: CORPUS_ZONE };
  for (let round = 0; round < ROUNDS * 5; round++) {
    for (const message of messages) {
      const started = performance.now();
      const text = normaliseMessage(message);
      const intent = classify(text);
      if (intent.kind === 'add' || intent.kind === 'unknown') parseTaskDetails(intent.kind === 'add' ? intent.text : text, ctx);
      parseMs.push(performance.now() - started);
    }
  }
  const failures = lastRound.filter((r) => !r.ok);
  const slowest = [...warm]
    .map((r) => ({ phrase: r.phrase, ms: Math.max(...r.timings), calls: r.timings.length }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8);
  const markdown = [
    '# Chat interpreter benchmark',
    '',
    `Run ${new Date().toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${ROUNDS} rounds of the corpus.`,
    '',
    `**Accuracy**: ${passed}/${lastRound.length} phrases (${(accuracy * 100).toFixed(1)} %) leave the expected task state or reply.`,
    '',
    `**Time per message** (ms; the target is < ${LIMIT_MS} ms): ${overLimit} of ${turnMs.length} warm messages took ${LIMIT_MS} ms or more.`,
    '',
    '| measure | n | p50 | p99 | max |',
    '|---|---|---|---|---|',
    row('whole turn: interpreter + tool calls on TaskService (PGlite, in-memory)', summarize(turnMs)),
    row('parse only: normalise + intent + task details', summarize(parseMs)),
    '',
    `Machine load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work shares the CPUs).`,
    '',
    'Slowest messages (one turn, ms):',
    '',
    ...slowest.map((s) => `- ${s.ms.toFixed(1)} — \`${s.phrase}\``),
    '',
    failures.length ? `Failing phrases:\n\n${failures.map((f) => `- \`${f.phrase}\`: ${f.error}`).join('\n')}` : 'No failing phrases.',
    '',
  ].join('\n');
  return { markdown, accuracy, overLimit };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await benchChatInterpreter();
  const dir = resolve(import.meta.dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, 'chat-interpreter-latest.md'); // only the latest report is kept
  writeFileSync(file, markdown);
  console.log(markdown);
  console.log(`written to ${file}`);
}
