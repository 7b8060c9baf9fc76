// ESLint (flat config): type-aware checks from typescript-eslint and the import boundaries of docs/ARCHITECTURE.md.
import tseslint from 'typescript-eslint';

const IO_MODULES = ['node:*', 'fs', 'fs/*', 'net', 'http', 'https', 'child_process', 'pg', '@electric-sql/pglite', 'drizzle-orm', 'drizzle-orm/*', 'fastify', 'ws', 'nodemailer', 'web-push', '@todo/db', '@todo/http', '@todo/platform', '@todo/platform/*'];
/** Another package's internals: import a package by its name and exports, never its src/ files. */
const DEEP_IMPORTS = { group: ['@todo/*/src', '@todo/*/src/*', '../../packages/*', '../../services/*', '../../../packages/*', '../../../services/*'], message: "Import the package by name (its index or exports), not another package's src/ internals." };
/** chat-api's front (chat, MCP, web) reaches tasks and users through the TaskService/UserDirectory it is given, never the core's files. */
const CORE_INTERNALS = { group: ['**/core', '**/core/*', '**/core/**'], message: "chat-api's front depends on the TaskService it is given (src/index.ts wires it), not on src/core/ internals." };
const ADAPTERS = { group: ['@todo/platform/embedded', '@todo/platform/dapr'], message: 'Services depend on ports (@todo/platform); adapters are wired by the composition roots in src/runtime/.' };

export default tseslint.config(
  // The no-explicit-any directives in the code are kept for editors running typescript-eslint's recommended set.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  { ignores: ['**/dist/**', '**/node_modules/**', 'web/vite.config.ts', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: { allowDefaultProject: ['scripts/*.ts', 'scripts/infra/stack/cli.ts', 'scripts/infra/stack/gateway-main.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      'no-restricted-imports': ['error', { patterns: [DEEP_IMPORTS] }],
    },
  },
  {
    files: ['services/*/src/**/*.ts'],
    ignores: ['services/*/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_IMPORTS, ADAPTERS] }] },
  },
  {
    files: ['services/chat-api/src/front/**/*.ts'],
    ignores: ['services/chat-api/src/front/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_IMPORTS, ADAPTERS, CORE_INTERNALS] }] },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEEP_IMPORTS, { group: IO_MODULES, message: 'packages/domain is pure: no I/O modules.' }] }] },
  },
);
