// chat-api on Dapr collects the dead-letter topics named in DEAD_LETTER_SOURCES: the table must name every subscription
// the services make (a missing one would leave that service's parked events invisible to the operator routes).
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@todo/db';
import type { Subscription } from '@todo/platform';
import { systemClock } from '@todo/platform/embedded';
import { silentLogger } from '@todo/platform/testing';
import { createHttpApp, Readiness } from '@todo/http';
import { parseConfig } from '../config.js';
import { DAPR_SERVICES, DEAD_LETTER_SOURCES } from './dapr-services.js';
import { createEmbeddedEventRuntime, wireEmbeddedServices } from './embedded-events.js';

describe('DEAD_LETTER_SOURCES', () => {
  let database: Database | undefined;
  afterAll(async () => {
    await database?.close();
  });

  it('names each consumer of every service, one source per service', async () => {
    database = await openDatabase({ memory: true });
    const log = silentLogger();
    const runtime = await createEmbeddedEventRuntime({ database, clock: systemClock, log, metricsRegistry: new Registry() });
    const subscribed: Array<Pick<Subscription, 'topic' | 'consumer'>> = [];
    const bus = { ...runtime.bus, subscribe: ({ topic, consumer }: Subscription) => void subscribed.push({ topic, consumer }) };
    const app = await createHttpApp({ log, metricsRegistry: new Registry(), readiness: new Readiness() });
    try {
      await wireEmbeddedServices({ app, runtime: { ...runtime, bus }, database, clock: systemClock, log, channels: parseConfig({ LOG_LEVEL: 'silent' }), chatApi: { jwtSecret: 'a'.repeat(64) } });
      const byName = (a: { consumer: string }, b: { consumer: string }) => a.consumer.localeCompare(b.consumer);
      expect(DEAD_LETTER_SOURCES.map(({ topic, consumer }) => ({ topic, consumer })).sort(byName)).toEqual(subscribed.sort(byName));
      expect(DEAD_LETTER_SOURCES.map((s) => s.appId).sort()).toEqual([...DAPR_SERVICES].sort());
    } finally {
      await app.close();
    }
  });
});
