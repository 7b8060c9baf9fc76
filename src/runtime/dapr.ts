// Composition root of the Dapr runtime (RUNTIME=dapr): ONE service per process, beside its daprd sidecar, with the Dapr
// adapters of every port (pub/sub over Kafka, Jobs API, Redis state, secret store, service invocation, cron binding).
import { Registry } from 'prom-client';
import { createEventMetrics, withPublishMetrics, type Clock } from '@todo/platform';
import { systemClock } from '@todo/platform/embedded';
import {
  createDaprEventBus,
  createDaprInvoker,
  createDaprScheduler,
  createDaprSecrets,
  createDaprSidecar,
  createDaprStateStore,
  mountDaprRoutes,
} from '@todo/platform/dapr';
import { createHttpApp, createLogger, Readiness, type HttpApp, type Logger } from '@todo/http';
// The header only (not chat-api's index): the other services must not load chat-api's module graph.
import { INTERNAL_TOKEN_HEADER } from '@todo/chat-api/internal';
import { ConfigError, type Config } from '../config.js';
import { weakSecretReason } from '../secret-strength.js';
import { wireDaprService, type DaprServiceName } from './dapr-services.js';
import { ShutdownStack } from './shutdown.js';

/**
 * Component names in deploy/dapr/components (and the Helm chart's). `broadcast` is the same Kafka with one consumer
 * group per pod (consumerGroup "{appID}-{podName}"): every realtime replica receives every task-updates event, while
 * the other services share one group per service on `pubsub`.
 */
export const DAPR_COMPONENTS = { pubsub: 'pubsub', broadcast: 'pubsub-broadcast', state: 'statestore', secrets: 'secretstore' } as const;

/** The services whose replicas each need every event (their sockets are per replica). */
const BROADCAST_SERVICES: ReadonlySet<DaprServiceName> = new Set(['realtime']);
export const pubsubNameOf = (service: DaprServiceName) => (BROADCAST_SERVICES.has(service) ? DAPR_COMPONENTS.broadcast : DAPR_COMPONENTS.pubsub);
/** Idempotency keys expire after a week: far longer than any redelivery. */
const PROCESSED_KEY_TTL_SECONDS = 7 * 24 * 3600;
/** Used WebSocket tickets need outlive only the ticket (30 s). */
const SHORT_LIVED_KEY_TTL_SECONDS = 120;

export interface DaprServiceSystem {
  service: DaprServiceName;
  app: HttpApp;
  url: string;
  log: Logger;
  metricsRegistry: Registry;
  close(): Promise<void>;
}

export interface DaprOptions {
  clock?: Clock;
  log?: Logger;
  /** How long to wait for the sidecar at start (it may start after the app). */
  sidecarWaitMs?: number;
}

export async function startDaprService(config: Config, service: DaprServiceName, options: DaprOptions = {}): Promise<DaprServiceSystem> {
  const appId = config.APP_ID ?? service;
  const log = options.log ?? createLogger({ service: appId, level: config.LOG_LEVEL });
  const clock = options.clock ?? systemClock;
  const shutdown = new ShutdownStack();
  const metricsRegistry = new Registry();
  const readiness = new Readiness();
  try {
    const sidecar = createDaprSidecar({ httpPort: config.DAPR_HTTP_PORT, apiToken: process.env.DAPR_API_TOKEN });
    await sidecar.waitForOutbound(options.sidecarWaitMs ?? 120_000);
    readiness.add('dapr sidecar', () => sidecar.healthy());

    const secrets = createDaprSecrets({ sidecar, storeName: DAPR_COMPONENTS.secrets });
    const required = async (name: string, fromEnv: string | undefined): Promise<string> => {
      const value = fromEnv ?? (await secrets.get(name));
      if (!value) throw new ConfigError(`Invalid configuration: ${name} is neither set nor in the Dapr secret store "${DAPR_COMPONENTS.secrets}".`);
      return value;
    };
    // A signing secret or service credential anyone could guess makes tokens and internal calls forgeable.
    const strong = async (name: string, fromEnv: string | undefined): Promise<string> => {
      const value = await required(name, fromEnv);
      const reason = weakSecretReason(value);
      if (reason) throw new ConfigError(`Invalid configuration: ${name} ${reason}.`);
      return value;
    };
    const jwtSecret = await strong('JWT_SECRET', config.JWT_SECRET);
    const internalToken = await strong('INTERNAL_TOKEN', process.env.INTERNAL_TOKEN);

    const metrics = createEventMetrics(metricsRegistry);
    const rawBus = createDaprEventBus({ sidecar, pubsubName: pubsubNameOf(service), appId, log: log.child({ component: 'event-bus' }), metrics });
    const bus = withPublishMetrics(rawBus, metrics);
    const scheduler = createDaprScheduler({ sidecar, log: log.child({ component: 'scheduler' }) });
    const state = createDaprStateStore({ sidecar, storeName: DAPR_COMPONENTS.state, ttlSeconds: PROCESSED_KEY_TTL_SECONDS });
    const shortLivedState = createDaprStateStore({ sidecar, storeName: DAPR_COMPONENTS.state, ttlSeconds: SHORT_LIVED_KEY_TTL_SECONDS });
    const invoker = createDaprInvoker({ sidecar, internalHeaders: () => ({ [INTERNAL_TOKEN_HEADER]: internalToken }) });

    const app = await createHttpApp({ log, metricsRegistry, readiness, title: `todo-chatbot ${service}`, trustProxy: config.TRUST_PROXY });
    const wired = await wireDaprService(service, {
      config, app, bus, deadLetterTopics: rawBus, state, shortLivedState, invoker, scheduler, clock, metrics, jwtSecret, internalToken,
      log,
      databaseUrl: () => required('DATABASE_URL', config.DATABASE_URL),
      ready: (name, check) => readiness.add(name, check),
      onClose: (name, close) => shutdown.push(name, close),
    });
    // Every subscription and callback exists before the port opens: daprd reads /dapr/subscribe once it connects.
    await mountDaprRoutes(app, [...rawBus.routes(), ...scheduler.routes(), ...wired.daprRoutes]);

    const url = await app.listen({ port: config.PORT, host: config.HOST });
    shutdown.push('http', () => app.close());
    await wired.start();
    log.info({ url, runtime: 'dapr', service, appId, daprHttpPort: config.DAPR_HTTP_PORT }, `${service} is listening`);
    return {
      service,
      app,
      url,
      log,
      metricsRegistry,
      close: () => shutdown.close((name, error) => log.error({ err: error, step: name }, 'shutdown step failed')),
    };
  } catch (error) {
    await shutdown.close();
    throw error;
  }
}
