import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { runs } from '../_helpers/runs';
import { _deepFreeze } from '../../src/_lib/freeze';
import { dailySchedule, isWorkingDay } from '../../src/calendar/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, type Policy } from '../../src/policy/index';
import { allocateWorkPatterns, type WorkPatternInput, type WorkPatternResult } from '../../src/work-pattern/index';
import { unitInputArb } from '../arbitraries/work-pattern';
import { unitOracle } from './oracle';

const kamis = definePolicy(jabarMkd2025, { id: 'kamis', workPattern: { collectiveFlexibleWeekdays: ['KAMIS'] } });
const kamisUncounted = definePolicy(kamis, { id: 'kamis-uncounted', workPattern: { collectiveCountsTowardCap: false } });
const policyArb = fc.constantFrom<Policy>(jabarMkd2025, jabarMkd2023, kamis, kamisUncounted);
const NAMES = ['MINGGU', 'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU'] as const;
const weekdayOf = (date: string) => NAMES[new Date(`${date}T12:00:00Z`).getUTCDay()]!;

/** Checks every rule of the issue on a result, from the input alone. */
function checkRules(input: WorkPatternInput, policy: Policy, r: WorkPatternResult): void {
  const wp = policy.workPattern;
  const anchors = new Set(input.unit.anchorWeekdays ?? []);
  const collective = new Set(input.unit.servesPublicDirectly ? [] : wp.collectiveFlexibleWeekdays.filter((d) => !anchors.has(d)));
  const byId = new Map(input.employees.map((e) => [e.id, e]));
  const rowOf = new Map(r.roster.map((x) => [x.employeeId, x.days]));
  expect(r.roster.map((x) => x.employeeId)).toEqual([...byId.keys()].sort());
  const pinned = new Set(r.pins.kept.map((p) => `${p.employeeId} ${p.date}`));
  for (const e of input.employees) {
    const row = rowOf.get(e.id)!;
    expect(row).toHaveLength(r.dates.length);
    const cap = e.capException !== undefined && wp.capExceptions.includes(e.capException) ? Math.min(e.flexibleDaysPerWeek, wp.exceptionMaxFlexibleDaysPerWeek) : Math.min(e.flexibleDaysPerWeek, wp.maxFlexibleDaysPerWeek);
    const perWeek = new Map<string, { individual: number; collective: number }>();
    r.dates.forEach((date, k) => {
      const s = row[k]!;
      const wd = weekdayOf(date);
      const working = isWorkingDay(date, { policy });
      const leave = (e.leaveDates ?? []).includes(date);
      const field = (e.fieldWeekdays ?? []).includes(wd as never);
      if (!working) expect(s).toBe('LIBUR');
      else if (leave) expect(s).toBe('CUTI');
      else if (field) expect(s).toBe('LAPANGAN');
      else expect(['KANTOR', 'FLEKSIBEL']).toContain(s);
      if (s === 'FLEKSIBEL') {
        expect(anchors.has(wd as never)).toBe(false);
        expect((e.onsiteWeekdays ?? []).includes(wd as never)).toBe(false);
        const isCollective = collective.has(wd as never);
        const week = r.patterns[0]!.weeks.find((w) => date >= w.start && date <= w.end)!.week;
        const c = perWeek.get(week) ?? { individual: 0, collective: 0 };
        if (isCollective) c.collective++;
        else c.individual++;
        perWeek.set(week, c);
        if (!isCollective && e.backupPartner !== undefined) expect(rowOf.get(e.backupPartner)![k]).not.toBe('FLEKSIBEL');
      }
    });
    r.patterns[0]!.weeks.forEach((w, index) => {
      const c = perWeek.get(w.week) ?? { individual: 0, collective: 0 };
      const carry = index === 0 ? (input.carryIn?.[e.id] ?? 0) : 0;
      const counted = wp.collectiveCountsTowardCap ? c.collective : 0;
      expect(c.individual).toBeLessThanOrEqual(Math.max(0, cap - carry - counted));
    });
  }
  for (const c of r.coverage) {
    if (!c.enforced || c.met) continue;
    // Coverage may only be broken by kept pins (and leave): then nobody else is flexible.
    const k = r.dates.indexOf(c.date);
    for (const e of input.employees) if (rowOf.get(e.id)![k] === 'FLEKSIBEL') expect(pinned.has(`${e.id} ${c.date}`)).toBe(true);
  }
  for (const p of r.patterns) {
    for (const w of p.weeks) {
      const row = rowOf.get(p.employeeId)!;
      const worked = r.dates.filter((d, k) => d >= w.start && d <= w.end && ['KANTOR', 'FLEKSIBEL', 'LAPANGAN'].includes(row[k]!));
      expect(w.regularMinutes + w.flexibleMinutes).toBe(worked.reduce((sum, d) => sum + dailySchedule(d, { policy }).workMinutes, 0));
      // Each week's day counts are its roster's days by status (a collective day is flexible).
      const inWeek = r.dates.flatMap((d, k) => (d >= w.start && d <= w.end && row[k] !== 'LIBUR' ? [row[k]!] : []));
      const n = (...s: string[]) => inWeek.filter((x) => s.includes(x)).length;
      expect([w.officeDays, w.flexibleDays, w.fieldDays, w.leaveDays]).toEqual([n('KANTOR'), n('FLEKSIBEL', 'KOLEKTIF'), n('LAPANGAN'), n('CUTI')]);
    }
    // The month's totals are the sums of its weeks.
    const sum = (key: keyof (typeof p.weeks)[number]) => p.weeks.reduce((s, w) => s + (w[key] as number), 0);
    expect(p.month).toEqual({
      officeDays: sum('officeDays'),
      flexibleDays: sum('flexibleDays'),
      fieldDays: sum('fieldDays'),
      leaveDays: sum('leaveDays'),
      regularMinutes: sum('regularMinutes'),
      flexibleMinutes: sum('flexibleMinutes'),
    });
  }
}

describe('allocateWorkPatterns', () => {
  it.prop([unitInputArb({ maxEmployees: 8, pins: true }), policyArb], { numRuns: runs(60) })('every rule holds on every generated unit', (input, policy) => {
    checkRules(input, policy, allocateWorkPatterns(input, policy));
  });

  it.prop([unitInputArb({ maxEmployees: 3, pins: false }), fc.constantFrom(jabarMkd2025, jabarMkd2023)], { numRuns: runs(60) })(
    'the total granted and the largest shortfall equal the exact oracle',
    (input, policy) => {
      const r = allocateWorkPatterns(input, policy);
      const oracle = unitOracle(input, policy);
      expect(r.totals.granted).toBe(oracle.total);
      expect(r.totals.maxShortfall).toBe(oracle.maxShortfall);
    },
  );

  it.prop([unitInputArb({ maxEmployees: 8, pins: true }), policyArb, fc.integer()], { numRuns: runs(40) })(
    'permuting the employees gives the same output',
    (input, policy, seed) => {
      const shuffled = [...input.employees].sort((a, b) => ((a.id.charCodeAt(2) * 31 + seed) % 7) - ((b.id.charCodeAt(2) * 31 + seed) % 7) || (a.id < b.id ? 1 : -1));
      expect(JSON.stringify(allocateWorkPatterns({ ...input, employees: shuffled }, policy))).toBe(JSON.stringify(allocateWorkPatterns(input, policy)));
    },
  );

  it.prop([unitInputArb({ maxEmployees: 8, pins: true }), policyArb, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })], { numRuns: runs(40) })(
    'lowering minOnsitePercent never reduces the total granted',
    (input, policy, a, b) => {
      const at = (percent: number) => allocateWorkPatterns({ ...input, unit: { ...input.unit, minOnsitePercent: percent } }, policy).totals.granted;
      expect(at(Math.min(a, b))).toBeGreaterThanOrEqual(at(Math.max(a, b)));
    },
  );

  it.prop([unitInputArb({ maxEmployees: 8, pins: true }), policyArb], { numRuns: runs(30) })('the same input gives byte-identical JSON, and no input is mutated', (input, policy) => {
    const frozen = _deepFreeze(structuredClone(input));
    const first = JSON.stringify(allocateWorkPatterns(frozen, policy));
    expect(JSON.stringify(allocateWorkPatterns(structuredClone(input), policy))).toBe(first);
    expect(frozen).toEqual(input);
  });
});
