// The JSON logger every service uses: pino with a `service` field and secrets redacted (tokens, passwords, cookies).
import { pino, type Logger } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'token',
  'secret',
  '*.password',
  '*.token',
  '*.secret',
  '*.jwtSecret',
  '*.apiKey',
  '*.LLM_API_KEY',
];

/** Hides the value of sensitive query parameters (`?token=…` on the WebSocket route) in logged URLs. */
export function scrubUrl(url: string): string {
  return url.replace(/([?&](?:token|access_token|password|key)=)[^&#]*/gi, '$1[Redacted]');
}

export interface LoggerOptions {
  service: string;
  level?: string;
  /** Where lines go (default stdout); tests pass a stream to read them back. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[Redacted]' },
      serializers: {
        req: (req: { id?: string; method?: string; url?: string }) => ({ method: req.method, url: scrubUrl(req.url ?? '') }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        err: pino.stdSerializers.err,
      },
    },
    options.destination,
  );
}
