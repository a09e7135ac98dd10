import { describe, expect, it } from 'vitest';
import {
  _addMonths,
  _formatIsoDate,
  _isoWeekLabel,
  _monthsBetween,
  _parseIsoDate,
  _parseIsoMonth,
  _weekdayOf,
} from '../../src/_lib/dates';

const day = (s: string): number => _parseIsoDate(s) as number;

describe('strict ISO dates', () => {
  it('parses a real date to its epoch day', () => {
    expect(_parseIsoDate('1970-01-01')).toBe(0);
    expect(_parseIsoDate('2026-11-27')).toBe(20_784);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01T00:00', ' 2026-01-01', ''])(
    'rejects %j',
    (text) => {
      expect(_parseIsoDate(text)).toBeUndefined();
    },
  );

  it('accepts 29 February only in leap years', () => {
    expect(_parseIsoDate('2024-02-29')).toBeDefined();
    expect(_parseIsoDate('2000-02-29')).toBeDefined();
    expect(_parseIsoDate('1900-02-29')).toBeUndefined();
  });

  it('formats an epoch day back to the same text', () => {
    expect(_formatIsoDate(day('2026-03-20'))).toBe('2026-03-20');
  });

  it('parses strict months and rejects others', () => {
    expect(_parseIsoMonth('2026-02')).toEqual({ year: 2026, month: 2 });
    expect(_parseIsoMonth('2026-13')).toBeUndefined();
    expect(_parseIsoMonth('2026-2')).toBeUndefined();
  });
});

describe('weekdays and ISO weeks', () => {
  it('knows the weekday of a date', () => {
    expect(_weekdayOf(day('2023-06-19'))).toBe('SENIN'); // MKD launch, a Monday
    expect(_weekdayOf(day('2026-11-27'))).toBe('JUMAT');
    expect(_weekdayOf(day('2026-11-29'))).toBe('MINGGU');
  });

  it('puts a date in the ISO week of its Thursday', () => {
    expect(_isoWeekLabel(day('2026-01-01'))).toBe('2026-W01');
    expect(_isoWeekLabel(day('2027-01-01'))).toBe('2026-W53');
    expect(_isoWeekLabel(day('2024-12-30'))).toBe('2025-W01');
  });
});

describe('month arithmetic', () => {
  it('clamps to the end of a shorter month', () => {
    expect(_formatIsoDate(_addMonths(day('2024-02-29'), 12))).toBe('2025-02-28');
    expect(_formatIsoDate(_addMonths(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(_formatIsoDate(_addMonths(day('2026-03-31'), -1))).toBe('2026-02-28');
  });

  it('counts whole months, a month counting once its day is reached', () => {
    expect(_monthsBetween(day('2026-01-15'), day('2026-04-14'))).toBe(2);
    expect(_monthsBetween(day('2026-01-15'), day('2026-04-15'))).toBe(3);
    expect(_monthsBetween(day('2026-04-15'), day('2026-01-15'))).toBe(-3);
  });
});
