// Typed domain errors; each carries a snake_case code. The HTTP layer alone maps them to statuses and the contract shape.
export abstract class DomainError extends Error {
  abstract readonly code: string;
  readonly details?: unknown;
  constructor(message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    if (details !== undefined) this.details = details;
  }
}

export class NotFoundError extends DomainError {
  readonly code: string;
  constructor(message = 'Not found.', code = 'not_found') {
    super(message);
    this.code = code;
  }
}

export class InvalidError extends DomainError {
  readonly code: string;
  constructor(message: string, details?: unknown, code = 'invalid_request') {
    super(message, details);
    this.code = code;
  }
}

export class ConflictError extends DomainError {
  readonly code: string;
  constructor(message: string, code = 'conflict') {
    super(message);
    this.code = code;
  }
}

/** Well-formed input the server refuses in its context (e.g. an Idempotency-Key reused with another body): HTTP 422. */
export class UnprocessableError extends DomainError {
  readonly code: string;
  constructor(message: string, code = 'unprocessable') {
    super(message);
    this.code = code;
  }
}

export class UnauthorizedError extends DomainError {
  readonly code: string;
  constructor(message = 'Authentication required.', code = 'unauthorized') {
    super(message);
    this.code = code;
  }
}

/** Authenticated (or not) but refused for where the request comes from: a foreign Origin, a missing CSRF proof. */
export class ForbiddenError extends DomainError {
  readonly code: string;
  constructor(message = 'This request is not allowed.', code = 'forbidden') {
    super(message);
    this.code = code;
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'rate_limited';
  constructor(message = 'Too many requests; try again later.', details?: unknown) {
    super(message, details);
  }
}

/** A service this one depends on did not answer (down, timing out, failing): try again later. */
export class UnavailableError extends DomainError {
  readonly code = 'service_unavailable';
  constructor(message = 'A service is unavailable; try again shortly.', details?: unknown) {
    super(message, details);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
