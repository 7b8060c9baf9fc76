// Composition root of the embedded runtime: ONE process with PGlite (or DATABASE_URL), in-process adapters and every service.
import { Registry } from 'prom-client';
import { openDatabase, type Database, type StartedPglite } from '@todo/db';
import { systemClock } from '@todo/platform/embedded';
import type { Clock } from '@todo/platform';
import { createHttpApp, createLogger, Readiness, type HttpApp, type Logger } from '@todo/http';
import { llmConfigOf, type AuthRateLimits, type ChatApi, type HashingGateOptions } from '@todo/chat-api';
import type { SocketLimits } from '@todo/realtime';
import type { Config } from '../config.js';
import { secureDataDir } from './data-dir.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { ShutdownStack } from './shutdown.js';
import { createEmbeddedEventRuntime, EMBEDDED_SCHEMA, wireEmbeddedServices, type EmbeddedEventRuntime } from './embedded-events.js';

export interface EmbeddedSystem {
  app: HttpApp;
  /** Base URL the server listens on (e.g. http://127.0.0.1:8000). */
  url: string;
  database: Database;
  chatApi: ChatApi;
  /** Bus, scheduler, state, outbox relay and event metrics (tests drain the relay or replay dead letters). */
  events: EmbeddedEventRuntime;
  log: Logger;
  metricsRegistry: Registry;
  /** Stops accepting requests, stops the services, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  clock?: Clock;
  /** A logger to use instead of one built from LOG_LEVEL (tests pass a silent one). */
  log?: Logger;
  /** Login and registration limits per client (tests raise them). */
  authRateLimits?: Partial<AuthRateLimits>;
  /** Password hashes at once and queued (tests narrow the gate). */
  hashing?: HashingGateOptions;
  /** WebSocket limits and heartbeat (tests shorten the heartbeat). */
  socketLimits?: Partial<SocketLimits>;
  /** The PGlite thread the CLI started before loading this module (early-database.ts). */
  startedDatabase?: StartedPglite;
}

export async function startEmbedded(config: Config, options: EmbeddedOptions = {}): Promise<EmbeddedSystem> {
  // When each start-up step was done, in ms since the process started (logged with "listening"; the cold-start bench reads it).
  const startUpMs: Record<string, number> = {};
  const done = (step: string) => {
    startUpMs[step] = Math.round(performance.now());
  };
  done('modulesLoaded');
  const log = options.log ?? createLogger({ service: 'todo-chatbot', level: config.LOG_LEVEL });
  const clock = options.clock ?? systemClock;
  const shutdown = new ShutdownStack();
  const metricsRegistry = new Registry();
  const readiness = new Readiness();

  // Before anything is opened or written: a private DATA_DIR and a strong signing secret, or no start at all.
  // (With DATABASE_URL and JWT_SECRET nothing lives in DATA_DIR, and it is not created: the container may be read-only.)
  if (!config.DATABASE_URL || !config.JWT_SECRET) await secureDataDir(config.DATA_DIR, log);
  const jwtSecret = await resolveJwtSecret({ jwtSecret: config.JWT_SECRET, dataDir: config.DATA_DIR });
  done('dataDirChecked');

  // The HTTP app is built while the database opens: PGlite's file reads and WebAssembly compile leave the main thread idle.
  const opening = openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.DATA_DIR, schema: EMBEDDED_SCHEMA, ...(options.startedDatabase ? { started: options.startedDatabase } : {}) },
  );
  opening.catch(() => {}); // its failure is thrown where it is awaited
  const app = await createHttpApp({ log, metricsRegistry, readiness, trustProxy: config.TRUST_PROXY }).catch(async (error: unknown) => {
    await opening.then((database) => database.close(), () => {});
    throw error;
  });
  done('httpAppBuilt');
  const database = await opening;
  done('databaseOpen');
  shutdown.push('database', () => database.close());
  try {
    readiness.add('database', () => database.ping());
    const events = await createEmbeddedEventRuntime({ database, clock, log, metricsRegistry });

    const services = await wireEmbeddedServices({
      app, runtime: events, database, clock, log, channels: config, dataDir: config.DATA_DIR, allowedOrigins: config.ALLOWED_ORIGINS,
      ...(options.socketLimits ? { socketLimits: options.socketLimits } : {}),
      chatApi: { jwtSecret, ...llmConfigOf(config), ...(options.authRateLimits ? { authRateLimits: options.authRateLimits } : {}), ...(options.hashing ? { hashing: options.hashing } : {}) },
    });
    const chatApi = services.chatApi;
    shutdown.push('event services', () => services.close());
    readiness.add('events', () => services.ready());
    done('servicesWired');

    const url = await app.listen({ port: config.PORT, host: config.HOST });
    shutdown.push('http', () => app.close());
    done('listening');
    await services.start();
    done('servicesStarted');
    log.info({ url, runtime: 'embedded', database: database.kind, startUpMs }, 'todo-chatbot is listening');

    return {
      app,
      url,
      database,
      chatApi,
      events,
      log,
      metricsRegistry,
      close: () => shutdown.close((name, error) => log.error({ err: error, step: name }, 'shutdown step failed')),
    };
  } catch (error) {
    await shutdown.close();
    throw error;
  }
}
