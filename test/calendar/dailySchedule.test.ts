import { describe, expect, it } from 'vitest';
import { dailySchedule } from '../../src/calendar/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, jabarMkd2026, nationalFwa2025, presets } from '../../src/policy/index';
import { RAMADAN } from './_domain';
import { codesOf, issuesOf } from '../_helpers/input-error';

const sumOfWeek = (dates: string[]): number => dates.reduce((sum, date) => sum + dailySchedule(date, { policy: jabarMkd2025 }).workMinutes, 0);

describe('dailySchedule', () => {
  it('gives Monday to Thursday 07:30–16:00 with a 60-minute break: 450 work minutes', () => {
    for (const date of ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']) {
      expect(dailySchedule(date, { policy: jabarMkd2025 })).toMatchObject({ workingDay: true, start: '07:30', end: '16:00', breakMinutes: 60, workMinutes: 450, ramadan: false });
    }
  });

  it('gives Friday a 90-minute break, 07:30–16:30: 450 work minutes', () => {
    expect(dailySchedule('2026-01-09', { policy: jabarMkd2025 })).toEqual({
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

  it('gives national Ramadan Monday to Thursday 08:00–15:00 with a 30-minute break: 390 work minutes', () => {
    expect(dailySchedule('2026-03-02', { policy: nationalFwa2025 })).toMatchObject({ weekday: 'SENIN', start: '08:00', end: '15:00', breakMinutes: 30, workMinutes: 390, ramadan: true, hijriYear: 1447 });
  });

  it('gives a national Ramadan Friday a 60-minute break, 08:00–15:30: 390 work minutes', () => {
    expect(dailySchedule('2025-03-14', { policy: nationalFwa2025 })).toMatchObject({ weekday: 'JUMAT', start: '08:00', end: '15:30', breakMinutes: 60, workMinutes: 390, ramadan: true, hijriYear: 1446 });
  });

  it('adds up to 32 h 30 min (1,950 minutes) in a full national Ramadan week', () => {
    const week = (dates: string[]): number => dates.reduce((sum, date) => sum + dailySchedule(date, { policy: nationalFwa2025 }).workMinutes, 0);
    expect(week(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'])).toBe(32 * 60 + 30);
    expect(week(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'])).toBe(1950);
  });

  it('gives Jabar Ramadan 1446 H (SE 23/OT.03/ORG) 06:30–14:00 with a 60-minute break, Friday 06:30–14:30 with 90: 1,950 a week', () => {
    for (const policy of [jabarMkd2023, jabarMkd2025]) {
      expect(dailySchedule('2025-03-10', { policy })).toMatchObject({ start: '06:30', end: '14:00', breakMinutes: 60, workMinutes: 390, hijriYear: 1446 });
      expect(dailySchedule('2025-03-14', { policy })).toMatchObject({ start: '06:30', end: '14:30', breakMinutes: 90, workMinutes: 390 });
    }
    expect(sumOfWeek(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'])).toBe(1950);
  });

  it('gives Jabar Ramadan 1447 H (SE 21/KPG.03.04/ORG) 06:30–14:00 with a 30-minute break, Friday with 60: 2,070 a week', () => {
    for (const policy of [jabarMkd2025, jabarMkd2026]) {
      expect(dailySchedule('2026-03-02', { policy })).toMatchObject({ start: '06:30', end: '14:00', breakMinutes: 30, workMinutes: 420, hijriYear: 1447 });
      expect(dailySchedule('2026-03-06', { policy })).toMatchObject({ start: '06:30', end: '14:00', breakMinutes: 60, workMinutes: 390 });
    }
    expect(sumOfWeek(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'])).toBe(2070);
  });

  it('gives a Ramadan without hours of its own the policy default (the national hours [D])', () => {
    expect(dailySchedule('2024-03-18', { policy: jabarMkd2023 })).toMatchObject({ start: '08:00', end: '15:00', breakMinutes: 30, workMinutes: 390, ramadan: true, hijriYear: 1445 });
  });

  it('uses the Ramadan hours from the first to the last day of the built-in periods only', () => {
    for (const { start, end } of Object.values(RAMADAN)) {
      expect(dailySchedule(start, { policy: jabarMkd2025 }).ramadan).toBe(true);
      expect(dailySchedule(end, { policy: jabarMkd2025 }).ramadan).toBe(true);
    }
    expect(dailySchedule('2025-02-28', { policy: jabarMkd2025 })).toMatchObject({ ramadan: false, workMinutes: 450 });
    expect(dailySchedule('2026-02-18', { policy: jabarMkd2025 })).toMatchObject({ ramadan: false, workMinutes: 450 });
    expect(dailySchedule('2026-03-25', { policy: jabarMkd2025 })).toMatchObject({ ramadan: false, workMinutes: 450 });
  });

  it('follows a Ramadan period replaced after the Kemenag decision', () => {
    const ramadan = [{ hijriYear: 1447, start: '2026-02-18', end: '2026-03-19' }];
    expect(dailySchedule('2026-02-18', { policy: nationalFwa2025, ramadan })).toMatchObject({ ramadan: true, workMinutes: 390 });
    expect(dailySchedule('2026-02-18', { policy: jabarMkd2026, ramadan })).toMatchObject({ ramadan: true, workMinutes: 420 });
  });

  it('gives a weekend day no hours', () => {
    expect(dailySchedule('2026-01-10', { policy: jabarMkd2025 })).toEqual({ date: '2026-01-10', weekday: 'SABTU', workingDay: false, breakMinutes: 0, workMinutes: 0, ramadan: false });
  });

  it('gives a holiday no hours and names it', () => {
    expect(dailySchedule('2026-03-23', { policy: jabarMkd2025 })).toEqual({
      date: '2026-03-23',
      weekday: 'SENIN',
      workingDay: false,
      breakMinutes: 0,
      workMinutes: 0,
      ramadan: false,
      holiday: { date: '2026-03-23', kind: 'CUTI_BERSAMA', name: { id: 'Idul Fitri 1447 Hijriah', en: 'Eid al-Fitr 1447 AH' } },
    });
  });

  it('gives the same regular hours under every preset, and Jabar its own Ramadan hours in every Jabar preset', () => {
    for (const policy of presets) expect(dailySchedule('2026-01-09', { policy })).toEqual(dailySchedule('2026-01-09', { policy: jabarMkd2025 }));
    for (const policy of presets.filter((p) => p.jurisdiction === 'ID-JB')) {
      expect(dailySchedule('2026-03-06', { policy })).toEqual(dailySchedule('2026-03-06', { policy: jabarMkd2025 }));
      expect(dailySchedule('2025-03-06', { policy })).toEqual(dailySchedule('2025-03-06', { policy: jabarMkd2025 }));
    }
  });

  it("reads a policy's own schedule", () => {
    const early = definePolicy(jabarMkd2025, {
      id: 'early-start',
      schedule: { regular: { SENIN: { start: '07:00', end: '15:30', breakMinutes: 60 } } },
    });
    expect(dailySchedule('2026-01-05', { policy: early })).toMatchObject({ start: '07:00', end: '15:30', workMinutes: 450 });
  });

  it("applies the policy's calendar section", () => {
    const policy = definePolicy(jabarMkd2025, { id: 'moved', calendar: { moved: [{ from: '2026-05-27', to: '2026-05-26' }] } });
    expect(dailySchedule('2026-05-26', { policy })).toMatchObject({ workingDay: false, holiday: { movedFrom: '2026-05-27' } });
    expect(dailySchedule('2026-05-27', { policy })).toMatchObject({ workingDay: true, workMinutes: 450 });
  });

  it('rejects a date in a year without data', () => {
    const issues = issuesOf(() => dailySchedule('2028-03-01', { policy: jabarMkd2025 }));
    expect(codesOf(issues)).toEqual(['calendar_year_missing']);
    expect(issues[0]?.path).toEqual(['date']);
  });

  it('rejects an invalid policy', () => {
    expect(issuesOf(() => dailySchedule('2026-01-05', { policy: { id: 'x' } as never }))[0]?.path[0]).toBe('policy');
  });
});

describe('dailySchedule: the minutes of a full Ramadan week, for every preset and Hijri year', () => {
  // A full working week (Monday–Friday, no holiday) inside each Ramadan.
  const WEEKS: Readonly<Record<number, string>> = { 1444: '2023-03-27', 1445: '2024-03-18', 1446: '2025-03-10', 1447: '2026-03-02', 1448: '2027-02-15' };
  const jabar: Readonly<Record<number, number>> = { 1444: 1950, 1445: 1950, 1446: 1950, 1447: 2070, 1448: 1950 };
  const weekOf = (monday: string, policy: (typeof presets)[number]): number => {
    const start = Date.parse(`${monday}T00:00:00Z`);
    let sum = 0;
    for (let d = 0; d < 5; d++) {
      const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      const day = dailySchedule(date, { policy, allowProvisional: true });
      expect(day.ramadan && day.workingDay, date).toBe(true);
      sum += day.workMinutes;
    }
    return sum;
  };

  it.each(presets.map((p) => [p.id, p] as const))('%s', (_id, policy) => {
    for (const [hijri, monday] of Object.entries(WEEKS)) {
      const expected = policy.jurisdiction === 'ID-JB' ? jabar[Number(hijri)] : 1950;
      expect(weekOf(monday, policy), `${hijri} H`).toBe(expected);
    }
  });
});
