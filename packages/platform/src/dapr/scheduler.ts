// Scheduler over the Dapr Jobs API: one-shot jobs by name (scheduling again overwrites), and the POST /job/{name}
// callback daprd makes when a job is due. A failing handler answers 500 so the job's failure policy fires it again.
import type { Logger } from 'pino';
import type { Job, Scheduler } from '../ports.js';
import type { DaprAppRoute, DaprAppRoutes } from './app-routes.js';
import { sidecarError, type DaprSidecar } from './sidecar.js';

export interface DaprSchedulerOptions {
  sidecar: DaprSidecar;
  log: Logger;
  /** Jobs API version prefix: `v1.0` (Dapr ≥ 1.17), `v1.0-alpha1` before. */
  apiVersion?: string;
  /** How often a failed callback is retried (protobuf JSON duration: '1s', '0.5s'), and how many times. */
  retryInterval?: string;
  maxRetries?: number;
}

export type DaprScheduler = Scheduler & DaprAppRoutes;

/** What we store as the job's data: the due time travels with it so the callback can rebuild the Job. */
interface JobEnvelope {
  dueAt: string;
  data: unknown;
}

export function createDaprScheduler(options: DaprSchedulerOptions): DaprScheduler {
  const { sidecar, log } = options;
  const api = options.apiVersion ?? 'v1.0';
  let handler: ((job: Job) => Promise<void>) | undefined;
  const jobPath = (name: string) => `/${api}/jobs/${encodeURIComponent(name)}`;

  const routes = (): DaprAppRoute[] => [
    {
      method: 'POST',
      url: '/job/:name',
      handle: async ({ params, body }) => {
        const envelope = unwrapJobData(body);
        if (!handler) return { status: 503, body: { error: 'no job handler registered yet' } };
        const job: Job = { name: params.name ?? '', dueAt: new Date(envelope?.dueAt ?? Date.now()), data: envelope?.data };
        try {
          await handler(job);
          return { status: 200 };
        } catch (error) {
          log.warn({ job: job.name, err: error }, 'job handler failed; Dapr will fire it again');
          return { status: 500, body: { error: 'job handler failed' } };
        }
      },
    },
  ];

  return {
    schedule: async (job) => {
      const envelope: JobEnvelope = { dueAt: job.dueAt.toISOString(), data: job.data };
      const response = await sidecar.request({
        method: 'POST',
        path: jobPath(job.name),
        body: {
          dueTime: job.dueAt.toISOString(),
          data: envelope,
          overwrite: true,
          failurePolicy: { constant: { interval: options.retryInterval ?? '1s', maxRetries: options.maxRetries ?? 30 } },
        },
      });
      if (!response.ok) throw sidecarError(`schedule job ${job.name}`, response);
    },
    cancel: async (name) => {
      const response = await sidecar.request({ method: 'DELETE', path: jobPath(name) });
      // Deleting a job that already fired (or never existed) is not an error for us.
      if (!response.ok && response.status !== 404 && !isNotFound(response.body)) throw sidecarError(`delete job ${name}`, response);
    },
    onDue: (next) => {
      handler = next;
    },
    start: async () => {},
    close: async () => {},
    routes,
  };
}

/** daprd sends the job's data as JSON; older runtimes wrapped it as a protobuf Any (`{"@type", "value"}`). */
function unwrapJobData(body: unknown): JobEnvelope | undefined {
  let value = body;
  if (value && typeof value === 'object' && '@type' in value && 'value' in value) value = (value as { value: unknown }).value;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (value && typeof value === 'object' && 'dueAt' in value) return value as JobEnvelope;
  return undefined;
}

function isNotFound(body: unknown): boolean {
  return JSON.stringify(body ?? '').toLowerCase().includes('not found');
}
