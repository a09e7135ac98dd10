import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import {
  _addMonths,
  _civil,
  _epochDay,
  _formatIsoDate,
  _isoWeekLabel,
  _isoWeekdayNumber,
  _parseIsoDate,
} from '../../src/_lib/dates';
import { dateShapedArb, epochDayArb, isRealDate } from '../arbitraries/dates';

// date-fns is the oracle for civil-date arithmetic, on UTCDate (@date-fns/utc): a Date
// whose getters and setters read UTC. Not local-time Dates: a zone that skipped a day has
// no such local date — Kiritimati has no 1994-12-31, so there `addMonths(1970-01-01, 299)`
// gives 1995-01-01, and `npm test` runs these tests in Kiritimati (seed 109681086 found
// it). Our code must be host-independent; its oracle must be too.
const localDate = (epochDay: number): Date => {
  const { year, month, day } = _civil(epochDay);
  return new UTCDate(year, month - 1, day, 12);
};
const fromLocal = (d: Date): number => _epochDay(d.getFullYear(), d.getMonth() + 1, d.getDate());

describe('ISO date arithmetic', () => {
  it.prop([epochDayArb])('formatting then parsing returns the same day', (d) => {
    expect(_parseIsoDate(_formatIsoDate(d))).toBe(d);
  });

  it.prop([dateShapedArb])('a date-shaped string parses exactly when the day exists', (text) => {
    expect(_parseIsoDate(text) !== undefined).toBe(isRealDate(text));
  });

  it.prop([epochDayArb])('the weekday and ISO week agree with date-fns', (d) => {
    const date = localDate(d);
    expect(_isoWeekdayNumber(d)).toBe(getISODay(date));
    const [year, week] = _isoWeekLabel(d).split('-W').map(Number);
    expect(year).toBe(getISOWeekYear(date));
    expect(week).toBe(getISOWeek(date));
  });

  it('adding months across a day that the host zone skipped stays on the calendar (Kiritimati, 1994-12-31)', () => {
    // 1970-01-01 + 299 months is 1994-12-01 (epoch day 9100) in every zone.
    expect(_addMonths(0, 299)).toBe(_epochDay(1994, 12, 1));
    expect(_addMonths(0, 299)).toBe(fromLocal(addMonths(localDate(0), 299)));
    expect(_isoWeekdayNumber(_epochDay(1994, 12, 31))).toBe(getISODay(localDate(_epochDay(1994, 12, 31))));
  });

  it.prop([epochDayArb, fc.integer({ min: -400, max: 400 })])('adding days and months agrees with date-fns', (d, n) => {
    expect(fromLocal(addDays(localDate(d), n))).toBe(d + n);
    expect(_addMonths(d, n)).toBe(fromLocal(addMonths(localDate(d), n)));
  });
});
