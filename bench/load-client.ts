// The load benchmark's clients, run in a worker thread so that they don't share the server's event loop. For each
// ClientWork message: C clients loop 3 × POST /api/tasks : 1 × GET /api/tasks?limit=20 for warm-up + measured time;
// it posts 'measuring' when the warm-up ends, then the ClientResult.
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
}

async function run(work: ClientWork, onMeasuring: () => void): Promise<ClientResult> {
  const result: ClientResult = { latencies: [], createLatencies: [], ok: 0, errors: 0, all: 0, acknowledged: [], window: { start: 0, end: 0 } };
  const warmUpEnd = performance.now() + work.warmUpMs;
  const end = warmUpEnd + work.measuredMs;
  result.window = { start: performance.timeOrigin + warmUpEnd, end: performance.timeOrigin + end };
  const client = async (i: number) => {
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
      }
    }
  };
  const warmUpTimer = setTimeout(onMeasuring, work.warmUpMs);
  await Promise.all(Array.from({ length: work.c }, (_, i) => client(i)));
  clearTimeout(warmUpTimer);
  return result;
}

const port = parentPort;
port?.on('message', (work: ClientWork) => {
  void run(work, () => port.postMessage('measuring')).then((result) => port.postMessage(result));
});
