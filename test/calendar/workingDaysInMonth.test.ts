import { describe, expect, it } from 'vitest';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { UTCDate } from '@date-fns/utc';
import { getISODay } from 'date-fns/getISODay';
import { workingDaysInMonth, isWorkingDay } from '../../src/calendar/index';
import { LISTED_DATES, SETTLED_YEARS, WORKING_DAYS_A_MONTH, WORKING_DAYS_A_YEAR, type SettledYear } from './_domain';
import { codesOf, issuesOf } from '../_helpers/input-error';

const months = (year: SettledYear): [string, number][] =>
  WORKING_DAYS_A_MONTH[year].map((count, i) => [`${year}-${String(i + 1).padStart(2, '0')}`, count]);

// Counted from the SKB lists alone: date-fns weekdays of the month minus the listed dates.
const countFromList = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  let count = 0;
  for (let d = 1; d <= getDaysInMonth(new UTCDate(y, m - 1, 1, 12)); d++) {
    if (getISODay(new UTCDate(y, m - 1, d, 12)) <= 5 && !LISTED_DATES.has(`${month}-${String(d).padStart(2, '0')}`)) count++;
  }
  return count;
};

describe('workingDaysInMonth', () => {
  it.each(SETTLED_YEARS)('the hand-counted months of %i add up to its yearly count', (year) => {
    expect(WORKING_DAYS_A_MONTH[year].reduce((a, b) => a + b, 0)).toBe(WORKING_DAYS_A_YEAR[year]);
  });

  it.each([
    [2023, 239],
    [2024, 238],
    [2025, 237],
    [2026, 240],
  ] as const)('gives %i its %i working days', (year, total) => {
    expect(months(year).reduce((sum, [month]) => sum + workingDaysInMonth(month).length, 0)).toBe(total);
    expect(WORKING_DAYS_A_YEAR[year]).toBe(total);
  });

  it.each(SETTLED_YEARS.flatMap(months))('gives %s its %i working days, as counted from the SKB list', (month, count) => {
    expect(countFromList(month)).toBe(count);
    expect(workingDaysInMonth(month)).toHaveLength(count);
  });

  it('lists the dates in order, all in the month and all working days', () => {
    const dates = workingDaysInMonth('2026-03');
    expect(dates[0]).toBe('2026-03-02');
    expect(dates).toEqual([...dates].sort());
    for (const date of dates) {
      expect(date.startsWith('2026-03-')).toBe(true);
      expect(isWorkingDay(date)).toBe(true);
    }
  });

  it('leaves out the whole Idulfitri break of March 2026', () => {
    const dates = workingDaysInMonth('2026-03');
    for (const date of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) expect(dates).not.toContain(date);
    expect(dates).toContain('2026-03-17');
    expect(dates).toContain('2026-03-25');
  });

  it('counts one day fewer with a regional holiday on a weekday', () => {
    const added = [{ date: '2026-08-19', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari Jadi Provinsi Jawa Barat', en: 'West Java Day' } }];
    expect(workingDaysInMonth('2026-08', { added })).toHaveLength(WORKING_DAYS_A_MONTH[2026][7]! - 1);
  });

  it('rejects a month in a year without data', () => {
    const issues = issuesOf(() => workingDaysInMonth('2022-12'));
    expect(codesOf(issues)).toEqual(['calendar_year_missing']);
    expect(issues[0]?.path).toEqual(['month']);
  });

  it.each(['2026-13', '2026-1', '2026-01-01', 202601])('rejects the month %j', (month) => {
    expect(codesOf(issuesOf(() => workingDaysInMonth(month as string)))).toEqual([typeof month === 'number' ? 'invalid_type' : 'invalid_month']);
  });
});
