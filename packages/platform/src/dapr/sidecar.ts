// A thin HTTP client for the local daprd sidecar (plain fetch): base URL, API token, timeouts, JSON bodies, health.
export interface DaprSidecarOptions {
  /** daprd's HTTP port (DAPR_HTTP_PORT). */
  httpPort: number;
  host?: string;
  /** Sent as `dapr-api-token` when daprd runs with DAPR_API_TOKEN. */
  apiToken?: string;
  /** Per-request timeout; a slow sidecar must not hang a caller forever. */
  timeoutMs?: number;
}

export interface SidecarRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface SidecarResponse {
  status: number;
  ok: boolean;
  /** Parsed JSON when the body is JSON, the text otherwise, undefined when empty. */
  body: unknown;
}

export interface DaprSidecar {
  readonly baseUrl: string;
  request(request: SidecarRequest): Promise<SidecarResponse>;
  /** `GET /v1.0/healthz` answers 204 once the sidecar is fully up (components loaded, app reachable). */
  healthy(): Promise<boolean>;
  /** `GET /v1.0/healthz/outbound` answers 204 once the sidecar can serve calls from the app (before the app is up). */
  outboundReady(): Promise<boolean>;
  /** Polls `outboundReady` until it holds or the deadline passes. */
  waitForOutbound(timeoutMs: number): Promise<void>;
}

export function createDaprSidecar(options: DaprSidecarOptions): DaprSidecar {
  const baseUrl = `http://${options.host ?? '127.0.0.1'}:${options.httpPort}`;
  const timeoutMs = options.timeoutMs ?? 10_000;

  const request = async (req: SidecarRequest): Promise<SidecarResponse> => {
    const url = new URL(req.path, baseUrl);
    for (const [key, value] of Object.entries(req.query ?? {})) url.searchParams.set(key, value);
    const headers: Record<string, string> = { ...req.headers };
    if (options.apiToken) headers['dapr-api-token'] = options.apiToken;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
      headers['content-type'] = req.contentType ?? 'application/json';
    }
    const response = await fetch(url, { method: req.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, ok: response.ok, body: parseBody(text, response.headers.get('content-type')) };
  };

  const probe = async (path: string): Promise<boolean> => {
    try {
      const response = await fetch(new URL(path, baseUrl), { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      return response.status === 204 || response.status === 200;
    } catch {
      return false;
    }
  };

  return {
    baseUrl,
    request,
    healthy: () => probe('/v1.0/healthz'),
    outboundReady: () => probe('/v1.0/healthz/outbound'),
    waitForOutbound: async (waitMs) => {
      const deadline = Date.now() + waitMs;
      while (!(await probe('/v1.0/healthz/outbound'))) {
        if (Date.now() > deadline) throw new Error(`Dapr sidecar at ${baseUrl} not ready after ${waitMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
  };
}

function parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Turns a failed sidecar answer into an Error with Dapr's errorCode/message when present. */
export function sidecarError(what: string, response: SidecarResponse): Error {
  const detail = response.body && typeof response.body === 'object' ? JSON.stringify(response.body) : String(response.body ?? '');
  return new Error(`${what} failed: HTTP ${response.status} ${detail}`.trim());
}
