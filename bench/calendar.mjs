// Calendar throughput: isWorkingDay and workingDaysInMonth sit inside the allocation
// and scoring inner loops. Compares the public functions (without and with a policy)
// with the internal compiled fast path those modules use.
//
// Usage: npm run build && node bench/calendar.mjs
// The public functions come from dist/. The compiled fast path is internal (not a
// public export), so this script bundles src/calendar/compiled.ts with esbuild into
// .bench-out/ first.
import { build } from 'esbuild';
import { compare, machine } from './_harness.mjs';
import { isWorkingDay, workingDaysInMonth } from '../dist/calendar/index.js';
import { jabarMkd2025 } from '../dist/policy/index.js';

await build({
  entryPoints: ['src/calendar/compiled.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  outfile: '.bench-out/calendar-compiled.mjs',
  logLevel: 'error',
});
const { _compileCalendar } = await import('../.bench-out/calendar-compiled.mjs');

// Every day and month of the built-in years, as strings and as epoch days.
const DAY0 = Date.UTC(2025, 0, 1) / 86_400_000; // bench-side only: the library never uses Date
const days = Array.from({ length: 730 }, (_, i) => DAY0 + i);
const dates = days.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const months = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const monthRanges = months.map((m) => {
  const first = Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)) - 1, 1) / 86_400_000;
  const next = Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 1) / 86_400_000;
  return [first, next];
});

const withPolicy = { policy: jabarMkd2025 };
const compiled = _compileCalendar(jabarMkd2025);
let sink = 0;

console.log(`# calendar bench — ${machine()}, ${new Date().toISOString().slice(0, 10)}`);

const N_PUBLIC = 200;
const N_FAST = 100_000;
let i = 0;
compare('isWorkingDay: calls per second', [
  {
    name: 'isWorkingDay(date) — public, built-in calendar',
    fn: () => {
      for (let k = 0; k < N_PUBLIC; k++) sink += isWorkingDay(dates[i++ % 730]) ? 1 : 0;
      return N_PUBLIC;
    },
  },
  {
    name: 'isWorkingDay(date, { policy }) — public, with a policy',
    fn: () => {
      for (let k = 0; k < N_PUBLIC; k++) sink += isWorkingDay(dates[i++ % 730], withPolicy) ? 1 : 0;
      return N_PUBLIC;
    },
  },
  {
    name: 'compiled.isWorkingDay(epochDay) — internal fast path',
    fn: () => {
      for (let k = 0; k < N_FAST; k++) sink += compiled.isWorkingDay(days[i++ % 730]) ? 1 : 0;
      return N_FAST;
    },
  },
  {
    name: 'compiled.workMinutes(epochDay) — internal fast path',
    fn: () => {
      for (let k = 0; k < N_FAST; k++) sink += compiled.workMinutes(days[i++ % 730]);
      return N_FAST;
    },
  },
  {
    name: '_compileCalendar(policy) — one compile (per allocation call)',
    fn: () => {
      for (let k = 0; k < N_PUBLIC; k++) sink += _compileCalendar(jabarMkd2025).years.length;
      return N_PUBLIC;
    },
  },
]);

const M_PUBLIC = 50;
const M_FAST = 5_000;
let j = 0;
compare('workingDaysInMonth: calls (months) per second', [
  {
    name: 'workingDaysInMonth(month) — public, built-in calendar',
    fn: () => {
      for (let k = 0; k < M_PUBLIC; k++) sink += workingDaysInMonth(months[j++ % 24]).length;
      return M_PUBLIC;
    },
  },
  {
    name: 'workingDaysInMonth(month, { policy }) — public, with a policy',
    fn: () => {
      for (let k = 0; k < M_PUBLIC; k++) sink += workingDaysInMonth(months[j++ % 24], withPolicy).length;
      return M_PUBLIC;
    },
  },
  {
    name: 'compiled: count a month over epoch days — internal fast path',
    fn: () => {
      for (let k = 0; k < M_FAST; k++) {
        const [first, next] = monthRanges[j++ % 24];
        for (let d = first; d < next; d++) sink += compiled.isWorkingDay(d) ? 1 : 0;
      }
      return M_FAST;
    },
  },
]);

if (sink === -1) console.log('unreachable', sink);
