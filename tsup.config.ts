import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** One entry per public subpath; keep in step with `exports` in package.json. */
export const entries = {
  index: 'src/index.ts',
  'policy/index': 'src/policy/index.ts',
  'talent-box/index': 'src/talent-box/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'nip/index': 'src/nip/index.ts',
  'remoteness/index': 'src/remoteness/index.ts',
  'readiness/index': 'src/readiness/index.ts',
  'locales/index': 'src/locales/index.ts',
  'locales/id': 'src/locales/id.ts',
  'locales/en': 'src/locales/en.ts',
  'work-pattern/index': 'src/work-pattern/index.ts',
  'performance/index': 'src/performance/index.ts',
  'eligibility/index': 'src/eligibility/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  // ESM shares internals between entries through chunks; CJS gets copies (hence the
  // Symbol.for brands on InputError and on validated policies).
  splitting: true,
  treeshake: true,
  target: 'node20',
  platform: 'neutral',
  outDir: 'dist',
  // schemas/*.schema.json (shipped, gitignored): the JSON Schemas of every input and output,
  // generated from the sources once the bundles are written (scripts/json-schemas/).
  async onSuccess() {
    const { writeJsonSchemas } = await import('./scripts/json-schemas/generate');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    writeJsonSchemas('schemas', version);
  },
});
