import { describe, expect, it } from 'vitest';
import { UTCDate } from '@date-fns/utc';
import { getISODay } from 'date-fns/getISODay';
import { isWorkingDay } from '../../src/calendar/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import { LISTED, SETTLED_YEARS } from './_domain';
import { codesOf, issuesOf } from '../_helpers/input-error';

const weekdayOf = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return getISODay(new UTCDate(y, m - 1, d, 12));
};

const regional = { date: '2026-08-19', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari Jadi Provinsi Jawa Barat', en: 'West Java Day' } };

describe('isWorkingDay', () => {
  it('is true on an ordinary weekday', () => {
    expect(isWorkingDay('2026-03-25')).toBe(true); // Wednesday
    expect(isWorkingDay('2025-08-19')).toBe(true); // Tuesday
  });

  it('is false on Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-03-28')).toBe(false);
    expect(isWorkingDay('2026-03-29')).toBe(false);
  });

  it('is false on every listed holiday and cuti bersama of 2023 to 2026', () => {
    const listed = SETTLED_YEARS.flatMap((year) => LISTED[year]);
    for (const { date } of listed) expect(isWorkingDay(date), date).toBe(false);
    // ...and the listed dates really are mostly weekdays, so the check has teeth
    expect(listed.filter((h) => weekdayOf(h.date) <= 5)).toHaveLength(21 + 24 + 24 + 21);
  });

  it('is false on 18 August 2025, the cuti bersama added in August 2025', () => {
    expect(isWorkingDay('2025-08-18')).toBe(false);
  });

  it('is false on an added regional holiday', () => {
    expect(isWorkingDay('2026-08-19', { added: [regional] })).toBe(false);
  });

  it('is true again on a removed holiday', () => {
    expect(isWorkingDay('2026-12-24', { removed: ['2026-12-24'] })).toBe(true);
  });

  it('follows a holiday moved by a Kemenag decision', () => {
    const moved = { moved: [{ from: '2026-05-27', to: '2026-05-26' }] };
    expect(isWorkingDay('2026-05-26', moved)).toBe(false);
    expect(isWorkingDay('2026-05-27', moved)).toBe(true);
  });

  it("applies the policy's calendar section when given { policy }", () => {
    const policy = definePolicy(jabarMkd2025, { id: 'jabar-regional', calendar: { added: [regional] } });
    expect(isWorkingDay('2026-08-19', { policy })).toBe(false);
  });

  it("applies explicit options on top of the policy's", () => {
    const policy = definePolicy(jabarMkd2025, { id: 'jabar-regional', calendar: { added: [regional] } });
    expect(isWorkingDay('2026-08-19', { policy, removed: ['2026-08-19'] })).toBe(true);
  });

  it('gives the same answers under every preset (none changes the national calendar)', () => {
    for (const policy of [jabarMkd2023, jabarMkd2025, nationalFwa2025]) {
      expect(isWorkingDay('2026-03-23', { policy })).toBe(false);
      expect(isWorkingDay('2026-03-25', { policy })).toBe(true);
    }
  });

  it('rejects a date in a year without data, even a weekend, naming the year', () => {
    for (const date of ['2022-12-30', '2022-12-31', '2031-01-06']) {
      const issues = issuesOf(() => isWorkingDay(date));
      expect(codesOf(issues)).toEqual(['calendar_year_missing']);
      expect(issues[0]?.path).toEqual(['date']);
      expect(issues[0]?.message.en).toContain(date.slice(0, 4));
      expect(issues[0]?.message.id).toContain(`tahun ${date.slice(0, 4)}`);
    }
  });

  it('answers for a year supplied in the options', () => {
    const years = [{ year: 2028, holidays: [], ramadan: [{ hijriYear: 1449, start: '2028-01-28', end: '2028-02-26' }] }];
    expect(isWorkingDay('2028-01-03', { years })).toBe(true); // a Monday, no holiday supplied
    expect(isWorkingDay('2028-01-01', { years })).toBe(false); // a Saturday
  });

  it.each(['2026-02-30', '2026-1-05', '', '2026-01-05T00:00'])('rejects the date %j', (date) => {
    expect(codesOf(issuesOf(() => isWorkingDay(date)))).toEqual(['invalid_date']);
  });

  it('rejects options with an unknown key', () => {
    expect(codesOf(issuesOf(() => isWorkingDay('2026-01-05', { extra: true } as never)))).toEqual(['unrecognized_keys']);
  });

  it('rejects overrides that list a date twice, move a date onto itself or give an impossible Ramadan', () => {
    const issues = issuesOf(() =>
      isWorkingDay('2026-01-05', {
        removed: ['2026-12-24', '2026-12-24'],
        moved: [{ from: '2026-05-27', to: '2026-05-27' }],
        ramadan: [{ hijriYear: 1447, start: '2026-02-19', end: '2026-03-30' }],
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['options.ramadan.0.end', 'calendar_ramadan_length'],
      ['options.removed.1', 'calendar_duplicate_date'],
      ['options.moved.0.to', 'calendar_move_to_same_date'],
    ]);
    expect(issues[0]?.message.id).toContain('40 hari');
    expect(issues[0]?.message.en).toContain('40 days');
  });

  it('rejects a policy that is not one', () => {
    const issues = issuesOf(() => isWorkingDay('2026-01-05', { policy: { id: 'x' } as never }));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.path[0]).toBe('policy');
  });
});
