// Delivers stored notifications by email / Web Push across replicas: once while all goes well, again only after a failure.
// A replica claims a channel for a lease before sending, so two replicas handling one reminder send once. A failed
// send keeps its claim until its retry is due (backoff, bounded attempts); every replica sweeps for claims that ran
// out — a retry that is due, or a replica that died mid-send — and sends those, so a kill loses no delivery.
import type { Clock, Logger } from '@todo/platform';
import type { Channel, NotificationStore, StoredNotification } from './store.js';

export interface DeliveryPolicy {
  /** How long a replica has to send one channel's delivery before another may take it over; longer than any send. */
  leaseMs: number;
  /** How often each replica looks for expired claims. */
  sweepMs: number;
  maxAttempts: number;
  /** The first retry waits this long, each next one twice as long, up to `maxRetryDelayMs`. */
  retryBaseMs: number;
  maxRetryDelayMs: number;
  /** Notifications older than this are not retried any more. */
  maxAgeMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  leaseMs: 60_000,
  sweepMs: 5_000,
  maxAttempts: 10,
  retryBaseMs: 5_000,
  maxRetryDelayMs: 15 * 60_000,
  maxAgeMs: 24 * 60 * 60_000,
};

const SWEEP_BATCH = 50;

export type Senders = Partial<Record<Channel, (notification: StoredNotification) => Promise<void>>>;

export interface DeliveryDeps {
  store: NotificationStore;
  clock: Clock;
  log: Logger;
  senders: Senders;
  policy?: Partial<DeliveryPolicy> | undefined;
}

export function retryDelayMs(attempts: number, policy: DeliveryPolicy): number {
  return Math.min(policy.retryBaseMs * 2 ** Math.max(0, attempts - 1), policy.maxRetryDelayMs);
}

export function createDelivery(deps: DeliveryDeps) {
  const policy = { ...DEFAULT_DELIVERY_POLICY, ...deps.policy };
  const channels = (Object.keys(deps.senders) as Channel[]).filter((channel) => deps.senders[channel]);
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> | undefined;

  /** Sends through one channel if this replica gets the claim; a failure is logged and left to the sweep's retry. */
  async function deliverVia(channel: Channel, notification: StoredNotification): Promise<void> {
    const now = deps.clock.now();
    if (!(await deps.store.claimDelivery(notification.id, channel, now, new Date(now.getTime() + policy.leaseMs), policy.maxAttempts))) return;
    try {
      await deps.senders[channel]!(notification);
    } catch (error) {
      const attempt = notification.attempts[channel] + 1; // the claim counted this one
      const retryAt = new Date(deps.clock.now().getTime() + retryDelayMs(attempt, policy));
      await deps.store.retryDeliveryAt(notification.id, channel, retryAt);
      const last = attempt >= policy.maxAttempts;
      deps.log.warn({ notificationId: notification.id, channel, attempt, err: error }, last ? 'gave up delivering a notification' : 'a notification delivery failed; it will be retried');
      return;
    }
    await deps.store.markDelivered(notification.id, channel, deps.clock.now());
  }

  async function sweepOnce(): Promise<void> {
    const now = deps.clock.now();
    const since = new Date(now.getTime() - policy.maxAgeMs);
    for (const channel of channels) {
      for (const notification of await deps.store.expiredDeliveries(channel, now, since, policy.maxAttempts, SWEEP_BATCH)) {
        await deliverVia(channel, notification);
      }
    }
  }

  /** One pass over expired claims (also what the timer runs); concurrent calls share the pass in progress. */
  function sweep(): Promise<void> {
    sweeping ??= sweepOnce()
      .catch((error: unknown) => deps.log.warn({ err: error }, 'the notification delivery sweep failed'))
      .finally(() => (sweeping = undefined));
    return sweeping;
  }

  return {
    /** The first delivery of a just-stored notification, on every configured channel it has not had yet. */
    async deliver(notification: StoredNotification): Promise<void> {
      for (const channel of channels) {
        if (!notification.deliveredAt[channel]) await deliverVia(channel, notification);
      }
    },
    sweep,
    start(): void {
      if (channels.length === 0 || timer) return;
      void sweep();
      timer = setInterval(() => void sweep(), policy.sweepMs);
      timer.unref();
    },
    async close(): Promise<void> {
      clearInterval(timer);
      timer = undefined;
      await sweeping;
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
