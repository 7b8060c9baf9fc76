// Web Push channel (VAPID); exists only when the VAPID keys are configured. Sends only to safe endpoints (push-endpoint.ts)
// and gives up on a push service that does not answer within the timeout.
import type { PushSubscriptionRecord } from '../store.js';
import { assertSafePushEndpoint, guardedAgent, isPublicAddress, UnsafeEndpointError, type AddressPolicy } from './push-endpoint.js';

export const WEB_PUSH_TIMEOUT_MS = 10_000;

export interface WebPushChannel {
  publicKey: string;
  /**
   * Sends one payload; resolves 'gone' when the push service says the subscription no longer exists or its endpoint is
   * unsafe. A `topic` (≤ 32 base64url characters) makes the push service replace an undelivered message of the same topic.
   */
  send(subscription: PushSubscriptionRecord, payload: string, topic?: string): Promise<'sent' | 'gone'>;
}

export interface WebPushOptions {
  publicKey: string;
  privateKey: string;
  subject: string;
  /** Whole-request deadline (default 10 s). */
  timeoutMs?: number;
  /** Which resolved addresses may be connected to (default: public unicast only; tests allow their local push service). */
  allowedAddress?: AddressPolicy;
}

export function createWebPushChannel(options: WebPushOptions): WebPushChannel {
  const vapidDetails = { subject: options.subject, publicKey: options.publicKey, privateKey: options.privateKey };
  const allowed = options.allowedAddress ?? isPublicAddress;
  const timeoutMs = options.timeoutMs ?? WEB_PUSH_TIMEOUT_MS;
  return {
    publicKey: options.publicKey,
    send: async (subscription, payload, topic) => {
      const agent = guardedAgent(allowed);
      let timer: NodeJS.Timeout | undefined;
      try {
        await assertSafePushEndpoint(subscription.endpoint, allowed);
        const deadline = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => {
            agent.destroy();
            reject(new Error(`the push service did not answer within ${timeoutMs} ms`));
          }, timeoutMs);
        });
        // web-push is loaded by the first send (start-up cost for a server that may never push).
        const { default: webPush } = await import('web-push');
        await Promise.race([webPush.sendNotification(subscription, payload, { vapidDetails, TTL: 3600, agent, timeout: timeoutMs, ...(topic && { topic }) }), deadline]);
        return 'sent';
      } catch (error) {
        if (error instanceof UnsafeEndpointError || (error as { cause?: unknown }).cause instanceof UnsafeEndpointError) return 'gone';
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return 'gone';
        throw error;
      } finally {
        clearTimeout(timer);
        agent.destroy();
      }
    },
  };
}
