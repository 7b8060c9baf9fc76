// createHttpApp: a Fastify instance with everything every service shares — zod validation/serialization, OpenAPI + /docs,
// request ids in logs, the contract's errors, 1 MiB body limit, JSON-only bodies, security headers (helmet: CSP,
// nosniff, frame-ancestors 'none', no referrer), health/readiness and metrics.
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyRequest, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import helmet from 'helmet';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Registry } from 'prom-client';
import type { Logger } from './logger.js';
import { errorHandler, registerErrorHandling } from './errors.js';
import { registerHealthRoutes, Readiness } from './health.js';
import { registerHttpMetrics } from './metrics.js';
import { SECURITY_SCHEMES } from './openapi-auth.js';
import { registerTextGuard } from './text-guard.js';

export type HttpApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;
/** Any Fastify instance of this server type, whatever its type provider. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHttpApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, any>;

export const BODY_LIMIT = 1024 * 1024;

export interface HttpAppOptions {
  log: Logger;
  metricsRegistry: Registry;
  readiness?: Readiness;
  /** OpenAPI document info. */
  title?: string;
  version?: string;
  description?: string;
  /** Serve /docs (Swagger UI); default true. */
  docs?: boolean;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY): false (default: nobody's) or the proxies' addresses / CIDRs. */
  trustProxy?: false | string[];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * What the web app and /docs (Swagger UI) need and nothing more: their own scripts, their own styles plus inline ones
 * (Swagger UI applies inline styles; scripts stay strict), data: images (the favicon, Swagger's icons), same-origin fetch
 * and WebSocket; never framed. No upgrade-insecure-requests: the app is also served over plain http on localhost.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
  upgradeInsecureRequests: null,
};

type CompilersFactory = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const app = Fastify({
    loggerInstance: options.log as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    // Accept a caller's X-Request-Id when it looks sane so one request can be followed across services.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 500 },
    // The zod compilers from the start: by default Fastify loads and builds its ajv and fast-json-stringify compilers
    // (~0.3 s of start-up CPU) only for setValidatorCompiler/setSerializerCompiler to replace them.
    // (Fastify types the factories after ajv's; any schema compiler is accepted at run time.)
    schemaController: { compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler } as unknown as CompilersFactory },
    // A URL the router refuses (bad encoding, an over-long segment) answers in the contract's error shape too.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
  }).withTypeProvider<ZodTypeProvider>();
  registerErrorHandling(app);
  registerJsonOnlyBodies(app);
  registerTextGuard(app);
  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  // helmet's middleware built once (@fastify/helmet builds it again on every request: ~3 % of the CPU under load).
  const securityHeaders = helmet({ contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY }, referrerPolicy: { policy: 'no-referrer' } });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: options.title ?? 'todo-chatbot API',
        version: options.version ?? '0.1.0',
        description: options.description ?? 'Tasks you can talk to. Errors are {"error":{"code","message","details?"}}.',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  if (options.docs ?? true) await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerHealthRoutes(app, options.readiness ?? new Readiness());
  registerHttpMetrics(app, options.metricsRegistry);
  return app;
}

/** Bodies must be JSON (`application/json` or `application/*+json`); an empty JSON body counts as no body. */
function registerJsonOnlyBodies(app: AnyHttpApp): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeAllContentTypeParsers();
  const parser = (request: FastifyRequest, body: string | Buffer, done: (err: Error | null, body?: unknown) => void) => {
    if (body.toString().trim() === '') return done(null, undefined);
    void parseJson!(request, body.toString(), done);
  };
  app.addContentTypeParser('application/json', { parseAs: 'string' }, parser);
  app.addContentTypeParser(/^application\/[\w.+-]+\+json$/, { parseAs: 'string' }, parser);
}
