/**
 * `allocateWorkPatterns` where the other tests do not look: written from the surviving
 * mutants of `src/work-pattern/allocate.ts` (docs/testing.md). Each test says which
 * rule of the allocation it pins.
 */
import { describe, expect, it } from 'vitest';
import { dailySchedule } from '../../src/calendar/index';
import { definePolicy, jabarMkd2025, jabarWfhHalf2025 } from '../../src/policy/index';
import { allocateUnits, allocateWorkPatterns, type WorkPatternEmployee, type WorkPatternInput, type WorkPatternResult } from '../../src/work-pattern/index';

const WORKING_DAYS_FEB_2026 = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '18', '19', '20', '23', '24', '25', '26', '27'].map((d) => `2026-02-${d}`);
const FIELD = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'] as const;
const dayOf = (r: WorkPatternResult, id: string, date: string) => r.roster.find((x) => x.employeeId === id)!.days[r.dates.indexOf(date)];
const emp = (id: string, flexibleDaysPerWeek: number, extra: Partial<WorkPatternEmployee> = {}): WorkPatternEmployee => ({ id, flexibleDaysPerWeek, ...extra });
const unitOf = (employees: WorkPatternEmployee[], extra: Partial<WorkPatternInput> = {}, month = '2026-02'): WorkPatternInput => ({ unit: { id: 'bidang-a' }, month, employees, carryIn: {}, ...extra });

describe('employees of different months in one unit each keep their own month', () => {
  // Months are cached by their leave, field-duty and flexible days, in a hash table:
  // 90 employees of 90 different months fill it past several collisions, so a lookup
  // that took another month's entry for its own would give someone else's leave.
  it('every employee has leave on their own leave day and field duty on their own weekday, and nowhere else', () => {
    const employees: WorkPatternEmployee[] = WORKING_DAYS_FEB_2026.flatMap((leave, i) =>
      FIELD.map((field, j) => ({ id: `p${String(i).padStart(2, '0')}-${j}`, flexibleDaysPerWeek: 2, leaveDates: [leave], fieldWeekdays: [field] })),
    );
    const r = allocateWorkPatterns({ unit: { id: 'bidang-a' }, month: '2026-02', employees, carryIn: {} }, jabarMkd2025);
    const weekday = (date: string) => FIELD[new Date(`${date}T12:00:00Z`).getUTCDay() - 1];
    for (const e of employees) {
      for (const date of WORKING_DAYS_FEB_2026) {
        const day = dayOf(r, e.id, date);
        if (date === e.leaveDates![0]) expect(day, `${e.id} ${date}`).toBe('CUTI');
        else if (weekday(date) === e.fieldWeekdays![0]) expect(day, `${e.id} ${date}`).toBe('LAPANGAN');
        else expect(['KANTOR', 'FLEKSIBEL'], `${e.id} ${date}`).toContain(day);
      }
    }
  });
});

describe('the order of the employees given does not matter', () => {
  it('employees given Z, B, A are listed A, B, Z, with the same days as when given in order', () => {
    const staff = [emp('Z', 2), emp('B', 2), emp('A', 2), emp('M', 1)];
    const shuffled = allocateWorkPatterns(unitOf(staff), jabarMkd2025);
    const sorted = allocateWorkPatterns(unitOf([...staff].sort((a, b) => (a.id < b.id ? -1 : 1))), jabarMkd2025);
    expect(shuffled.roster.map((x) => x.employeeId)).toEqual(['A', 'B', 'M', 'Z']);
    expect(shuffled).toEqual(sorted);
  });
});

describe('leave dates outside the month are ignored', () => {
  it('a leave date 20 days before the month marks no day of it (a shift by a negative count would mark the 13th)', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 0, { leaveDates: ['2026-01-12', '2026-03-30'] })]), jabarMkd2025);
    expect(r.roster[0]!.days.filter((d) => d === 'CUTI')).toEqual([]);
    expect(r.patterns[0]!.month.leaveDays).toBe(0);
  });

  it('leave on the first day of the month counts when that day is a working day (1 April 2026, a Wednesday)', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 0, { leaveDates: ['2026-04-01'] })], {}, '2026-04'), jabarMkd2025);
    expect(dayOf(r, 'A', '2026-04-01')).toBe('CUTI');
    expect(r.patterns[0]!.month.leaveDays).toBe(1);
  });
});

describe('a flexible day shorter than the core online minutes', () => {
  // Core online minutes of 420 against Ramadan days of 390 work minutes (from 19 February
  // 2026): such a day counts its 390 minutes as regular and none as flexible.
  const longCore = definePolicy(jabarMkd2025, { id: 'core-420', workPattern: { coreOnlineMinutes: 420 } });

  it('counts all of the day as regular minutes and none as flexible, week by week', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 2), emp('B', 0), emp('C', 0)]), longCore);
    const a = r.roster.find((x) => x.employeeId === 'A')!;
    const pattern = r.patterns.find((x) => x.employeeId === 'A')!;
    for (const week of pattern.weeks) {
      let regular = 0;
      let flexible = 0;
      r.dates.forEach((date, k) => {
        if (date < week.start || date > week.end) return;
        const minutes = dailySchedule(date, { policy: longCore }).workMinutes;
        if (a.days[k] === 'KANTOR' || a.days[k] === 'LAPANGAN') regular += minutes;
        if (a.days[k] === 'FLEKSIBEL') {
          regular += Math.min(minutes, 420);
          flexible += minutes - Math.min(minutes, 420);
        }
      });
      expect([week.week, week.regularMinutes, week.flexibleMinutes]).toEqual([week.week, regular, flexible]);
    }
    // The month has flexible days in Ramadan, where the whole day is regular.
    expect(r.dates.some((date, k) => date >= '2026-02-19' && a.days[k] === 'FLEKSIBEL')).toBe(true);
  });
});

describe('a unit serving the public on site under a policy that keeps such units on site', () => {
  it('reports the unit once, and no cap finding for each employee, whatever they ask or are excepted for', () => {
    const r = allocateWorkPatterns(
      unitOf([emp('A', 4, { capException: 'TUGAS_LUAR' }), emp('B', 3), emp('C', 0)], { unit: { id: 'loket', servesPublicDirectly: true } }, '2026-04'),
      jabarWfhHalf2025,
    );
    expect(r.findings.filter((f) => f.code !== 'work_pattern_allocated')).toStrictEqual([
      { rule: 'work_pattern', outcome: 'pass', code: 'work_pattern_public_unit_on_site', params: { employees: 3 } },
    ]);
    expect(r.roster.flatMap((x) => x.days).includes('FLEKSIBEL')).toBe(false);
  });
});

describe('findings compared whole', () => {
  it('a cap exception the policy allows: rule, outcome, code and evidence', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 4, { capException: 'TUGAS_LUAR' }), emp('B', 0), emp('C', 0), emp('D', 0)]), jabarMkd2025);
    expect(r.findings.find((f) => f.code === 'work_pattern_cap_exception')).toStrictEqual({
      rule: 'work_pattern',
      outcome: 'pass',
      code: 'work_pattern_cap_exception',
      // The cap is what A asks (4), under the exception's most (5).
      params: { employeeId: 'A', exception: 'TUGAS_LUAR', cap: 4 },
    });
  });

  it('a month of a provisional calendar year: rule, outcome, code and evidence', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 2)], {}, '2027-01'), jabarMkd2025, { calendar: { allowProvisional: true } });
    const finding = r.findings.find((f) => f.code === 'work_pattern_provisional_calendar');
    expect(finding).toStrictEqual({ rule: 'work_pattern', outcome: 'unknown', code: 'work_pattern_provisional_calendar', params: { month: '2027-01', workingDays: r.coverage.length } });
  });
});

describe('the weekdays an employee is flexible on', () => {
  it('are listed most frequent first, and by weekday when as frequent (June 2026: Monday and Wednesday four times each)', () => {
    const r = allocateWorkPatterns(unitOf([emp('A', 2, { preferredWeekdays: ['RABU', 'SENIN'] }), emp('B', 0), emp('C', 0), emp('D', 0)], {}, '2026-06'), jabarMkd2025);
    const a = r.patterns.find((x) => x.employeeId === 'A')!;
    const count = (wd: string) => r.dates.filter((date, k) => r.roster.find((x) => x.employeeId === 'A')!.days[k] === 'FLEKSIBEL' && FIELD[new Date(`${date}T12:00:00Z`).getUTCDay() - 1] === wd).length;
    const expected = [...FIELD].filter((wd) => count(wd) > 0).sort((x, y) => count(y) - count(x) || FIELD.indexOf(x) - FIELD.indexOf(y));
    expect(a.flexibleWeekdays).toEqual(expected);
    expect(a.flexibleWeekdays).toEqual(['SENIN', 'RABU', 'SELASA']);
    expect([count('SENIN'), count('RABU')]).toEqual([4, 4]);
  });
});

describe('pins before the month, and on its first day', () => {
  it('a pin the day before the month is dropped as outside it; one on 1 April 2026 (a Wednesday) is kept', () => {
    const r = allocateWorkPatterns(
      unitOf([emp('A', 2), emp('B', 0), emp('C', 0)], { pinned: [{ employeeId: 'A', date: '2026-03-31' }, { employeeId: 'A', date: '2026-04-01' }, { employeeId: 'A', date: '2026-03-10' }] }, '2026-04'),
      jabarMkd2025,
    );
    expect(r.pins).toEqual({
      kept: [{ employeeId: 'A', date: '2026-04-01' }],
      dropped: [
        { employeeId: 'A', date: '2026-03-10', reason: 'OUTSIDE_MONTH' },
        { employeeId: 'A', date: '2026-03-31', reason: 'OUTSIDE_MONTH' },
      ],
    });
    expect(dayOf(r, 'A', '2026-04-01')).toBe('FLEKSIBEL');
  });
});

describe('the dates a shortfall lists as blocked', () => {
  // Three staff asking 2 days a week where two must stay on site: one flexible a day, so
  // each falls 2 days short over the month. A date is listed only where the employee
  // still had room that week; a week already at its cap of 2 blocks nothing.
  it('lie in weeks where the employee had room, on days they are at the office', () => {
    const r = allocateWorkPatterns(unitOf(['A', 'B', 'C'].map((id) => emp(id, 2)), { unit: { id: 'u', minOnsiteHeadcount: 2 } }), jabarMkd2025);
    expect(r.shortfalls.map((s) => [s.employeeId, s.shortfall, s.reason])).toEqual([
      ['A', 2, 'COVERAGE'],
      ['B', 2, 'COVERAGE'],
      ['C', 2, 'COVERAGE'],
    ]);
    for (const s of r.shortfalls) {
      const weeks = r.patterns.find((p) => p.employeeId === s.employeeId)!.weeks;
      expect(s.blockedDates.length).toBeGreaterThan(0);
      for (const date of s.blockedDates) {
        const week = weeks.find((w) => w.start <= date && date <= w.end)!;
        expect(week.flexibleDays, `${s.employeeId} ${date}`).toBeLessThan(2);
        expect(dayOf(r, s.employeeId, date)).toBe('KANTOR');
      }
    }
    // A had both days in weeks 6 and 7 (2–13 February): none of those dates is listed.
    expect(r.shortfalls[0]!.blockedDates).toEqual(['2026-02-19', '2026-02-20', '2026-02-23', '2026-02-24', '2026-02-26', '2026-02-27']);
  });
});

describe('the same days, collective in one unit and chosen in another', () => {
  // allocateUnits shares its month shapes between units of the same month. Under a
  // collective Thursday, X (an ordinary unit) has Thursdays by the circular and Mondays by
  // a pin; Y (a unit serving the public, exempt from the collective day) has the very same
  // days by pins. Their days are the same, but only Y chose Thursdays: the shape must be
  // told apart by the days each chose, or one takes the other's flexible weekdays.
  it('X chose Mondays alone, Y chose Thursdays and Mondays, whichever unit comes first', () => {
    const kamis = definePolicy(jabarMkd2025, { id: 'kamis', workPattern: { collectiveFlexibleWeekdays: ['KAMIS'] } });
    const mondays = ['2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27'];
    const thursdays = ['2026-04-02', '2026-04-09', '2026-04-16', '2026-04-23', '2026-04-30'];
    const x = unitOf([emp('X', 2)], { unit: { id: 'bidang' }, pinned: mondays.map((date) => ({ employeeId: 'X', date })) }, '2026-04');
    const y = unitOf([emp('Y', 2)], { unit: { id: 'loket', servesPublicDirectly: true }, pinned: [...mondays, ...thursdays].map((date) => ({ employeeId: 'Y', date })) }, '2026-04');
    for (const units of [[x, y], [y, x]]) {
      const r = allocateUnits(units, kamis);
      const pattern = (id: string) => r.results.flatMap((u) => u.patterns).find((p) => p.employeeId === id)!;
      expect(pattern('X').flexibleWeekdays).toEqual(['SENIN']);
      expect(pattern('Y').flexibleWeekdays).toEqual(['KAMIS', 'SENIN']);
      const flexible = (id: string) => r.results.flatMap((u) => u.roster).find((row) => row.employeeId === id)!.days;
      expect(flexible('X')).toEqual(flexible('Y'));
    }
  });
});

describe('why a shortfall happened', () => {
  // Up to 3 flexible days a week and no staffing minimum of the policy's own, March 2026.
  const cap3 = definePolicy(jabarMkd2025, { id: 'cap3', workPattern: { maxFlexibleDaysPerWeek: 3, minOnsitePercent: 0, minOnsiteHeadcount: 0 } });
  const partners = (a: number, b: number): WorkPatternEmployee[] => [emp('A', a, { backupPartner: 'B' }), emp('B', b, { backupPartner: 'A' })];
  const reasons = (r: WorkPatternResult) => r.shortfalls.map((s) => [s.employeeId, s.reason]);

  it('BACKUP_PARTNER: two partners asking 3 days each share a 5-day week, with nobody else flexible', () => {
    const r = allocateWorkPatterns(unitOf([...partners(3, 3), emp('C', 0)], {}, '2026-03'), cap3);
    expect(reasons(r)).toEqual([
      ['A', 'BACKUP_PARTNER'],
      ['B', 'BACKUP_PARTNER'],
    ]);
    expect(r.findings.find((f) => f.code === 'work_pattern_allocated')).toStrictEqual({
      rule: 'work_pattern',
      outcome: 'pass',
      code: 'work_pattern_allocated',
      params: { employees: 3, entitled: 26, granted: 17, maxShortfall: 5 },
    });
  });

  it('COVERAGE_AND_BACKUP_PARTNER: the same partners, where two must stay on site and C asks 3 days too', () => {
    const r = allocateWorkPatterns(unitOf([...partners(3, 3), emp('C', 3), emp('D', 0)], { unit: { id: 'u', minOnsiteHeadcount: 2 } }, '2026-03'), cap3);
    expect(reasons(r)).toEqual([
      ['A', 'COVERAGE_AND_BACKUP_PARTNER'],
      ['B', 'COVERAGE_AND_BACKUP_PARTNER'],
    ]);
    const a = r.shortfalls[0]!;
    expect(r.findings.find((f) => f.code === 'work_pattern_shortfall')).toStrictEqual({
      rule: 'work_pattern',
      outcome: 'fail',
      code: 'work_pattern_shortfall',
      params: { employeeId: 'A', entitled: a.entitled, granted: a.granted, shortfall: a.shortfall, reason: 'COVERAGE_AND_BACKUP_PARTNER', blockedDates: a.blockedDates },
    });
    expect([a.entitled, a.granted, a.shortfall]).toEqual([13, 8, 5]);
  });

  it('COVERAGE for a partner whose partner blocked none of its dates, while the other partner is blocked by both', () => {
    const r = allocateWorkPatterns(unitOf([...partners(1, 1), emp('C', 3), emp('D', 3)], { unit: { id: 'u', minOnsiteHeadcount: 3 } }, '2026-03'), cap3);
    expect(reasons(r)).toEqual([
      ['A', 'COVERAGE_AND_BACKUP_PARTNER'],
      ['B', 'COVERAGE'],
      ['C', 'COVERAGE'],
      ['D', 'COVERAGE'],
    ]);
  });
});
