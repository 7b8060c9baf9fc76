// Where a browser request comes from: its Origin is "ours" when it names the host the request was sent to (the Host
// header, or X-Forwarded-Host behind a trusted proxy) or one of the configured allowed origins (ALLOWED_ORIGINS).
import type { FastifyRequest } from 'fastify';

/** Normalises "https://App.example.com:443" to "https://app.example.com"; undefined for anything that is not an http(s) origin. */
export function normaliseOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether the request's Origin header is absent (not a browser), or same-host, or allowed. Same-host compares host and
 * port only: behind a TLS-terminating proxy the server sees http while the page is https.
 */
export function originAllowed(request: FastifyRequest, allowedOrigins: readonly string[] = []): boolean {
  const given = request.headers.origin;
  if (given === undefined) return true;
  const origin = normaliseOrigin(given);
  if (!origin) return false;
  if (allowedOrigins.some((allowed) => normaliseOrigin(allowed) === origin)) return true;
  return new URL(origin).host === normaliseHost(request.host);
}

function normaliseHost(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).host;
  } catch {
    return undefined;
  }
}
