// Conversation growth benchmark (`node --import tsx bench/conversation-growth.ts`, issue #10 item 4): 200 tasks with
// 5000-character descriptions, 150 "show all my tasks" chat turns in one conversation; GET /api/conversations/:id size and
// time (first page and the largest page), process RSS before and after, /healthz's slowest answer. → bench/results/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { silentLogger } from '@todo/platform/testing';
import { parseConfig } from '../src/config.js';
import { startEmbedded } from '../src/runtime/embedded.js';

const TASKS = Number(process.env.BENCH_GROWTH_TASKS ?? 200);
const TURNS = Number(process.env.BENCH_GROWTH_TURNS ?? 150);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'todo-bench-growth-'));
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuv', LOG_LEVEL: 'silent' });
  const system = await startEmbedded(config, { log: silentLogger() });
  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const started = performance.now();
    const response = await fetch(`${system.url}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started };
  };
  try {
    const registered = await call('POST', '/api/auth/register', undefined, { email: `growth-${Date.now()}@example.com`, password: 'bench password 1' });
    const token = JSON.parse(registered.text).token as string;
    for (let i = 0; i < TASKS; i++) {
      const created = await call('POST', '/api/tasks', token, { title: `task ${i}`, description: `${i} `.padEnd(5000, 'x') });
      if (created.status !== 201) throw new Error(`create ${created.status} ${created.text}`);
    }
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let worstHealthMs = 0;
    let polling = true;
    const poller = (async () => {
      while (polling) {
        worstHealthMs = Math.max(worstHealthMs, (await call('GET', '/healthz', undefined)).ms);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    let conversationId: string | undefined;
    const turnMs: number[] = [];
    let turnBytes = 0;
    for (let i = 0; i < TURNS; i++) {
      const turn = await call('POST', '/api/chat', token, { message: 'show all my tasks', ...(conversationId ? { conversationId } : {}) });
      if (turn.status !== 200) throw new Error(`chat ${turn.status} ${turn.text}`);
      conversationId = JSON.parse(turn.text).conversationId;
      turnMs.push(turn.ms);
      turnBytes = Math.max(turnBytes, turn.text.length);
    }
    const firstPage = await call('GET', `/api/conversations/${conversationId}`, token);
    const biggestPage = await call('GET', `/api/conversations/${conversationId}?limit=200`, token);
    polling = false;
    await poller;
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;
    const sorted = [...turnMs].sort((a, b) => a - b);
    const lines = [
      `# Conversation growth (issue #10 item 4) — ${new Date().toISOString()}`,
      '',
      `${TASKS} tasks × 5000-character descriptions, ${TURNS} "show all my tasks" turns in one conversation, embedded (PGlite), in one process.`,
      `Machine: ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`,
      '',
      '| measure | value |',
      '|---|---|',
      `| chat turn p50 / max | ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} / ${sorted.at(-1)!.toFixed(0)} ms |`,
      `| largest chat response | ${(turnBytes / 1024).toFixed(1)} KiB |`,
      `| GET /api/conversations/:id (default page, 50 messages) | ${(firstPage.text.length / 1024).toFixed(1)} KiB in ${firstPage.ms.toFixed(0)} ms |`,
      `| GET /api/conversations/:id?limit=200 (largest page) | ${(biggestPage.text.length / 1024).toFixed(1)} KiB in ${biggestPage.ms.toFixed(0)} ms |`,
      `| RSS before → after the turns | ${mib(rssBefore)} → ${mib(rssAfter)} MiB (${rssAfter >= rssBefore ? '+' : ''}${mib(rssAfter - rssBefore)}) |`,
      `| slowest /healthz during the turns | ${worstHealthMs.toFixed(0)} ms |`,
      '',
      'Before the fix (issue #10): the same probe returned 186 MB in 23 s from GET /api/conversations/:id, RSS 649 → 1811 MiB, /healthz stalled 13 s.',
    ];
    const out = resolve('bench/results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'conversation-growth-latest.md'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  } finally {
    await system.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
