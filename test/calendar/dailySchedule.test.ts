import { describe, expect, it } from 'vitest';
import { dailySchedule } from '../../src/calendar/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import { RAMADAN } from './_domain';
import { codesOf, issuesOf } from '../_helpers/input-error';

const sumOfWeek = (dates: string[]): number => dates.reduce((sum, date) => sum + dailySchedule(date, jabarMkd2025).workMinutes, 0);

describe('dailySchedule', () => {
  it('gives Monday to Thursday 07:30–16:00 with a 60-minute break: 450 work minutes', () => {
    for (const date of ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']) {
      expect(dailySchedule(date, jabarMkd2025)).toMatchObject({ workingDay: true, start: '07:30', end: '16:00', breakMinutes: 60, workMinutes: 450, ramadan: false });
    }
  });

  it('gives Friday a 90-minute break, 07:30–16:30: 450 work minutes', () => {
    expect(dailySchedule('2026-01-09', jabarMkd2025)).toEqual({
      date: '2026-01-09',
      weekday: 'JUMAT',
      workingDay: true,
      start: '07:30',
      end: '16:30',
      breakMinutes: 90,
      workMinutes: 450,
      ramadan: false,
    });
  });

  it('adds up to 37 h 30 min (2,250 minutes) in a full regular week', () => {
    expect(sumOfWeek(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'])).toBe(37 * 60 + 30);
  });

  it('gives Ramadan Monday to Thursday 08:00–15:00 with a 30-minute break: 390 work minutes', () => {
    expect(dailySchedule('2026-03-02', jabarMkd2025)).toMatchObject({ weekday: 'SENIN', start: '08:00', end: '15:00', breakMinutes: 30, workMinutes: 390, ramadan: true });
  });

  it('gives a Ramadan Friday a 60-minute break, 08:00–15:30: 390 work minutes', () => {
    expect(dailySchedule('2025-03-14', jabarMkd2025)).toMatchObject({ weekday: 'JUMAT', start: '08:00', end: '15:30', breakMinutes: 60, workMinutes: 390, ramadan: true });
  });

  it('adds up to 32 h 30 min (1,950 minutes) in a full Ramadan week', () => {
    expect(sumOfWeek(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'])).toBe(32 * 60 + 30);
    expect(sumOfWeek(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'])).toBe(1950);
  });

  it('uses the Ramadan hours from the first to the last day of the built-in periods only', () => {
    for (const { start, end } of Object.values(RAMADAN)) {
      expect(dailySchedule(start, jabarMkd2025).ramadan).toBe(true);
      expect(dailySchedule(end, jabarMkd2025).ramadan).toBe(true);
    }
    expect(dailySchedule('2025-02-28', jabarMkd2025)).toMatchObject({ ramadan: false, workMinutes: 450 });
    expect(dailySchedule('2026-02-18', jabarMkd2025)).toMatchObject({ ramadan: false, workMinutes: 450 });
    expect(dailySchedule('2026-03-25', jabarMkd2025)).toMatchObject({ ramadan: false, workMinutes: 450 });
  });

  it('follows a Ramadan period replaced after the Kemenag decision', () => {
    const ramadan = [{ hijriYear: 1447, start: '2026-02-18', end: '2026-03-19' }];
    expect(dailySchedule('2026-02-18', jabarMkd2025, { ramadan })).toMatchObject({ ramadan: true, workMinutes: 390 });
  });

  it('gives a weekend day no hours', () => {
    expect(dailySchedule('2026-01-10', jabarMkd2025)).toEqual({ date: '2026-01-10', weekday: 'SABTU', workingDay: false, breakMinutes: 0, workMinutes: 0, ramadan: false });
  });

  it('gives a holiday no hours and names it', () => {
    expect(dailySchedule('2026-03-23', jabarMkd2025)).toEqual({
      date: '2026-03-23',
      weekday: 'SENIN',
      workingDay: false,
      breakMinutes: 0,
      workMinutes: 0,
      ramadan: false,
      holiday: { date: '2026-03-23', kind: 'CUTI_BERSAMA', name: { id: 'Idulfitri', en: 'Eid al-Fitr' } },
    });
  });

  it('gives the same hours under every preset', () => {
    for (const policy of [jabarMkd2023, nationalFwa2025]) {
      expect(dailySchedule('2026-01-09', policy)).toEqual(dailySchedule('2026-01-09', jabarMkd2025));
      expect(dailySchedule('2026-03-06', policy)).toEqual(dailySchedule('2026-03-06', jabarMkd2025));
    }
  });

  it("reads a policy's own schedule", () => {
    const early = definePolicy(jabarMkd2025, {
      id: 'early-start',
      schedule: { regular: { SENIN: { start: '07:00', end: '15:30', breakMinutes: 60 } } },
    });
    expect(dailySchedule('2026-01-05', early)).toMatchObject({ start: '07:00', end: '15:30', workMinutes: 450 });
  });

  it("applies the policy's calendar section", () => {
    const policy = definePolicy(jabarMkd2025, { id: 'moved', calendar: { moved: [{ from: '2026-05-27', to: '2026-05-26' }] } });
    expect(dailySchedule('2026-05-26', policy)).toMatchObject({ workingDay: false, holiday: { movedFrom: '2026-05-27' } });
    expect(dailySchedule('2026-05-27', policy)).toMatchObject({ workingDay: true, workMinutes: 450 });
  });

  it('rejects a date in a year without data', () => {
    const issues = issuesOf(() => dailySchedule('2027-03-01', jabarMkd2025));
    expect(codesOf(issues)).toEqual(['calendar_year_missing']);
    expect(issues[0]?.path).toEqual(['date']);
  });

  it('rejects an invalid policy', () => {
    expect(issuesOf(() => dailySchedule('2026-01-05', { id: 'x' } as never))[0]?.path[0]).toBe('policy');
  });
});
