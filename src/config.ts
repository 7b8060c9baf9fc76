// Process configuration: parses process.env once with zod; an invalid value stops the process with one line naming the variable.
import { isIP } from 'node:net';
import { z } from 'zod';
import { weakSecretReason } from './secret-strength.js';

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? String(fallback) : value.trim()))
    .pipe(z.string().regex(/^\d+$/, 'must be a port number (0–65535)').transform(Number).pipe(z.number().int().min(0).max(65535)));

const millis = (fallback: number, min: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? String(fallback) : value.trim()))
    .pipe(z.string().regex(/^\d+$/, `must be a whole number of milliseconds (at least ${min})`).transform(Number).pipe(z.number().int().min(min, `must be at least ${min} ms`).max(86_400_000, 'must be at most a day')));

const url = (protocols: RegExp, example: string) =>
  optionalString.pipe(
    z
      .string()
      .refine((value) => {
        try {
          return protocols.test(new URL(value).protocol);
        } catch {
          return false;
        }
      }, `must be a URL like ${example}`)
      .optional(),
  );

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (entry: string): boolean => {
  const [address = '', prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !isIP(address)) return PROXY_KEYWORDS.has(entry) && prefix === undefined;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (isIP(address) === 4 ? 32 : 128));
};

/**
 * Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs): unset/false → none (the socket
 * address is the client), else the proxies' addresses/CIDRs or loopback|linklocal|uniquelocal. Not `true` (anyone could
 * claim any address) and not a hop count (it believes whoever connects directly, so a client that bypasses the proxy
 * could claim any address); naming the proxies is what makes the client address checkable.
 */
const trustProxy = optionalString.pipe(
  z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || value === 'false' || value.split(',').every((entry) => isProxyAddress(entry.trim())),
      'must be false or the proxy addresses / CIDRs (e.g. 10.0.0.0/8,loopback), not true or a hop count',
    )
    .transform((value): false | string[] => (value === undefined || value === 'false' ? false : value.split(',').map((entry) => entry.trim()))),
);

export const ConfigSchema = z.object({
  PORT: port(8000),
  HOST: optionalString.transform((v) => v ?? '127.0.0.1'),
  TRUST_PROXY: trustProxy,
  DATA_DIR: optionalString.transform((v) => v ?? './data'),
  DATABASE_URL: url(/^postgres(ql)?:$/, 'postgres://user:password@host:5432/db'),
  RUNTIME: optionalString.pipe(z.enum(['embedded', 'dapr'], { message: 'must be embedded or dapr' }).optional()).transform((v) => v ?? 'embedded'),
  DAPR_HTTP_PORT: port(3500),
  APP_ID: optionalString,
  LLM_BASE_URL: url(/^https?:$/, 'https://api.openai.com/v1'),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  JWT_SECRET: optionalString.superRefine((value, ctx) => {
    const reason = value === undefined ? undefined : weakSecretReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  }),
  LOG_LEVEL: optionalString.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' }).optional(),
  ).transform((v) => v ?? 'info'),
  SMTP_URL: url(/^smtps?:$/, 'smtp://user:password@mail.example.com:587'),
  SMTP_FROM: optionalString,
  VAPID_PUBLIC_KEY: optionalString,
  VAPID_PRIVATE_KEY: optionalString,
  VAPID_SUBJECT: optionalString,
  /** How long a notification replica may take to send one email / Web Push before another takes the delivery over. */
  NOTIFICATION_DELIVERY_LEASE_MS: millis(60_000, 1_000),
  /** How often each notification replica looks for deliveries to retry or take over. */
  NOTIFICATION_SWEEP_MS: millis(5_000, 100),
  PUBLIC_URL: url(/^https?:$/, 'https://todo.example.com'),
  /** Browser origins besides the server's own host that may open WebSockets and send cookie-authenticated changes. */
  ALLOWED_ORIGINS: optionalString
    .transform((v) => (v ?? '').split(',').map((one) => one.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine((one) => /^https?:$/.test(URL.parse(one)?.protocol ?? '') && URL.parse(one)?.origin === one.replace(/\/$/, ''), 'must be a comma-separated list of origins like https://app.example.com'))),
});
export type Config = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line naming the first bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? 'configuration');
  const shown = name.includes('KEY') || name.includes('SECRET') || name.includes('URL') ? '' : ` (got "${env[name] ?? ''}")`;
  throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'}${shown}.`);
}

/** parseConfig for a process entry point: prints the one line and exits 1 when invalid. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return parseConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
