// Services without the user store ask chat-api whether a session is open: only chat-api's 401 signs the caller out; chat-api
// being down or failing is a 503 to retry, never a false "session has ended".
import { describe, expect, it } from 'vitest';
import { UnauthorizedError, UnavailableError } from '@todo/domain';
import { InvocationError } from '@todo/platform';
import { statusOfDomainError } from '@todo/http';
import { sessionCheckFailure } from './dapr-services.js';

describe('sessionCheckFailure', () => {
  it('is a 401 "session has ended" for chat-api\'s 401 only', () => {
    const ended = sessionCheckFailure(new InvocationError('chat-api', '/api/me', 401, { error: { code: 'invalid_token' } }));
    expect(ended).toBeInstanceOf(UnauthorizedError);
    expect(statusOfDomainError(ended as UnauthorizedError)).toBe(401);
  });

  it.each([
    ['chat-api unreachable', new InvocationError('chat-api', '/api/me', 0, 'ECONNREFUSED')],
    ['chat-api failing', new InvocationError('chat-api', '/api/me', 500, null)],
    ['the sidecar timing out', new InvocationError('chat-api', '/api/me', 504, null)],
    ['a thrown error', new Error('socket hang up')],
  ])('is a 503 to retry for %s', (_name, error) => {
    const failure = sessionCheckFailure(error);
    expect(failure).toBeInstanceOf(UnavailableError);
    expect(statusOfDomainError(failure as UnavailableError)).toBe(503);
  });
});
