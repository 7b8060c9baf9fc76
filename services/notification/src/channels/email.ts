// Email channel over SMTP (nodemailer); exists only when SMTP_URL is configured.
import type { Transporter } from 'nodemailer';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface EmailChannel {
  send(message: EmailMessage): Promise<void>;
  close(): void;
}

export function createEmailChannel(options: { smtpUrl: string; from: string }): EmailChannel {
  // nodemailer is loaded by the first email, not at start-up.
  let transport: Promise<Transporter> | undefined;
  const transportOf = () => (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(options.smtpUrl)));
  return {
    send: async (message) => {
      await (await transportOf()).sendMail({ from: options.from, ...message });
    },
    close: () => void transport?.then((t) => t.close()),
  };
}
