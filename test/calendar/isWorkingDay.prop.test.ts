import { describe, expect } from 'vitest';
import { it } from '@fast-check/vitest';
import { dailySchedule, holidaysInYear, isWorkingDay, workingDaysInMonth } from '../../src/calendar/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { _deepFreeze } from '../../src/_lib/freeze';
import { builtInDateArb, builtInMonthArb, listedDateArb, regionalHolidayArb } from '../arbitraries/calendar';

describe('isWorkingDay properties', () => {
  it.prop([builtInMonthArb, regionalHolidayArb])('adding a holiday never adds a working day', (month, holiday) => {
    const before = workingDaysInMonth(month);
    const after = workingDaysInMonth(month, { added: [holiday] });
    expect(after.length).toBeLessThanOrEqual(before.length);
    expect(before.filter((date) => !after.includes(date))).toEqual(before.includes(holiday.date) ? [holiday.date] : []);
    expect(after.every((date) => before.includes(date))).toBe(true);
  });

  it.prop([listedDateArb])('removing a holiday and adding it back gives the same calendar', (date) => {
    const year = Number(date.slice(0, 4));
    const original = holidaysInYear(year).find((h) => h.date === date)!;
    expect(holidaysInYear(year, { removed: [date], added: [original] })).toEqual(holidaysInYear(year));
  });

  it.prop([builtInDateArb, regionalHolidayArb.filter((h) => h.date !== '2026-05-26')])('no input is mutated', (date, holiday) => {
    const options = _deepFreeze({ added: [holiday], moved: [{ from: '2026-05-27', to: '2026-05-26' }] });
    const copy = structuredClone(options);
    isWorkingDay(date, options);
    dailySchedule(date, { policy: jabarMkd2025, ...options });
    expect(options).toEqual(copy);
  });

  it.prop([builtInDateArb, regionalHolidayArb])('the same input gives the same JSON', (date, holiday) => {
    const run = (): string => JSON.stringify([dailySchedule(date, { policy: jabarMkd2025, added: [holiday] }), holidaysInYear(Number(date.slice(0, 4)), { added: [holiday] })]);
    expect(run()).toBe(run());
  });
});
