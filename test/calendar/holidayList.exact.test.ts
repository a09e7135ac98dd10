/**
 * Exact results and refusals of `calendarFromHolidayList` and `dailySchedule`, written for
 * the survivors of the calendar's mutation run (docs/testing.md): the order of what a
 * holiday list turns into, the Ramadan length rule at 28/29/30/31 days, the row a year
 * without Ramadan is reported at, the `source`, and the policy `dailySchedule` needs.
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf } from '../_helpers/input-error';
import { calendarFromHolidayList, dailySchedule, type HolidayListEntry } from '../../src/calendar/index';
import { jabarMkd2025 } from '../../src/policy/index';

const daerah = (date: string, name: string): HolidayListEntry => ({ date, kind: 'LIBUR_DAERAH', name });
const nasional = (date: string, name: string): HolidayListEntry => ({ date, kind: 'LIBUR_NASIONAL', name });
const ramadan = (date: string): HolidayListEntry => ({ date, kind: 'RAMADAN', name: 'Ramadan' });

describe('calendarFromHolidayList: order and shape, exactly', () => {
  it('sorts every list it returns, whatever the order of the rows', () => {
    const out = calendarFromHolidayList([
      ramadan('2027-03-09'), // Ramadan 1448 H, alone (no national rows in 2027)
      daerah('2026-10-17', 'Hari Jadi B'),
      nasional('2025-12-25', 'Natal'),
      ramadan('2026-03-19'),
      nasional('2025-01-01', 'Tahun Baru'),
      ramadan('2025-03-01'),
      daerah('2026-03-01', 'Hari Jadi A'),
      ramadan('2027-02-08'),
      ramadan('2025-03-30'),
      ramadan('2026-02-18'),
    ]);
    expect(out.added?.map((h) => h.date)).toStrictEqual(['2026-03-01', '2026-10-17']);
    expect(out.years?.map((y) => [y.year, y.holidays.map((h) => h.date), y.ramadan, Object.hasOwn(y, 'source')])).toStrictEqual([
      [2025, ['2025-01-01', '2025-12-25'], [{ hijriYear: 1446, start: '2025-03-01', end: '2025-03-30' }], false],
    ]);
    expect(out.ramadan).toStrictEqual([
      { hijriYear: 1447, start: '2026-02-18', end: '2026-03-19' },
      { hijriYear: 1448, start: '2027-02-08', end: '2027-03-09' },
    ]);
  });

  it('lists national years in year order', () => {
    const out = calendarFromHolidayList([nasional('2026-01-01', 'Tahun Baru'), ramadan('2026-02-18'), ramadan('2026-03-19'), nasional('2025-01-01', 'Tahun Baru'), ramadan('2025-03-01'), ramadan('2025-03-30')]);
    expect(out.years?.map((y) => y.year)).toStrictEqual([2025, 2026]);
    expect(Object.hasOwn(out, 'ramadan')).toBe(false);
  });

  it('names the source on a national year when given', () => {
    const out = calendarFromHolidayList([nasional('2025-01-01', 'Tahun Baru'), ramadan('2025-03-01'), ramadan('2025-03-30')], { source: 'SKB 3 Menteri 2025' });
    expect(out.years?.[0]?.source).toBe('SKB 3 Menteri 2025');
  });

  it('takes a Ramadan of 29 or 30 days and refuses 28 or 31, at the row of its last day', () => {
    expect(calendarFromHolidayList([ramadan('2026-02-18'), ramadan('2026-03-18')]).ramadan).toStrictEqual([{ hijriYear: 1447, start: '2026-02-18', end: '2026-03-18' }]);
    expect(calendarFromHolidayList([ramadan('2026-02-18'), ramadan('2026-03-19')]).ramadan?.[0]?.end).toBe('2026-03-19');
    expect(exactIssuesOf(() => calendarFromHolidayList([ramadan('2026-03-17'), ramadan('2026-02-18')]))).toStrictEqual([
      {
        path: 'entries.0.date',
        code: 'calendar_ramadan_length',
        message: {
          id: 'Ramadan 1447 H dari 2026-02-18 sampai 2026-03-17 berlangsung 28 hari; harus 29 atau 30 hari',
          en: 'Ramadan 1447 AH from 2026-02-18 to 2026-03-17 lasts 28 days; it must last 29 or 30 days',
        },
      },
    ]);
    expect(exactIssuesOf(() => calendarFromHolidayList([ramadan('2026-02-18'), ramadan('2026-03-20')])).map((i) => `${i.path}:${i.code}`)).toStrictEqual([
      'entries.1.date:calendar_ramadan_length',
    ]);
  });

  it('reports a national year without Ramadan at its first national row', () => {
    expect(exactIssuesOf(() => calendarFromHolidayList([daerah('2025-10-17', 'Hari Jadi'), ramadan('2026-02-18'), nasional('2025-05-01', 'Hari Buruh')]))).toStrictEqual([
      {
        path: 'entries.1.kind',
        code: 'calendar_ramadan_unpaired',
        message: {
          id: 'Ramadan 1447 H perlu tepat dua baris RAMADAN (hari pertama dan hari terakhir puasa), bukan 1: 2026-02-18',
          en: 'Ramadan 1447 AH needs exactly two RAMADAN rows (the first and the last day of fasting), not 1: 2026-02-18',
        },
      },
      {
        path: 'entries.2.kind',
        code: 'calendar_year_without_ramadan',
        message: {
          id: 'Daftar libur nasional tahun 2025 menggantikan daftar bawaan, jadi perlu dua baris RAMADAN untuk hari pertama dan terakhir puasa Ramadan yang jatuh pada 2025',
          en: 'The national list of 2025 replaces the built-in one, so it needs two RAMADAN rows for the first and the last day of the Ramadan that falls in 2025',
        },
      },
    ]);
  });
});

describe('calendarFromHolidayList: the row a year without Ramadan is reported at', () => {
  it('is the first national row of that year, not a Ramadan row of it nor a row of another year', () => {
    const issues = exactIssuesOf(() =>
      calendarFromHolidayList([nasional('2026-01-01', 'Tahun Baru'), ramadan('2026-02-18'), ramadan('2026-03-19'), ramadan('2025-03-01'), nasional('2025-05-01', 'Hari Buruh')]),
    );
    expect(issues.map((i) => `${i.path}:${i.code}`)).toStrictEqual(['entries.3.kind:calendar_ramadan_unpaired', 'entries.4.kind:calendar_year_without_ramadan']);
  });
});

describe('dailySchedule: the policy it needs, and a holiday named only on a holiday', () => {
  it('asks for a policy in the options, at the path where it belongs', () => {
    const message = { id: 'Kebijakan wajib diisi di opsi: { policy }; jam kerja berasal dari kebijakan', en: 'A policy is required in the options: { policy }; working hours come from a policy' };
    expect(exactIssuesOf(() => dailySchedule('2026-01-09', {} as never))).toStrictEqual([{ path: 'options.policy', code: 'invalid_type', message }]);
    expect(exactIssuesOf(() => dailySchedule('2026-01-09', undefined as never))).toStrictEqual([{ path: 'options', code: 'invalid_type', message }]);
    expect(exactIssuesOf(() => dailySchedule('2026-01-09', null as never))).toStrictEqual([{ path: 'options', code: 'invalid_type', message }]);
  });

  it('carries the holiday on a holiday, and no holiday key on a working day', () => {
    expect(dailySchedule('2026-01-01', { policy: jabarMkd2025 }).holiday?.kind).toBe('LIBUR_NASIONAL');
    expect(Object.hasOwn(dailySchedule('2026-01-09', { policy: jabarMkd2025 }), 'holiday')).toBe(false);
  });

  it('marks a Ramadan day with its Hijri year and a day of a provisional year as provisional, and only those', () => {
    // Ramadan 1447 H, Jabar SE 21/KPG.03.04/ORG: 06:30–14:00 with a 30-minute break.
    expect(dailySchedule('2026-03-02', { policy: jabarMkd2025 })).toStrictEqual({
      date: '2026-03-02', weekday: 'SENIN', workingDay: true, start: '06:30', end: '14:00', breakMinutes: 30, workMinutes: 420, ramadan: true, hijriYear: 1447,
    });
    expect(dailySchedule('2027-02-01', { policy: jabarMkd2025, allowProvisional: true })).toStrictEqual({
      date: '2027-02-01', weekday: 'SENIN', workingDay: true, start: '07:30', end: '16:00', breakMinutes: 60, workMinutes: 450, ramadan: false, provisional: true,
    });
  });
});
