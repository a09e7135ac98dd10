import { describe, expect, it } from 'vitest';
import { _compileCalendar } from '../../src/calendar/compiled';
import { dailySchedule, holidaysInYear, isWorkingDay } from '../../src/calendar/index';
import { _epochDay, _formatIsoDate, _isoWeekdayNumber } from '../../src/_lib/dates';
import { definePolicy, jabarMkd2023, jabarMkd2025 } from '../../src/policy/index';
import { codesOf, issuesOf, placesOf } from '../_helpers/input-error';

const day = (y: number, m: number, d: number): number => _epochDay(y, m, d);

describe('_compileCalendar (the internal fast path)', () => {
  it('agrees with the public functions on every day of 2023 to 2026', () => {
    const calendar = _compileCalendar(jabarMkd2025);
    for (let d = day(2023, 1, 1); d <= day(2026, 12, 31); d++) {
      const date = _formatIsoDate(d);
      const expected = dailySchedule(date, { policy: jabarMkd2025 });
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
    expect(calendar.years).toEqual([2023, 2024, 2025, 2026]);
    expect([calendar.hasYear(2022), calendar.hasYear(2023), calendar.hasYear(2026), calendar.hasYear(2031)]).toEqual([false, true, true, false]);
  });

  it('throws an InputError naming the missing year when a day outside its years is touched', () => {
    const calendar = _compileCalendar(jabarMkd2025);
    const touches = [
      () => calendar.isWorkingDay(day(2031, 1, 6)),
      () => calendar.holidayOn(day(2022, 12, 31)),
      () => calendar.isRamadan(day(2031, 3, 1)),
      () => calendar.workMinutes(day(2022, 1, 2)),
      () => calendar.schedule(day(1999, 6, 1)),
      () => calendar.holidaysInYear(2030),
    ];
    const years = ['2031', '2022', '2031', '2022', '1999', '2030'];
    touches.forEach((touch, i) => {
      const issues = issuesOf(touch);
      expect(codesOf(issues)).toEqual(['calendar_year_missing']);
      expect(issues[0]?.message.id).toContain(`tahun ${years[i]}`);
      expect(issues[0]?.message.en).toContain(`for ${years[i]}`);
      expect(issues[0]?.message.en).toContain('available: 2023, 2024, 2025, 2026');
    });
  });

  it('keeps a year between two supplied years missing', () => {
    const empty = (year: number, hijriYear: number, start: string, end: string) => ({ year, holidays: [], ramadan: [{ hijriYear, start, end }] });
    const calendar = _compileCalendar(undefined, { years: [empty(2029, 1450, '2029-01-16', '2029-02-13')] });
    expect(calendar.years).toEqual([2023, 2024, 2025, 2026, 2029]);
    expect(calendar.isWorkingDay(day(2029, 1, 3))).toBe(true);
    expect(codesOf(issuesOf(() => calendar.isWorkingDay(day(2028, 6, 1))))).toEqual(['calendar_year_missing']);
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

  it('refuses hours without a policy as a programmer error', () => {
    const calendar = _compileCalendar(undefined);
    expect(() => calendar.workMinutes(day(2026, 1, 5))).toThrow(TypeError);
    expect(() => calendar.schedule(day(2026, 1, 5))).toThrow(/\[kerja-dinamis\]/);
  });

  it('refuses two different policies (argument and options.policy) as bad input', () => {
    // Reachable from the public API: allocateWorkPatterns(input, p, { calendar: { policy: other } }).
    expect(placesOf(issuesOf(() => _compileCalendar(jabarMkd2025, { policy: jabarMkd2023 })))).toEqual(['options.policy:conflicting_policy']);
  });

  it('refuses a day that is not an integer', () => {
    const calendar = _compileCalendar(undefined);
    expect(() => calendar.isWorkingDay(Number.NaN)).toThrow(TypeError);
  });

  it('lists a year\'s holidays like holidaysInYear', () => {
    expect(_compileCalendar(undefined).holidaysInYear(2025)).toEqual(holidaysInYear(2025));
  });

  describe('a provisional year (supplied here, so that these hold whatever the built-in years are)', () => {
    const entry = (date: string, approximate?: true) => ({ date, kind: 'LIBUR_NASIONAL' as const, name: { id: `Libur ${date}`, en: `Holiday ${date}` }, ...(approximate ? { approximate } : {}) });
    const provisional2029 = {
      year: 2029,
      provisional: true,
      holidays: [entry('2029-01-01'), entry('2029-01-04', true)],
      ramadan: [{ hijriYear: 1450, start: '2029-01-16', end: '2029-02-13', approximate: true }],
    };

    it('is refused without the opt-in, at every question, with calendar_year_provisional naming calendar.allowProvisional', () => {
      const calendar = _compileCalendar(jabarMkd2025, { years: [provisional2029] });
      expect([calendar.hasYear(2029), calendar.isProvisionalYear(2029)]).toEqual([false, false]);
      expect(calendar.years).toEqual([2023, 2024, 2025, 2026]);
      const touches = [
        () => calendar.isWorkingDay(day(2029, 1, 3)),
        () => calendar.holidayOn(day(2029, 1, 1)),
        () => calendar.isRamadan(day(2029, 1, 20)),
        () => calendar.workMinutes(day(2029, 1, 6)),
        () => calendar.schedule(day(2029, 12, 31)),
        () => calendar.holidaysInYear(2029),
      ];
      for (const touch of touches) {
        const issues = issuesOf(touch);
        expect(codesOf(issues)).toEqual(['calendar_year_provisional']);
        expect(issues[0]?.message.id).toContain('calendar.allowProvisional');
        expect(issues[0]?.message.en).toContain('calendar.allowProvisional');
        expect(issues[0]?.message.en).toContain('2029');
      }
    });

    it('is used with allowProvisional in the options, every holiday and day schedule marked provisional', () => {
      const calendar = _compileCalendar(jabarMkd2025, { years: [provisional2029], allowProvisional: true });
      expect([calendar.hasYear(2029), calendar.isProvisionalYear(2029), calendar.isProvisionalYear(2026)]).toEqual([true, true, false]);
      expect(calendar.holidaysInYear(2029)).toEqual([
        { ...entry('2029-01-01'), provisional: true },
        { ...entry('2029-01-04', true), provisional: true },
      ]);
      expect(calendar.holidayOn(day(2029, 1, 4))).toEqual({ ...entry('2029-01-04', true), provisional: true });
      expect(calendar.schedule(day(2029, 1, 3))).toMatchObject({ workingDay: true, workMinutes: 450, provisional: true });
      expect(calendar.schedule(day(2029, 1, 6))).toMatchObject({ workingDay: false, provisional: true }); // a Saturday
      expect(calendar.schedule(day(2029, 1, 17))).toMatchObject({ workingDay: true, ramadan: true, hijriYear: 1450, workMinutes: 390, provisional: true });
      expect(calendar.schedule(day(2026, 1, 5))).not.toHaveProperty('provisional');
      expect(calendar.holidayOn(day(2026, 1, 1))).not.toHaveProperty('provisional');
      expect(calendar.schedule(day(2029, 1, 10))).toBe(calendar.schedule(day(2029, 1, 3))); // shared, no allocation
    });

    it('is used with allowProvisional in the policy calendar section', () => {
      const policy = definePolicy(jabarMkd2025, { id: 'provisional-ok', calendar: { years: [provisional2029], allowProvisional: true } });
      const calendar = _compileCalendar(policy);
      expect(calendar.isProvisionalYear(2029)).toBe(true);
      expect(calendar.schedule(day(2029, 1, 3)).provisional).toBe(true);
    });

    it('is replaced by a settled year supplied on top, which needs no opt-in', () => {
      const policy = definePolicy(jabarMkd2025, { id: 'provisional-2029', calendar: { years: [provisional2029] } });
      const settled = { year: 2029, holidays: [entry('2029-01-01')], ramadan: [{ hijriYear: 1450, start: '2029-01-15', end: '2029-02-13' }] };
      const calendar = _compileCalendar(policy, { years: [settled] });
      expect([calendar.hasYear(2029), calendar.isProvisionalYear(2029)]).toEqual([true, false]);
      expect(calendar.holidaysInYear(2029)).toEqual([entry('2029-01-01')]);
      expect(calendar.isRamadan(day(2029, 1, 15))).toBe(true);
      expect(calendar.schedule(day(2029, 1, 3))).not.toHaveProperty('provisional');
    });

    it('takes a moved holiday as decided: no longer approximate, still provisional, with movedFrom', () => {
      const calendar = _compileCalendar(undefined, { years: [provisional2029], moved: [{ from: '2029-01-04', to: '2029-01-05' }], allowProvisional: true });
      expect(calendar.holidayOn(day(2029, 1, 5))).toEqual({ ...entry('2029-01-05'), name: entry('2029-01-04').name, movedFrom: '2029-01-04', provisional: true });
      expect(calendar.isWorkingDay(day(2029, 1, 4))).toBe(true);
    });

    it('keeps an added regional holiday, marked provisional with the rest of the year', () => {
      const added = [{ date: '2029-08-19', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari Jadi', en: 'Day' } }];
      const calendar = _compileCalendar(undefined, { years: [provisional2029], added, allowProvisional: true });
      expect(calendar.holidayOn(day(2029, 8, 19))).toEqual({ ...added[0], provisional: true });
    });
  });
});
