import { describe, expect, it } from 'vitest';
import { BUILT_IN_CALENDAR, dailySchedule, holidaysInYear, isWorkingDay, workingDaysInMonth, workingWeeksOfMonth } from '../../../src/calendar/index';
import { CALENDAR_2027 } from '../../../src/calendar/years/2027';
import { definePolicy, jabarMkd2025, nationalFwa2025 } from '../../../src/policy/index';
import { codesOf, issuesOf } from '../../_helpers/input-error';

// The provisional 2027, transcribed by hand from the research notes' table of expected
// dates, independently of src/calendar/years/2027.ts. When the SKB for 2027 is out, this
// file and that one are all that change: this becomes a test of the SKB list like the
// other years'.
const EXACT = [
  ['2027-01-01', 'Tahun Baru 2027 Masehi'],
  ['2027-05-01', 'Hari Buruh Internasional'],
  ['2027-06-01', 'Hari Lahir Pancasila'],
  ['2027-08-17', 'Proklamasi Kemerdekaan'],
  ['2027-12-25', 'Kelahiran Yesus Kristus'],
] as const;
const EXPECTED = [
  ['2027-01-05', 'Isra Mikraj Nabi Muhammad S.A.W.'],
  ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
  ['2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'],
  ['2027-03-10', 'Idul Fitri 1448 Hijriah'],
  ['2027-03-11', 'Idul Fitri 1448 Hijriah'],
  ['2027-03-26', 'Wafat Yesus Kristus'],
  ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2027-05-06', 'Kenaikan Yesus Kristus'],
  ['2027-05-17', 'Idul Adha 1448 Hijriah'],
  ['2027-05-20', 'Hari Raya Waisak 2571 BE'],
  ['2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah'],
  ['2027-08-15', 'Maulid Nabi Muhammad S.A.W.'],
] as const;
// Weekdays minus the 11 expected weekday holidays; no cuti bersama yet, so an upper bound.
const WORKING_DAYS_A_MONTH = [19, 20, 19, 22, 18, 21, 22, 21, 22, 21, 22, 23];
const RAMADAN_1448 = { start: '2027-02-08', end: '2027-03-09' };

const allow = { allowProvisional: true } as const;
const month = (i: number): string => `2027-${String(i + 1).padStart(2, '0')}`;

describe('2027, provisional', () => {
  describe('without the opt-in', () => {
    it('refuses every question about 2027 with calendar_year_provisional, naming calendar.allowProvisional in both languages', () => {
      const questions: [() => unknown, string][] = [
        [() => holidaysInYear(2027), 'year'],
        [() => isWorkingDay('2027-01-04'), 'date'],
        [() => isWorkingDay('2027-01-02'), 'date'], // a Saturday too
        [() => workingDaysInMonth('2027-03'), 'month'],
        [() => workingWeeksOfMonth('2027-12'), 'month'],
        [() => dailySchedule('2027-02-10', { policy: jabarMkd2025 }), 'date'],
      ];
      for (const [ask, field] of questions) {
        const issues = issuesOf(ask);
        expect(codesOf(issues)).toEqual(['calendar_year_provisional']);
        expect(issues[0]?.path).toEqual([field]);
        expect(issues[0]?.message.id).toContain('calendar.allowProvisional');
        expect(issues[0]?.message.en).toContain('calendar.allowProvisional');
        expect(issues[0]?.message.id).toContain('tahun 2027');
        expect(issues[0]?.message.en).toContain('2027');
      }
    });

    it('leaves the settled years alone', () => {
      expect(isWorkingDay('2026-12-31')).toBe(true);
    });
  });

  describe('with the opt-in', () => {
    it('lists the five fixed-date holidays exactly and the twelve movable ones as expected dates, no cuti bersama, all provisional', () => {
      const list = holidaysInYear(2027, allow);
      const expected = [
        ...EXACT.map(([date, name]) => ({ date, kind: 'LIBUR_NASIONAL', name, provisional: true })),
        ...EXPECTED.map(([date, name]) => ({ date, kind: 'LIBUR_NASIONAL', name, approximate: true, provisional: true })),
      ].sort((a, b) => (a.date < b.date ? -1 : 1));
      expect(list.map((h) => ({ date: h.date, kind: h.kind, name: h.name.id, ...(h.approximate ? { approximate: h.approximate } : {}), provisional: h.provisional }))).toEqual(expected);
      expect(list.filter((h) => h.kind === 'CUTI_BERSAMA')).toEqual([]);
    });

    it('names every holiday in English too', () => {
      for (const h of holidaysInYear(2027, allow)) expect(h.name.en, h.date).not.toBe(h.name.id);
      expect(holidaysInYear(2027, allow).find((h) => h.date === '2027-03-10')?.name.en).toBe('Eid al-Fitr 1448 AH');
    });

    it('counts 250 working days, the upper bound before the cuti bersama are known', () => {
      const counts = WORKING_DAYS_A_MONTH.map((_, i) => workingDaysInMonth(month(i), allow).length);
      expect(counts).toEqual(WORKING_DAYS_A_MONTH);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(250);
    });

    it('marks a daily schedule on a 2027 date provisional, and its holiday too', () => {
      expect(dailySchedule('2027-01-04', { policy: jabarMkd2025, ...allow })).toEqual({
        date: '2027-01-04',
        weekday: 'SENIN',
        workingDay: true,
        start: '07:30',
        end: '16:00',
        breakMinutes: 60,
        workMinutes: 450,
        ramadan: false,
        provisional: true,
      });
      expect(dailySchedule('2027-03-10', { policy: jabarMkd2025, ...allow })).toMatchObject({
        workingDay: false,
        provisional: true,
        holiday: { date: '2027-03-10', kind: 'LIBUR_NASIONAL', approximate: true, provisional: true },
      });
    });

    it('takes the opt-in from a policy calendar section made with definePolicy', () => {
      const policy = definePolicy(jabarMkd2025, { id: 'jabar-2027-provisional', calendar: { allowProvisional: true } });
      expect(isWorkingDay('2027-01-05', { policy })).toBe(false);
      expect(dailySchedule('2027-01-06', { policy })).toMatchObject({ workingDay: true, provisional: true });
      expect(holidaysInYear(2027, { policy })).toEqual(holidaysInYear(2027, allow));
    });

    it('gives the expected Ramadan 1448 H its hours, marked provisional', () => {
      expect(dailySchedule(RAMADAN_1448.start, { policy: nationalFwa2025, ...allow })).toMatchObject({ ramadan: true, hijriYear: 1448, workMinutes: 390, provisional: true });
      expect(dailySchedule(RAMADAN_1448.end, { policy: nationalFwa2025, ...allow })).toMatchObject({ ramadan: true, hijriYear: 1448, provisional: true });
      expect(dailySchedule('2027-02-05', { policy: nationalFwa2025, ...allow })).toMatchObject({ ramadan: false, workMinutes: 450 });
      expect(dailySchedule('2027-03-12', { policy: nationalFwa2025, ...allow })).toMatchObject({ ramadan: false, workMinutes: 450 });
    });
  });

  describe('the data', () => {
    it('is a provisional year whose movable holidays and Ramadan are approximate', () => {
      expect(CALENDAR_2027.provisional).toBe(true);
      expect(BUILT_IN_CALENDAR.at(-1)).toBe(CALENDAR_2027);
      expect(CALENDAR_2027.ramadan).toEqual([{ hijriYear: 1448, ...RAMADAN_1448, approximate: true }]);
      expect(CALENDAR_2027.holidays.filter((h) => h.approximate === true).map((h) => h.date)).toEqual(EXPECTED.map(([date]) => date));
      expect(CALENDAR_2027.source).toMatch(/^Provisional/);
    });
  });

  describe('an SKB for 2027 supplied through calendar.years', () => {
    const skb = {
      year: 2027,
      source: 'SKB 2027 (test)',
      holidays: [
        { date: '2027-01-01', kind: 'LIBUR_NASIONAL' as const, name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day" } },
        { date: '2027-01-06', kind: 'LIBUR_NASIONAL' as const, name: { id: 'Isra Mikraj Nabi Muhammad S.A.W.', en: "Isra Mi'raj of the Prophet Muhammad" } },
        { date: '2027-03-09', kind: 'CUTI_BERSAMA' as const, name: { id: 'Idul Fitri 1448 Hijriah', en: 'Eid al-Fitr 1448 AH' } },
      ],
      ramadan: [{ hijriYear: 1448, start: '2027-02-09', end: '2027-03-09' }],
    };

    it('replaces the provisional year whole and needs no opt-in', () => {
      expect(holidaysInYear(2027, { years: [skb] })).toEqual(skb.holidays);
      expect(isWorkingDay('2027-01-05', { years: [skb] })).toBe(true);
      expect(isWorkingDay('2027-01-06', { years: [skb] })).toBe(false);
      expect(dailySchedule('2027-01-04', { policy: jabarMkd2025, years: [skb] })).not.toHaveProperty('provisional');
    });

    it('replaces Ramadan 1448 H with the supplied period', () => {
      expect(dailySchedule('2027-02-08', { policy: nationalFwa2025, years: [skb] })).toMatchObject({ ramadan: false, workMinutes: 450 });
      expect(dailySchedule('2027-02-09', { policy: nationalFwa2025, years: [skb] })).toMatchObject({ ramadan: true, hijriYear: 1448 });
    });

    it('works from a policy calendar section too', () => {
      const policy = definePolicy(jabarMkd2025, { id: 'jabar-skb-2027', calendar: { years: [skb] } });
      expect(holidaysInYear(2027, { policy }).map((h) => h.date)).toEqual(['2027-01-01', '2027-01-06', '2027-03-09']);
    });
  });
});
