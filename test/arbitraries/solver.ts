import fc from 'fast-check';
import type { _SolverProblem } from '../../src/work-pattern/solver';

/**
 * A matching of n employees from generated indices: consecutive distinct indices,
 * both still unpaired, pair up. Returns each one's partner, or −1.
 */
export function mutualPairs(indices: readonly number[], n: number): number[] {
  const partner = new Array<number>(n).fill(-1);
  for (let k = 0; k + 1 < indices.length; k += 2) {
    const a = indices[k]!;
    const b = indices[k + 1]!;
    if (a !== b && partner[a] === -1 && partner[b] === -1) {
      partner[a] = b;
      partner[b] = a;
    }
  }
  return partner;
}

/** A small integer allocation problem, valid by construction, small enough for brute force. */
export function solverProblemArb(maxEmployees = 4, maxDays = 6): fc.Arbitrary<_SolverProblem> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxEmployees }),
      weekLengths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }),
      seed: fc.integer(),
    })
    .filter(({ weekLengths }) => weekLengths.reduce((a, b) => a + b, 0) <= maxDays)
    .chain(({ n, weekLengths }) => {
      const days = weekLengths.reduce((a, b) => a + b, 0);
      const weeks = weekLengths.length;
      return fc
        .record({
          allowed: fc.array(fc.integer({ min: 0, max: 2 ** days - 1 }), { minLength: n, maxLength: n }),
          cap: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n * weeks, maxLength: n * weeks }),
          slack: fc.array(fc.integer({ min: 0, max: n }), { minLength: days, maxLength: days }),
          pairs: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
          order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
          preferred: fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
        })
        .map(({ allowed, cap, slack, pairs, order, preferred }) => {
          const weekOf: number[] = [];
          const weekdayOf: number[] = [];
          weekLengths.forEach((len, w) => {
            for (let k = 0; k < len; k++) {
              weekOf.push(w);
              weekdayOf.push(k + 1);
            }
          });
          const partner = Int32Array.from(mutualPairs(pairs, n));
          return {
            n,
            days,
            weeks,
            weekOf: Int32Array.from(weekOf),
            weekdayOf: Int32Array.from(weekdayOf),
            slack: Int32Array.from(slack),
            allowed: Int32Array.from(allowed),
            cap: Int32Array.from(cap),
            partner,
            order: Int32Array.from(order),
            preferred,
            salt: Int32Array.from(order.map((_, i) => (i * 7) % n)),
          } satisfies _SolverProblem;
        });
    });
}
