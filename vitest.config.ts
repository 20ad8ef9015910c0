import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CJS and ESM builds; packages that require() it and code that imports it must share one copy.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Tests share one Firestore emulator and one PostgreSQL; files run one at a time so their data never mixes.
    fileParallelism: false,
    env: { METADATA_SERVER_DETECTION: 'none' },
  },
});
