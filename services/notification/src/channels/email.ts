// Email channel over SMTP (nodemailer); exists only when SMTP_URL is configured.
import type { Transporter } from 'nodemailer';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  messageId?: string;
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

export const SMTP_PHASE_TIMEOUT_MS = 10_000;

export function createEmailChannel(options: { smtpUrl: string; from: string }): EmailChannel {
  // nodemailer is loaded by the first email, not at start-up.
  let transport: Promise<Transporter> | undefined;
  // Each phase of a send is bounded, so a send ends well within the delivery lease (delivery.ts) of its replica.
  const transportOf = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport({ url: options.smtpUrl, connectionTimeout: SMTP_PHASE_TIMEOUT_MS, greetingTimeout: SMTP_PHASE_TIMEOUT_MS, socketTimeout: SMTP_PHASE_TIMEOUT_MS }),
    ));
  return {
    send: async (message) => {
      await (await transportOf()).sendMail({ from: options.from, ...message });
    },
    close: () => void transport?.then((t) => t.close()),
  };
}
