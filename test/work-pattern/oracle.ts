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

/**
 * Exact oracle for a whole unit-month without pins or collective days, derived from
 * the input by the rules as written (not from the implementation's data structures):
 * dynamic programming over the dates, the state being each employee's flexible days
 * in the current ISO week and in the month so far. Returns the largest total and,
 * among allocations reaching it, the smallest largest shortfall.
 */
export function unitOracle(
  input: import('../../src/work-pattern/index').WorkPatternInput,
  policy: import('../../src/policy/index').Policy,
): { total: number; maxShortfall: number } {
  const { isWorkingDay } = calendarFns;
  const [y, m] = input.month.split('-').map(Number) as [number, number];
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const names = ['MINGGU', 'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU'];
  const emps = input.employees;
  const n = emps.length;
  const wp = policy.workPattern;
  const cap = emps.map((e) =>
    e.capException !== undefined && wp.capExceptions.includes(e.capException)
      ? Math.min(e.flexibleDaysPerWeek, wp.exceptionMaxFlexibleDaysPerWeek)
      : Math.min(e.flexibleDaysPerWeek, wp.maxFlexibleDaysPerWeek),
  );
  const percent = input.unit.minOnsitePercent ?? wp.minOnsitePercent;
  const headcount = input.unit.minOnsiteHeadcount ?? wp.minOnsiteHeadcount;
  type Day = { allowed: boolean[]; slack: number; monday: boolean; firstWeek: boolean };
  const days: Day[] = [];
  let firstWeek = true;
  for (let d = 1; d <= length; d++) {
    const date = `${input.month}-${String(d).padStart(2, '0')}`;
    const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    if (dow === 1 && d > 1) firstWeek = false;
    const wd = names[dow]!;
    if (!isWorkingDay(date, { policy })) {
      days.push({ allowed: emps.map(() => false), slack: 0, monday: dow === 1, firstWeek });
      continue;
    }
    const away = emps.map((e) => (e.leaveDates ?? []).includes(date) || (e.fieldWeekdays ?? []).includes(wd as never));
    const present = away.filter((a) => !a).length;
    const required = Math.max(headcount, Math.ceil((percent * present) / 100));
    const allowed = emps.map((e, i) => !away[i] && !(input.unit.anchorWeekdays ?? []).includes(wd as never) && !(e.onsiteWeekdays ?? []).includes(wd as never));
    days.push({ allowed, slack: Math.max(0, present - required), monday: dow === 1, firstWeek });
  }
  const weekCap = (i: number, first: boolean) => Math.max(0, cap[i]! - (first ? (input.carryIn?.[emps[i]!.id] ?? 0) : 0));
  // Entitlement: per week, min(cap, allowed days).
  const entitled = emps.map((_, i) => {
    let total = 0;
    let inWeek = 0;
    let first = true;
    days.forEach((day, k) => {
      if (day.monday && k > 0) {
        total += Math.min(inWeek, weekCap(i, first));
        inWeek = 0;
        first = false;
      }
      if (day.allowed[i]) inWeek++;
    });
    return total + Math.min(inWeek, weekCap(i, first));
  });
  const partnerOf = emps.map((e) => (e.backupPartner === undefined ? -1 : emps.findIndex((x) => x.id === e.backupPartner)));
  // State: used-this-week per employee, then granted per employee.
  let states = new Set<string>([[...Array(n).fill(0), ...Array(n).fill(0)].join(',')]);
  days.forEach((day, k) => {
    const next = new Set<string>();
    for (const key of states) {
      const s = key.split(',').map(Number);
      if (day.monday && k > 0) for (let i = 0; i < n; i++) s[i] = 0;
      for (let subset = 0; subset < 1 << n; subset++) {
        let ok = true;
        let size = 0;
        for (let i = 0; i < n && ok; i++) {
          if (!((subset >> i) & 1)) continue;
          size++;
          const p = partnerOf[i]!;
          if (!day.allowed[i] || s[i]! >= weekCap(i, day.firstWeek) || (p >= 0 && (subset >> p) & 1)) ok = false;
        }
        if (!ok || size > day.slack) continue;
        const t = [...s];
        for (let i = 0; i < n; i++) if ((subset >> i) & 1) (t[i]!++, t[n + i]!++);
        next.add(t.join(','));
      }
    }
    states = next;
  });
  let total = -1;
  let maxShortfall = Infinity;
  for (const key of states) {
    const g = key.split(',').map(Number).slice(n);
    const t = g.reduce((a, b) => a + b, 0);
    const worst = Math.max(0, ...g.map((x, i) => entitled[i]! - x));
    if (t > total || (t === total && worst < maxShortfall)) {
      total = t;
      maxShortfall = worst;
    }
  }
  return { total, maxShortfall };
}

import * as calendarFns from '../../src/calendar/index';
