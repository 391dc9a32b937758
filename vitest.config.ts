import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and end-to-end tests that build the extension (globalSetup)
// and drive Debian's Chromium. Run one with `vitest run --project unit` (or `e2e`).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // The report inlines its stylesheet (report/report.css?raw): the tests check what it holds.
          css: { include: [/report\.css/] },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/build-extension.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
