// The one place that turns any error into the contract's `{error:{code,message,details?}}` with the right HTTP status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { AnyHttpApp } from './app.js';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ConflictError, DomainError, ForbiddenError, InvalidError, NotFoundError, RateLimitedError, UnauthorizedError, UnavailableError, UnprocessableError } from '@todo/domain';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export const ErrorBodySchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' });

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function statusOfDomainError(error: DomainError): number {
  if (error instanceof InvalidError) return 400;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof UnprocessableError) return 422;
  if (error instanceof RateLimitedError) return 429;
  if (error instanceof UnavailableError) return 503;
  return 400;
}

// Fastify's own client errors, by code: status and our snake_case code.
const FASTIFY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'The request body is larger than 1 MiB.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Send the body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request', 'The Content-Length header does not match the body.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'The body is not valid JSON.'],
  // Raised by the router before any route runs (Fastify's frameworkErrors).
  FST_ERR_BAD_URL: [400, 'invalid_request', 'The URL is not valid.'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long', 'A path segment is longer than 500 characters.'],
};

interface ValidationIssue {
  path: string;
  message: string;
}

function validationIssues(error: FastifyError & { validation: { instancePath?: string; message?: string }[] }, part: string): ValidationIssue[] {
  return error.validation.map((issue) => {
    const path = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
    return { path: path ? `${part}.${path}` : part, message: issue.message ?? 'is invalid' };
  });
}

const PART_NAMES: Record<string, string> = { querystring: 'query', params: 'path', body: 'body', headers: 'headers' };

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = PART_NAMES[error.validationContext ?? 'body'] ?? 'body';
    const issues = validationIssues(error, part);
    const first = issues[0];
    const message = first ? `Invalid ${first.path}: ${first.message.replace(/\.$/, '')}.` : `Invalid ${part}.`;
    return reply.code(400).send(errorBody('invalid_request', message, { issues }));
  }
  if (error instanceof DomainError) {
    const status = statusOfDomainError(error);
    if (status === 401) void reply.header('www-authenticate', 'Bearer');
    const retryAfter = ((error as DomainError).details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (status === 429 && typeof retryAfter === 'number' && !reply.hasHeader('retry-after')) void reply.header('retry-after', String(retryAfter));
    return reply.code(status).send(errorBody(error.code, error.message, (error as DomainError).details));
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return reply.code(known[0]).send(errorBody(known[1], known[2]));
  if (error instanceof SyntaxError || (error as { type?: string }).type === 'entity.parse.failed') {
    return reply.code(400).send(errorBody('invalid_json', 'The body is not valid JSON.'));
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
    return reply.code(status).send(errorBody(codeForStatus(status), error.message || 'The request was rejected.'));
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send(errorBody('internal_error', 'Something went wrong on our side.'));
}

function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'invalid_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed',
    406: 'not_acceptable', 409: 'conflict', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limited',
  };
  return codes[status] ?? 'invalid_request';
}

export function registerErrorHandling(app: AnyHttpApp): void {
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`)),
  );
}
