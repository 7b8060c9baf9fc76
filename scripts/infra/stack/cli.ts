// `stack up|down|status` for people and scripts: the whole distributed system on this machine (see scripts/stack.sh).
import { resolve } from 'node:path';
import { defaultRunDir, downStack, readState, stackStatus, upStack } from './stack.js';

const [command = 'help', ...rest] = process.argv.slice(2);
const flag = (name: string) => {
  const index = rest.indexOf(`--${name}`);
  return index >= 0 ? rest[index + 1] : undefined;
};
const name = flag('name') ?? process.env.STACK_NAME ?? 'stack';
const runDir = flag('run-dir') ?? defaultRunDir(name);
const repoRoot = resolve(import.meta.dirname, '../../..');

if (command === 'up') {
  try {
    const state = await upStack({
      name,
      repoRoot,
      runDir,
      gatewayPort: Number(flag('port') ?? process.env.PORT ?? 8000),
      replicas: Number(flag('replicas') ?? process.env.STACK_REPLICAS ?? 1),
      progress: (line) => console.error(`[stack] ${line}`),
    });
    console.log(`todo-chatbot is up at ${state.gatewayUrl}  (run dir ${state.runDir}; stop with: npm run stack -- down)`);
  } catch (error) {
    console.error(`[stack] failed: ${(error as Error).message}; logs in ${runDir}/logs; stopping what started`);
    await downStack(runDir);
    process.exit(1);
  }
} else if (command === 'down') {
  await downStack(runDir, { purge: rest.includes('--purge') });
  console.log('stack stopped');
} else if (command === 'status') {
  try {
    const state = readState(runDir);
    console.log(JSON.stringify({ url: state.gatewayUrl, processes: stackStatus(state) }, null, 2));
  } catch {
    console.log('stack is not running');
  }
} else {
  console.log(`usage: npm run stack -- up|down|status [--port 8000] [--replicas 1] [--name stack] [--purge]
  up      installs (once, cached under ~/.cache/todo-chatbot) and starts PostgreSQL, Redis, Kafka (KRaft), the Dapr
          scheduler, --replicas instances of every service each with its own daprd sidecar, and a gateway on --port
          (default 8000) that spreads requests round robin over the replicas
  down    stops all of it (--purge also deletes the data of this stack)
  status  shows which processes are alive`);
}
