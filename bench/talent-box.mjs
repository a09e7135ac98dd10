// bench/talent-box: classifyTalentBox (validation + rules + findings) against a bare
// zod parse of the same inputs, side by side in one run.
import { classifyTalentBox, TalentAssessmentSchema, jabarMkd2025 } from '../dist/index.js';
import { compare, machine } from './_harness.mjs';

const LEVELS_K = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];
const LEVELS_P = ['RENDAH', 'MENENGAH', 'TINGGI'];

// 10,000 deterministic inputs: a third by levels, a third by scores, a third both.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const inputs = Array.from({ length: 10_000 }, (_, i) => {
  const assessedOn = `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`;
  const k = Math.round(rand() * 100 * 100) / 100;
  const p = Math.round(rand() * 100 * 100) / 100;
  if (i % 3 === 0) return { kinerja: LEVELS_K[i % 3 === 0 ? (i >> 2) % 3 : 0], potensial: LEVELS_P[(i >> 3) % 3], assessedOn };
  if (i % 3 === 1) return { kinerjaScore: k, potensialScore: p, assessedOn };
  return { kinerjaScore: k, potensialScore: p, kinerja: k >= 90 ? 'DI_ATAS_EKSPEKTASI' : k >= 70 ? 'SESUAI_EKSPEKTASI' : 'DI_BAWAH_EKSPEKTASI', potensial: p >= 90 ? 'TINGGI' : p >= 78 ? 'MENENGAH' : 'RENDAH', assessedOn };
});

let sink = 0;
console.log(`bench/talent-box — ${inputs.length.toLocaleString('en-US')} assessments, ${machine()}`);
compare('talent-box: classifications per second', [
  {
    name: 'bare zod parse (TalentAssessmentSchema.parse)',
    fn: () => {
      for (const input of inputs) sink += TalentAssessmentSchema.parse(input) === undefined ? 1 : 0;
      return inputs.length;
    },
  },
  {
    name: 'classifyTalentBox (parse + rules + findings)',
    fn: () => {
      for (const input of inputs) sink += classifyTalentBox(input, jabarMkd2025, { asOf: '2026-01-15' }).findings.length;
      return inputs.length;
    },
  },
]);
if (sink < 0) console.log(sink);
