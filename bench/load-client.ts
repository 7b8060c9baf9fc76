// The load benchmark's clients, run in a worker thread so that they don't share the server's event loop. For each
// ClientWork message: C clients loop 3 × POST /api/tasks : 1 × GET /api/tasks?limit=20 for warm-up + measured time;
// it posts 'measuring' when the warm-up ends, then the ClientResult. The warm-up lasts at least warmUpMs and until every
// client has had an answer (its connection accepted): Node accepts one connection per event-loop turn, and a turn under
// load is 60–130 ms, so the 90 connections a level step from C=10 to C=100 opens take 5–7 s to be accepted — a ramp,
// reported as rampMs, not the steady state the level measures. The C clients share exactly C keep-alive connections, as
// wrk or autocannon hold them: fetch's pool opened a new connection whenever a request was sent before the previous
// response's socket was back in the pool (77 extra at C=100), and each waited behind the server's loop turns to be
// accepted — the 2–4 s maxima of earlier runs.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

export interface ClientWork {
  url: string;
  tokens: string[];
  c: number;
  /** Which run of the level (titles stay unique across runs). */
  run: number;
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
  /** A new connection opened every PROBE_EVERY_MS in the measured window: connect → its first answer (GET /healthz). */
  newConnectionLatencies: number[];
}

/** How often the measured window opens one more connection, as a new browser tab would under the same load. */
const PROBE_EVERY_MS = 250;

/** The longest the warm-up waits for every client's first answer before measuring anyway. */
const RAMP_LIMIT_MS = 30_000;

/** One request on `agent` (false: a connection of its own); resolves with the status once the whole response has been read. */
function send(agent: Agent | false, url: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: body === undefined ? 'GET' : 'POST', headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent }, (response) => {
      response.on('error', reject).on('end', () => resolve(response.statusCode ?? 0)).resume();
    });
    sent.on('error', reject).end(body);
  });
}

async function run(work: ClientWork, onMeasuring: () => void): Promise<ClientResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: work.c });
  const result: ClientResult = { latencies: [], createLatencies: [], ok: 0, errors: 0, all: 0, acknowledged: [], window: { start: 0, end: 0 }, rampMs: Number.NaN, newConnectionLatencies: [] };
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
      const title = `load c${work.c} r${work.run} ${i} ${n}`;
      const started = performance.now();
      const measured = started >= warmUpEnd;
      try {
        const status = isList
          ? await send(agent, `${work.url}/api/tasks?limit=20`, headers)
          : await send(agent, `${work.url}/api/tasks`, headers, JSON.stringify({ title }));
        const elapsed = performance.now() - started;
        result.all++;
        const good = status === (isList ? 200 : 201);
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
  const probe = async () => {
    while (performance.now() < warmUpEnd) await new Promise((r) => setTimeout(r, 20));
    while (performance.now() < end - PROBE_EVERY_MS) {
      const started = performance.now();
      const status = await send(false, `${work.url}/healthz`, { connection: 'close' }).catch(() => 0);
      if (status === 200) result.newConnectionLatencies.push(performance.now() - started);
      else result.errors++;
      await new Promise((r) => setTimeout(r, Math.max(0, started + PROBE_EVERY_MS - performance.now())));
    }
  };
  await Promise.all([probe(), ...Array.from({ length: work.c }, (_, i) => client(i))]);
  clearTimeout(warmUpTimer);
  agent.destroy();
  return result;
}

const port = parentPort;
port?.on('message', (work: ClientWork) => {
  void run(work, () => port.postMessage('measuring')).then((result) => port.postMessage(result));
});
