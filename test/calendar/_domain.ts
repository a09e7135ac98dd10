/**
 * The SKB 3 Menteri lists transcribed by hand, independently of src/calendar/years/*.ts,
 * from domain.md §4.1 and the research notes on 2023 and 2024 (the SKB, its amendments
 * and the Keppres, as finally in force): every date, its kind and its name as the SKB
 * words it ("S.A.W." throughout), the working-day counts they imply, and the Ramadan
 * periods set by the Kemenag sidang isbat. The provisional 2027 is not here: its
 * expectations live in test/calendar/years/2027.test.ts.
 */
type Kind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA';

export interface ListedHoliday {
  readonly date: string;
  readonly kind: Kind;
  readonly name: string;
}

const LN = 'LIBUR_NASIONAL';
const CB = 'CUTI_BERSAMA';

/** The years whose SKB is settled. */
export const SETTLED_YEARS = [2023, 2024, 2025, 2026] as const;

/** A year whose SKB is settled. */
export type SettledYear = (typeof SETTLED_YEARS)[number];

export const LISTED: Readonly<Record<SettledYear, readonly ListedHoliday[]>> = {
  // SKB 1066/2022, 3/2022, 3/2022 with its two 2023 amendments
  2023: [
    { date: '2023-01-01', kind: LN, name: 'Tahun Baru 2023 Masehi' },
    { date: '2023-01-22', kind: LN, name: 'Tahun Baru Imlek 2574 Kongzili' },
    { date: '2023-01-23', kind: CB, name: 'Tahun Baru Imlek 2574 Kongzili' },
    { date: '2023-02-18', kind: LN, name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
    { date: '2023-03-22', kind: LN, name: 'Hari Suci Nyepi Tahun Baru Saka 1945' },
    { date: '2023-03-23', kind: CB, name: 'Hari Suci Nyepi Tahun Baru Saka 1945' },
    { date: '2023-04-07', kind: LN, name: 'Wafat Isa Al Masih' },
    { date: '2023-04-19', kind: CB, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-04-20', kind: CB, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-04-21', kind: CB, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-04-22', kind: LN, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-04-23', kind: LN, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-04-24', kind: CB, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-04-25', kind: CB, name: 'Hari Raya Idul Fitri 1444 Hijriah' },
    { date: '2023-05-01', kind: LN, name: 'Hari Buruh Internasional' },
    { date: '2023-05-18', kind: LN, name: 'Kenaikan Isa Al Masih' },
    { date: '2023-06-01', kind: LN, name: 'Hari Lahir Pancasila' },
    { date: '2023-06-02', kind: CB, name: 'Hari Raya Waisak 2567 BE' },
    { date: '2023-06-04', kind: LN, name: 'Hari Raya Waisak 2567 BE' },
    { date: '2023-06-28', kind: CB, name: 'Hari Raya Idul Adha 1444 Hijriah' },
    { date: '2023-06-29', kind: LN, name: 'Hari Raya Idul Adha 1444 Hijriah' },
    { date: '2023-06-30', kind: CB, name: 'Hari Raya Idul Adha 1444 Hijriah' },
    { date: '2023-07-19', kind: LN, name: 'Tahun Baru Islam 1445 Hijriah' },
    { date: '2023-08-17', kind: LN, name: 'Hari Kemerdekaan Republik Indonesia' },
    { date: '2023-09-28', kind: LN, name: 'Maulid Nabi Muhammad S.A.W.' },
    { date: '2023-12-25', kind: LN, name: 'Hari Raya Natal' },
    { date: '2023-12-26', kind: CB, name: 'Hari Raya Natal' },
  ],
  // SKB 855/2023, 3/2023, 4/2023, plus Keppres 10/2024 (14 Feb) and 33/2024 (27 Nov)
  2024: [
    { date: '2024-01-01', kind: LN, name: 'Tahun Baru 2024 Masehi' },
    { date: '2024-02-08', kind: LN, name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
    { date: '2024-02-09', kind: CB, name: 'Tahun Baru Imlek 2575 Kongzili' },
    { date: '2024-02-10', kind: LN, name: 'Tahun Baru Imlek 2575 Kongzili' },
    { date: '2024-02-14', kind: LN, name: 'Hari Pemungutan Suara Pemilihan Umum Tahun 2024' },
    { date: '2024-03-11', kind: LN, name: 'Hari Suci Nyepi Tahun Baru Saka 1946' },
    { date: '2024-03-12', kind: CB, name: 'Hari Suci Nyepi Tahun Baru Saka 1946' },
    { date: '2024-03-29', kind: LN, name: 'Wafat Isa Al Masih' },
    { date: '2024-03-31', kind: LN, name: 'Hari Paskah' },
    { date: '2024-04-08', kind: CB, name: 'Hari Raya Idul Fitri 1445 Hijriah' },
    { date: '2024-04-09', kind: CB, name: 'Hari Raya Idul Fitri 1445 Hijriah' },
    { date: '2024-04-10', kind: LN, name: 'Hari Raya Idul Fitri 1445 Hijriah' },
    { date: '2024-04-11', kind: LN, name: 'Hari Raya Idul Fitri 1445 Hijriah' },
    { date: '2024-04-12', kind: CB, name: 'Hari Raya Idul Fitri 1445 Hijriah' },
    { date: '2024-04-15', kind: CB, name: 'Hari Raya Idul Fitri 1445 Hijriah' },
    { date: '2024-05-01', kind: LN, name: 'Hari Buruh Internasional' },
    { date: '2024-05-09', kind: LN, name: 'Kenaikan Isa Al Masih' },
    { date: '2024-05-10', kind: CB, name: 'Kenaikan Isa Al Masih' },
    { date: '2024-05-23', kind: LN, name: 'Hari Raya Waisak 2568 BE' },
    { date: '2024-05-24', kind: CB, name: 'Hari Raya Waisak 2568 BE' },
    { date: '2024-06-01', kind: LN, name: 'Hari Lahir Pancasila' },
    { date: '2024-06-17', kind: LN, name: 'Hari Raya Idul Adha 1445 Hijriah' },
    { date: '2024-06-18', kind: CB, name: 'Hari Raya Idul Adha 1445 Hijriah' },
    { date: '2024-07-07', kind: LN, name: 'Tahun Baru Islam 1446 Hijriah' },
    { date: '2024-08-17', kind: LN, name: 'Hari Kemerdekaan Republik Indonesia' },
    { date: '2024-09-16', kind: LN, name: 'Maulid Nabi Muhammad S.A.W.' },
    {
      date: '2024-11-27',
      kind: LN,
      name: 'Hari Pemungutan Suara Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024',
    },
    { date: '2024-12-25', kind: LN, name: 'Hari Raya Natal' },
    { date: '2024-12-26', kind: CB, name: 'Hari Raya Natal' },
  ],
  2025: [
    { date: '2025-01-01', kind: LN, name: 'Tahun Baru 2025 Masehi' },
    { date: '2025-01-27', kind: LN, name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
    { date: '2025-01-28', kind: CB, name: 'Tahun Baru Imlek 2576 Kongzili' },
    { date: '2025-01-29', kind: LN, name: 'Tahun Baru Imlek 2576 Kongzili' },
    { date: '2025-03-28', kind: CB, name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
    { date: '2025-03-29', kind: LN, name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)' },
    { date: '2025-03-31', kind: LN, name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-01', kind: LN, name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-02', kind: CB, name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-03', kind: CB, name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-04', kind: CB, name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-07', kind: CB, name: 'Idul Fitri 1446 Hijriah' },
    { date: '2025-04-18', kind: LN, name: 'Wafat Yesus Kristus' },
    { date: '2025-04-20', kind: LN, name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2025-05-01', kind: LN, name: 'Hari Buruh Internasional' },
    { date: '2025-05-12', kind: LN, name: 'Hari Raya Waisak 2569 BE' },
    { date: '2025-05-13', kind: CB, name: 'Hari Raya Waisak 2569 BE' },
    { date: '2025-05-29', kind: LN, name: 'Kenaikan Yesus Kristus' },
    { date: '2025-05-30', kind: CB, name: 'Kenaikan Yesus Kristus' },
    { date: '2025-06-01', kind: LN, name: 'Hari Lahir Pancasila' },
    { date: '2025-06-06', kind: LN, name: 'Idul Adha 1446 Hijriah' },
    { date: '2025-06-09', kind: CB, name: 'Idul Adha 1446 Hijriah' },
    { date: '2025-06-27', kind: LN, name: '1 Muharam Tahun Baru Islam 1447 Hijriah' },
    { date: '2025-08-17', kind: LN, name: 'Proklamasi Kemerdekaan' },
    { date: '2025-08-18', kind: CB, name: 'Proklamasi Kemerdekaan' },
    { date: '2025-09-05', kind: LN, name: 'Maulid Nabi Muhammad S.A.W.' },
    { date: '2025-12-25', kind: LN, name: 'Kelahiran Yesus Kristus' },
    { date: '2025-12-26', kind: CB, name: 'Kelahiran Yesus Kristus' },
  ],
  2026: [
    { date: '2026-01-01', kind: LN, name: 'Tahun Baru 2026 Masehi' },
    { date: '2026-01-16', kind: LN, name: 'Isra Mikraj Nabi Muhammad S.A.W.' },
    { date: '2026-02-16', kind: CB, name: 'Tahun Baru Imlek 2577 Kongzili' },
    { date: '2026-02-17', kind: LN, name: 'Tahun Baru Imlek 2577 Kongzili' },
    { date: '2026-03-18', kind: CB, name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
    { date: '2026-03-19', kind: LN, name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
    { date: '2026-03-20', kind: CB, name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-03-21', kind: LN, name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-03-22', kind: LN, name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-03-23', kind: CB, name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-03-24', kind: CB, name: 'Idul Fitri 1447 Hijriah' },
    { date: '2026-04-03', kind: LN, name: 'Wafat Yesus Kristus' },
    { date: '2026-04-05', kind: LN, name: 'Kebangkitan Yesus Kristus (Paskah)' },
    { date: '2026-05-01', kind: LN, name: 'Hari Buruh Internasional' },
    { date: '2026-05-14', kind: LN, name: 'Kenaikan Yesus Kristus' },
    { date: '2026-05-15', kind: CB, name: 'Kenaikan Yesus Kristus' },
    { date: '2026-05-27', kind: LN, name: 'Idul Adha 1447 Hijriah' },
    { date: '2026-05-28', kind: CB, name: 'Idul Adha 1447 Hijriah' },
    { date: '2026-05-31', kind: LN, name: 'Hari Raya Waisak 2570 BE' },
    { date: '2026-06-01', kind: LN, name: 'Hari Lahir Pancasila' },
    { date: '2026-06-16', kind: LN, name: '1 Muharam Tahun Baru Islam 1448 Hijriah' },
    { date: '2026-08-17', kind: LN, name: 'Proklamasi Kemerdekaan' },
    { date: '2026-08-25', kind: LN, name: 'Maulid Nabi Muhammad S.A.W.' },
    { date: '2026-12-24', kind: CB, name: 'Kelahiran Yesus Kristus' },
    { date: '2026-12-25', kind: LN, name: 'Kelahiran Yesus Kristus' },
  ],
};

/** Every listed date of the settled years. */
export const LISTED_DATES: ReadonlySet<string> = new Set(SETTLED_YEARS.flatMap((year) => LISTED[year].map((h) => h.date)));

/** Working days a year (domain.md §4.1 and the notes on 2023 and 2024). */
export const WORKING_DAYS_A_YEAR: Readonly<Record<SettledYear, number>> = { 2023: 239, 2024: 238, 2025: 237, 2026: 240 };

/**
 * Working days each month, counted by hand from a wall calendar (weekdays of the
 * month minus the listed dates that fall on weekdays); they add up to 239, 238, 237
 * and 240.
 */
export const WORKING_DAYS_A_MONTH: Readonly<Record<SettledYear, readonly number[]>> = {
  2023: [21, 20, 21, 14, 21, 17, 20, 22, 20, 22, 22, 19],
  2024: [22, 18, 18, 16, 18, 18, 23, 22, 20, 23, 20, 20],
  2025: [19, 20, 19, 16, 17, 18, 23, 20, 21, 23, 20, 21],
  2026: [20, 18, 17, 21, 16, 20, 23, 19, 22, 22, 21, 21],
};

/**
 * Ramadan periods set by the Kemenag sidang isbat (first and last day of fasting), with
 * the dates of the two isbat sessions: 1 Ramadan and 1 Syawal.
 */
export const RAMADAN = {
  1444: { start: '2023-03-23', end: '2023-04-21', isbat: ['22 Mar 2023', '20 Apr 2023'] },
  1445: { start: '2024-03-12', end: '2024-04-09', isbat: ['10 Mar 2024', '9 Apr 2024'] },
  1446: { start: '2025-03-01', end: '2025-03-30', isbat: ['28 Feb 2025', '29 Mar 2025'] },
  1447: { start: '2026-02-19', end: '2026-03-20', isbat: ['17 Feb 2026', '19 Mar 2026'] },
} as const;
