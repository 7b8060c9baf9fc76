// A Dapr cron input binding as app routes: daprd probes OPTIONS /{binding} at start, then POSTs /{binding} each tick.
import type { Logger } from 'pino';
import type { DaprAppRoute, DaprAppRoutes } from './app-routes.js';

export interface CronBindingOptions {
  /** The binding component's name (deploy/dapr/components/*.yaml), also the route daprd calls. */
  bindingName: string;
  log: Logger;
  onTick(): Promise<void>;
}

export function createCronBinding(options: CronBindingOptions): DaprAppRoutes {
  const url = `/${options.bindingName}`;
  let running = false;
  return {
    routes: (): DaprAppRoute[] => [
      { method: 'OPTIONS', url, handle: async () => ({ status: 200 }) },
      {
        method: 'POST',
        url,
        handle: async () => {
          // A tick that overlaps a still-running sweep is skipped: the running one covers it.
          if (running) return { status: 200 };
          running = true;
          try {
            await options.onTick();
            return { status: 200 };
          } catch (error) {
            options.log.warn({ binding: options.bindingName, err: error }, 'cron sweep failed');
            return { status: 500 };
          } finally {
            running = false;
          }
        },
      },
    ],
  };
}
