import { beforeEach, describe, expect, it } from 'vitest';
import { issuesOf, placesOf } from '../_helpers/input-error';
import { dailySchedule } from '../../src/calendar/index';
import { formatFinding, localeId } from '../../src/locales/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, jabarMkd2026, jabarWfhHalf2025, nationalFwa2025 } from '../../src/policy/index';
import {
  allocateUnits,
  allocateWorkPatterns,
  type WorkPatternEmployee,
  type WorkPatternInput,
  type WorkPatternResult,
} from '../../src/work-pattern/index';
import { _isWorkPatternInput } from '../../src/work-pattern/schema';

const emp = (id: string, flexibleDaysPerWeek: number, extra: Partial<WorkPatternEmployee> = {}): WorkPatternEmployee => ({ id, flexibleDaysPerWeek, ...extra });
const unitOf = (employees: WorkPatternEmployee[], extra: Partial<WorkPatternInput> = {}, month = '2026-02'): WorkPatternInput => ({
  unit: { id: 'bidang-a' },
  month,
  employees,
  carryIn: {},
  ...extra,
});
const row = (r: WorkPatternResult, id: string) => r.roster.find((x) => x.employeeId === id)!.days;
const on = (r: WorkPatternResult, id: string, date: string) => row(r, id)[r.dates.indexOf(date)];
const flexDates = (r: WorkPatternResult, id: string) => r.dates.filter((_, k) => row(r, id)[k] === 'FLEKSIBEL');
const codes = (r: WorkPatternResult) => r.findings.map((f) => f.code);
const weekdayOf = (date: string) => ['MINGGU', 'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU'][new Date(`${date}T12:00:00Z`).getUTCDay()];

// February 2026: Sunday the 1st; Monday 16 (cuti bersama) and Tuesday 17 (Imlek) are
// holidays; Ramadan 1447 H begins on the 19th (approximate) — 18 working days.
describe('allocateWorkPatterns: the calendar of the month', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof allocateWorkPatterns>;
  beforeEach(() => {
    r = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 2), emp('C', 2)]), jabarMkd2025);
  });

  it('lists every date of the month for every employee', () => {
    expect(r.dates).toHaveLength(28);
    expect(r.dates[0]).toBe('2026-02-01');
    for (const x of r.roster) expect(x.days).toHaveLength(28);
  });

  it('marks weekends and holidays LIBUR, and never makes them flexible', () => {
    for (const x of r.roster) {
      expect(x.days[r.dates.indexOf('2026-02-01')]).toBe('LIBUR');
      expect(x.days[r.dates.indexOf('2026-02-16')]).toBe('LIBUR');
      expect(x.days[r.dates.indexOf('2026-02-17')]).toBe('LIBUR');
    }
    expect(r.coverage).toHaveLength(18);
  });

  it('keeps the cap in a week shortened by holidays', () => {
    // Week 2026-W08 has three working days (18, 19, 20).
    for (const id of ['A', 'B', 'C']) {
      const inW08 = flexDates(r, id).filter((d) => d >= '2026-02-16' && d <= '2026-02-22');
      expect(inW08.length).toBeLessThanOrEqual(2);
    }
  });

  it('fills the one free place of every working day and spreads the shortfall evenly', () => {
    // 3 staff: required on site = max(1, ⌈50 % × 3⌉) = 2, so one may be away each day:
    // 18 places for 3 × 8 entitled days (2 a week in each of four working weeks).
    expect(r.totals).toMatchObject({ entitled: 24, granted: 18, maxShortfall: 2 });
    expect(r.coverage.every((c) => c.met && c.onSite === 2)).toBe(true);
  });
});

describe('allocateWorkPatterns: individual rules', () => {
  it('gives no flexible day on the unit anchor weekday', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4), emp('B', 4), emp('C', 4), emp('D', 4)], { unit: { id: 'u', anchorWeekdays: ['SENIN'] } }), jabarMkd2023);
    for (const id of ['A', 'B', 'C', 'D']) expect(flexDates(r, id).map(weekdayOf)).not.toContain('SENIN');
  });

  it('marks leave CUTI, never flexible, and leaves it out of the staff present', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 2, { leaveDates: ['2026-02-10', '2026-02-11', '2026-03-02'] }), emp('B', 2)]), jabarMkd2025);
    expect(on(r, 'A', '2026-02-10')).toBe('CUTI');
    expect(on(r, 'A', '2026-02-11')).toBe('CUTI');
    expect(r.coverage.find((c) => c.date === '2026-02-10')!.present).toBe(1);
    expect(r.patterns.find((p) => p.employeeId === 'A')!.month.leaveDays).toBe(2);
  });

  it('treats field duty as away, not flexible, and outside the cap', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 2, { fieldWeekdays: ['RABU'] }), emp('B', 0), emp('C', 0), emp('D', 0)]), jabarMkd2025);
    expect(on(r, 'A', '2026-02-04')).toBe('LAPANGAN');
    const a = r.patterns.find((p) => p.employeeId === 'A')!;
    expect(a.month.fieldDays).toBe(4); // the Wednesdays 4, 11, 18 and 25
    const w06 = a.weeks.find((w) => w.week === '2026-W06')!;
    expect(w06.flexibleDays).toBe(2);
    expect(w06.fieldDays).toBe(1);
    expect(r.coverage.find((c) => c.date === '2026-02-04')!.present).toBe(3);
  });

  it("never makes an employee flexible on their on-site weekdays", () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4, { onsiteWeekdays: ['SELASA', 'KAMIS'] }), emp('B', 0), emp('C', 0), emp('D', 0), emp('E', 0)]), jabarMkd2023);
    expect(flexDates(r, 'A').map(weekdayOf).sort()).not.toContain('SELASA');
    expect(flexDates(r, 'A').map(weekdayOf)).not.toContain('KAMIS');
    expect(r.patterns.find((p) => p.employeeId === 'A')!.weeks.find((w) => w.week === '2026-W06')!.flexibleDays).toBe(3);
  });

  it('never gives backup partners the same flexible day', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4, { backupPartner: 'B' }), emp('B', 4, { backupPartner: 'A' }), emp('C', 0), emp('D', 0), emp('E', 0), emp('F', 0)]), jabarMkd2023);
    const a = new Set(flexDates(r, 'A'));
    expect(flexDates(r, 'B').filter((d) => a.has(d))).toEqual([]);
    // Five working days a week shared by two (three in the holiday week): 4 + 4 cannot
    // both be had; 15 entitled each, 18 granted together, the shortfall split evenly.
    expect(r.shortfalls.map((s) => [s.employeeId, s.reason, s.entitled, s.granted])).toEqual([
      ['A', 'BACKUP_PARTNER', 15, 9],
      ['B', 'BACKUP_PARTNER', 15, 9],
    ]);
    expect(r.totals.granted).toBe(18); // every working day one of the pair is away
  });

  it('prefers the preferred weekdays when the unit has room', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 2, { preferredWeekdays: ['JUMAT', 'RABU'] }), emp('B', 0), emp('C', 0)]), jabarMkd2025);
    expect(new Set(flexDates(r, 'A').map(weekdayOf))).toEqual(new Set(['JUMAT', 'RABU']));
    expect(r.patterns[0]!.flexibleWeekdays).toEqual(['RABU', 'JUMAT']);
  });

  it('keeps to the same weekdays week after week', () => {
    // June 2026: full working weeks 8–12 and 22–26 (1 June and 16 June are holidays).
    const r = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 0), emp('C', 0)], {}, '2026-06'), jabarMkd2025);
    const week = (from: string, to: string) => flexDates(r, 'A').filter((d) => d >= from && d <= to).map(weekdayOf).sort();
    expect(week('2026-06-08', '2026-06-12')).toHaveLength(2);
    expect(week('2026-06-22', '2026-06-26')).toEqual(week('2026-06-08', '2026-06-12'));
    expect(r.patterns[0]!.flexibleWeekdays.slice(0, 2).sort()).toEqual(week('2026-06-08', '2026-06-12'));
  });
});

describe('allocateWorkPatterns: weekly caps and exceptions', () => {
  it('caps an entitlement of 4 at the national 2 days, with a finding', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4), emp('B', 0), emp('C', 0), emp('D', 0)]), jabarMkd2025);
    expect(r.patterns[0]!.weeklyCap).toBe(2);
    expect(r.findings).toContainEqual({ rule: 'work_pattern', outcome: 'pass', code: 'work_pattern_cap_applied', params: { employeeId: 'A', requested: 4, cap: 2 } });
  });

  it('gives the Jabar 2023 policy its 4 days a week', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4), emp('B', 0), emp('C', 0), emp('D', 0)]), jabarMkd2023);
    expect(r.patterns[0]!.weeks.find((w) => w.week === '2026-W06')!.flexibleDays).toBe(4);
  });

  it('lifts the cap for an approved exception', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4, { capException: 'TUGAS_LUAR' }), emp('B', 0), emp('C', 0), emp('D', 0)]), jabarMkd2025);
    expect(r.patterns[0]!.weeklyCap).toBe(4);
    expect(r.findings).toContainEqual({ rule: 'work_pattern', outcome: 'pass', code: 'work_pattern_cap_exception', params: { employeeId: 'A', exception: 'TUGAS_LUAR', cap: 4 } });
  });

  it('applies the ordinary cap when the policy does not recognise the exception', () => {
    const strict = definePolicy(jabarMkd2025, { id: 'no-exceptions', workPattern: { capExceptions: ['TUGAS_LUAR'] } });
    const r = allocateWorkPatterns(unitOf([emp('A', 4, { capException: 'KEADAAN_KHUSUS' }), emp('B', 0), emp('C', 0)]), strict);
    expect(r.patterns[0]!.weeklyCap).toBe(2);
    expect(codes(r)).toContain('work_pattern_cap_exception_not_allowed');
  });
});

// April 2026 starts on a Wednesday; the ISO week of the 1st (2026-W14) has two working
// days in April (1 and 2; the 3rd is Good Friday).
describe('allocateWorkPatterns: a month starting mid-week and carry-in', () => {
  const staff = [emp('A', 2), emp('B', 0), emp('C', 0), emp('D', 0)];

  it('reduces the first week cap by the flexible days already granted in March', () => {
    const r = allocateWorkPatterns(unitOf(staff, { carryIn: { A: 2 } }, '2026-04'), jabarMkd2025);
    expect(on(r, 'A', '2026-04-01')).toBe('KANTOR');
    expect(on(r, 'A', '2026-04-02')).toBe('KANTOR');
    expect(r.patterns[0]!.weeks[0]).toMatchObject({ week: '2026-W14', start: '2026-04-01', end: '2026-04-05', flexibleDays: 0 });
  });

  it('uses the rest of the first week when one day was carried in', () => {
    const r = allocateWorkPatterns(unitOf(staff, { carryIn: { A: 1 } }, '2026-04'), jabarMkd2025);
    expect(r.patterns[0]!.weeks[0]!.flexibleDays).toBe(1);
  });

  it('assumes zero, and says so, when no carry-in is given', () => {
    const r = allocateWorkPatterns({ unit: { id: 'u' }, month: '2026-04', employees: staff }, jabarMkd2025);
    expect(r.findings[0]).toEqual({ rule: 'work_pattern', outcome: 'unknown', code: 'work_pattern_carry_in_assumed_zero', params: { week: '2026-W14' } });
    expect(r.patterns[0]!.weeks[0]!.flexibleDays).toBe(2);
  });

  it('has no carry-in question when the month starts on a Monday', () => {
    const r = allocateWorkPatterns({ unit: { id: 'u' }, month: '2026-06', employees: staff }, jabarMkd2025);
    expect(codes(r)).not.toContain('work_pattern_carry_in_assumed_zero');
  });
});

describe('allocateWorkPatterns: coverage', () => {
  it('keeps max(head count, ⌈percent × present / 100⌉) on site', () => {
    // 5 present, 50 % → ⌈2.5⌉ = 3 on site, so at most 2 away a day.
    const staff = ['A', 'B', 'C', 'D', 'E'].map((id) => emp(id, 2));
    const r = allocateWorkPatterns(unitOf(staff), jabarMkd2025);
    for (const c of r.coverage) {
      expect(c.required).toBe(3);
      expect(c.onSite).toBeGreaterThanOrEqual(3);
    }
    // 18 days × 2 = 36 slots for 5 × 8 = 40 entitled days: the shortfall of 4 is spread.
    expect(r.totals).toMatchObject({ entitled: 40, granted: 36, maxShortfall: 1 });
    expect(r.shortfalls.every((s) => s.reason === 'COVERAGE' && s.shortfall === 1)).toBe(true);
  });

  it('uses the unit minimum head count over the percentage', () => {
    const staff = ['A', 'B', 'C', 'D'].map((id) => emp(id, 2));
    const r = allocateWorkPatterns(unitOf(staff, { unit: { id: 'u', minOnsiteHeadcount: 3 } }), jabarMkd2025);
    expect(r.coverage.every((c) => c.required === 3 && c.flexible <= 1)).toBe(true);
  });

  it('reports, and does not throw, when leave leaves the unit short', () => {
    const staff = [emp('A', 2, { leaveDates: ['2026-02-10'] }), emp('B', 2, { leaveDates: ['2026-02-10'] }), emp('C', 2)];
    const r = allocateWorkPatterns(unitOf(staff, { unit: { id: 'u', minOnsiteHeadcount: 2 } }), jabarMkd2025);
    const day = r.coverage.find((c) => c.date === '2026-02-10')!;
    expect(day).toMatchObject({ present: 1, onSite: 1, required: 2, met: false, flexible: 0 });
    expect(r.findings).toContainEqual({ rule: 'work_pattern', outcome: 'fail', code: 'work_pattern_coverage_unmet', params: { date: '2026-02-10', present: 1, onSite: 1, required: 2 } });
  });

  it('lets approved pins break coverage, then gives nobody else that date', () => {
    const staff = [emp('A', 2), emp('B', 2), emp('C', 2)];
    const r = allocateWorkPatterns(unitOf(staff, { pinned: [{ employeeId: 'A', date: '2026-02-12' }, { employeeId: 'B', date: '2026-02-12' }] }), jabarMkd2025);
    expect(on(r, 'A', '2026-02-12')).toBe('FLEKSIBEL');
    expect(on(r, 'B', '2026-02-12')).toBe('FLEKSIBEL');
    expect(on(r, 'C', '2026-02-12')).toBe('KANTOR');
    expect(r.findings).toContainEqual({ rule: 'work_pattern', outcome: 'fail', code: 'work_pattern_coverage_unmet', params: { date: '2026-02-12', present: 3, onSite: 1, required: 2 } });
    expect(r.pins.kept).toHaveLength(2);
  });
});

describe('allocateWorkPatterns: approved requests (pins)', () => {
  const staff = [
    emp('A', 2, { leaveDates: ['2026-02-10'], fieldWeekdays: ['RABU'], onsiteWeekdays: ['SELASA'], backupPartner: 'B' }),
    emp('B', 2, { backupPartner: 'A' }),
    emp('C', 0),
    emp('D', 0),
    emp('E', 0),
  ];
  const pins = [
    { employeeId: 'A', date: '2026-03-05' },
    { employeeId: 'A', date: '2026-02-14' },
    { employeeId: 'A', date: '2026-02-10' },
    { employeeId: 'A', date: '2026-02-04' },
    { employeeId: 'A', date: '2026-02-09' },
    { employeeId: 'A', date: '2026-02-03' },
    { employeeId: 'A', date: '2026-02-12' },
    { employeeId: 'A', date: '2026-02-13' },
    { employeeId: 'B', date: '2026-02-19' },
    { employeeId: 'A', date: '2026-02-19' },
    { employeeId: 'A', date: '2026-02-26' },
    { employeeId: 'B', date: '2026-02-05' },
    { employeeId: 'B', date: '2026-02-04' },
    { employeeId: 'B', date: '2026-02-03' },
    { employeeId: 'C', date: '2026-02-11' },
  ];
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof allocateWorkPatterns>;
  beforeEach(() => {
    r = allocateWorkPatterns(unitOf(staff, { unit: { id: 'u', anchorWeekdays: ['SENIN'] }, pinned: pins }), jabarMkd2025);
  });
  const reasonOf = (id: string, date: string) => r.pins.dropped.find((d) => d.employeeId === id && d.date === date)?.reason;

  it.each([
    ['A', '2026-03-05', 'OUTSIDE_MONTH'],
    ['A', '2026-02-14', 'NON_WORKING_DAY'],
    ['A', '2026-02-10', 'LEAVE_DAY'],
    ['A', '2026-02-04', 'FIELD_DAY'],
    ['A', '2026-02-09', 'ANCHOR_DAY'],
    ['A', '2026-02-03', 'ONSITE_DAY'],
    ['B', '2026-02-19', 'BACKUP_PARTNER'],
    ['B', '2026-02-05', 'OVER_CAP'],
    ['C', '2026-02-11', 'OVER_CAP'],
  ])('drops the pin of %s on %s: %s', (id, date, reason) => {
    expect(reasonOf(id, date)).toBe(reason);
    expect(r.findings).toContainEqual({ rule: 'work_pattern', outcome: 'fail', code: 'work_pattern_pin_dropped', params: { employeeId: id, date, reason } });
  });

  it('processes pins in date, then employee, order', () => {
    // On the 19th both partners asked; A comes first, so B's request is the one dropped.
    expect(on(r, 'A', '2026-02-19')).toBe('FLEKSIBEL');
    expect(on(r, 'B', '2026-02-19')).toBe('KANTOR');
  });

  it('keeps the valid pins, counts them toward the cap and the totals', () => {
    expect(r.pins.kept).toEqual([
      { employeeId: 'B', date: '2026-02-03' },
      { employeeId: 'B', date: '2026-02-04' },
      { employeeId: 'A', date: '2026-02-12' },
      { employeeId: 'A', date: '2026-02-13' },
      { employeeId: 'A', date: '2026-02-19' },
      { employeeId: 'A', date: '2026-02-26' },
    ]);
    expect(r.pins.dropped).toHaveLength(9);
    const a = r.patterns.find((p) => p.employeeId === 'A')!;
    expect(a.pinned).toBe(4);
    expect(a.weeks.find((w) => w.week === '2026-W07')!.flexibleDays).toBe(2);
    const b = r.patterns.find((p) => p.employeeId === 'B')!;
    expect(b.weeks.find((w) => w.week === '2026-W06')!.flexibleDays).toBe(2);
    expect(on(r, 'B', '2026-02-05')).toBe('KANTOR');
  });

  it('drops a pin on a collective flexible day', () => {
    const kamis = definePolicy(jabarMkd2025, { id: 'kamis', workPattern: { collectiveFlexibleWeekdays: ['KAMIS'] } });
    const x = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 2)], { pinned: [{ employeeId: 'A', date: '2026-02-05' }] }), kamis);
    expect(x.pins.dropped).toEqual([{ employeeId: 'A', date: '2026-02-05', reason: 'COLLECTIVE_DAY' }]);
  });
});

describe('allocateWorkPatterns: collective flexible weekdays', () => {
  const kamis = definePolicy(jabarMkd2025, { id: 'jabar-kamis', workPattern: { collectiveFlexibleWeekdays: ['KAMIS'] } });
  const staff = [emp('A', 2), emp('B', 2, { onsiteWeekdays: ['KAMIS'] }), emp('C', 0), emp('D', 0, { fieldWeekdays: ['KAMIS'] })];

  it('makes everyone without an on-site or field duty that day flexible, whatever their entitlement', () => {
    const r = allocateWorkPatterns(unitOf(staff), kamis);
    expect(on(r, 'A', '2026-02-05')).toBe('FLEKSIBEL');
    expect(on(r, 'C', '2026-02-05')).toBe('FLEKSIBEL');
    expect(on(r, 'B', '2026-02-05')).toBe('KANTOR');
    expect(on(r, 'D', '2026-02-05')).toBe('LAPANGAN');
    expect(r.patterns.find((p) => p.employeeId === 'C')!.collectiveDays).toBe(4);
  });

  it('counts the collective day toward the cap by default, and not when the policy says so', () => {
    const counted = allocateWorkPatterns(unitOf(staff), kamis);
    expect(counted.patterns[0]!.weeks.find((w) => w.week === '2026-W06')!.flexibleDays).toBe(2);
    const notCounted = allocateWorkPatterns(unitOf(staff), definePolicy(kamis, { id: 'kamis-extra', workPattern: { collectiveCountsTowardCap: false } }));
    expect(notCounted.patterns[0]!.weeks.find((w) => w.week === '2026-W06')!.flexibleDays).toBe(3);
  });

  it('reports coverage on the collective day without enforcing it', () => {
    const r = allocateWorkPatterns(unitOf(staff), kamis);
    expect(r.coverage.find((c) => c.date === '2026-02-05')).toMatchObject({ present: 3, onSite: 1, required: 2, met: false, enforced: false });
    expect(codes(r)).not.toContain('work_pattern_coverage_unmet');
    expect(r.findings).toContainEqual({
      rule: 'work_pattern',
      outcome: 'pass',
      code: 'work_pattern_collective_day',
      params: { date: '2026-02-05', weekday: 'KAMIS', present: 3, onSite: 1, required: 2, countsTowardCap: true },
    });
  });

  it('does not apply to a unit that serves the public directly', () => {
    const r = allocateWorkPatterns(unitOf(staff, { unit: { id: 'loket', servesPublicDirectly: true } }), kamis);
    expect(on(r, 'C', '2026-02-05')).toBe('KANTOR');
    expect(r.findings).toContainEqual({ rule: 'work_pattern', outcome: 'pass', code: 'work_pattern_collective_exempt', params: { weekdays: ['KAMIS'] } });
  });

  it('does not apply on the unit anchor weekdays', () => {
    const r = allocateWorkPatterns(unitOf(staff, { unit: { id: 'u', anchorWeekdays: ['KAMIS'] } }), kamis);
    expect(on(r, 'C', '2026-02-05')).toBe('KANTOR');
  });
});

describe('allocateWorkPatterns: minutes', () => {
  // March 2026: Ramadan 1447 H until the 20th; week 2026-W11 (9–13 March) is a full
  // Ramadan week: nationally 390 minutes a day (1,950 a week); in Jabar (SE
  // 21/KPG.03.04/ORG) 420 Monday–Thursday and 390 on Friday (2,070 a week).
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof allocateWorkPatterns>;
  beforeEach(() => {
    r = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 0), emp('C', 0)], {}, '2026-03'), jabarMkd2025);
  });

  it('splits a national Ramadan flexible day into 240 core regular minutes and 150 flexible', () => {
    const national = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 0), emp('C', 0)], {}, '2026-03'), nationalFwa2025);
    const w11 = national.patterns[0]!.weeks.find((w) => w.week === '2026-W11')!;
    expect(w11).toMatchObject({ officeDays: 3, flexibleDays: 2, regularMinutes: 3 * 390 + 2 * 240, flexibleMinutes: 2 * 150 });
  });

  it('gives a Jabar Ramadan week of 1447 H its 2,070 minutes, 240 of each flexible day regular', () => {
    const w11 = r.patterns[0]!.weeks.find((w) => w.week === '2026-W11')!;
    expect(w11.regularMinutes + w11.flexibleMinutes).toBe(2070);
    expect(w11.flexibleDays).toBe(2);
    expect(w11.regularMinutes).toBe(2070 - w11.flexibleMinutes);
    expect([2 * 180, 180 + 150]).toContain(w11.flexibleMinutes);
  });

  it('adds up, every week, to the work minutes of the days worked (dailySchedule)', () => {
    for (const p of r.patterns) {
      for (const w of p.weeks) {
        const worked = r.dates.filter((d, k) => d >= w.start && d <= w.end && ['KANTOR', 'FLEKSIBEL', 'LAPANGAN'].includes(row(r, p.employeeId)[k]!));
        const expected = worked.reduce((sum, d) => sum + dailySchedule(d, { policy: jabarMkd2025 }).workMinutes, 0);
        expect(w.regularMinutes + w.flexibleMinutes).toBe(expected);
      }
    }
  });

  it('splits a regular flexible day into 240 regular and 210 flexible minutes', () => {
    const w06 = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 0), emp('C', 0)]), jabarMkd2025).patterns[0]!.weeks.find((w) => w.week === '2026-W06')!;
    expect(w06).toMatchObject({ regularMinutes: 3 * 450 + 2 * 240, flexibleMinutes: 2 * 210 });
  });

  it('uses the core online minutes of the policy', () => {
    const p = definePolicy(jabarMkd2025, { id: 'core-300', workPattern: { coreOnlineMinutes: 300 } });
    const w06 = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 0), emp('C', 0)]), p).patterns[0]!.weeks.find((w) => w.week === '2026-W06')!;
    expect(w06.flexibleMinutes).toBe(2 * 150);
  });
});

describe('allocateWorkPatterns: fairness and tie-breaks', () => {
  it('gives a contested day to the employee with the larger cumulative shortfall, and updates the history', () => {
    // Two staff, 50 %: one may be away each day; both want every day of the week.
    const staff = [emp('A', 4), emp('B', 4)];
    const withHistory = allocateWorkPatterns(unitOf(staff, { history: { B: 5 } }, '2026-06'), jabarMkd2023);
    const a = withHistory.patterns.find((p) => p.employeeId === 'A')!;
    const b = withHistory.patterns.find((p) => p.employeeId === 'B')!;
    expect(Math.abs(a.shortfall - b.shortfall)).toBeLessThanOrEqual(1);
    expect(b.shortfall).toBeLessThanOrEqual(a.shortfall);
    expect(withHistory.history).toEqual({ A: a.shortfall, B: 5 + b.shortfall });
  });

  it("returns history as a prototype-free record that next month's call takes as it is", () => {
    const staff = [emp('A', 4), emp('B', 4)];
    const june = allocateWorkPatterns(unitOf(staff, {}, '2026-06'), jabarMkd2023);
    expect(Object.getPrototypeOf(june.history)).toBeNull();
    expect(Object.keys(june.history).sort()).toEqual(['A', 'B']);
    expect(JSON.parse(JSON.stringify(june.history))).toEqual({ ...june.history });
    expect(Object.values(june.history).reduce((x, y) => x + y, 0)).toBe(june.totals.entitled - june.totals.granted);
    const july = allocateWorkPatterns(unitOf(staff, { history: june.history }, '2026-07'), jabarMkd2023);
    expect(_isWorkPatternInput(unitOf(staff, { history: june.history }, '2026-07'))).toBe(true);
    for (const p of july.patterns) expect(july.history[p.employeeId] ?? 0).toBe((june.history[p.employeeId] ?? 0) + p.shortfall);
  });

  it('spreads an unavoidable shortfall so that nobody loses more than needed', () => {
    const staff = [emp('A', 2), emp('B', 2), emp('C', 2, { preferredWeekdays: ['JUMAT'] }), emp('D', 2, { preferredWeekdays: ['JUMAT'] })];
    const r = allocateWorkPatterns(unitOf(staff, { unit: { id: 'u', minOnsitePercent: 75 } }), jabarMkd2025);
    // 4 present, 75 % → 3 on site: 18 slots for 32 entitled days → shortfall 14 over 4 people.
    expect(r.totals).toMatchObject({ entitled: 32, granted: 18, maxShortfall: 4 });
  });
});

describe('allocateWorkPatterns: bad input', () => {
  const issues = (input: unknown): string[] => placesOf(issuesOf(() => allocateWorkPatterns(input as WorkPatternInput, jabarMkd2025)));

  it('rejects a backup pairing that is not mutual, naming both', () => {
    expect(issues(unitOf([emp('A', 2, { backupPartner: 'B' }), emp('B', 2)]))).toEqual(['employees.0.backupPartner:backup_partner_not_mutual']);
  });

  it('rejects three-way pairings, self-pairing and unknown partners', () => {
    expect(issues(unitOf([emp('A', 2, { backupPartner: 'B' }), emp('B', 2, { backupPartner: 'A' }), emp('C', 2, { backupPartner: 'B' })]))).toEqual([
      'employees.2.backupPartner:backup_partner_not_mutual',
    ]);
    expect(issues(unitOf([emp('A', 2, { backupPartner: 'A' })]))).toEqual(['employees.0.backupPartner:backup_partner_self']);
    expect(issues(unitOf([emp('A', 2, { backupPartner: 'Z' })]))).toEqual(['employees.0.backupPartner:backup_partner_unknown']);
  });

  it('rejects duplicate employees, unknown references and duplicate pins', () => {
    expect(
      issues(
        unitOf([emp('A', 2), emp('A', 1)], {
          carryIn: { Z: 1 },
          history: { Y: 1 },
          pinned: [
            { employeeId: 'X', date: '2026-02-03' },
            { employeeId: 'A', date: '2026-02-03' },
            { employeeId: 'A', date: '2026-02-03' },
          ],
        }),
      ),
    ).toEqual(['employees.1.id:duplicate_employee', 'carryIn.Z:unknown_employee', 'history.Y:unknown_employee', 'pinned.0.employeeId:unknown_employee', 'pinned.2:duplicate_pin']);
  });

  it('rejects a weekday that is both on-site and field duty, and weekend weekdays', () => {
    expect(issues(unitOf([emp('A', 2, { onsiteWeekdays: ['RABU'], fieldWeekdays: ['RABU', 'SABTU' as 'RABU'] })]))).toEqual([
      'employees.0.fieldWeekdays.1:invalid_value',
    ]);
    expect(issues(unitOf([emp('A', 2, { onsiteWeekdays: ['RABU'], fieldWeekdays: ['RABU'] })]))).toEqual(['employees.0.fieldWeekdays:onsite_and_field_day']);
  });

  it('rejects an entitlement out of range and an impossible month', () => {
    expect(issues({ ...unitOf([emp('A', 6)]), month: '2026-13' })).toEqual(['month:invalid_month', 'employees.0.flexibleDaysPerWeek:too_big']);
  });

  it('names the year when the calendar has no data for the month', () => {
    expect(issues(unitOf([emp('A', 2)], {}, '2031-01'))).toEqual([':calendar_year_missing']);
  });
});

describe('allocateUnits', () => {
  const good = (id: string) => unitOf([emp(`${id}-1`, 2), emp(`${id}-2`, 2)], { unit: { id } });

  it('allocates the good units and rejects a bad one whole, with its index and issues', () => {
    const bad = { ...good('c'), employees: [emp('x', 9)] };
    const r = allocateUnits([good('b'), bad, good('a')], jabarMkd2025);
    expect(r.results.map((x) => x.unitId)).toEqual(['a', 'b']);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ index: 1, unitId: 'c' });
    expect(r.rejected[0]!.issues[0]!.path).toEqual(['employees', 0, 'flexibleDaysPerWeek']);
  });

  it('rejects units that share an id, and a unit that is not an object', () => {
    const r = allocateUnits([good('a'), good('a'), 42 as unknown as WorkPatternInput, good('b')], jabarMkd2025);
    expect(r.results.map((x) => x.unitId)).toEqual(['b']);
    expect(r.rejected.map((x) => [x.index, x.issues[0]!.code])).toEqual([
      [0, 'duplicate_unit'],
      [1, 'duplicate_unit'],
      [2, 'invalid_type'],
    ]);
  });

  it('rejects a unit whose month has no calendar, and allocates the rest', () => {
    const r = allocateUnits([unitOf([emp('A', 1)], { unit: { id: 'later' } }, '2031-05'), good('a')], jabarMkd2025);
    expect(r.results.map((x) => x.unitId)).toEqual(['a']);
    expect(r.rejected[0]!.issues[0]!.code).toBe('calendar_year_missing');
  });

  it('gives the same results for any order of units', () => {
    const units = [good('c'), good('a'), good('b')];
    const forward = allocateUnits(units, jabarMkd2025);
    const backward = allocateUnits([...units].reverse(), jabarMkd2025);
    expect(JSON.stringify(backward.results)).toBe(JSON.stringify(forward.results));
  });
});

describe('work-pattern findings in both languages', () => {
  const kamis = definePolicy(jabarMkd2025, { id: 'kamis', workPattern: { collectiveFlexibleWeekdays: ['KAMIS'], capExceptions: ['TUGAS_LUAR'] } });
  // Made inside each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  const allFindings = () => [
    allocateWorkPatterns(
      {
        unit: { id: 'u', minOnsiteHeadcount: 2 },
        month: '2026-04',
        employees: [emp('A', 4), emp('B', 4, { capException: 'TUGAS_LUAR' }), emp('C', 4, { capException: 'KEADAAN_KHUSUS', leaveDates: ['2026-04-07'] }), emp('D', 2, { backupPartner: 'E' }), emp('E', 2, { backupPartner: 'D' })],
        pinned: [
          { employeeId: 'A', date: '2026-04-04' },
          { employeeId: 'D', date: '2026-04-07' },
          { employeeId: 'E', date: '2026-04-08' },
          { employeeId: 'B', date: '2026-04-07' },
          { employeeId: 'A', date: '2026-04-07' },
        ],
      },
      kamis,
    ),
    allocateWorkPatterns(unitOf([emp('A', 2)], { unit: { id: 'loket', servesPublicDirectly: true } }), kamis),
    allocateWorkPatterns(unitOf([emp('A', 2)], { unit: { id: 'sekretariat', approvedCollectiveWeekdays: ['JUMAT', 'RABU'] } }), jabarMkd2026),
    allocateWorkPatterns(unitOf([emp('A', 2)], { unit: { id: 'loket', servesPublicDirectly: true } }), jabarWfhHalf2025),
    allocateWorkPatterns(unitOf([emp('A', 2)], {}, '2027-01'), jabarMkd2025, { calendar: { allowProvisional: true } }),
  ].flatMap((r) => r.findings);
  const expected = [
    'work_pattern_allocated',
    'work_pattern_carry_in_assumed_zero',
    'work_pattern_cap_applied',
    'work_pattern_cap_exception',
    'work_pattern_cap_exception_not_allowed',
    'work_pattern_pin_dropped',
    'work_pattern_coverage_unmet',
    'work_pattern_collective_day',
    'work_pattern_collective_exempt',
    'work_pattern_unit_collective',
    'work_pattern_unit_collective_not_allowed',
    'work_pattern_public_unit_on_site',
    'work_pattern_provisional_calendar',
    'work_pattern_shortfall',
  ];

  it('covers every code of the catalogue', () => {
    const ours = Object.keys(localeId.messages).filter((c) => c.startsWith('work_pattern_'));
    expect(ours.sort()).toEqual([...expected].sort());
  });

  it.each(expected)('%s occurs and reads in id and en with its evidence', (code) => {
    const finding = allFindings().find((f) => f.code === code);
    expect(finding).toBeDefined();
    const id = formatFinding(finding!, { locale: 'id' });
    const en = formatFinding(finding!, { locale: 'en' });
    expect(id).not.toBe(en);
    for (const text of [id, en]) {
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      for (const value of Object.values(finding!.params)) {
        if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) expect(text).toContain(value);
        if (typeof value === 'number') expect(text).toContain(String(value));
      }
    }
  });

  it('explains a shortfall with its reason and blocked dates', () => {
    const short = allFindings().find((f) => f.code === 'work_pattern_shortfall')!;
    expect(formatFinding(short, { locale: 'en' })).toMatch(/because of .+staffing|backup partner/);
  });
});
