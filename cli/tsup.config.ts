import { defineConfig } from 'tsup';

// The `kerja-dinamis` command: Node only, ESM only, one file with a shebang. The library
// (`kerja-dinamis`), zod and the CSV packages stay dependencies, imported at run time.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: false,
  splitting: false,
  treeshake: true,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  external: ['kerja-dinamis'],
  banner: { js: '#!/usr/bin/env node' },
});
