// Invoker over Dapr service invocation: `/v1.0/invoke/{appId}/method/{path}` through the local sidecar, which finds the
// target's sidecar by name resolution and applies the resiliency policy. The internal-call credential is added here.
import { InvocationError } from '../errors.js';
import type { Invoker } from '../ports.js';
import type { DaprSidecar } from './sidecar.js';

export interface DaprInvokerOptions {
  sidecar: DaprSidecar;
  /** Headers that authenticate the call as internal (e.g. a service token); resolved per call. */
  internalHeaders?: () => Promise<Record<string, string>> | Record<string, string>;
}

export function createDaprInvoker(options: DaprInvokerOptions): Invoker {
  const { sidecar } = options;
  return {
    invoke: async <T>(appId: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>) => {
      const internal = (await options.internalHeaders?.()) ?? {};
      let response;
      try {
        response = await sidecar.request({
          method,
          path: `/v1.0/invoke/${encodeURIComponent(appId)}/method/${path.replace(/^\//, '')}`,
          body,
          headers: { ...headers, ...internal },
        });
      } catch (error) {
        throw Object.assign(new InvocationError(appId, path, 0, String(error)), { cause: error });
      }
      if (!response.ok) throw new InvocationError(appId, path, response.status, response.body);
      return response.body as T;
    },
  };
}
