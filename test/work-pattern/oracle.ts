import type { _SolverProblem } from '../../src/work-pattern/solver';

/**
 * Brute-force oracle for tiny problems, independent of the solver: tries every
 * subset of employees on every day (depth-first, pruned only by the rules) and
 * returns the largest total, and among allocations with that total the smallest
 * largest shortfall against the individual entitlement.
 */
export function bruteForce(p: _SolverProblem): { total: number; maxShortfall: number; entitled: number[] } {
  const { n, days, weeks } = p;
  const entitled = Array.from({ length: n }, (_, i) => {
    let e = 0;
    for (let w = 0; w < weeks; w++) {
      let free = 0;
      for (let d = 0; d < days; d++) if (p.weekOf[d] === w && (p.allowed[i]! >> d) & 1) free++;
      e += Math.min(free, p.cap[i * weeks + w]!);
    }
    return e;
  });
  const used = new Array<number>(n * weeks).fill(0);
  const got = new Array<number>(n).fill(0);
  let bestTotal = -1;
  let bestMax = Infinity;
  const visit = (d: number, total: number): void => {
    if (d === days) {
      const max = Math.max(0, ...got.map((g, i) => entitled[i]! - g));
      if (total > bestTotal || (total === bestTotal && max < bestMax)) {
        bestTotal = total;
        bestMax = max;
      }
      return;
    }
    const w = p.weekOf[d]!;
    for (let subset = 0; subset < 1 << n; subset++) {
      let ok = true;
      let size = 0;
      for (let i = 0; i < n && ok; i++) {
        if (!((subset >> i) & 1)) continue;
        size++;
        const k = p.partner[i]!;
        if (!((p.allowed[i]! >> d) & 1) || used[i * weeks + w]! >= p.cap[i * weeks + w]! || (k >= 0 && (subset >> k) & 1)) ok = false;
      }
      if (!ok || size > p.slack[d]!) continue;
      for (let i = 0; i < n; i++) if ((subset >> i) & 1) (used[i * weeks + w]!++, got[i]!++);
      visit(d + 1, total + size);
      for (let i = 0; i < n; i++) if ((subset >> i) & 1) (used[i * weeks + w]!--, got[i]!--);
    }
  };
  visit(0, 0);
  return { total: bestTotal, maxShortfall: bestMax, entitled };
}
