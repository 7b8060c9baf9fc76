// The distributed stack on one machine: PostgreSQL, Redis, Kafka, the Dapr scheduler, N replicas of every service each
// with its own daprd sidecar, and the gateway (round robin over the replicas). State (pids, ports, specs) lives in <runDir>/state.json so other processes can act on it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as infra from './infra.js';
import { createPortAllocator, isRunning, startProcess, stopProcess, waitForHttp, type ProcessSpec, type RunningProcess } from './processes.js';
import { daprdSpec } from './daprd.js';
import { renderDaprResources } from './render.js';

export const SERVICES = ['chat-api', 'audit', 'notification', 'recurring-task', 'realtime'] as const;
export type ServiceName = (typeof SERVICES)[number];

/** Which service answers which public path prefix (the rest goes to chat-api). */
export const GATEWAY_PREFIXES: Record<string, ServiceName> = {
  '/api/audit': 'audit',
  '/api/notifications': 'notification',
  '/api/ws': 'realtime',
};

export interface ServiceRun {
  /** 0-based replica index; the sidecar's POD_NAME is `<service>-<index>` (its consumer group on pubsub-broadcast). */
  index: number;
  appPort: number;
  daprHttpPort: number;
  daprGrpcPort: number;
  app: RunningProcess;
  sidecar: RunningProcess;
}

export interface StackState {
  name: string;
  runDir: string;
  repoRoot: string;
  daprDir: string;
  databaseUrl: string;
  redisHost: string;
  kafkaBrokers: string;
  secrets: Record<string, string>;
  gatewayUrl: string;
  scheduler: RunningProcess & { port: number; healthPort: number };
  gateway: RunningProcess;
  /** The replicas of each service. */
  services: Record<ServiceName, ServiceRun[]>;
}

export interface UpOptions {
  /** Names the infrastructure dirs (/var/tmp/todo-chatbot/<kind>-<name>) and the run dir. */
  name: string;
  repoRoot: string;
  /** 0 = a free port. */
  gatewayPort: number;
  /** Replicas of every service (default 1). */
  replicas?: number;
  runDir?: string;
  logLevel?: string;
  /** Extra environment for every service process (e.g. LOG_LEVEL). */
  serviceEnv?: Record<string, string>;
  progress?: (line: string) => void;
}

const stateFile = (runDir: string) => join(runDir, 'state.json');
export const defaultRunDir = (name: string) => join(process.env.TODO_STACK_DIR ?? '/var/tmp/todo-chatbot', `stack-${name}`);

export function readState(runDir: string): StackState {
  return JSON.parse(readFileSync(stateFile(runDir), 'utf8')) as StackState;
}

function writeState(state: StackState): void {
  writeFileSync(stateFile(state.runDir), JSON.stringify(state, null, 2));
}

/**
 * Starts the whole stack. When any step fails, everything this call started (processes, then Kafka, Redis, PostgreSQL)
 * is stopped again before the error is rethrown: a failed `up` leaves nothing running.
 */
export async function upStack(options: UpOptions): Promise<StackState> {
  const say = options.progress ?? (() => {});
  const undo: Array<() => Promise<unknown>> = [];
  try {
    return await startStack(options, say, undo);
  } catch (error) {
    say(`up failed (${(error as Error).message}); stopping what it started`);
    for (const step of undo.reverse()) await step().catch((cleanup: unknown) => say(`cleanup: ${(cleanup as Error).message}`));
    throw error;
  }
}

async function startStack(options: UpOptions, say: (line: string) => void, undo: Array<() => Promise<unknown>>): Promise<StackState> {
  const runDir = options.runDir ?? defaultRunDir(options.name);
  rmSync(join(runDir, 'logs'), { recursive: true, force: true });
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const scripts: infra.InfraScripts = { root: options.repoRoot };

  say('installing (cached) and starting PostgreSQL, Redis, Kafka; building Dapr if needed');
  undo.push(() => Promise.allSettled([infra.stopKafka(scripts, options.name), infra.stopRedis(scripts, options.name), infra.stopPostgres(scripts, options.name)]));
  // allSettled: a start still running when another fails must finish before the cleanup stops it.
  const [daprDir, databaseUrl, redisHost, kafkaBrokers] = settledOrThrow(
    await Promise.allSettled([
      infra.installDapr(scripts),
      infra.startPostgres(scripts, options.name),
      infra.startRedis(scripts, options.name),
      infra.startKafka(scripts, options.name),
    ]),
  );

  const secretsFile = join(runDir, 'secrets.json');
  const secrets = existsSync(secretsFile)
    ? (JSON.parse(readFileSync(secretsFile, 'utf8')) as Record<string, string>)
    : { JWT_SECRET: randomBytes(32).toString('base64url'), INTERNAL_TOKEN: randomBytes(32).toString('base64url') };
  secrets.DATABASE_URL = databaseUrl;
  writeFileSync(secretsFile, JSON.stringify(secrets, null, 2), { mode: 0o600 });

  const { resourcesDir, configFile } = renderDaprResources(options.repoRoot, runDir, {
    KAFKA_BROKERS: kafkaBrokers,
    REDIS_HOST: redisHost,
    SECRETS_FILE: secretsFile,
    NAME_RESOLUTION_DB: join(runDir, 'name-resolution.db'),
  });

  const nextPort = createPortAllocator();
  say('starting the Dapr scheduler');
  const scheduler = await startScheduler(daprDir, runDir, nextPort);
  undo.push(() => stopProcess(scheduler));

  const plan = async (service: ServiceName, index: number): Promise<ServiceRun> => {
    const instance = `${service}-${index}`;
    const [appPort, daprHttpPort, daprGrpcPort, internalGrpcPort, metricsPort] = [await nextPort(), await nextPort(), await nextPort(), await nextPort(), await nextPort()];
    const app: ProcessSpec = {
      name: instance,
      command: process.execPath,
      args: [join(options.repoRoot, 'dist/cli.js'), 'serve', service],
      cwd: options.repoRoot,
      logFile: join(runDir, 'logs', `${instance}.log`),
      env: {
        RUNTIME: 'dapr',
        HOST: '127.0.0.1',
        // The gateway (on loopback) sets X-Forwarded-For to its client's address: believe it there and nowhere else.
        TRUST_PROXY: 'loopback',
        PORT: String(appPort),
        DAPR_HTTP_PORT: String(daprHttpPort),
        APP_ID: service,
        LOG_LEVEL: options.logLevel ?? 'info',
        // Small services with little live data: a small young generation keeps RSS low (as the Helm chart's limits do).
        NODE_OPTIONS: process.env.STACK_NODE_OPTIONS ?? '--max-semi-space-size=2',
        ...options.serviceEnv,
      },
    };
    const sidecar = daprdSpec({
      daprDir, runDir, appId: service, podName: instance, appPort, daprHttpPort, daprGrpcPort, internalGrpcPort, metricsPort,
      resourcesDir, configFile, schedulerPort: scheduler.port,
    });
    return { index, appPort, daprHttpPort, daprGrpcPort, app: { spec: app, pid: 0 }, sidecar: { spec: sidecar, pid: 0 } };
  };
  const replicas = Math.max(1, options.replicas ?? 1);
  const services = {} as Record<ServiceName, ServiceRun[]>;
  for (const service of SERVICES) {
    services[service] = [];
    for (let index = 0; index < replicas; index++) services[service].push(await plan(service, index));
  }

  const gatewayPort = options.gatewayPort || (await nextPort());
  const gatewaySpec: ProcessSpec = {
    name: 'gateway',
    command: process.execPath,
    args: ['--import', 'tsx', join(options.repoRoot, 'scripts/infra/stack/gateway-main.ts')],
    cwd: options.repoRoot,
    logFile: join(runDir, 'logs', 'gateway.log'),
    env: { GATEWAY_PORT: String(gatewayPort), GATEWAY_ROUTES: '' },
  };

  const state: StackState = {
    name: options.name,
    runDir,
    repoRoot: options.repoRoot,
    daprDir,
    databaseUrl,
    redisHost,
    kafkaBrokers,
    secrets,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}`,
    scheduler,
    gateway: { spec: gatewaySpec, pid: 0 },
    services,
  };
  writeState(state);
  undo.push(() => stopAll(state));

  say('starting every service with its sidecar');
  // A port picked free can be taken by another program before our process binds it: then start again on new ports.
  const startWithRetry = async (service: ServiceName, index: number) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await startService(state, service, index);
      } catch (error) {
        await killService(state, service, 'SIGKILL', index);
        if (attempt >= 3) throw error;
        say(`${service}-${index} did not start (${(error as Error).message}); retrying on new ports`);
        state.services[service][index] = await plan(service, index);
      }
    }
  };
  const startAll = (which: readonly ServiceName[]) =>
    Promise.all(which.flatMap((service) => state.services[service].map((run) => startWithRetry(service, run.index))));
  // chat-api first (its migrations run once, and the other services check sessions with it).
  await startWithRetry('chat-api', 0);
  await startAll(SERVICES.filter((service) => service !== 'chat-api'));
  await Promise.all(state.services['chat-api'].slice(1).map((run) => startWithRetry('chat-api', run.index)));
  gatewaySpec.env.GATEWAY_ROUTES = gatewayRoutesOf(state);
  state.gateway = startProcess(gatewaySpec);
  writeState(state);
  await waitForHttp(`${state.gatewayUrl}/healthz`, { what: 'gateway', pid: state.gateway.pid, timeoutMs: 20_000 });
  say(`up: ${state.gatewayUrl} (logs in ${join(runDir, 'logs')})`);
  return state;
}

export async function startScheduler(daprDir: string, runDir: string, nextPort = createPortAllocator()): Promise<StackState['scheduler']> {
  const [port, healthPort, metricsPort, clientPort, peerPort] = [await nextPort(), await nextPort(), await nextPort(), await nextPort(), await nextPort()];
  const spec: ProcessSpec = {
    name: 'scheduler',
    command: join(daprDir, 'scheduler'),
    args: [
      '--id', 's0',
      '--listen-address', '127.0.0.1',
      '--port', String(port),
      '--healthz-port', String(healthPort),
      '--healthz-listen-address', '127.0.0.1',
      '--metrics-port', String(metricsPort),
      '--metrics-listen-address', '127.0.0.1',
      '--etcd-data-dir', join(runDir, 'scheduler-etcd'),
      '--etcd-client-port', String(clientPort),
      '--etcd-client-listen-address', '127.0.0.1',
      '--etcd-initial-cluster', `s0=http://127.0.0.1:${peerPort}`,
      '--log-level', 'info',
    ],
    cwd: runDir,
    logFile: join(runDir, 'logs', 'scheduler.log'),
    env: {},
  };
  const running = startProcess(spec);
  try {
    await waitForHttp(`http://127.0.0.1:${healthPort}/healthz`, { what: 'Dapr scheduler', pid: running.pid, timeoutMs: 60_000 });
  } catch (error) {
    await stopProcess(running, 'SIGKILL');
    throw error;
  }
  return { ...running, port, healthPort };
}

/** `/api/audit=p1|p2,…,/=p1|p2`: each prefix with the app ports of every replica of its service (see gateway-main.ts). */
export function gatewayRoutesOf(state: Pick<StackState, 'services'>): string {
  const ports = (service: ServiceName) => state.services[service].map((run) => run.appPort).join('|');
  return [...Object.entries(GATEWAY_PREFIXES).map(([prefix, service]) => `${prefix}=${ports(service)}`), `/=${ports('chat-api')}`].join(',');
}

/** Starts (or restarts) one replica of a service and its sidecar with the same ports, and waits until both are healthy. */
export async function startService(state: StackState, service: ServiceName, index = 0): Promise<void> {
  const run = replicaOf(state, service, index);
  run.sidecar = startProcess(run.sidecar.spec);
  run.app = startProcess(run.app.spec);
  writeState(state);
  await waitForHttp(`http://127.0.0.1:${run.appPort}/healthz`, { what: service, pid: run.app.pid, timeoutMs: 90_000 });
  await waitForHttp(`http://127.0.0.1:${run.daprHttpPort}/v1.0/healthz`, { what: `${service} sidecar`, pid: run.sidecar.pid, timeoutMs: 90_000 });
}

/** Kills one replica of a service and its sidecar with `signal` (SIGKILL: no chance to flush or commit offsets). */
export async function killService(state: StackState, service: ServiceName, signal: NodeJS.Signals = 'SIGKILL', index = 0): Promise<void> {
  const run = replicaOf(state, service, index);
  await Promise.all([stopProcess(run.app, signal), stopProcess(run.sidecar, signal)]);
}

export const stopKafka = (state: StackState) => infra.stopKafka({ root: state.repoRoot }, state.name);
export const startKafka = (state: StackState) => infra.startKafka({ root: state.repoRoot }, state.name);

export async function downStack(runDir: string, options: { purge?: boolean } = {}): Promise<void> {
  if (!existsSync(stateFile(runDir))) return;
  const state = readState(runDir);
  const scripts: infra.InfraScripts = { root: state.repoRoot };
  const stopped = await Promise.allSettled([stopAll(state), stopProcess(state.scheduler)]);
  await Promise.allSettled([infra.stopKafka(scripts, state.name), infra.stopRedis(scripts, state.name), infra.stopPostgres(scripts, state.name)]);
  if (options.purge) {
    const base = process.env.TODO_STACK_DIR ?? '/var/tmp/todo-chatbot';
    for (const kind of ['kafka', 'redis', 'pg']) rmSync(join(base, `${kind}-${state.name}`), { recursive: true, force: true });
    rmSync(runDir, { recursive: true, force: true });
  } else {
    rmSync(stateFile(runDir), { force: true });
  }
  const failed = stopped.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

function settledOrThrow<T extends readonly unknown[]>(results: { [K in keyof T]: PromiseSettledResult<T[K]> }): T {
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** Stops the gateway, then every replica's app and sidecar (SIGTERM, SIGKILL after 5 s; each only if still ours). */
async function stopAll(state: StackState): Promise<void> {
  await stopProcess(state.gateway);
  const results = await Promise.allSettled(SERVICES.flatMap((service) => state.services[service].map(async (run) => {
    await stopProcess(run.app, 'SIGTERM', 5_000);
    await stopProcess(run.sidecar, 'SIGTERM', 5_000);
  })));
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

export function stackStatus(state: StackState): Record<string, boolean> {
  const status: Record<string, boolean> = { scheduler: isRunning(state.scheduler), gateway: isRunning(state.gateway) };
  for (const service of SERVICES) {
    for (const run of state.services[service]) {
      status[`${service}-${run.index}`] = isRunning(run.app);
      status[`${service}-${run.index}-daprd`] = isRunning(run.sidecar);
    }
  }
  return status;
}

function replicaOf(state: StackState, service: ServiceName, index: number): ServiceRun {
  const run = state.services[service][index];
  if (!run) throw new Error(`${service} has no replica ${index} (${state.services[service].length} running)`);
  return run;
}
