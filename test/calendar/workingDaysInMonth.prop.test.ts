import { describe, expect } from 'vitest';
import { it } from '@fast-check/vitest';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { UTCDate } from '@date-fns/utc';
import { getISODay } from 'date-fns/getISODay';
import { isWorkingDay, workingDaysInMonth, workingWeeksOfMonth } from '../../src/calendar/index';
import { builtInMonthArb } from '../arbitraries/calendar';
import { LISTED_DATES } from './_domain';

// Oracle independent of the library: date-fns on UTCDates built from (y, m, d)
// for the weekday, and the hand-transcribed domain.md list for the holidays.
function oracle(month: string): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let d = 1; d <= getDaysInMonth(new UTCDate(y, m - 1, 1, 12)); d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (getISODay(new UTCDate(y, m - 1, d, 12)) <= 5 && !LISTED_DATES.has(date)) out.push(date);
  }
  return out;
}

describe('workingDaysInMonth properties', () => {
  it.prop([builtInMonthArb])('the working days are the weekdays minus the listed holidays that fall on weekdays', (month) => {
    expect(workingDaysInMonth(month)).toEqual(oracle(month));
  });

  it.prop([builtInMonthArb])('agrees with isWorkingDay day by day', (month) => {
    const working = new Set(workingDaysInMonth(month));
    const [y, m] = month.split('-').map(Number) as [number, number];
    for (let d = 1; d <= getDaysInMonth(new UTCDate(y, m - 1, 1, 12)); d++) {
      const date = `${month}-${String(d).padStart(2, '0')}`;
      expect(isWorkingDay(date), date).toBe(working.has(date));
    }
  });

  it.prop([builtInMonthArb])('the clipped ISO weeks cover the month once, in order, with the same working days', (month) => {
    const weeks = workingWeeksOfMonth(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const dates = weeks.flatMap((w) => w.dates);
    expect(dates).toHaveLength(getDaysInMonth(new UTCDate(y, m - 1, 1, 12)));
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    expect(weeks.flatMap((w) => w.workingDates)).toEqual(workingDaysInMonth(month));
    for (const week of weeks.slice(1)) expect(getISODay(new UTCDate(y, m - 1, Number(week.start.slice(8)), 12))).toBe(1);
  });
});
