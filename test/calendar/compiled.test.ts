import { describe, expect, it } from 'vitest';
import { _compileCalendar } from '../../src/calendar/compiled';
import { dailySchedule, holidaysInYear, isWorkingDay } from '../../src/calendar/index';
import { _epochDay, _formatIsoDate, _isoWeekdayNumber } from '../../src/_lib/dates';
import { jabarMkd2023, jabarMkd2025 } from '../../src/policy/index';
import { codesOf, issuesOf } from '../_helpers/input-error';

const day = (y: number, m: number, d: number): number => _epochDay(y, m, d);

describe('_compileCalendar (the internal fast path)', () => {
  it('agrees with the public functions on every day of 2025 and 2026', () => {
    const calendar = _compileCalendar(jabarMkd2025);
    for (let d = day(2025, 1, 1); d <= day(2026, 12, 31); d++) {
      const date = _formatIsoDate(d);
      const expected = dailySchedule(date, jabarMkd2025);
      expect(calendar.isWorkingDay(d)).toBe(isWorkingDay(date));
      expect(calendar.workMinutes(d)).toBe(expected.workMinutes);
      expect(calendar.isRamadan(d)).toBe(expected.ramadan);
      expect(calendar.holidayOn(d)).toEqual(expected.holiday);
      const { date: _date, holiday: _holiday, ...core } = expected;
      expect(calendar.schedule(d)).toEqual(core);
    }
  });

  it('lists the years it has and answers hasYear', () => {
    const calendar = _compileCalendar(undefined);
    expect(calendar.years).toEqual([2025, 2026]);
    expect([calendar.hasYear(2024), calendar.hasYear(2025), calendar.hasYear(2026), calendar.hasYear(2027)]).toEqual([false, true, true, false]);
  });

  it('throws an InputError naming the missing year when a day outside its years is touched', () => {
    const calendar = _compileCalendar(jabarMkd2025);
    const touches = [
      () => calendar.isWorkingDay(day(2027, 1, 4)),
      () => calendar.holidayOn(day(2024, 12, 31)),
      () => calendar.isRamadan(day(2027, 3, 1)),
      () => calendar.workMinutes(day(2027, 1, 2)),
      () => calendar.schedule(day(1999, 6, 1)),
      () => calendar.holidaysInYear(2030),
    ];
    const years = ['2027', '2024', '2027', '2027', '1999', '2030'];
    touches.forEach((touch, i) => {
      const issues = issuesOf(touch);
      expect(codesOf(issues)).toEqual(['calendar_year_missing']);
      expect(issues[0]?.message.id).toContain(`tahun ${years[i]}`);
      expect(issues[0]?.message.en).toContain(`for ${years[i]}`);
      expect(issues[0]?.message.en).toContain('available: 2025, 2026');
    });
  });

  it('keeps a year between two supplied years missing', () => {
    const empty = (year: number, hijriYear: number, start: string, end: string) => ({ year, holidays: [], ramadan: [{ hijriYear, start, end }] });
    const calendar = _compileCalendar(undefined, { years: [empty(2028, 1449, '2028-01-28', '2028-02-26')] });
    expect(calendar.years).toEqual([2025, 2026, 2028]);
    expect(calendar.isWorkingDay(day(2028, 1, 3))).toBe(true);
    expect(codesOf(issuesOf(() => calendar.isWorkingDay(day(2027, 6, 1))))).toEqual(['calendar_year_missing']);
  });

  it('finds the right year for the first and last day of years far apart', () => {
    const years = [1990, 2000, 2024, 2060, 2100].map((year) => ({ year, holidays: [], ramadan: [{ hijriYear: year - 579, start: `${year}-06-01`, end: `${year}-06-30` }] }));
    const calendar = _compileCalendar(jabarMkd2025, { years });
    for (const { year } of years) {
      for (const d of [day(year, 1, 1), day(year, 2, 28), day(year, 12, 31)]) {
        expect(calendar.isWorkingDay(d), _formatIsoDate(d)).toBe(_isoWeekdayNumber(d) <= 5);
      }
      expect(calendar.isRamadan(day(year, 6, 15))).toBe(true);
      expect(calendar.isRamadan(day(year, 7, 1))).toBe(false);
    }
    expect(codesOf(issuesOf(() => calendar.isWorkingDay(day(2099, 12, 31))))).toEqual(['calendar_year_missing']);
  });

  it('gives 0 work minutes on non-working days and the schedule minutes on working days', () => {
    const calendar = _compileCalendar(jabarMkd2025);
    expect(calendar.workMinutes(day(2026, 1, 10))).toBe(0); // Saturday
    expect(calendar.workMinutes(day(2026, 1, 1))).toBe(0); // holiday
    expect(calendar.workMinutes(day(2026, 1, 2))).toBe(450);
    expect(calendar.workMinutes(day(2026, 3, 6))).toBe(390);
  });

  it('returns the same frozen schedule object for days of the same kind (no allocation per call)', () => {
    const calendar = _compileCalendar(jabarMkd2025);
    const a = calendar.schedule(day(2026, 1, 5));
    expect(calendar.schedule(day(2026, 1, 12))).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('takes the policy from options.policy when none is passed', () => {
    const calendar = _compileCalendar(undefined, { policy: jabarMkd2025 });
    expect(calendar.workMinutes(day(2026, 1, 5))).toBe(450);
  });

  it('refuses hours without a policy, and two different policies, as programmer errors', () => {
    const calendar = _compileCalendar(undefined);
    expect(() => calendar.workMinutes(day(2026, 1, 5))).toThrow(TypeError);
    expect(() => calendar.schedule(day(2026, 1, 5))).toThrow(/\[kerja-dinamis\]/);
    expect(() => _compileCalendar(jabarMkd2025, { policy: jabarMkd2023 })).toThrow(TypeError);
  });

  it('refuses a day that is not an integer', () => {
    const calendar = _compileCalendar(undefined);
    expect(() => calendar.isWorkingDay(Number.NaN)).toThrow(TypeError);
  });

  it('lists a year\'s holidays like holidaysInYear', () => {
    expect(_compileCalendar(undefined).holidaysInYear(2025)).toEqual(holidaysInYear(2025));
  });
});
