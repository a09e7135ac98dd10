import { describe, expect, it } from 'vitest';
import { workingDaysInMonth, isWorkingDay } from '../../src/calendar/index';
import { WORKING_DAYS_A_MONTH, WORKING_DAYS_A_YEAR } from './_domain';
import { codesOf, issuesOf } from '../_helpers/input-error';

const months = (year: 2025 | 2026): [string, number][] =>
  WORKING_DAYS_A_MONTH[year].map((count, i) => [`${year}-${String(i + 1).padStart(2, '0')}`, count]);

describe('workingDaysInMonth', () => {
  it('the hand-counted months add up to the yearly counts of domain.md', () => {
    expect(WORKING_DAYS_A_MONTH[2025].reduce((a, b) => a + b, 0)).toBe(WORKING_DAYS_A_YEAR[2025]);
    expect(WORKING_DAYS_A_MONTH[2026].reduce((a, b) => a + b, 0)).toBe(WORKING_DAYS_A_YEAR[2026]);
  });

  it('gives 237 working days in 2025', () => {
    const total = months(2025).reduce((sum, [month]) => sum + workingDaysInMonth(month).length, 0);
    expect(total).toBe(237);
  });

  it('gives 240 working days in 2026', () => {
    const total = months(2026).reduce((sum, [month]) => sum + workingDaysInMonth(month).length, 0);
    expect(total).toBe(240);
  });

  it.each([...months(2025), ...months(2026)])('gives %s its %i working days', (month, count) => {
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
    const issues = issuesOf(() => workingDaysInMonth('2027-01'));
    expect(codesOf(issues)).toEqual(['calendar_year_missing']);
    expect(issues[0]?.path).toEqual(['month']);
  });

  it.each(['2026-13', '2026-1', '2026-01-01', 202601])('rejects the month %j', (month) => {
    expect(codesOf(issuesOf(() => workingDaysInMonth(month as string)))).toEqual([typeof month === 'number' ? 'invalid_type' : 'invalid_month']);
  });
});
