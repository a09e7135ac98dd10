import { describe, expect, it } from 'vitest';
import { calendarFromHolidayList, dailySchedule, holidaysInYear, isWorkingDay, type HolidayListEntry } from '../../src/calendar/index';
import { definePolicy, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import { _deepFreeze } from '../../src/_lib/freeze';
import { codesOf, issuesOf, placesOf } from '../_helpers/input-error';

const tasik: HolidayListEntry = { date: '2026-10-17', kind: 'LIBUR_DAERAH', name: 'Hari Jadi Kota Tasikmalaya', nameEn: 'Tasikmalaya City Anniversary' };
const bandung: HolidayListEntry = { date: '2026-09-25', kind: 'LIBUR_DAERAH', name: 'Hari Jadi Kota Bandung' };

// A short national list for 2026, as a BKD might keep it after an amendment.
const national2026: HolidayListEntry[] = [
  { date: '2026-01-01', kind: 'LIBUR_NASIONAL', name: 'Tahun Baru 2026 Masehi', nameEn: "New Year's Day" },
  { date: '2026-03-20', kind: 'CUTI_BERSAMA', name: 'Idul Fitri 1447 Hijriah', nameEn: 'Eid al-Fitr 1447 AH' },
  { date: '2026-03-21', kind: 'LIBUR_NASIONAL', name: 'Idul Fitri 1447 Hijriah', nameEn: 'Eid al-Fitr 1447 AH' },
  { date: '2026-02-19', kind: 'RAMADAN', name: 'Awal Ramadan 1447 H' },
  { date: '2026-03-20', kind: 'RAMADAN', name: 'Akhir Ramadan 1447 H' },
];

describe('calendarFromHolidayList', () => {
  it('turns LIBUR_DAERAH rows into added holidays, by date, with the Indonesian name standing in for a missing English one', () => {
    expect(calendarFromHolidayList([bandung, tasik])).toEqual({
      added: [
        { date: '2026-09-25', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Bandung', en: 'Hari Jadi Kota Bandung' } },
        { date: '2026-10-17', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Tasikmalaya', en: 'Tasikmalaya City Anniversary' } },
      ],
    });
  });

  it('adds the regional rows to the calendar, from the options or from a policy calendar section', () => {
    // Bandung's anniversary falls on a Friday in 2026 (Tasikmalaya's, 17 October, on a Saturday).
    const overrides = calendarFromHolidayList([bandung]);
    expect(isWorkingDay('2026-09-25')).toBe(true);
    expect(isWorkingDay('2026-09-25', overrides)).toBe(false);
    const policy = definePolicy(jabarMkd2025, { id: 'tasikmalaya', calendar: overrides });
    expect(holidaysInYear(2026, { policy })).toHaveLength(26);
  });

  it('gives an empty list no overrides', () => {
    expect(calendarFromHolidayList([])).toEqual({});
  });

  it('replaces a national year whole with its LIBUR_NASIONAL and CUTI_BERSAMA rows and their Ramadan pair, recording the source', () => {
    const overrides = calendarFromHolidayList(national2026, { source: 'SKB 2026 as amended (test)' });
    expect(overrides.years).toEqual([
      {
        year: 2026,
        source: 'SKB 2026 as amended (test)',
        holidays: [
          { date: '2026-01-01', kind: 'LIBUR_NASIONAL', name: { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day" } },
          { date: '2026-03-20', kind: 'CUTI_BERSAMA', name: { id: 'Idul Fitri 1447 Hijriah', en: 'Eid al-Fitr 1447 AH' } },
          { date: '2026-03-21', kind: 'LIBUR_NASIONAL', name: { id: 'Idul Fitri 1447 Hijriah', en: 'Eid al-Fitr 1447 AH' } },
        ],
        ramadan: [{ hijriYear: 1447, start: '2026-02-19', end: '2026-03-20' }],
      },
    ]);
    expect(overrides.ramadan).toBeUndefined();
    expect(holidaysInYear(2026, overrides).map((h) => h.date)).toEqual(['2026-01-01', '2026-03-20', '2026-03-21']);
    expect(isWorkingDay('2026-03-23', overrides)).toBe(true); // a cuti bersama of the built-in list, not of this one
    expect(holidaysInYear(2025, overrides)).toEqual(holidaysInYear(2025)); // other years untouched
  });

  it('replaces the Ramadan of a replaced year with its pair', () => {
    const rows = national2026.map((row) => (row.kind === 'RAMADAN' && row.date === '2026-02-19' ? { ...row, date: '2026-02-20' } : row));
    const overrides = calendarFromHolidayList(rows);
    expect(overrides.years?.[0]?.ramadan).toEqual([{ hijriYear: 1447, start: '2026-02-20', end: '2026-03-20' }]);
    expect(dailySchedule('2026-02-19', { policy: nationalFwa2025, ...overrides })).toMatchObject({ ramadan: false, workMinutes: 450 });
    expect(dailySchedule('2026-02-20', { policy: nationalFwa2025, ...overrides })).toMatchObject({ ramadan: true, workMinutes: 390 });
  });

  it('lets a RAMADAN row share its date with a holiday row, whichever comes first', () => {
    const reversed = [...national2026].reverse();
    expect(calendarFromHolidayList(reversed)).toEqual(calendarFromHolidayList(national2026));
  });

  it('replaces only the Ramadan dates with a RAMADAN pair in a year without national rows (the sidang isbat)', () => {
    const overrides = calendarFromHolidayList([
      { date: '2026-03-19', kind: 'RAMADAN', name: 'Akhir Ramadan 1447 H' },
      { date: '2026-02-18', kind: 'RAMADAN', name: 'Awal Ramadan 1447 H' },
    ]);
    expect(overrides).toEqual({ ramadan: [{ hijriYear: 1447, start: '2026-02-18', end: '2026-03-19' }] });
    expect(holidaysInYear(2026, overrides)).toEqual(holidaysInYear(2026));
    expect(dailySchedule('2026-02-18', { policy: nationalFwa2025, ...overrides }).ramadan).toBe(true);
    expect(dailySchedule('2026-03-20', { policy: nationalFwa2025, ...overrides }).ramadan).toBe(false);
  });

  it('turns a national list for 2027 into a settled year that replaces the provisional one without the opt-in', () => {
    const overrides = calendarFromHolidayList(
      [
        { date: '2027-01-01', kind: 'LIBUR_NASIONAL', name: 'Tahun Baru 2027 Masehi' },
        { date: '2027-02-08', kind: 'RAMADAN', name: 'Awal Ramadan 1448 H' },
        { date: '2027-03-09', kind: 'RAMADAN', name: 'Akhir Ramadan 1448 H' },
      ],
      { source: 'SKB 2027 (test)' },
    );
    expect(holidaysInYear(2027, overrides)).toEqual([{ date: '2027-01-01', kind: 'LIBUR_NASIONAL', name: { id: 'Tahun Baru 2027 Masehi', en: 'Tahun Baru 2027 Masehi' } }]);
  });

  it('combines regional rows, national years and Ramadan pairs in one list', () => {
    const overrides = calendarFromHolidayList([
      ...national2026,
      tasik,
      { date: '2025-03-01', kind: 'RAMADAN', name: 'Awal Ramadan 1446 H' },
      { date: '2025-03-30', kind: 'RAMADAN', name: 'Akhir Ramadan 1446 H' },
    ]);
    expect(Object.keys(overrides).sort()).toEqual(['added', 'ramadan', 'years']);
    expect(holidaysInYear(2026, overrides).map((h) => h.date)).toEqual(['2026-01-01', '2026-03-20', '2026-03-21', '2026-10-17']);
  });

  it('does not mutate the rows', () => {
    const rows = _deepFreeze([...national2026, tasik]);
    const copy = structuredClone(rows);
    calendarFromHolidayList(rows);
    expect(rows).toEqual(copy);
  });

  describe('issues, each with the row at fault', () => {
    it('calendar_duplicate_date: a holiday date listed twice, naming the first row', () => {
      const issues = issuesOf(() => calendarFromHolidayList([tasik, { ...bandung, date: tasik.date }]));
      expect(placesOf(issues)).toEqual(['entries.1.date:calendar_duplicate_date']);
      expect(issues[0]?.message.en).toContain('row 1');
      expect(issues[0]?.message.id).toContain('baris ke-1');
    });

    it('calendar_ramadan_unpaired: a Ramadan with one RAMADAN row, or three', () => {
      expect(placesOf(issuesOf(() => calendarFromHolidayList([tasik, { date: '2026-02-19', kind: 'RAMADAN', name: 'Awal Ramadan' }])))).toEqual([
        'entries.1.kind:calendar_ramadan_unpaired',
      ]);
      const three: HolidayListEntry[] = ['2026-02-19', '2026-03-01', '2026-03-20'].map((date) => ({ date, kind: 'RAMADAN', name: 'Ramadan' }));
      const issues = issuesOf(() => calendarFromHolidayList(three));
      expect(placesOf(issues)).toEqual(['entries.0.kind:calendar_ramadan_unpaired', 'entries.1.kind:calendar_ramadan_unpaired', 'entries.2.kind:calendar_ramadan_unpaired']);
      expect(issues[0]?.message.en).toContain('1447');
    });

    it('calendar_ramadan_length: a RAMADAN pair not 29 or 30 days long, on the later row', () => {
      const issues = issuesOf(() =>
        calendarFromHolidayList([
          { date: '2026-03-10', kind: 'RAMADAN', name: 'Akhir Ramadan' },
          { date: '2026-02-19', kind: 'RAMADAN', name: 'Awal Ramadan' },
        ]),
      );
      expect(placesOf(issues)).toEqual(['entries.0.date:calendar_ramadan_length']);
      expect(issues[0]?.message.en).toContain('20 days');
    });

    it('calendar_year_without_ramadan: national rows of a year without its RAMADAN pair, on the first national row', () => {
      const issues = issuesOf(() => calendarFromHolidayList([tasik, ...national2026.filter((row) => row.kind !== 'RAMADAN')]));
      expect(placesOf(issues)).toEqual(['entries.1.kind:calendar_year_without_ramadan']);
      expect(issues[0]?.message.en).toContain('2026');
    });

    it.each([
      ['a date that does not exist', { date: '2026-02-30' }, 'entries.0.date:invalid_date'],
      ['a date in another format', { date: '21-08-2026' }, 'entries.0.date:invalid_date'],
      ['an unknown kind', { kind: 'LIBUR_KANTOR' }, 'entries.0.kind:invalid_value'],
      ['an empty name', { name: '   ' }, 'entries.0.name:too_small'],
      ['an empty English name', { nameEn: '' }, 'entries.0.nameEn:too_small'],
    ])('rejects %s with its path', (_what, change, place) => {
      expect(placesOf(issuesOf(() => calendarFromHolidayList([{ ...tasik, ...change } as HolidayListEntry])))).toEqual([place]);
    });

    it('rejects a list that is not an array, an unknown column and an empty source', () => {
      expect(codesOf(issuesOf(() => calendarFromHolidayList('2026-10-17;Hari Jadi' as never)))).toEqual(['invalid_type']);
      expect(placesOf(issuesOf(() => calendarFromHolidayList([{ ...tasik, region: 'Tasikmalaya' } as never])))).toEqual(['entries.0:unrecognized_keys']);
      expect(placesOf(issuesOf(() => calendarFromHolidayList([tasik], { source: '' })))).toEqual(['options.source:too_small']);
    });

    it('reports every problem of the list at once', () => {
      const issues = issuesOf(() =>
        calendarFromHolidayList([
          tasik,
          { ...tasik, name: 'Lagi' },
          { date: '2027-01-01', kind: 'LIBUR_NASIONAL', name: 'Tahun Baru 2027 Masehi' },
          { date: '2025-03-01', kind: 'RAMADAN', name: 'Awal Ramadan 1446 H' },
        ]),
      );
      expect(placesOf(issues)).toEqual(['entries.1.date:calendar_duplicate_date', 'entries.3.kind:calendar_ramadan_unpaired', 'entries.2.kind:calendar_year_without_ramadan']);
    });
  });
});
