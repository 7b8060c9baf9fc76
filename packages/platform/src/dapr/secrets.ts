// Secrets over the Dapr secret API (a local-file store self-hosted, Kubernetes secrets in a cluster).
import type { Secrets } from '../ports.js';
import { sidecarError, type DaprSidecar } from './sidecar.js';

export interface DaprSecretsOptions {
  sidecar: DaprSidecar;
  storeName: string;
}

export function createDaprSecrets(options: DaprSecretsOptions): Secrets {
  const { sidecar, storeName } = options;
  return {
    get: async (name) => {
      const response = await sidecar.request({
        method: 'GET',
        path: `/v1.0/secrets/${encodeURIComponent(storeName)}/${encodeURIComponent(name)}`,
      });
      if (response.ok && response.body && typeof response.body === 'object') {
        const value = (response.body as Record<string, unknown>)[name];
        return typeof value === 'string' ? value : undefined;
      }
      // The local-file store answers 500 ERR_SECRET_GET "secret … not found"; Kubernetes answers 404-ish errors.
      if (response.status === 204 || response.status === 404 || /not found/i.test(JSON.stringify(response.body ?? ''))) return undefined;
      throw sidecarError(`get secret ${name}`, response);
    },
  };
}
