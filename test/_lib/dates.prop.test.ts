import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
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

// date-fns works on local-time Dates; a local calendar date built with the
// (y, m, d) constructor and read back with local getters is a host-independent
// oracle for civil-date arithmetic, which is what ours must match.
const localDate = (epochDay: number): Date => {
  const { year, month, day } = _civil(epochDay);
  return new Date(year, month - 1, day, 12);
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

  it.prop([epochDayArb, fc.integer({ min: -400, max: 400 })])('adding days and months agrees with date-fns', (d, n) => {
    expect(fromLocal(addDays(localDate(d), n))).toBe(d + n);
    expect(_addMonths(d, n)).toBe(fromLocal(addMonths(localDate(d), n)));
  });
});
