import { allocateUnits, jabarMkd2025 } from '/work/main/dist/index.js';
import { makeUnits } from './zz-wpbench.mjs';
const units = makeUnits(100000, '2026-03', 7);
allocateUnits(units.slice(0, 50), jabarMkd2025);
const xs = [];
for (let r = 0; r < 5; r++) { globalThis.gc?.(); const t = performance.now(); allocateUnits(units, jabarMkd2025); xs.push(performance.now() - t); }
console.log('min', Math.min(...xs).toFixed(0), 'all', xs.map((x) => x.toFixed(0)).join(' '));
