// Brings the whole distributed stack up once for the suite (free ports, its own data) and tears it down after.
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { defaultRunDir, downStack, upStack } from '../../scripts/infra/stack/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    stackRunDir: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // DIST_NO_STACK=1: run only the files that bring their own infrastructure (adapters.test.ts).
  if (process.env.DIST_NO_STACK) return;
  const name = process.env.DIST_STACK_NAME ?? `dist-${process.pid}`;
  const runDir = defaultRunDir(name);
  const repoRoot = resolve(import.meta.dirname, '../..');
  try {
    // Two replicas of every service (DIST_REPLICAS to change): the suite proves they cooperate.
    await upStack({ name, repoRoot, runDir, gatewayPort: 0, replicas: Number(process.env.DIST_REPLICAS ?? 2), logLevel: 'info', progress: (line) => console.error(`[stack] ${line}`) });
  } catch (error) {
    console.error(`[stack] failed to start; logs in ${runDir}/logs`);
    await downStack(runDir, { purge: !process.env.KEEP_LOGS });
    throw error;
  }
  project.provide('stackRunDir', runDir);
  return async () => {
    await downStack(runDir, { purge: !process.env.KEEP_LOGS });
  };
}
