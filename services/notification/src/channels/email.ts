// Email channel over SMTP (nodemailer); exists only when SMTP_URL is configured.
import nodemailer from 'nodemailer';

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
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}
