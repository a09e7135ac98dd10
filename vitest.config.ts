import { defineConfig } from 'vitest/config';

// npm test sets TZ for each of its three runs; a bare `npx vitest` runs in UTC.
process.env['TZ'] ??= 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests read FC_SEED / FC_NUM_RUNS from the environment (test/arbitraries/fc.ts).
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    reporters: ['dot'],
  },
});
