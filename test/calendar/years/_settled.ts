import { expect, it } from 'vitest';
import { BUILT_IN_CALENDAR, dailySchedule, holidaysInYear, workingDaysInMonth } from '../../../src/calendar/index';
import type { CalendarYearData } from '../../../src/calendar/index';
import { nationalFwa2025 } from '../../../src/policy/index';
import { _epochDay, _formatIsoDate } from '../../../src/_lib/dates';
import { LISTED, RAMADAN, WORKING_DAYS_A_MONTH, WORKING_DAYS_A_YEAR, type SettledYear } from '../_domain';

const dayBefore = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return _formatIsoDate(_epochDay(y, m, d) - 1);
};
const dayAfter = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return _formatIsoDate(_epochDay(y, m, d) + 1);
};

/**
 * The checks every settled year's data file passes, registered as `it`s inside the
 * caller's `describe`: its SKB list and working days against test/calendar/_domain.ts,
 * its sources, and its Ramadan from the Kemenag sidang isbat.
 */
export function itIsSettled(data: CalendarYearData, year: SettledYear, hijriYear: keyof typeof RAMADAN, sourceMentions: readonly string[]): void {
  it('is the built-in year, settled: not provisional, no date approximate', () => {
    expect(BUILT_IN_CALENDAR.find((y) => y.year === year)).toBe(data);
    expect(data.provisional).toBeUndefined();
    expect(data.holidays.filter((h) => h.approximate !== undefined)).toEqual([]);
    expect(Object.isFrozen(data) && Object.isFrozen(data.holidays) && data.holidays.every((h) => Object.isFrozen(h) && Object.isFrozen(h.name))).toBe(true);
  });

  it('lists the SKB dates in date order, with kind and name as transcribed', () => {
    expect(data.holidays.map((h) => ({ date: h.date, kind: h.kind, name: h.name.id }))).toEqual(LISTED[year]);
    expect(holidaysInYear(year)).toEqual(data.holidays);
  });

  it(`counts ${WORKING_DAYS_A_YEAR[year]} working days, month by month as counted by hand`, () => {
    const counts = WORKING_DAYS_A_MONTH[year].map((_, i) => workingDaysInMonth(`${year}-${String(i + 1).padStart(2, '0')}`).length);
    expect(counts).toEqual(WORKING_DAYS_A_MONTH[year]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(WORKING_DAYS_A_YEAR[year]);
  });

  it(`names its sources: ${sourceMentions.join('; ')}`, () => {
    for (const mention of sourceMentions) expect(data.source).toContain(mention);
  });

  it(`has Ramadan ${hijriYear} H from the sidang isbat of ${RAMADAN[hijriYear].isbat.join(' and ')}, not approximate`, () => {
    const { start, end, isbat } = RAMADAN[hijriYear];
    expect(data.ramadan).toHaveLength(1);
    const period = data.ramadan[0]!;
    expect({ hijriYear: period.hijriYear, start: period.start, end: period.end }).toEqual({ hijriYear, start, end });
    expect(period.approximate).toBeUndefined();
    expect(period.source).toContain('sidang isbat');
    for (const date of isbat) expect(period.source).toContain(date);
    expect(dailySchedule(start, { policy: nationalFwa2025 })).toMatchObject({ ramadan: true, hijriYear });
    expect(dailySchedule(end, { policy: nationalFwa2025 })).toMatchObject({ ramadan: true, hijriYear });
    expect(dailySchedule(dayBefore(start), { policy: nationalFwa2025 }).ramadan).toBe(false);
    expect(dailySchedule(dayAfter(end), { policy: nationalFwa2025 }).ramadan).toBe(false);
  });
}
