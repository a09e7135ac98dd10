// bench/bundle — size of a tree-shaken import of one function from each module,
// minified and gzipped, with zod (a peer every app already has) left out.
// Target (architecture.md): under 5 kB min+gzip per module.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { machine } from './_harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cases = [
  ['policy', 'definePolicy'],
  ['policy', 'jabarMkd2025'],
  ['calendar', 'isWorkingDay'],
  ['nip', 'parseNip'],
  ['talent-box', 'classifyTalentBox'],
  ['remoteness', 'assessRemoteness'],
  ['readiness', 'checkReadiness'],
  ['performance', 'scoreMonthlyPerformance'],
  ['work-pattern', 'allocateWorkPatterns'],
  ['eligibility', 'assessEligibility'],
  ['locales', 'formatFinding'],
];

console.log(`\n## bundle: one import, tree-shaken, minified, zod external — ${machine()}\n`);
console.log('| import | min (bytes) | min+gzip (bytes) | under 5 kB |');
console.log('|---|---:|---:|:---:|');
for (const [module, name] of cases) {
  let out;
  try {
    out = await build({
      stdin: { contents: `export { ${name} } from 'kerja-dinamis/${module}';`, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      external: ['zod', 'zod/*'],
      treeShaking: true,
      logLevel: 'silent',
    });
  } catch {
    continue; // the module does not exist (yet)
  }
  const code = out.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(`| \`${name}\` from \`kerja-dinamis/${module}\` | ${code.length.toLocaleString('en-US')} | ${gz.toLocaleString('en-US')} | ${gz < 5120 ? 'yes' : 'no'} |`);
}
