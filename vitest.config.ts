import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// npm test sets TZ for each of its three runs; a bare `npx vitest` runs in UTC.
process.env['TZ'] ??= 'UTC';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    // The command-line package imports the library by name; tests run it on the sources.
    alias: [
      { find: /^kerja-dinamis$/, replacement: `${src}index.ts` },
      { find: /^kerja-dinamis\/(locales\/(?:id|en))$/, replacement: `${src}$1.ts` },
      { find: /^kerja-dinamis\/([a-z-]+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    // `npm run test:pack` (KD_TEST=pack) runs the packed-package check alone.
    // `npm run test:mutation` (KD_TEST=mutation) runs the library's own tests only, less
    // the checks of the whole package that do not test a rule: the snippets' types, the
    // README, the host-zone runs, and the JSON Schemas' contract (test/json-schemas.test.ts,
    // 23 of the 32 s the rest takes — run for every mutant it covers, it made a module's run
    // take hours; docs/testing.md).
    include:
      process.env['KD_TEST'] === 'pack'
        ? ['cli/test/**/*.pack.ts']
        : process.env['KD_TEST'] === 'mutation'
          ? ['test/**/*.test.ts']
          : ['test/**/*.test.ts', 'cli/test/**/*.test.ts'],
    exclude: process.env['KD_TEST'] === 'mutation' ? ['test/snippets-compile.test.ts', 'test/readme.test.ts', 'test/host-zone.prop.test.ts', 'test/zone-digest.test.ts', 'test/json-schemas.test.ts', 'node_modules/**'] : ['node_modules/**'],
    // One module graph per worker: re-importing the library for every test file cost more
    // than the tests themselves (import 80 s of a 150 s run). No test leaves global state
    // behind (TZ is restored). Stryker's mutants are switched at run time, so mutation
    // runs share the graph too (a readiness dry run: 32 s isolated, 6 s not).
    isolate: false,
    // Property tests read FC_SEED / FC_NUM_RUNS from the environment (test/arbitraries/fc.ts).
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    reporters: ['dot'],
  },
});
