// Builds dist/ (server bundle + web app) when it is missing or older than any source file.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sourceRoots = ['src', 'packages', 'services', 'web/src', 'web/index.html'];
const outputs = ['dist/cli.js', 'dist/pglite-worker.js', 'web/dist/index.html'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

const built = Math.min(...outputs.map((o) => (existsSync(o) ? statSync(o).mtimeMs : 0)));
const changed = Math.max(...sourceRoots.map(newestMtime));
if (built === 0 || changed > built) {
  console.error('[build] building dist/ …');
  execSync('npm run build', { stdio: 'inherit' });
}
