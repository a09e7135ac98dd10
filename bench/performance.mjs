// bench/performance: 50,000 employees × 12 months of 2026 through the monthly score and
// the early warning, with a bare zod parse of the same inputs as the baseline, side by
// side in one run (bench/_harness.mjs).
//
// Usage: npm run build && node bench/performance.mjs
import { MonthlyPerformanceInputSchema, evaluateEarlyWarning, jabarMkd2025, scoreMonthlyPerformance, workingDaysInMonth } from '../dist/index.js';
import { compare, machine } from './_harness.mjs';

const EMPLOYEES = 50_000;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const WORKING = MONTHS.map((m) => workingDaysInMonth(m).length);
const LEVELS = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'];

// Deterministic data: most months are clean; some have absences, lateness, missing
// check-ins, low TRK minutes or a missing component, as real exports do.
let seed = 20260101;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (p) => rand() < p;
const employees = Array.from({ length: EMPLOYEES }, (_, e) => {
  const employeeId = `1987${String(e).padStart(14, '0')}`;
  return MONTHS.map((month, m) => {
    const w = WORKING[m];
    const leaveDays = pick(0.15) ? 1 + Math.floor(rand() * 3) : 0;
    const absent = pick(0.08) ? 1 + Math.floor(rand() * 2) : 0;
    const input = { employeeId, month };
    if (!pick(0.03)) input.trk = { effectiveMinutes: Math.floor((pick(0.1) ? 4500 : 6000) + rand() * 1500) };
    if (!pick(0.03)) {
      input.attendance = {
        daysPresent: w - leaveDays - absent,
        daysAbsentWithoutReason: absent,
        minutesLate: pick(0.3) ? Math.floor(rand() * 120) : 0,
        minutesEarlyLeave: pick(0.1) ? Math.floor(rand() * 60) : 0,
        flexibleDaysWithoutCheckIn: pick(0.05) ? 1 : 0,
        leaveDays,
      };
    }
    if (pick(0.5)) input.skp = { hasilKerja: LEVELS[1 + Math.floor(rand() * 2) - (pick(0.05) ? 1 : 0)], perilakuKerja: LEVELS[pick(0.03) ? 0 : 1 + Math.floor(rand() * 2)] };
    if (pick(0.002)) input.disciplinaryPenalty = 'RINGAN';
    return input;
  });
});
const inputs = employees.flat();

// One full pass, as an operator runs the monthly batch: each employee's 12 months scored,
// then the early warning over the results. Results are not kept (a batch writes them
// out), so the heap holds the inputs only.
let scoreMs = 0;
let warnMs = 0;
let revoked = 0;
for (const months of employees) {
  const t0 = performance.now();
  const results = months.map((input) => scoreMonthlyPerformance(input, jabarMkd2025));
  const t1 = performance.now();
  if (evaluateEarlyWarning(results, jabarMkd2025).finalState.level === 'DICABUT') revoked++;
  scoreMs += t1 - t0;
  warnMs += performance.now() - t1;
}

console.log(`# performance bench — ${EMPLOYEES.toLocaleString('en-US')} employees × 12 months (${inputs.length.toLocaleString('en-US')} employee-months), ${machine()}, ${new Date().toISOString().slice(0, 10)}`);
console.log(`\nOne pass: scoring ${Math.round(scoreMs).toLocaleString('en-US')} ms, early warning over the scored months ${Math.round(warnMs).toLocaleString('en-US')} ms, ${Math.round(scoreMs + warnMs).toLocaleString('en-US')} ms in all; ${revoked.toLocaleString('en-US')} employees end the year DICABUT.`);

// Side by side: each call handles a slice of 500 employees (6,000 employee-months),
// cycling through all of them; ops are employee-months.
const SLICE = 500;
let next = 0;
const slice = () => {
  const from = next;
  next = (next + SLICE) % EMPLOYEES;
  return employees.slice(from, from + SLICE);
};
// Scored results of the first 5,000 employees, kept for the early-warning-only case.
const scoredSlices = [];
for (let from = 0; from < 5_000; from += SLICE) scoredSlices.push(employees.slice(from, from + SLICE).map((months) => months.map((input) => scoreMonthlyPerformance(input, jabarMkd2025))));
let nextScored = 0;
let sink = 0;

compare('performance: employee-months per second', [
  {
    name: 'bare zod parse (MonthlyPerformanceInputSchema.parse)',
    fn: () => {
      for (const months of slice()) for (const input of months) sink += MonthlyPerformanceInputSchema.parse(input) === undefined ? 1 : 0;
      return SLICE * 12;
    },
  },
  {
    name: 'scoreMonthlyPerformance (parse + calendar + score + findings)',
    fn: () => {
      for (const months of slice()) for (const input of months) sink += scoreMonthlyPerformance(input, jabarMkd2025).findings.length;
      return SLICE * 12;
    },
  },
  {
    name: 'evaluateEarlyWarning over 12 scored results (validate + classify + transitions)',
    fn: () => {
      const part = scoredSlices[nextScored];
      nextScored = (nextScored + 1) % scoredSlices.length;
      for (const months of part) sink += evaluateEarlyWarning(months, jabarMkd2025).months.length;
      return SLICE * 12;
    },
  },
  {
    name: 'scoreMonthlyPerformance × 12 + evaluateEarlyWarning (the monthly pipeline)',
    fn: () => {
      for (const months of slice()) sink += evaluateEarlyWarning(months.map((input) => scoreMonthlyPerformance(input, jabarMkd2025)), jabarMkd2025).months.length;
      return SLICE * 12;
    },
  },
  {
    name: 'evaluateEarlyWarning over 12 raw inputs (scores inside, one calendar per call)',
    fn: () => {
      for (const months of slice()) sink += evaluateEarlyWarning(months, jabarMkd2025).months.length;
      return SLICE * 12;
    },
  },
]);
if (sink < 0) console.log(sink);
