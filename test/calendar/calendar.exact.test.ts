/**
 * Exact refusals and orders of the calendar, written for the survivors of its mutation
 * run (docs/testing.md): the messages of a removal or move of a day that is no holiday,
 * the conflict of two policies, and the date order of a year's holidays once a
 * calendar adds its own.
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf } from '../_helpers/input-error';
import { datesBetween, holidaysInYear, isIsoMonth, isWorkingDay } from '../../src/calendar/index';
import { jabarMkd2025, jabarMkd2026 } from '../../src/policy/index';
import { allocateWorkPatterns } from '../../src/work-pattern/index';

describe('calendar overrides refused, exactly', () => {
  it('says a day that is no holiday cannot be removed', () => {
    expect(exactIssuesOf(() => isWorkingDay('2026-01-06', { removed: ['2026-01-06'] }))).toStrictEqual([
      {
        path: 'options.removed.0',
        code: 'calendar_not_a_holiday',
        message: { id: 'Tanggal 2026-01-06 bukan hari libur dalam kalender, jadi tidak dapat dihapus', en: '2026-01-06 is not a holiday of the calendar, so it cannot be removed' },
      },
    ]);
  });

  it('says a day that is no holiday cannot be moved', () => {
    expect(exactIssuesOf(() => isWorkingDay('2026-01-06', { moved: [{ from: '2026-01-06', to: '2026-01-07' }] }))).toStrictEqual([
      {
        path: 'options.moved.0.from',
        code: 'calendar_not_a_holiday',
        message: { id: 'Tanggal 2026-01-06 bukan hari libur dalam kalender, jadi tidak dapat dipindahkan', en: '2026-01-06 is not a holiday of the calendar, so it cannot be moved' },
      },
    ]);
  });

  it('refuses a calendar policy that differs from the one given, at its path (a JavaScript caller: the type has no such key)', () => {
    const input = { unit: { id: 'u' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 1 }] };
    expect(exactIssuesOf(() => allocateWorkPatterns(input, jabarMkd2025, { calendar: { policy: jabarMkd2026 } as never }))).toStrictEqual([
      {
        path: 'options.calendar.policy',
        code: 'conflicting_policy',
        message: {
          id: 'Kebijakan di opsi berbeda dari kebijakan yang diberikan sebagai argumen; berikan satu saja',
          en: 'The policy in the options differs from the policy given as an argument; give only one',
        },
      },
    ]);
    expect(() => allocateWorkPatterns(input, jabarMkd2025, { calendar: { policy: jabarMkd2025 } as never })).not.toThrow();
  });
});

describe('a year with added holidays', () => {
  it('lists every holiday once, in date order, the added ones in their place', () => {
    const name = { id: 'Hari daerah', en: 'Regional day' };
    const dates = holidaysInYear(2026, {
      added: [
        { date: '2026-12-30', kind: 'LIBUR_DAERAH', name },
        { date: '2026-01-05', kind: 'LIBUR_DAERAH', name },
      ],
    }).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.slice(0, 3)).toEqual(['2026-01-01', '2026-01-05', '2026-01-16']);
    expect(dates.at(-1)).toBe('2026-12-30');
    expect(dates).toEqual([...holidaysInYear(2026).map((h) => h.date), '2026-01-05', '2026-12-30'].sort());
  });
});

describe('date arguments refused, exactly', () => {
  it('bounds a range of dates to two years, and names the end that is wrong', () => {
    expect(datesBetween('2025-01-01', '2027-01-01')).toHaveLength(731);
    const tooLong = {
      path: 'to',
      code: 'invalid_range',
      message: {
        id: 'Rentang tanggal 2024-01-01–2026-01-01 harus berakhir pada atau setelah tanggal awal dan paling panjang dua tahun',
        en: 'The date range 2024-01-01–2026-01-01 must end on or after its start and last at most two years',
      },
    };
    expect(exactIssuesOf(() => datesBetween('2024-01-01', '2026-01-01'))).toStrictEqual([tooLong]);
    expect(exactIssuesOf(() => datesBetween('2026-01-02', '2026-01-01')).map((p) => p.path)).toEqual(['to']);
    expect(exactIssuesOf(() => datesBetween('2026-13-01', '2026-01-01')).map((p) => p.path)).toEqual(['from']);
    expect(exactIssuesOf(() => datesBetween('2026-01-01', '2026-02-30')).map((p) => p.path)).toEqual(['to']);
  });

  it('tells a year off the scale from a year the calendar does not have', () => {
    const codes = (year: unknown) => exactIssuesOf(() => holidaysInYear(year as number)).map((p) => `${p.path} ${p.code}`);
    expect(codes(999)).toEqual(['year invalid_year']);
    expect(codes(1000)).toEqual(['year calendar_year_missing']);
    expect(codes(9999)).toEqual(['year calendar_year_missing']);
    expect(codes(10_000)).toEqual(['year invalid_year']);
    expect(codes('2026')).toEqual(['year invalid_year']);
    expect(codes(2026.5)).toEqual(['year invalid_year']);
  });

  it('takes only text for a month', () => {
    expect(isIsoMonth('2026-01')).toBe(true);
    expect(isIsoMonth(202601)).toBe(false);
    expect(isIsoMonth(['2026-01'])).toBe(false);
  });
});
