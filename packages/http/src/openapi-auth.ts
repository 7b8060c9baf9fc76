// What guarded routes declare in OpenAPI: the two ways to authenticate (bearer token, the web app's session cookie) and
// the 403 a cookie-authenticated change without CSRF proof gets (auth.ts tokenOf).
import { z } from 'zod';
import { AUTH_COOKIE, CSRF_HEADER } from './auth.js';

export const SECURITY_SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  cookieAuth: {
    type: 'apiKey',
    in: 'cookie',
    name: AUTH_COOKIE,
    description: `The web app's httpOnly session cookie. A request other than GET/HEAD/OPTIONS that authenticates with it must also send the ${CSRF_HEADER} header or this site's Origin, else 403 csrf_rejected.`,
  },
} as const;

type SecurityRequirement = Record<string, string[]>;
/** A guarded route: a bearer token or the session cookie. */
export const GUARDED: SecurityRequirement[] = [{ bearerAuth: [] }, { cookieAuth: [] }];
/** A route that takes either credential but also answers without one (logout): `{}` is OpenAPI's "no credentials". */
export const OPTIONALLY_GUARDED: SecurityRequirement[] = [...GUARDED, {}];

export const CsrfRejectedSchema = z
  .object({ error: z.object({ code: z.literal('csrf_rejected'), message: z.string() }) })
  .meta({ id: 'CsrfRejected', description: `Authenticated by the session cookie without the ${CSRF_HEADER} header or this site's Origin (csrf_rejected).` });

/** The response a cookie-authenticated state-changing route adds to its own. */
export const CSRF_RESPONSES = { 403: CsrfRejectedSchema };
