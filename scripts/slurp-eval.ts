// Quick dev-set check (SLURP devel, CC BY 4.0): action, title and date/time read by the parser for each sentence.
import { readFileSync } from 'node:fs';
import { classify, normaliseMessage, smallTalkTopic } from '../packages/assistant/src/interpreter/intent.js';
import { parseTaskDetails } from '../packages/assistant/src/parse/task-details.js';

const ctx = { now: new Date('2026-11-25T14:00:00.000Z'), timeZone: 'America/New_York' };
const rows = readFileSync(process.argv.find((a) => a.endsWith('.jsonl')) ?? '/work/shared/data/slurp-devel-tasks.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const want: Record<string, string[]> = { calendar_set: ['add', 'reminder'], lists_createoradd: ['add', 'reminder'], calendar_remove: ['delete', 'complete'], lists_remove: ['delete', 'complete'], calendar_query: ['query', 'smalltalk'], lists_query: ['query', 'smalltalk'] };
let act = 0, titleOk = 0, titleN = 0, dateOk = 0, dateN = 0;
const verbose = process.argv.includes('-v');
for (const row of rows) {
  const text = normaliseMessage(row.sentence);
  const kind = smallTalkTopic(text) ? 'smalltalk' : classify(text).kind;
  const intent = classify(text);
  const okAct = want[row.intent]?.includes(kind) ?? false;
  if (okAct) act++;
  else if (verbose) console.log(`ACT ${row.intent} -> ${kind}: ${row.sentence}`);
  if (row.intent === 'calendar_set' && intent.kind === 'add') {
    const draft = parseTaskDetails(intent.text, ctx);
    const ann: string = row.annotation;
    const ev = /\[event_name : ([^\]]+)\]/.exec(ann)?.[1];
    const hasDate = /\[(?:date|time|timeofday) : /.test(ann);
    if (ev) {
      titleN++;
      const t = draft.title.toLowerCase();
      if (t.includes(ev.toLowerCase()) && t.split(' ').length <= ev.split(' ').length + 3) titleOk++;
      else if (verbose) console.log(`TITLE "${draft.title}" want "${ev}": ${row.sentence}`);
    }
    if (hasDate) {
      dateN++;
      if (draft.dueAt) dateOk++;
      else if (verbose) console.log(`DATE none: ${row.sentence}`);
    }
  }
}
const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)} %)`;
console.log(`action ${pct(act, rows.length)}  title ${pct(titleOk, titleN)}  date-present ${pct(dateOk, dateN)}`);
