import { defineConfig } from 'tsup';

// The `kerja-dinamis` command: Node only, ESM only, one file with a shebang, and beside it
// the script of its worker threads (`decide-worker.js`, see src/decide-pool.ts). The
// library (`kerja-dinamis`) stays a dependency, imported at run time.
export default defineConfig({
  entry: { index: 'src/index.ts', 'decide-worker': 'src/decide-worker.ts' },
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
