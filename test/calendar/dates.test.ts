import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { WEEKDAYS, datesBetween, isIsoDate, isIsoMonth, isInputError, weekdayOf } from '../../src/index';

describe('isIsoDate and isIsoMonth', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-2-28', false],
    ['2026-02-28T00:00:00Z', false],
    [20260228, false],
    [null, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-02', true],
    ['2026-13', false],
    ['2026-2', false],
    ['2026-02-01', false],
    [202602, false],
  ])('isIsoMonth(%j) is %s', (value, expected) => {
    expect(isIsoMonth(value)).toBe(expected);
  });
});

describe('weekdayOf', () => {
  it('names the weekday of known dates', () => {
    expect(weekdayOf('2026-01-01')).toBe('KAMIS');
    expect(weekdayOf('2026-02-02')).toBe('SENIN');
    expect(weekdayOf('2027-01-03')).toBe('MINGGU');
  });

  it('refuses a date that does not exist with InputError', () => {
    expect(() => weekdayOf('2026-02-30')).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it.prop([fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })])(
    'invariant: the weekday agrees with the UTC day of the same date',
    (d) => {
      const iso = d.toISOString().slice(0, 10);
      expect(weekdayOf(iso)).toBe(WEEKDAYS[(d.getUTCDay() + 6) % 7]);
    },
  );
});

describe('datesBetween', () => {
  it('lists both ends and every date between, across a month end', () => {
    expect(datesBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(datesBetween('2026-02-27', '2026-02-27')).toEqual(['2026-02-27']);
  });

  it('refuses a range that ends before it starts, or longer than two years', () => {
    for (const [from, to] of [['2026-03-02', '2026-02-27'], ['2026-01-01', '2028-01-03']] as const) {
      try {
        datesBetween(from, to);
        expect.unreachable();
      } catch (error) {
        expect(isInputError(error)).toBe(true);
        if (isInputError(error)) expect(error.issues.map((i) => i.code)).toEqual(['invalid_range']);
      }
    }
  });

  it.prop([fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 730 })])('invariant: n + 1 consecutive dates, each a day after the last', (start, n) => {
    const from = new Date(Date.UTC(2020, 0, 1 + start)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(2020, 0, 1 + start + n)).toISOString().slice(0, 10);
    const dates = datesBetween(from, to);
    expect(dates).toHaveLength(n + 1);
    expect(dates[0]).toBe(from);
    expect(dates.at(-1)).toBe(to);
    expect(dates.every((d, i) => i === 0 || d > dates[i - 1]!)).toBe(true);
  });
});
