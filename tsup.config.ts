// Bundles every service and the CLI into dist/: workspace packages and the npm packages loaded at start are inlined,
// so a start reads a few files instead of resolving and compiling ~1,000 modules (importing the embedded runtime: 1.0–1.4 → 0.5 s CPU).
import { defineConfig } from 'tsup';

/**
 * Stay in node_modules: packages that find files beside their own code (PGlite's wasm and data, Swagger UI's static
 * files and package.json, argon2's native addon), the ones whose CommonJS default export esbuild can't map (rrule),
 * and the ones loaded only when used (pg with DATABASE_URL, the LLM SDK and MCP on the first chat/MCP request, mail and
 * web push when configured): inlining those would not speed up a start.
 */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@node-rs/argon2',
  'rrule',
  'pg',
  'ai',
  '@ai-sdk/openai-compatible',
  '@modelcontextprotocol/sdk',
  'nodemailer',
  'web-push',
];
/** Every import but those (tsup keeps a package's dependencies external unless they match noExternal). */
const inlined = new RegExp(`^(?!(?:${EXTERNAL.map((name) => name.replaceAll('/', '\\/')).join('|')})(?:\\/|$))`);

export default defineConfig({
  // The PGlite thread's module is an entry of its own: packages/db pglite-thread.ts starts it beside the bundle.
  entry: { cli: 'src/cli.ts', 'pglite-worker': 'packages/db/src/pglite-worker.ts' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  noExternal: [inlined],
  // Inlined CommonJS packages call require(): give the ES module output one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
