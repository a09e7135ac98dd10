import { describe, expect, it } from 'vitest';
import { definePolicy, jabarMkd2023, jabarMkd2025, nationalFwa2025, parsePolicy, presets } from '../../src/policy/index';
import { isWorkingDay } from '../../src/calendar/index';
import { codesOf, issuesOf } from '../_helpers/input-error';

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('policy schedule section', () => {
  it('gives every preset 2,250 weekly minutes and 1,950 in Ramadan (Perpres 21/2023)', () => {
    for (const policy of presets) {
      expect(policy.schedule.weeklyMinutes).toBe(2250);
      expect(policy.schedule.ramadanWeeklyMinutes).toBe(1950);
    }
  });

  it('gives every Jabar preset the same schedule, the national one without Jabar\'s Ramadan years, and every preset an empty calendar section', () => {
    for (const policy of presets.filter((p) => p.jurisdiction === 'ID-JB')) expect(policy.schedule).toEqual(jabarMkd2025.schedule);
    const { ramadanByYear: _jabarYears, ...jabarRest } = jabarMkd2025.schedule;
    const { ramadanByYear: nationalYears, ...nationalRest } = nationalFwa2025.schedule;
    expect(nationalRest).toEqual(jabarRest);
    expect(nationalYears).toEqual([]);
    for (const policy of presets) expect(policy.calendar).toEqual({ added: [], removed: [], moved: [], years: [], ramadan: [] });
  });

  it('holds Jabar\'s Ramadan hours of 1446 H (1,950 minutes) and 1447 H (2,070) with their circulars', () => {
    expect(jabarMkd2023.schedule.ramadanByYear?.map((y) => [y.hijriYear, y.weeklyMinutes, y.source?.split(' ')[3]])).toEqual([
      [1446, 1950, '23/OT.03/ORG'],
      [1447, 2070, '21/KPG.03.04/ORG'],
    ]);
  });

  it('accepts a Ramadan week longer than 32 h 30 min and rejects a shorter one', () => {
    const day = { start: '07:00', end: '14:00', breakMinutes: 30 }; // 390
    const longer = { start: '07:00', end: '14:30', breakMinutes: 30 }; // 420
    const hours = { SENIN: longer, SELASA: longer, RABU: longer, KAMIS: longer, JUMAT: day };
    expect(definePolicy(jabarMkd2025, { id: 'long', schedule: { ramadanByYear: [{ hijriYear: 1448, weeklyMinutes: 2070, hours }] } }).schedule.ramadanByYear).toHaveLength(1);
    const short = { start: '08:00', end: '14:00', breakMinutes: 30 }; // 330
    const shortWeek = { SENIN: short, SELASA: short, RABU: short, KAMIS: short, JUMAT: short };
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, {
        id: 'short',
        schedule: { ramadanWeeklyMinutes: 1650, ramadan: shortWeek, ramadanByYear: [{ hijriYear: 1448, weeklyMinutes: 1650, hours: shortWeek }] },
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['policy.schedule.ramadanWeeklyMinutes', 'schedule_ramadan_below_minimum'],
      ['policy.schedule.ramadanByYear.0.weeklyMinutes', 'schedule_ramadan_below_minimum'],
    ]);
    expect(issues[0]?.message.id).toContain('32 jam 30 menit');
    expect(issues[1]?.message.en).toContain('Ramadan 1448 AH');
  });

  it('rejects a Hijri year given twice, and a year whose days do not add up', () => {
    const hours = jabarMkd2025.schedule.ramadanByYear![1]!.hours;
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, {
        id: 'twice',
        schedule: { ramadanByYear: [{ hijriYear: 1447, weeklyMinutes: 2070, hours }, { hijriYear: 1447, weeklyMinutes: 2000, hours }] },
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['policy.schedule.ramadanByYear.1.hours', 'schedule_weekly_sum'],
      ['policy.schedule.ramadanByYear.1.hijriYear', 'schedule_duplicate_hijri_year'],
    ]);
  });

  it('starts at 07:30 (08:00 in Ramadan) with breaks of 60/90 (30/60 in Ramadan) minutes, and the days add up to the week', () => {
    const { regular, ramadan } = jabarMkd2025.schedule;
    expect([regular.SENIN.start, regular.JUMAT.start, ramadan.SENIN.start, ramadan.JUMAT.start]).toEqual(['07:30', '07:30', '08:00', '08:00']);
    expect([regular.KAMIS.breakMinutes, regular.JUMAT.breakMinutes, ramadan.KAMIS.breakMinutes, ramadan.JUMAT.breakMinutes]).toEqual([60, 90, 30, 60]);
    const sum = (week: typeof regular): number =>
      Object.values(week).reduce((total, d) => total + minutesOf(d.end) - minutesOf(d.start) - d.breakMinutes, 0);
    expect(sum(regular)).toBe(2250);
    expect(sum(ramadan)).toBe(1950);
  });

  it('rejects days that do not add up to the weekly minutes, reporting both sums', () => {
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, {
        id: 'long-friday',
        schedule: { regular: { JUMAT: { start: '07:30', end: '17:00', breakMinutes: 90 } }, ramadanWeeklyMinutes: 1900 },
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['policy.schedule.regular', 'schedule_weekly_sum'],
      ['policy.schedule.ramadan', 'schedule_weekly_sum'],
      ['policy.schedule.ramadanWeeklyMinutes', 'schedule_ramadan_below_minimum'],
    ]);
    expect(issues[0]?.message.id).toContain('2.280');
    expect(issues[0]?.message.id).toContain('2.250');
    expect(issues[0]?.message.en).toContain('2,280');
    expect(issues[0]?.message.en).toContain('2,250');
    expect(issues[1]?.message.en).toContain('1,950');
    expect(issues[1]?.message.en).toContain('1,900');
  });

  it('rejects a day whose break leaves no work minutes', () => {
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, { id: 'no-work', schedule: { ramadan: { RABU: { start: '08:00', end: '09:00', breakMinutes: 60 } } } }),
    );
    expect(codesOf(issues)).toEqual(['schedule_day_minutes']);
    expect(issues[0]?.path).toEqual(['policy', 'schedule', 'ramadan', 'RABU']);
    expect(issues[0]?.message.id).toContain('0 menit');
  });

  it('rejects an end before the start', () => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'backwards', schedule: { regular: { SENIN: { start: '16:00', end: '07:30', breakMinutes: 60 } } } }));
    expect(codesOf(issues)).toEqual(['schedule_day_minutes']);
  });

  it.each(['7:30', '24:00', '07:60', '0730'])('rejects the time %j', (start) => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'bad-time', schedule: { regular: { SENIN: { start, end: '16:00', breakMinutes: 60 } } } }));
    expect(issues[0]?.path).toEqual(['policy', 'schedule', 'regular', 'SENIN', 'start']);
  });

  it('rejects a policy without the schedule or calendar section', () => {
    const { schedule: _s, calendar: _c, ...rest } = JSON.parse(JSON.stringify(jabarMkd2025)) as Record<string, unknown>;
    const issues = issuesOf(() => parsePolicy(rest));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['policy.schedule', 'policy.calendar']);
  });
});

describe('policy calendar section', () => {
  const entry = { date: '2026-08-19', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari Jadi Provinsi Jawa Barat', en: 'West Java Day' } };

  it('accepts regional holidays, removals, moves, whole years and Ramadan periods', () => {
    const policy = definePolicy(jabarMkd2025, {
      id: 'full-calendar',
      calendar: {
        added: [entry],
        removed: ['2026-12-24'],
        moved: [{ from: '2026-05-27', to: '2026-05-26' }],
        years: [{ year: 2027, source: 'SKB 2027', holidays: [{ ...entry, date: '2027-08-19' }], ramadan: [{ hijriYear: 1448, start: '2027-02-08', end: '2027-03-09', approximate: true }] }],
        ramadan: [{ hijriYear: 1447, start: '2026-02-18', end: '2026-03-19' }],
      },
    });
    expect(policy.calendar.years?.[0]?.year).toBe(2027);
  });

  it('rejects a whole year with dates outside it, a repeated date, a repeated year and no Ramadan', () => {
    const year = { year: 2027, holidays: [entry, { ...entry, date: '2027-08-19' }, { ...entry, date: '2027-08-19' }], ramadan: [] };
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'bad-years', calendar: { years: [year, { ...year, holidays: [], ramadan: [{ hijriYear: 1448, start: '2027-02-08', end: '2027-03-09' }] }] } }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['policy.calendar.years.0.ramadan', 'too_small'],
      ['policy.calendar.years.0.holidays.0.date', 'calendar_date_outside_year'],
      ['policy.calendar.years.0.holidays.2.date', 'calendar_duplicate_date'],
      ['policy.calendar.years.1.year', 'calendar_duplicate_year'],
    ]);
  });

  it('rejects a Ramadan period that does not touch its year, and a Hijri year given twice', () => {
    const ramadan = { hijriYear: 1448, start: '2027-02-08', end: '2027-03-09' };
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, {
        id: 'bad-ramadan',
        calendar: { years: [{ year: 2028, holidays: [], ramadan: [ramadan, ramadan] }], ramadan: [ramadan, ramadan] },
      }),
    );
    expect(codesOf(issues)).toEqual([
      'calendar_ramadan_outside_year',
      'calendar_ramadan_outside_year',
      'calendar_duplicate_hijri_year',
      'calendar_duplicate_hijri_year',
    ]);
  });

  it('rejects an unknown holiday kind', () => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'bad-kind', calendar: { added: [{ ...entry, kind: 'LIBUR' as never }] } }));
    expect(issues[0]?.path).toEqual(['policy', 'calendar', 'added', 0, 'kind']);
  });

  it('lets a policy whose calendar change cannot apply fail when it is used, with the path into the policy', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'bad-remove', calendar: { removed: ['2026-01-05'] } });
    const issues = issuesOf(() => isWorkingDay('2026-01-06', { policy }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['policy.calendar.removed.0', 'calendar_not_a_holiday']]);
  });
});
