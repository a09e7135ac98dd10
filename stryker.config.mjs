// Mutation testing of the library's rules (`npm run test:mutation`; docs/testing.md).
// Stryker changes the sources one mutant at a time and runs the tests that cover the
// changed code; a mutant that no test notices "survives". Per module:
//   npm run test:mutation -- --mutate 'src/talent-box/**/*.ts'
// Incremental: results are kept in reports/stryker-incremental.json, so a second run
// only tests mutants whose code or tests changed. The property tests run with a pinned
// seed and few cases (FC_SEED, FC_NUM_RUNS, set by the npm script) so that a run is
// repeatable and a mutant's verdict does not depend on luck.
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/**/*.ts', '!src/**/index.ts', '!src/locales/id/**', '!src/locales/en/**', '!src/calendar/years/**'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 30000,
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
