// The load benchmark's clients, run in a worker thread so that they don't share the server's event loop. For each
// ClientWork message: C clients loop 3 × POST /api/tasks : 1 × GET /api/tasks?limit=20 for warm-up + measured time;
// it posts 'measuring' when the warm-up ends, then the ClientResult. The warm-up lasts at least warmUpMs and until every
// client has had an answer (its connection accepted): Node accepts one connection per event-loop turn, and a turn under
// load is 60–130 ms, so the 90 connections a level step from C=10 to C=100 opens take 5–7 s to be accepted — a ramp,
// reported as rampMs, not the steady state the level measures.
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

export interface ClientWork {
  url: string;
  tokens: string[];
  c: number;
  warmUpMs: number;
  measuredMs: number;
}

export interface ClientResult {
  latencies: number[];
  createLatencies: number[];
  ok: number;
  errors: number;
  /** Every request answered or failed, warm-up included (the database's commits per request divide by it). */
  all: number;
  /** Titles of every create answered 201, warm-up included (checked against the table afterwards). */
  acknowledged: string[];
  /** When the measured window started and ended (performance.timeOrigin-based epoch ms). */
  window: { start: number; end: number };
  /** From the level's start until every client had its first answer. */
  rampMs: number;
}

/** The longest the warm-up waits for every client's first answer before measuring anyway. */
const RAMP_LIMIT_MS = 30_000;

async function run(work: ClientWork, onMeasuring: () => void): Promise<ClientResult> {
  const result: ClientResult = { latencies: [], createLatencies: [], ok: 0, errors: 0, all: 0, acknowledged: [], window: { start: 0, end: 0 }, rampMs: Number.NaN };
  const levelStart = performance.now();
  let warmUpEnd = Number.POSITIVE_INFINITY;
  let end = Number.POSITIVE_INFINITY;
  let answered = 0;
  let warmUpTimer: NodeJS.Timeout | undefined;
  const startMeasuring = () => {
    if (warmUpEnd !== Number.POSITIVE_INFINITY) return;
    clearTimeout(warmUpTimer);
    warmUpEnd = performance.now();
    end = warmUpEnd + work.measuredMs;
    result.window = { start: performance.timeOrigin + warmUpEnd, end: performance.timeOrigin + end };
    onMeasuring();
  };
  const onFirstAnswer = () => {
    if (++answered < work.c) return;
    result.rampMs = performance.now() - levelStart;
    const left = levelStart + work.warmUpMs - performance.now();
    if (left > 0) warmUpTimer = setTimeout(startMeasuring, left);
    else startMeasuring();
  };
  warmUpTimer = setTimeout(startMeasuring, RAMP_LIMIT_MS);
  const client = async (i: number) => {
    let first = true;
    const headers = { authorization: `Bearer ${work.tokens[i % work.tokens.length]}`, 'content-type': 'application/json' };
    for (let n = 0; performance.now() < end; n++) {
      const isList = n % 4 === 3;
      const title = `load c${work.c} ${i} ${n}`;
      const started = performance.now();
      const measured = started >= warmUpEnd;
      try {
        const response = isList
          ? await fetch(`${work.url}/api/tasks?limit=20`, { headers })
          : await fetch(`${work.url}/api/tasks`, { method: 'POST', headers, body: JSON.stringify({ title }) });
        await response.arrayBuffer();
        const elapsed = performance.now() - started;
        result.all++;
        const good = response.status === (isList ? 200 : 201);
        if (good && !isList) result.acknowledged.push(title);
        if (!measured) continue;
        if (!good) {
          result.errors++;
          continue;
        }
        result.ok++;
        result.latencies.push(elapsed);
        if (!isList) result.createLatencies.push(elapsed);
      } catch {
        result.all++;
        if (measured) result.errors++;
      } finally {
        if (first) onFirstAnswer();
        first = false;
      }
    }
  };
  await Promise.all(Array.from({ length: work.c }, (_, i) => client(i)));
  clearTimeout(warmUpTimer);
  return result;
}

const port = parentPort;
port?.on('message', (work: ClientWork) => {
  void run(work, () => port.postMessage('measuring')).then((result) => port.postMessage(result));
});
