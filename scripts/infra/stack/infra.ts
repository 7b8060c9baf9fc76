// Runs the bash infrastructure scripts (install and start PostgreSQL, Redis, Kafka; build Dapr) and reads their exports.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface InfraScripts {
  root: string;
  env?: Record<string, string>;
}

async function script(infra: InfraScripts, name: string, ...args: string[]): Promise<string> {
  const { stdout } = await run('bash', [join(infra.root, 'scripts/infra', name), ...args], {
    env: { ...process.env, ...infra.env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim();
}

/** `export A=1 B=2` lines → {A: '1', B: '2'}. */
export function parseExports(output: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const match = /^export\s+(.*)$/.exec(line.trim());
    if (!match?.[1]) continue;
    for (const pair of match[1].split(/\s+/)) {
      const eq = pair.indexOf('=');
      if (eq > 0) vars[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  }
  return vars;
}

export const installDapr = async (infra: InfraScripts) => (await script(infra, 'install-dapr.sh')).split('\n').pop() ?? '';

export async function startPostgres(infra: InfraScripts, name: string): Promise<string> {
  const url = parseExports(await script(infra, 'postgres.sh', 'start', name)).TEST_DATABASE_URL;
  if (!url) throw new Error('postgres.sh printed no URL');
  return url;
}
export const stopPostgres = (infra: InfraScripts, name: string) => script(infra, 'postgres.sh', 'stop', name);

export async function startRedis(infra: InfraScripts, name: string): Promise<string> {
  const host = parseExports(await script(infra, 'redis.sh', 'start', name)).REDIS_HOST;
  if (!host) throw new Error('redis.sh printed no host');
  return host;
}
export const stopRedis = (infra: InfraScripts, name: string) => script(infra, 'redis.sh', 'stop', name);

export async function startKafka(infra: InfraScripts, name: string): Promise<string> {
  const brokers = parseExports(await script(infra, 'kafka.sh', 'start', name)).KAFKA_BROKERS;
  if (!brokers) throw new Error('kafka.sh printed no brokers');
  return brokers;
}
export const stopKafka = (infra: InfraScripts, name: string) => script(infra, 'kafka.sh', 'stop', name);

/** Kafka's consumer lag per group: the sum over its partitions (one with no committed offset lags by its log end). */
export async function consumerLag(infra: InfraScripts, name: string): Promise<Map<string, number>> {
  const lag = new Map<string, number>();
  for (const line of (await script(infra, 'kafka.sh', 'lag', name)).split('\n')) {
    const [group, , , , logEnd, behind] = line.trim().split(/\s+/);
    if (!group || behind === undefined) continue;
    const count = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : 0);
    lag.set(group, (lag.get(group) ?? 0) + (/^\d+$/.test(behind) ? Number(behind) : count(logEnd)));
  }
  return lag;
}
