/**
 * The number of cases a property with its own count runs: `n`, or fewer when `FC_NUM_RUNS`
 * asks for fewer (`npm run test:mutation` runs every property with a few pinned cases).
 * A property's own `numRuns` would otherwise override the global setting of test/setup.ts.
 */
export function runs(n: number): number {
  const cap = Number(process.env['FC_NUM_RUNS']);
  return Number.isInteger(cap) && cap > 0 ? Math.min(n, cap) : n;
}
