/**
 * The exact core of work-pattern allocation, on plain integers.
 *
 * One unit, one month. Employees `0…n−1`, the month's optimisable working days
 * `0…D−1` (D ≤ 31, so a set of days is a 32-bit mask), grouped into ISO weeks
 * `0…W−1`. Variables: `x[i][d]` = employee i gets an (unpinned) flexible day on d.
 *
 *   allowed    x[i][d] = 0 unless d ∈ allowed[i]
 *   weekly cap Σ_{d∈w} x[i][d] ≤ cap[i][w]
 *   backup     x[i][d] + x[partner(i)][d] ≤ 1
 *   coverage   Σ_i x[i][d] ≤ slack[d]
 *
 * This is a flow network — s → employee i → (i, week) [cap] → (pair, day) [1] →
 * day d → t [slack] — so the vectors of per-employee totals that can be granted
 * form an integral polymatroid. On it the greedy below is exact (docs/work-pattern.md):
 * repeatedly give one more day to the employee with the largest remaining shortfall
 * (entitled − granted), through an augmenting path, dropping an employee for good
 * when no path exists. The result has the maximum total (every maximal vector of a
 * polymatroid has the same sum) and the smallest possible largest shortfall (it
 * minimises Σ shortfall², whose minimisers over an integral base polyhedron are
 * decreasingly minimal — Federgruen & Groenevelt 1986; Frank & Murota 2022).
 * Which days an employee gets is a tie-break: preferred weekdays first, then the
 * same weekdays week after week.
 */

/** The integer problem for one unit and month. */
export interface _SolverProblem {
  /** Number of employees. */
  readonly n: number;
  /** Number of optimisable working days (≤ 31). */
  readonly days: number;
  /** Number of ISO weeks the days fall in. */
  readonly weeks: number;
  /** Week index of each day. */
  readonly weekOf: Int32Array;
  /** ISO weekday (1 = Monday … 5 = Friday) of each day. */
  readonly weekdayOf: Int32Array;
  /** Flexible days that may still be given on each day without breaking coverage (≥ 0). */
  readonly slack: Int32Array;
  /** Per employee, the mask of days on which an unpinned flexible day is allowed. */
  readonly allowed: Int32Array;
  /** Per employee and week (`i * weeks + w`), flexible days still allowed that week (≥ 0). */
  readonly cap: Int32Array;
  /** Per employee, the index of the backup partner, or −1. */
  readonly partner: Int32Array;
  /** Employees in tie-break order: earlier wins a tie on shortfall. */
  readonly order: Int32Array;
  /** Per employee, preferred ISO weekdays (1–5) in order of preference. */
  readonly preferred: readonly (readonly number[])[];
  /** Per employee, a stable rank (0…n−1) used last to break ties between weekdays. */
  readonly salt: Int32Array;
}

/** The solution: a mask of flexible days per employee, and the bookkeeping around it. */
export interface _SolverResult {
  /** Per employee, the mask of days granted. */
  readonly granted: Int32Array;
  /** Per employee, the days the individual rules alone would allow (cap, allowed days). */
  readonly entitled: Int32Array;
  /** Per day, flexible days granted. */
  readonly count: Int32Array;
  /** Number of augmenting-path searches that were needed (diagnostics for benchmarks). */
  readonly searches: number;
}

/** Number of set bits of a 32-bit mask. */
export function _popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Mask of the days of each week. */
function weekMasks(p: _SolverProblem): Int32Array {
  const masks = new Int32Array(p.weeks);
  for (let d = 0; d < p.days; d++) masks[p.weekOf[d]!]! |= 1 << d;
  return masks;
}

/** Days the individual rules alone allow employee i: Σ_w min(cap, allowed days in w). */
export function _entitledOf(p: _SolverProblem, i: number, masks: Int32Array = weekMasks(p)): number {
  let total = 0;
  for (let w = 0; w < p.weeks; w++) total += Math.min(p.cap[i * p.weeks + w]!, _popcount(p.allowed[i]! & masks[w]!));
  return total;
}

/**
 * Solves one unit-month exactly (see the file comment). Deterministic: the same
 * problem gives the same masks.
 */
export function _solve(p: _SolverProblem): _SolverResult {
  const { n, days, weeks, weekOf, weekdayOf, slack, allowed, cap, partner } = p;
  const masks = weekMasks(p);
  const granted = new Int32Array(n);
  const used = new Int32Array(n * weeks);
  const count = new Int32Array(days);
  const entitled = new Int32Array(n);
  const weekdayMask = new Int32Array(8);
  for (let d = 0; d < days; d++) weekdayMask[weekdayOf[d]!]! |= 1 << d;
  // Weekdays an employee has been given, in the order adopted: its pattern. It
  // starts with the preferred weekdays on which the employee may be flexible at all.
  const pattern: number[][] = [];
  let maxEntitled = 0;
  for (let i = 0; i < n; i++) {
    entitled[i] = _entitledOf(p, i, masks);
    if (entitled[i]! > maxEntitled) maxEntitled = entitled[i]!;
    pattern.push(p.preferred[i]!.filter((wd) => (allowed[i]! & weekdayMask[wd]!) !== 0));
  }

  /** Whether i can take day d directly: allowed, free, partner not on it, room in the week and on the day. */
  const canTake = (i: number, d: number): boolean => {
    const bit = 1 << d;
    const k = partner[i]!;
    return (
      (allowed[i]! & bit) !== 0 &&
      (granted[i]! & bit) === 0 &&
      (k < 0 || (granted[k]! & bit) === 0) &&
      used[i * weeks + weekOf[d]!]! < cap[i * weeks + weekOf[d]!]! &&
      count[d]! < slack[d]!
    );
  };
  const take = (i: number, d: number): void => {
    granted[i]! |= 1 << d;
    used[i * weeks + weekOf[d]!]! += 1;
    count[d]! += 1;
  };

  /** One more day for i without moving anyone: its pattern weekdays first, then the best new weekday. */
  const takeDirect = (i: number): boolean => {
    const own = pattern[i]!;
    for (const wd of own) {
      const m = weekdayMask[wd]!;
      for (let d = 0; d < days; d++) if ((m >> d) & 1 && canTake(i, d)) return take(i, d), true;
    }
    // Adopt a new weekday: the one with the most days i could take now, then the
    // most spare coverage, then a stable per-employee rotation.
    let best = -1;
    let bestDays = 0;
    let bestSlack = -1;
    let bestRot = 0;
    for (let wd = 1; wd <= 5; wd++) {
      if (own.includes(wd)) continue;
      let free = 0;
      let spare = 0;
      const m = weekdayMask[wd]!;
      for (let d = 0; d < days; d++) {
        if ((m >> d) & 1 && canTake(i, d)) {
          free += 1;
          spare += slack[d]! - count[d]!;
        }
      }
      if (free === 0) continue;
      const rot = (wd + p.salt[i]!) % 5;
      if (free > bestDays || (free === bestDays && (spare > bestSlack || (spare === bestSlack && rot < bestRot)))) {
        best = wd;
        bestDays = free;
        bestSlack = spare;
        bestRot = rot;
      }
    }
    if (best < 0) return false;
    own.push(best);
    const m = weekdayMask[best]!;
    for (let d = 0; d < days; d++) if ((m >> d) & 1 && canTake(i, d)) return take(i, d), true;
    return false;
  };

  // Augmenting-path search over the residual network, nodes numbered
  // E_j = j, W_{j,w} = n + j·weeks + w, D_d = n + n·weeks + d.
  const wBase = n;
  const dBase = n + n * weeks;
  const nodes = dBase + days;
  const parent = new Int32Array(nodes);
  const via = new Int32Array(nodes); // the day of the edge into a node, or −1
  const queue = new Int32Array(nodes);
  let searches = 0;

  const augment = (i: number): boolean => {
    searches += 1;
    parent.fill(-2);
    parent[i] = -1;
    let head = 0;
    let tail = 0;
    queue[tail++] = i;
    const visit = (from: number, to: number, day: number): void => {
      if (parent[to] !== -2) return;
      parent[to] = from;
      via[to] = day;
      queue[tail++] = to;
    };
    while (head < tail) {
      const u = queue[head++]!;
      if (u < wBase) {
        // E_j → W_{j,w} while the week has room; nothing else leaves E_j (never back to s).
        for (let w = 0; w < weeks; w++) if (used[u * weeks + w]! < cap[u * weeks + w]!) visit(u, wBase + u * weeks + w, -1);
      } else if (u < dBase) {
        const j = Math.floor((u - wBase) / weeks);
        const w = u - wBase - j * weeks;
        if (used[j * weeks + w]! > 0) visit(u, j, -1); // W → E: move j's day to another week
        const k = partner[j]!;
        const free = allowed[j]! & ~granted[j]! & masks[w]!;
        for (let d = 0; d < days; d++) {
          if (((free >> d) & 1) === 0) continue;
          if (k >= 0 && (granted[k]! >> d) & 1) visit(u, wBase + k * weeks + w, d); // swap with the partner
          else visit(u, dBase + d, d);
        }
      } else {
        const d = u - dBase;
        if (count[d]! < slack[d]!) {
          // Found t: apply the path backwards from D_d.
          apply(u);
          return true;
        }
        const w = weekOf[d]!;
        const bit = 1 << d;
        for (let j = 0; j < n; j++) if (granted[j]! & bit) visit(u, wBase + j * weeks + w, d); // j gives d up
      }
    }
    return false;
  };

  // Applies the path that ends at day node `end` (whose spare coverage takes the new
  // unit), walking it backwards.
  const apply = (end: number): void => {
    let v = end;
    while (parent[v]! >= 0) {
      const u = parent[v]!;
      const d = via[v]!;
      if (u < wBase) {
        used[v - wBase]! += 1; // E → W
      } else if (u < dBase) {
        const j = Math.floor((u - wBase) / weeks);
        if (v < wBase) {
          used[u - wBase]! -= 1; // W → E
        } else if (v < dBase) {
          const k = Math.floor((v - wBase) / weeks); // swap: j takes d from partner k
          granted[j]! |= 1 << d;
          granted[k]! &= ~(1 << d);
        } else {
          granted[j]! |= 1 << d; // W → D
          count[d]! += 1;
        }
      } else {
        const j = Math.floor((v - wBase) / weeks); // D → W: j gives d up
        granted[j]! &= ~(1 << d);
        count[d]! -= 1;
      }
      v = u;
    }
  };

  // Largest shortfall first, level by level; within a level, tie-break order.
  const rank = new Int32Array(n);
  p.order.forEach((employee, r) => (rank[employee] = r));
  const buckets: number[][] = Array.from({ length: maxEntitled + 1 }, () => []);
  for (const i of p.order) if (entitled[i]! > 0) buckets[entitled[i]!]!.push(i);
  for (let level = maxEntitled; level >= 1; level--) {
    const bucket = buckets[level]!.sort((a, b) => rank[a]! - rank[b]!);
    for (const i of bucket) {
      if (takeDirect(i) || augment(i)) buckets[level - 1]!.push(i);
    }
  }
  return { granted, entitled, count, searches };
}
