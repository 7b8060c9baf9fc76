// Web Push channel (VAPID); exists only when the VAPID keys are configured.
import webPush from 'web-push';
import type { PushSubscriptionRecord } from '../store.js';

export interface WebPushChannel {
  publicKey: string;
  /** Sends one payload; resolves 'gone' when the push service says the subscription no longer exists. */
  send(subscription: PushSubscriptionRecord, payload: string): Promise<'sent' | 'gone'>;
}

export function createWebPushChannel(options: { publicKey: string; privateKey: string; subject: string }): WebPushChannel {
  const vapidDetails = { subject: options.subject, publicKey: options.publicKey, privateKey: options.privateKey };
  return {
    publicKey: options.publicKey,
    send: async (subscription, payload) => {
      try {
        await webPush.sendNotification(subscription, payload, { vapidDetails, TTL: 3600 });
        return 'sent';
      } catch (error) {
        const status = (error as { statusCode?: number }).statusCode;
        if (status === 404 || status === 410) return 'gone';
        throw error;
      }
    },
  };
}
