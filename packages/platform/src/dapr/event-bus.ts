// EventBus over Dapr pub/sub (HTTP): publish keeps our CloudEvents envelope and keys by subject; subscriptions are
// declared programmatically on GET /dapr/subscribe with a dead-letter topic, deliveries answered SUCCESS/RETRY/DROP.
import type { CloudEvent, Topic } from '@todo/domain';
import type { Logger } from 'pino';
import type { EventMetrics } from '../metrics.js';
import type { EventBus, HandlerResult, Subscription } from '../ports.js';
import type { DaprAppRoute, DaprAppRoutes } from './app-routes.js';
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

export type DaprEventBus = EventBus & DaprAppRoutes;

const deliveryPath = (topic: string) => `/dapr/events/${encodeURIComponent(topic)}`;
const deadLetterPath = (topic: string) => `/dapr/dead-letter/${encodeURIComponent(topic)}`;
export const deadLetterTopic = (appId: string, topic: string) => `${topic}.dead-letter.${appId}`;

export function createDaprEventBus(options: DaprEventBusOptions): DaprEventBus {
  const { sidecar, pubsubName, appId, log, metrics } = options;
  const handlers = new Map<Topic, Subscription[]>();

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

  const parkDeadLetter = async (topic: Topic, body: unknown): Promise<void> => {
    const event = toCloudEvent(body);
    for (const subscription of handlers.get(topic) ?? []) metrics?.deadLettered.inc({ topic, consumer: subscription.consumer });
    log.error(
      { topic, deadLetterTopic: deadLetterTopic(appId, topic), eventId: event?.id, type: event?.type, subject: event?.subject },
      'event dead-lettered after the retry limit; it stays on the dead-letter topic for replay',
    );
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
        ]),
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
        await parkDeadLetter(params.topic as Topic, body);
        return { status: 200, body: { status: 'SUCCESS' } };
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
