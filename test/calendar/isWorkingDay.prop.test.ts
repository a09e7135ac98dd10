import { afterEach, describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { dailySchedule, holidaysInYear, isWorkingDay, workingDaysInMonth } from '../../src/calendar/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { _deepFreeze } from '../../src/_lib/freeze';
import { builtInDateArb, builtInMonthArb, listedDateArb, regionalHolidayArb } from '../arbitraries/calendar';

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Jakarta', 'Asia/Kolkata'];
const originalTz = process.env['TZ'];

describe('isWorkingDay properties', () => {
  const restoreTz = (): void => {
    if (originalTz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = originalTz;
  };
  afterEach(restoreTz);

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

  it.prop([builtInDateArb, fc.constantFrom(...ZONES)])('results are identical whatever the host time zone', (date, zone) => {
    const here = JSON.stringify([isWorkingDay(date), dailySchedule(date, jabarMkd2025), workingDaysInMonth(date.slice(0, 7))]);
    let offset: number;
    let there: string;
    try {
      process.env['TZ'] = zone;
      offset = new Date(2026, 0, 15, 12).getTimezoneOffset();
      there = JSON.stringify([isWorkingDay(date), dailySchedule(date, jabarMkd2025), workingDaysInMonth(date.slice(0, 7))]);
    } finally {
      restoreTz();
    }
    // the switch really happened: the host's clock read the zone's offset
    expect(offset).toBe({ UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, 'Asia/Jakarta': -420, 'Asia/Kolkata': -330 }[zone]);
    expect(there).toBe(here);
  });

  it.prop([builtInDateArb, regionalHolidayArb.filter((h) => h.date !== '2026-05-26')])('no input is mutated', (date, holiday) => {
    const options = _deepFreeze({ added: [holiday], moved: [{ from: '2026-05-27', to: '2026-05-26' }] });
    const copy = structuredClone(options);
    isWorkingDay(date, options);
    dailySchedule(date, jabarMkd2025, options);
    expect(options).toEqual(copy);
  });

  it.prop([builtInDateArb, regionalHolidayArb])('the same input gives the same JSON', (date, holiday) => {
    const run = (): string => JSON.stringify([dailySchedule(date, jabarMkd2025, { added: [holiday] }), holidaysInYear(Number(date.slice(0, 4)), { added: [holiday] })]);
    expect(run()).toBe(run());
  });
});
