// Entry point: `node dist/cli.js serve <all|chat-api|notification|recurring-task|audit|realtime>`.
import { loadConfigOrExit, type Config } from './config.js';

const SERVICES = ['all', 'chat-api', 'notification', 'recurring-task', 'audit', 'realtime'] as const;
type ServiceName = (typeof SERVICES)[number];

const USAGE = `usage: node dist/cli.js serve <${SERVICES.join('|')}>
  all       the whole system in one process (embedded runtime; RUNTIME=embedded)
  <service> one service (with RUNTIME=dapr, beside its daprd sidecar)`;

async function main(argv: string[]): Promise<void> {
  const [command, target = 'all'] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== 'serve' || !SERVICES.includes(target as ServiceName)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfigOrExit();
  if (config.RUNTIME === 'dapr' && target === 'all') {
    process.stderr.write('RUNTIME=dapr runs one service per process: serve <chat-api|notification|recurring-task|audit|realtime>\n');
    process.exit(2);
  }
  // Each runtime is loaded only when chosen: a Dapr service process does not load the embedded adapters, and back.
  const system =
    config.RUNTIME === 'dapr' && target !== 'all'
      ? await (await import('./runtime/dapr.js')).startDaprService(config, target as Exclude<ServiceName, 'all'>)
      : await startEmbeddedWithEarlyDatabase(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: give up waiting
    stopping = true;
    system.log.info({ signal }, 'shutting down');
    system.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function startEmbeddedWithEarlyDatabase(config: Config) {
  const startedDatabase = await (await import('./runtime/early-database.js')).startDatabaseEarly(config);
  return (await import('./runtime/embedded.js')).startEmbedded(config, startedDatabase ? { startedDatabase } : {});
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`todo-chatbot failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
