import os from 'node:os';

// Minimal side-by-side benchmark harness: cases run interleaved in rounds, so a
// slow patch of the machine hits every case alike, and results are reported as
// ratios to the first case (the baseline) from the same run.
//
// Usage: node bench/<name>.mjs   (after `npm run build`; benchmarks import dist/)

/** Runs `fn` repeatedly for about `ms` milliseconds; returns operations per second. */
function measure(fn, ms) {
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    ops += fn();
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/**
 * Compares cases side by side. Each case's `fn` does some work and returns how many
 * operations it did (e.g. the number of records processed).
 *
 * @param {string} title
 * @param {{ name: string, fn: () => number }[]} cases - the first is the baseline
 * @param {{ rounds?: number, ms?: number, warmupMs?: number }} [options]
 */
export function compare(title, cases, { rounds = 7, ms = 300, warmupMs = 300 } = {}) {
  for (const c of cases) measure(c.fn, warmupMs);
  const samples = cases.map(() => []);
  for (let r = 0; r < rounds; r++) {
    cases.forEach((c, i) => samples[i].push(measure(c.fn, ms)));
  }
  const medians = samples.map((s) => s.sort((a, b) => a - b)[Math.floor(s.length / 2)]);
  const rows = cases.map((c, i) => ({
    case: c.name,
    'ops/s (median)': Math.round(medians[i]).toLocaleString('en-US'),
    'ratio to baseline': (medians[i] / medians[0]).toFixed(3),
  }));
  console.log(`\n## ${title}\n`);
  console.log('| case | ops/s (median of ' + rounds + ') | ratio to baseline |');
  console.log('|---|---:|---:|');
  for (const row of rows) console.log(`| ${row.case} | ${row['ops/s (median)']} | ${row['ratio to baseline']} |`);
  return rows;
}

/** Machine line for the report. */
export function machine() {
  // The load average says how much of the machine the run had: on shared cores a load
  // above the core count stretches every time, ratios from one interleaved run less so.
  const cores = os.cpus().length;
  return `node ${process.version}, ${process.platform}/${process.arch}, ${cores} cores, load average ${os.loadavg()[0].toFixed(1)} at the start`;
}

/** Deterministic PRNG (mulberry32): the same inputs on every machine and run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
