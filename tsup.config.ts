// Bundles every service and the CLI into dist/cli.js; workspace packages are inlined, npm packages stay external.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  noExternal: [/^@todo\//],
});
