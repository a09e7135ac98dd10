import { allocateUnits, jabarMkd2025 } from '/work/main/dist/index.js';
import { makeUnits } from './zz-wpbench.mjs';
const units = makeUnits(100000, '2026-03', 7);
allocateUnits(units.slice(0, 50), jabarMkd2025);
globalThis.gc?.();
const t = performance.now();
for (let r = 0; r < 2; r++) allocateUnits(units, jabarMkd2025);
console.log('2 runs', performance.now() - t);
