// The JWT signing secret: JWT_SECRET when set, else one generated on first start and kept in DATA_DIR/secrets/JWT_SECRET.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function resolveJwtSecret(options: { jwtSecret?: string; dataDir: string }): Promise<string> {
  if (options.jwtSecret) return options.jwtSecret;
  const dir = join(options.dataDir, 'secrets');
  const file = join(dir, 'JWT_SECRET');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length >= 16) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  try {
    // 'wx': if another process wrote it first, keep theirs.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  }
}
