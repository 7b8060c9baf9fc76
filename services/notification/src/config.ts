// Optional delivery channels from configuration: email when SMTP_URL is set, Web Push when both VAPID keys are set;
// and the delivery lease / sweep interval.
import { createEmailChannel, type EmailChannel } from './channels/email.js';
import { createWebPushChannel, type WebPushChannel } from './channels/web-push.js';
import type { DeliveryPolicy } from './delivery.js';

export interface NotificationChannels {
  email?: EmailChannel | undefined;
  webPush?: WebPushChannel | undefined;
}

export interface ChannelConfig {
  SMTP_URL?: string | undefined;
  SMTP_FROM?: string | undefined;
  VAPID_PUBLIC_KEY?: string | undefined;
  VAPID_PRIVATE_KEY?: string | undefined;
  VAPID_SUBJECT?: string | undefined;
  NOTIFICATION_DELIVERY_LEASE_MS?: number | undefined;
  NOTIFICATION_SWEEP_MS?: number | undefined;
}

/** The delivery settings that are configurable; the rest keep delivery.ts's defaults. */
export function deliveryPolicyFromConfig(config: ChannelConfig): Partial<DeliveryPolicy> {
  return {
    ...(config.NOTIFICATION_DELIVERY_LEASE_MS !== undefined && { leaseMs: config.NOTIFICATION_DELIVERY_LEASE_MS }),
    ...(config.NOTIFICATION_SWEEP_MS !== undefined && { sweepMs: config.NOTIFICATION_SWEEP_MS }),
  };
}

export function channelsFromConfig(config: ChannelConfig): NotificationChannels {
  return {
    email: config.SMTP_URL ? createEmailChannel({ smtpUrl: config.SMTP_URL, from: config.SMTP_FROM ?? 'todo-chatbot <reminders@localhost>' }) : undefined,
    webPush:
      config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY
        ? createWebPushChannel({ publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY, subject: config.VAPID_SUBJECT ?? 'mailto:admin@localhost' })
        : undefined,
  };
}
