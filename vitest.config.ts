import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CJS and ESM builds; packages that require() it and code that imports it must share one copy.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { METADATA_SERVER_DETECTION: 'none' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // No emulator, PostgreSQL, Redis or browser: files run side by side and finish in seconds.
          include: ['test/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/eval/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          // Tests share one Firestore emulator and one PostgreSQL; files run one at a time so their data never mixes.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
