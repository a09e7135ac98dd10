import { describe, expect } from 'vitest';
import { it } from '@fast-check/vitest';
import { runs } from '../_helpers/runs';
import { _popcount, _solve, type _SolverProblem } from '../../src/work-pattern/solver';
import { solverProblemArb } from '../arbitraries/solver';
import { bruteForce } from './oracle';

function check(p: _SolverProblem, granted: Int32Array): void {
  for (let i = 0; i < p.n; i++) {
    expect(granted[i]! & ~p.allowed[i]!).toBe(0);
    const k = p.partner[i]!;
    if (k >= 0) expect(granted[i]! & granted[k]!).toBe(0);
    for (let w = 0; w < p.weeks; w++) {
      let inWeek = 0;
      for (let d = 0; d < p.days; d++) if (p.weekOf[d] === w && (granted[i]! >> d) & 1) inWeek++;
      expect(inWeek).toBeLessThanOrEqual(p.cap[i * p.weeks + w]!);
    }
  }
  for (let d = 0; d < p.days; d++) {
    let onDay = 0;
    for (let i = 0; i < p.n; i++) if ((granted[i]! >> d) & 1) onDay++;
    expect(onDay).toBeLessThanOrEqual(p.slack[d]!);
  }
}

describe('the exact solver core', () => {
  it.prop([solverProblemArb()], { numRuns: runs(300) })('grants respect allowed days, weekly caps, backup partners and coverage', (p) => {
    check(p, _solve(p).granted);
  });

  it.prop([solverProblemArb()], { numRuns: runs(300) })(
    'the total granted and the largest shortfall equal the brute-force optimum',
    (p) => {
      const r = _solve(p);
      const oracle = bruteForce(p);
      const total = Array.from(r.granted, _popcount).reduce((a, b) => a + b, 0);
      expect(Array.from(r.entitled)).toEqual(oracle.entitled);
      expect(total).toBe(oracle.total);
      const maxShortfall = Math.max(0, ...Array.from(r.granted, (g, i) => r.entitled[i]! - _popcount(g)));
      expect(maxShortfall).toBe(oracle.maxShortfall);
    },
  );

  it.prop([solverProblemArb(5, 10)])('the day counts match the grants', (p) => {
    const r = _solve(p);
    for (let d = 0; d < p.days; d++) {
      expect(r.count[d]).toBe(Array.from(r.granted).filter((g) => (g >> d) & 1).length);
    }
  });
});
