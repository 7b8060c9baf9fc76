// A small fetch wrapper: JSON in/out, the session cookie with the CSRF header the server asks of cookie-authenticated
// changes (X-Requested-With), and the contract's error shape turned into ApiError.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  request<T>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T>;
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  del(path: string): Promise<void>;
  /** Raw fetch with the session's headers, for streams. */
  raw(path: string, init: RequestInit): Promise<Response>;
}

export async function toApiError(response: Response): Promise<ApiError> {
  let code = 'http_error';
  let message = `Request failed (${response.status}).`;
  let details: unknown;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      details = body.error.details;
    }
  } catch {
    // not JSON: keep the generic message
  }
  return new ApiError(response.status, code, message, details);
}

export function createApiClient(options: { onUnauthorized: () => void }): ApiClient {
  const headersFor = (init?: HeadersInit, hasBody = false): Headers => {
    const headers = new Headers(init);
    headers.set('X-Requested-With', 'todo-web');
    if (hasBody && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return headers;
  };

  const raw = async (path: string, init: RequestInit): Promise<Response> => {
    const response = await fetch(path, { credentials: 'same-origin', ...init, headers: headersFor(init.headers, init.body != null) });
    if (response.status === 401 && !path.startsWith('/api/auth/')) options.onUnauthorized();
    return response;
  };

  const request = async <T,>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<T> => {
    const response = await raw(path, { ...init, method, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw await toApiError(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };

  return {
    request,
    raw,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body ?? {}),
    patch: (path, body) => request('PATCH', path, body),
    del: async (path) => {
      await request<void>('DELETE', path);
    },
  };
}
