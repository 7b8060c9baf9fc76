// Vitest config of the distributed suite (npm run test:distributed): real Kafka, Redis, PostgreSQL, daprd sidecars.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/distributed/**/*.test.ts'],
    globalSetup: ['test/distributed/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
