// The JWT signing secret: JWT_SECRET when set, else one generated on first start and kept in DATA_DIR/secrets/JWT_SECRET.
// A secret file that is there but weak (empty, short, a pattern) stops the start: it would make tokens forgeable.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError } from '../config.js';
import { weakSecretReason } from '../secret-strength.js';

export async function resolveJwtSecret(options: { jwtSecret?: string; dataDir: string }): Promise<string> {
  if (options.jwtSecret) return options.jwtSecret;
  const dir = join(options.dataDir, 'secrets');
  const file = join(dir, 'JWT_SECRET');
  const stored = await readSecretFile(file);
  if (stored !== undefined) return stored;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx': if another process wrote it first, keep theirs.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readSecretFile(file)) ?? secret;
  }
}

/** The file's secret; undefined when there is no file; ConfigError when it holds a weak one. */
async function readSecretFile(file: string): Promise<string | undefined> {
  let stored: string;
  try {
    stored = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const reason = weakSecretReason(stored);
  if (reason) {
    throw new ConfigError(`Invalid configuration: the JWT secret in ${file} ${reason}; delete the file to have one generated, or set JWT_SECRET.`);
  }
  return stored;
}
