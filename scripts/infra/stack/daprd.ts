// The command line of one daprd sidecar in self-hosted mode (127.0.0.1 only, its own ports, our resources and config).
import { join } from 'node:path';
import type { ProcessSpec } from './processes.js';

export interface DaprdOptions {
  daprDir: string;
  runDir: string;
  appId: string;
  /** The POD_NAME daprd sees (Kubernetes: the pod's name): fills {podName} in components, e.g. a per-replica consumer group. */
  podName: string;
  appPort: number;
  daprHttpPort: number;
  daprGrpcPort: number;
  internalGrpcPort: number;
  metricsPort: number;
  resourcesDir: string;
  configFile: string;
  schedulerPort: number;
  logLevel?: string;
}

export function daprdSpec(options: DaprdOptions): ProcessSpec {
  return {
    name: `${options.podName}-daprd`,
    command: join(options.daprDir, 'daprd'),
    args: [
      '--app-id', options.appId,
      '--app-port', String(options.appPort),
      '--app-protocol', 'http',
      '--app-channel-address', '127.0.0.1',
      '--dapr-http-port', String(options.daprHttpPort),
      '--dapr-grpc-port', String(options.daprGrpcPort),
      '--dapr-internal-grpc-port', String(options.internalGrpcPort),
      '--dapr-internal-grpc-listen-address', '127.0.0.1',
      '--dapr-listen-addresses', '127.0.0.1',
      '--metrics-port', String(options.metricsPort),
      '--resources-path', options.resourcesDir,
      '--config', options.configFile,
      '--scheduler-host-address', `127.0.0.1:${options.schedulerPort}`,
      '--dapr-graceful-shutdown-seconds', '2',
      '--log-level', options.logLevel ?? 'info',
    ],
    cwd: options.runDir,
    logFile: join(options.runDir, 'logs', `${options.podName}-daprd.log`),
    env: { POD_NAME: options.podName },
  };
}
