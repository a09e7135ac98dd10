/**
 * domain.md §4.1 transcribed by hand, independently of src/calendar/holidays.ts:
 * the SKB 3 Menteri lists of 2025 (with the Aug 2025 amendment) and 2026, the
 * observance each date belongs to, and the working-day counts they imply.
 */
type Kind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA';

export interface ListedHoliday {
  readonly date: string;
  readonly kind: Kind;
  readonly name: string;
}

const LN = 'LIBUR_NASIONAL';
const CB = 'CUTI_BERSAMA';

export const LISTED: Readonly<Record<2025 | 2026, readonly ListedHoliday[]>> = {
  2025: [
    { date: '2025-01-01', kind: LN, name: 'Tahun Baru Masehi' },
    { date: '2025-01-27', kind: LN, name: 'Isra Mikraj Nabi Muhammad SAW' },
    { date: '2025-01-28', kind: CB, name: 'Tahun Baru Imlek' },
    { date: '2025-01-29', kind: LN, name: 'Tahun Baru Imlek' },
    { date: '2025-03-28', kind: CB, name: 'Hari Suci Nyepi' },
    { date: '2025-03-29', kind: LN, name: 'Hari Suci Nyepi' },
    { date: '2025-03-31', kind: LN, name: 'Idulfitri' },
    { date: '2025-04-01', kind: LN, name: 'Idulfitri' },
    { date: '2025-04-02', kind: CB, name: 'Idulfitri' },
    { date: '2025-04-03', kind: CB, name: 'Idulfitri' },
    { date: '2025-04-04', kind: CB, name: 'Idulfitri' },
    { date: '2025-04-07', kind: CB, name: 'Idulfitri' },
    { date: '2025-04-18', kind: LN, name: 'Wafat Yesus Kristus' },
    { date: '2025-04-20', kind: LN, name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2025-05-01', kind: LN, name: 'Hari Buruh Internasional' },
    { date: '2025-05-12', kind: LN, name: 'Hari Raya Waisak' },
    { date: '2025-05-13', kind: CB, name: 'Hari Raya Waisak' },
    { date: '2025-05-29', kind: LN, name: 'Kenaikan Yesus Kristus' },
    { date: '2025-05-30', kind: CB, name: 'Kenaikan Yesus Kristus' },
    { date: '2025-06-01', kind: LN, name: 'Hari Lahir Pancasila' },
    { date: '2025-06-06', kind: LN, name: 'Iduladha' },
    { date: '2025-06-09', kind: CB, name: 'Iduladha' },
    { date: '2025-06-27', kind: LN, name: 'Tahun Baru Islam' },
    { date: '2025-08-17', kind: LN, name: 'Hari Kemerdekaan RI' },
    { date: '2025-08-18', kind: CB, name: 'Hari Kemerdekaan RI' },
    { date: '2025-09-05', kind: LN, name: 'Maulid Nabi Muhammad SAW' },
    { date: '2025-12-25', kind: LN, name: 'Hari Raya Natal' },
    { date: '2025-12-26', kind: CB, name: 'Hari Raya Natal' },
  ],
  2026: [
    { date: '2026-01-01', kind: LN, name: 'Tahun Baru Masehi' },
    { date: '2026-01-16', kind: LN, name: 'Isra Mikraj Nabi Muhammad SAW' },
    { date: '2026-02-16', kind: CB, name: 'Tahun Baru Imlek' },
    { date: '2026-02-17', kind: LN, name: 'Tahun Baru Imlek' },
    { date: '2026-03-18', kind: CB, name: 'Hari Suci Nyepi' },
    { date: '2026-03-19', kind: LN, name: 'Hari Suci Nyepi' },
    { date: '2026-03-20', kind: CB, name: 'Idulfitri' },
    { date: '2026-03-21', kind: LN, name: 'Idulfitri' },
    { date: '2026-03-22', kind: LN, name: 'Idulfitri' },
    { date: '2026-03-23', kind: CB, name: 'Idulfitri' },
    { date: '2026-03-24', kind: CB, name: 'Idulfitri' },
    { date: '2026-04-03', kind: LN, name: 'Wafat Yesus Kristus' },
    { date: '2026-04-05', kind: LN, name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2026-05-01', kind: LN, name: 'Hari Buruh Internasional' },
    { date: '2026-05-14', kind: LN, name: 'Kenaikan Yesus Kristus' },
    { date: '2026-05-15', kind: CB, name: 'Kenaikan Yesus Kristus' },
    { date: '2026-05-27', kind: LN, name: 'Iduladha' },
    { date: '2026-05-28', kind: CB, name: 'Iduladha' },
    { date: '2026-05-31', kind: LN, name: 'Hari Raya Waisak' },
    { date: '2026-06-01', kind: LN, name: 'Hari Lahir Pancasila' },
    { date: '2026-06-16', kind: LN, name: 'Tahun Baru Islam' },
    { date: '2026-08-17', kind: LN, name: 'Hari Kemerdekaan RI' },
    { date: '2026-08-25', kind: LN, name: 'Maulid Nabi Muhammad SAW' },
    { date: '2026-12-24', kind: CB, name: 'Hari Raya Natal' },
    { date: '2026-12-25', kind: LN, name: 'Hari Raya Natal' },
  ],
};

/** Every listed date of both years. */
export const LISTED_DATES: ReadonlySet<string> = new Set([...LISTED[2025], ...LISTED[2026]].map((h) => h.date));

/** Working days a year (domain.md §4.1). */
export const WORKING_DAYS_A_YEAR = { 2025: 237, 2026: 240 } as const;

/**
 * Working days each month, counted by hand from a wall calendar (weekdays of the
 * month minus the listed dates that fall on weekdays); they add up to 237 and 240.
 */
export const WORKING_DAYS_A_MONTH: Readonly<Record<2025 | 2026, readonly number[]>> = {
  2025: [19, 20, 19, 16, 17, 18, 23, 20, 21, 23, 20, 21],
  2026: [20, 18, 17, 21, 16, 20, 23, 19, 22, 22, 21, 21],
};

/** Ramadan periods of domain.md §4.1 (approximate). */
export const RAMADAN = {
  1446: { start: '2025-03-01', end: '2025-03-30' },
  1447: { start: '2026-02-19', end: '2026-03-20' },
} as const;
