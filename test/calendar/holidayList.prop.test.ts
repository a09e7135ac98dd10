import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { BUILT_IN_CALENDAR, calendarFromHolidayList, holidaysInYear, type HolidayListEntry } from '../../src/calendar/index';
import { _compileCalendar } from '../../src/calendar/compiled';
import { _epochDay } from '../../src/_lib/dates';
import { jabarMkd2025 } from '../../src/policy/index';
import { SETTLED_YEARS } from './_domain';
import { regionalHolidayArb } from '../arbitraries/calendar';

/** A settled year's own holidays and Ramadan as rows of a holiday list. */
function rowsOf(year: number): HolidayListEntry[] {
  const rows: HolidayListEntry[] = holidaysInYear(year).map((h) => ({ date: h.date, kind: h.kind, name: h.name.id, nameEn: h.name.en }));
  for (const period of BUILT_IN_CALENDAR.find((data) => data.year === year)!.ramadan) {
    rows.push({ date: period.start, kind: 'RAMADAN', name: `Awal Ramadan ${period.hijriYear} H` });
    rows.push({ date: period.end, kind: 'RAMADAN', name: `Akhir Ramadan ${period.hijriYear} H` });
  }
  return rows;
}

/** Every answer the calendar gives about each day of a year, under the Jabar hours. */
function everyDay(year: number, options?: Parameters<typeof _compileCalendar>[1]): unknown[] {
  const calendar = _compileCalendar(jabarMkd2025, options);
  const out: unknown[] = [];
  for (let day = _epochDay(year, 1, 1), end = _epochDay(year + 1, 1, 1); day < end; day++) out.push([calendar.schedule(day), calendar.holidayOn(day)]);
  return out;
}

const shuffledRowsArb = fc.constantFrom(...SETTLED_YEARS).chain((year) => {
  const rows = rowsOf(year);
  return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }).map((shuffled) => ({ year, rows: shuffled }));
});

describe('calendarFromHolidayList properties', () => {
  it.prop([shuffledRowsArb])("a list built from a calendar's own holidays and Ramadan gives back the same calendar", ({ year, rows }) => {
    const overrides = calendarFromHolidayList(rows, { source: 'round trip' });
    expect(overrides.years?.map((y) => y.year)).toEqual([year]);
    expect(holidaysInYear(year, overrides)).toEqual(holidaysInYear(year));
    expect(everyDay(year, overrides)).toEqual(everyDay(year));
  });

  it.prop([shuffledRowsArb])('the order of the rows does not change the overrides', ({ year, rows }) => {
    expect(calendarFromHolidayList(rows)).toEqual(calendarFromHolidayList(rowsOf(year)));
  });

  it.prop([fc.uniqueArray(regionalHolidayArb, { selector: (h) => h.date, maxLength: 5 })])('regional rows add exactly their days, as `added` would', (holidays) => {
    const rows: HolidayListEntry[] = holidays.map((h) => ({ date: h.date, kind: 'LIBUR_DAERAH', name: h.name.id, nameEn: h.name.en }));
    const overrides = calendarFromHolidayList(rows);
    for (const year of SETTLED_YEARS) expect(holidaysInYear(year, overrides)).toEqual(holidaysInYear(year, { added: holidays }));
  });
});
