// EventBus over Dapr pub/sub (HTTP): publish keeps our CloudEvents envelope and keys by subject; subscriptions are
// declared programmatically on GET /dapr/subscribe with a dead-letter topic, deliveries answered SUCCESS/RETRY/DROP.
import type { CloudEvent, Topic } from '@todo/domain';
import type { Logger } from 'pino';
import type { EventMetrics } from '../metrics.js';
import type { EventBus, HandlerResult, Subscription } from '../ports.js';
import type { DaprAppRoute, DaprAppRoutes } from './app-routes.js';
import type { DeadLetterSource } from './dead-letters.js';
import { sidecarError, type DaprSidecar } from './sidecar.js';

export interface DaprEventBusOptions {
  sidecar: DaprSidecar;
  /** The pub/sub component name (deploy/dapr/components/pubsub.yaml). */
  pubsubName: string;
  /** This process's Dapr app id: names its dead-letter topics. */
  appId: string;
  log: Logger;
  metrics?: EventMetrics;
}

export interface DaprEventBus extends EventBus, DaprAppRoutes {
  /**
   * Subscribes this app to the dead-letter topics of `sources` (its own included) and hands each parked event to
   * `park`; a failing `park` is retried by Dapr. Call before the routes are served.
   */
  collectDeadLetters(sources: DeadLetterSource[], park: (source: DeadLetterSource, event: CloudEvent) => Promise<void>): void;
}

const deliveryPath = (topic: string) => `/dapr/events/${encodeURIComponent(topic)}`;
const deadLetterPath = (topic: string) => `/dapr/dead-letter/${encodeURIComponent(topic)}`;
const collectPath = (source: DeadLetterSource) => `/dapr/collect-dead-letter/${encodeURIComponent(source.appId)}/${encodeURIComponent(source.topic)}`;
export const deadLetterTopic = (appId: string, topic: string) => `${topic}.dead-letter.${appId}`;

export function createDaprEventBus(options: DaprEventBusOptions): DaprEventBus {
  const { sidecar, pubsubName, appId, log, metrics } = options;
  const handlers = new Map<Topic, Subscription[]>();
  let collected: { sources: DeadLetterSource[]; park: (source: DeadLetterSource, event: CloudEvent) => Promise<void> } | undefined;
  const collectedSource = (sourceAppId: string, topic: string) => collected?.sources.find((s) => s.appId === sourceAppId && s.topic === topic);
  /** Another app's dead-letter topics; this app's own are already subscribed (one subscription per topic). */
  const foreignSources = () => (collected?.sources ?? []).filter((s) => !(s.appId === appId && handlers.has(s.topic)));

  const collect = async (source: DeadLetterSource | undefined, body: unknown): Promise<HandlerResult> => {
    if (!source || !collected) return 'success';
    const event = toCloudEvent(body);
    if (!event) {
      log.warn({ ...source }, 'dropping a dead letter that is not a CloudEvent');
      return 'drop';
    }
    try {
      await collected.park(source, event);
      return 'success';
    } catch (error) {
      log.warn({ ...source, eventId: event.id, err: error }, 'could not store a dead letter; Dapr will retry');
      return 'retry';
    }
  };

  const publish = async (topic: Topic, event: CloudEvent): Promise<void> => {
    const response = await sidecar.request({
      method: 'POST',
      path: `/v1.0/publish/${encodeURIComponent(pubsubName)}/${encodeURIComponent(topic)}`,
      query: { 'metadata.partitionKey': event.subject },
      body: event,
      contentType: 'application/cloudevents+json',
    });
    if (!response.ok) throw sidecarError(`publish ${event.type} ${event.id} to ${topic}`, response);
  };

  /** One Dapr subscription per topic; several in-process consumers of one topic share it (each stays idempotent). */
  const deliver = async (topic: Topic, body: unknown): Promise<HandlerResult> => {
    const event = toCloudEvent(body);
    if (!event) {
      log.warn({ topic }, 'dropping a delivery that is not a CloudEvent');
      return 'drop';
    }
    let result: HandlerResult = 'success';
    for (const subscription of handlers.get(topic) ?? []) {
      try {
        const outcome = (await subscription.handle(event)) ?? 'success';
        if (outcome === 'retry') result = 'retry';
        else if (outcome === 'drop' && result === 'success') result = 'drop';
      } catch (error) {
        log.warn({ topic, consumer: subscription.consumer, eventId: event.id, err: error }, 'delivery failed; Dapr will retry');
        result = 'retry';
      }
    }
    return result;
  };

  const parkDeadLetter = async (topic: Topic, body: unknown): Promise<HandlerResult> => {
    const event = toCloudEvent(body);
    for (const subscription of handlers.get(topic) ?? []) metrics?.deadLettered.inc({ topic, consumer: subscription.consumer });
    log.error(
      { topic, deadLetterTopic: deadLetterTopic(appId, topic), eventId: event?.id, type: event?.type, subject: event?.subject },
      'event dead-lettered after the retry limit',
    );
    return collect(collectedSource(appId, topic), body);
  };

  const routes = (): DaprAppRoute[] => [
    {
      method: 'GET',
      url: '/dapr/subscribe',
      handle: async () => ({
        status: 200,
        body: [...handlers.keys()].flatMap((topic) => [
          {
            pubsubname: pubsubName,
            topic,
            routes: { default: deliveryPath(topic) },
            deadLetterTopic: deadLetterTopic(appId, topic),
          },
          { pubsubname: pubsubName, topic: deadLetterTopic(appId, topic), routes: { default: deadLetterPath(topic) } },
        ]).concat(
          foreignSources().map((source) => ({ pubsubname: pubsubName, topic: deadLetterTopic(source.appId, source.topic), routes: { default: collectPath(source) } })),
        ),
      }),
    },
    {
      method: 'POST',
      url: '/dapr/events/:topic',
      handle: async ({ params, body }) => {
        const topic = params.topic as Topic;
        if (!handlers.has(topic)) return { status: 200, body: { status: 'DROP' } };
        const result = await deliver(topic, body);
        return { status: 200, body: { status: result.toUpperCase() } };
      },
    },
    {
      method: 'POST',
      url: '/dapr/dead-letter/:topic',
      handle: async ({ params, body }) => {
        const result = await parkDeadLetter(params.topic as Topic, body);
        return { status: 200, body: { status: result.toUpperCase() } };
      },
    },
    {
      method: 'POST',
      url: '/dapr/collect-dead-letter/:appId/:topic',
      handle: async ({ params, body }) => {
        const result = await collect(collectedSource(params.appId ?? '', params.topic ?? ''), body);
        return { status: 200, body: { status: result.toUpperCase() } };
      },
    },
  ];

  return {
    publish,
    subscribe: (subscription) => {
      const list = handlers.get(subscription.topic) ?? [];
      list.push(subscription);
      handlers.set(subscription.topic, list);
    },
    collectDeadLetters: (sources, park) => {
      collected = { sources, park };
    },
    start: async () => {},
    close: async () => {},
    ready: () => sidecar.healthy(),
    routes,
  };
}

/** Dapr adds its own fields (topic, pubsubname, traceparent…) to the envelope; keep ours only. */
export function toCloudEvent(body: unknown): CloudEvent | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const raw = body as Record<string, unknown>;
  if (typeof raw.id !== 'string' || typeof raw.type !== 'string') return undefined;
  let data = raw.data;
  if (data === undefined && typeof raw.data_base64 === 'string') data = JSON.parse(Buffer.from(raw.data_base64, 'base64').toString('utf8'));
  return {
    specversion: '1.0',
    id: raw.id,
    source: String(raw.source ?? ''),
    type: raw.type,
    subject: String(raw.subject ?? ''),
    time: String(raw.time ?? ''),
    datacontenttype: 'application/json',
    data,
  };
}
