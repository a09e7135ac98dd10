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

import { _Arena } from './arena';

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
  /** Per employee, preferred ISO weekdays (1–5) in order of preference, distinct (the record schema refuses a repeated one). */
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

/** Days the individual rules alone allow employee i: Σ_w min(cap, allowed days in w), given each week's mask of days. */
function _entitledOf(p: _SolverProblem, i: number, masks: Int32Array): number {
  let total = 0;
  for (let w = 0; w < p.weeks; w++) total += Math.min(p.cap[i * p.weeks + w]!, _popcount(p.allowed[i]! & masks[w]!));
  return total;
}

/**
 * Solves one unit-month exactly (see the file comment). Deterministic: the same
 * problem gives the same masks.
 */
export function _solve(p: _SolverProblem, arena: _Arena = new _Arena()): _SolverResult {
  const { n, days, weeks, weekOf, weekdayOf, slack, allowed, cap, partner } = p;
  const masks = arena.int32(weeks);
  for (let d = 0; d < days; d++) masks[weekOf[d]!]! |= 1 << d;
  const granted = arena.int32(n);
  const used = arena.int32(n * weeks);
  const count = arena.int32(days);
  const entitled = arena.int32(n);
  const weekdayMask = arena.int32(8);
  for (let d = 0; d < days; d++) weekdayMask[weekdayOf[d]!]! |= 1 << d;
  // Weekdays an employee has been given, in the order adopted: its pattern (flat:
  // employee i's are pattern[5i … 5i + patternLength[i] − 1]). It starts with the
  // preferred weekdays, distinct. A weekday is adopted only when it has a day i can
  // take and no pattern weekday has one, so it is never already in the pattern: the
  // pattern stays distinct, at most five.
  const pattern = arena.int32(5 * n);
  const patternLength = arena.int32(n);
  let maxEntitled = 0;
  for (let i = 0; i < n; i++) {
    entitled[i] = _entitledOf(p, i, masks);
    if (entitled[i]! > maxEntitled) maxEntitled = entitled[i]!;
    for (const wd of p.preferred[i]!) pattern[5 * i + patternLength[i]!++] = wd;
  }

  // Days with no room left (count = slack), and per employee the days of its weeks
  // with no room left (used = cap): kept up to date by every change, so that the days
  // an employee can take directly are one mask expression.
  let fullDays = 0;
  for (let d = 0; d < days; d++) if (slack[d]! <= 0) fullDays |= 1 << d;
  const fullWeeks = arena.int32(n);
  for (let i = 0; i < n; i++) {
    for (let w = 0; w < weeks; w++) if (cap[i * weeks + w]! <= 0) fullWeeks[i]! |= masks[w]!;
  }
  const allDays = (2 ** days - 1) | 0; // every day full: no search can reach the sink
  /** Re-marks week w of employee j after its `used` changed. */
  const markWeek = (j: number, w: number): void => {
    if (used[j * weeks + w]! >= cap[j * weeks + w]!) fullWeeks[j]! |= masks[w]!;
    else fullWeeks[j]! &= ~masks[w]!;
  };
  /** Re-marks day d after its `count` changed. */
  const markDay = (d: number): void => {
    if (count[d]! >= slack[d]!) fullDays |= 1 << d;
    else fullDays &= ~(1 << d);
  };
  /** The days i can take directly: allowed, not taken, partner not on it, room in the week and on the day. */
  const takeable = (i: number): number => {
    const k = partner[i]!;
    return allowed[i]! & ~granted[i]! & ~(k >= 0 ? granted[k]! : 0) & ~fullWeeks[i]! & ~fullDays;
  };

  const take = (i: number, d: number): void => {
    granted[i]! |= 1 << d;
    used[i * weeks + weekOf[d]!]! += 1;
    count[d]! += 1;
    markWeek(i, weekOf[d]!);
    markDay(d);
  };

  /** One more day for i without moving anyone: its pattern weekdays first, then the best new weekday. */
  const takeDirect = (i: number): boolean => {
    const open = takeable(i);
    if (open === 0) return false;
    for (let q = 0; q < patternLength[i]!; q++) {
      const m = weekdayMask[pattern[5 * i + q]!]! & open;
      if (m !== 0) return take(i, 31 - Math.clz32(m & -m)), true;
    }
    // Adopt a new weekday: the one with the most days i could take now, then the
    // most spare coverage, then a stable per-employee rotation. (A pattern weekday has
    // no day left in `open`, or the loop above would have taken it.)
    let best = -1;
    let bestDays = 0;
    let bestSlack = -1;
    let bestRot = 0;
    for (let wd = 1; wd <= 5; wd++) {
      let m = weekdayMask[wd]! & open;
      if (m === 0) continue;
      const free = _popcount(m);
      if (free < bestDays) continue;
      let spare = 0;
      while (m !== 0) {
        const d = 31 - Math.clz32(m & -m);
        spare += slack[d]! - count[d]!;
        m &= m - 1;
      }
      const rot = (wd + p.salt[i]!) % 5;
      if (free > bestDays || spare > bestSlack || (spare === bestSlack && rot < bestRot)) {
        best = wd;
        bestDays = free;
        bestSlack = spare;
        bestRot = rot;
      }
    }
    pattern[5 * i + patternLength[i]!++] = best;
    const m = weekdayMask[best]! & open;
    return take(i, 31 - Math.clz32(m & -m)), true;
  };

  // Augmenting-path search over the residual network, nodes numbered
  // E_j = j, W_{j,w} = n + j·weeks + w, D_d = n + n·weeks + d.
  //
  // A node from which a search found no path to the sink stays so for good: later
  // augmenting paths never pass through it (it cannot reach the sink), and residual
  // capacities change only along a path, so no new edge leaves it. Such nodes are
  // marked dead and skipped, which makes the failed searches cost O(graph) in all.
  const wBase = n;
  const dBase = n + n * weeks;
  const nodes = dBase + days;
  const parent = arena.int32(nodes);
  const via = arena.int32(nodes); // the day of the edge into a node, or −1
  const seen = arena.int32(nodes); // generation stamp of the last search that reached the node
  const dead = arena.int32(nodes);
  const queue = arena.int32(nodes);
  let generation = 0;
  let searches = 0;
  let tail = 0;

  /** Queues `to` (reached from `from` by an edge of `day`, or −1) unless seen or dead; whether it was new. */
  const visit = (from: number, to: number, day: number): boolean => {
    if (seen[to] === generation || dead[to] === 1) return false;
    seen[to] = generation;
    parent[to] = from;
    via[to] = day;
    queue[tail++] = to;
    return true;
  };

  /**
   * Queues the week node `to` of employee j; when j could then take a day of that week
   * directly (free, allowed, not the partner's, with room), applies the path ending on
   * the first such day and says so. Breadth-first order would end the search there
   * too: the first week node queued with such a day is the first dequeued with it, and
   * nothing changes during a search.
   */
  const reachWeek = (from: number, to: number, day: number): boolean => {
    if (!visit(from, to, day)) return false;
    const j = ((to - wBase) / weeks) | 0;
    const k = partner[j]!;
    const room = allowed[j]! & ~granted[j]! & masks[to - wBase - j * weeks]! & ~(k >= 0 ? granted[k]! : 0) & ~fullDays;
    if (room === 0) return false;
    const d = 31 - Math.clz32(room & -room);
    parent[dBase + d] = to;
    via[dBase + d] = d;
    apply(dBase + d);
    return true;
  };

  const augment = (i: number): boolean => {
    if (dead[i] === 1 || fullDays === allDays) return false;
    searches += 1;
    generation += 1;
    seen[i] = generation;
    parent[i] = -1;
    let head = 0;
    tail = 0;
    queue[tail++] = i;
    while (head < tail) {
      const u = queue[head++]!;
      if (u < wBase) {
        // E_j → W_{j,w} while the week has room; nothing else leaves E_j (never back to s).
        for (let w = 0; w < weeks; w++) {
          if (used[u * weeks + w]! < cap[u * weeks + w]! && reachWeek(u, wBase + u * weeks + w, -1)) return true;
        }
      } else if (u < dBase) {
        // A queued week node has no day with room (else the search ended as it was queued).
        const j = ((u - wBase) / weeks) | 0;
        const w = u - wBase - j * weeks;
        if (used[j * weeks + w]! > 0) visit(u, j, -1); // W → E: move j's day to another week
        const k = partner[j]!;
        let free = allowed[j]! & ~granted[j]! & masks[w]!;
        while (free !== 0) {
          const d = 31 - Math.clz32(free & -free);
          free &= free - 1;
          if (k < 0 || ((granted[k]! >> d) & 1) === 0) visit(u, dBase + d, d); // a full day
          else if (reachWeek(u, wBase + k * weeks + w, d)) return true; // swap with the partner
        }
      } else {
        const d = u - dBase;
        const w = weekOf[d]!;
        const bit = 1 << d;
        for (let j = 0; j < n; j++) if (granted[j]! & bit && reachWeek(u, wBase + j * weeks + w, d)) return true; // j gives d up
      }
    }
    for (let q = 0; q < tail; q++) dead[queue[q]!] = 1;
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
        markWeek(u, v - wBase - u * weeks);
      } else if (u < dBase) {
        const j = ((u - wBase) / weeks) | 0;
        if (v < wBase) {
          used[u - wBase]! -= 1; // W → E
          markWeek(j, u - wBase - j * weeks);
        } else if (v < dBase) {
          const k = ((v - wBase) / weeks) | 0; // swap: j takes d from partner k
          granted[j]! |= 1 << d;
          granted[k]! &= ~(1 << d);
        } else {
          granted[j]! |= 1 << d; // W → D
          count[d]! += 1;
          markDay(d);
        }
      } else {
        const j = ((v - wBase) / weeks) | 0; // D → W: j gives d up
        granted[j]! &= ~(1 << d);
        count[d]! -= 1;
        markDay(d);
      }
      v = u;
    }
  };


  // Largest shortfall first, level by level; within a level, tie-break order.
  // Each employee's current shortfall; −1 once no more day can be given. A level is
  // served in tie-break order by walking the order, which keeps it without sorting.
  const level = arena.int32(n);
  for (let i = 0; i < n; i++) level[i] = entitled[i]!;
  for (let l = maxEntitled; l >= 1; l--) {
    for (let r = 0; r < n; r++) {
      const i = p.order[r]!;
      if (level[i] !== l) continue;
      level[i] = takeDirect(i) || augment(i) ? l - 1 : -1;
    }
  }
  return { granted, entitled, count, searches };
}
