// Secrets from the environment, else from files under DATA_DIR/secrets/<name> (kept there by whoever generated them).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Secrets } from '../ports.js';

export function createEnvSecrets(options: { env?: NodeJS.ProcessEnv; dataDir?: string }): Secrets {
  const env = options.env ?? process.env;
  return {
    get: async (name) => {
      const fromEnv = env[name];
      if (fromEnv) return fromEnv;
      if (!options.dataDir || !/^[A-Za-z0-9_.-]+$/.test(name)) return undefined;
      try {
        return (await readFile(join(options.dataDir, 'secrets', name), 'utf8')).trim() || undefined;
      } catch {
        return undefined;
      }
    },
  };
}
