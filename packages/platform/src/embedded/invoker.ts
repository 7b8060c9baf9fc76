// Invoker for one process: calls the target app's routes in memory through Fastify's inject (no socket).
import type { Invoker } from '../ports.js';
import { InvocationError } from '../errors.js';

/** The part of a Fastify instance the invoker needs. */
export interface InjectTarget {
  inject(options: { method: string; url: string; payload?: string; headers?: Record<string, string> }): Promise<{ statusCode: number; body: string }>;
}

export function createInProcessInvoker(options: {
  /** appId → the app serving it (in the single process every service shares one app). */
  resolve: (appId: string) => InjectTarget | undefined;
  /** Headers added to every call (e.g. the internal-call token). */
  headers?: Record<string, string>;
}): Invoker {
  return {
    invoke: async <T>(appId: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
      const target = options.resolve(appId);
      if (!target) throw new InvocationError(appId, path, 0, { message: `unknown app ${appId}` });
      const response = await target.inject({
        method,
        url: path,
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers, ...headers },
      });
      const parsed: unknown = response.body ? safeJson(response.body) : undefined;
      if (response.statusCode < 200 || response.statusCode >= 300) throw new InvocationError(appId, path, response.statusCode, parsed);
      return parsed as T;
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
