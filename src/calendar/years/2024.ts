/**
 * 2024 as finally in force: every libur nasional and cuti bersama, and Ramadan 1445 H.
 *
 * - SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 855 Tahun 2023,
 *   Nomor 3 Tahun 2023, Nomor 4 Tahun 2023 (12 September 2023): 17 LN, 10 CB. No
 *   amendment is known. Signed before Keppres 8/2024, it still says "Isa Al Masih".
 * - Keppres 10/2024 (6 February 2024): Wednesday 14 February 2024, the general election's
 *   voting day, a libur nasional.
 * - Keppres 33/2024 (21 November 2024): Wednesday 27 November 2024, the voting day of the
 *   governor, regent and mayor elections (Pilkada), a libur nasional.
 * - ASN: Keppres 7/2024 (9 January 2024), the same cuti bersama.
 * - Ramadan 1445 H: Kemenag sidang isbat of 10 March 2024 (1 Ramadan = 12 March) and of
 *   9 April 2024 (1 Syawal = 10 April).
 *
 * Working days: 262 weekdays − 24 weekday holidays (14 LN, 10 CB) = 238.
 */
import { _deepFreeze } from '../../_lib/freeze';
import type { CalendarYearData } from '../../policy/sections/calendar';
import { BURUH, CB, ISRA_MIKRAJ, KEMERDEKAAN, KENAIKAN_ISA, LN, MAULID, NATAL, PANCASILA, WAFAT_ISA } from './_names';

const TAHUN_BARU = { id: 'Tahun Baru 2024 Masehi', en: "New Year's Day" };
const IMLEK = { id: 'Tahun Baru Imlek 2575 Kongzili', en: 'Chinese New Year 2575 Kongzili' };
const PEMILU = { id: 'Hari Pemungutan Suara Pemilihan Umum Tahun 2024', en: 'General Election Day 2024' };
const NYEPI = { id: 'Hari Suci Nyepi Tahun Baru Saka 1946', en: 'Day of Silence (Nyepi), Saka New Year 1946' };
const PASKAH = { id: 'Hari Paskah', en: 'Easter Sunday' };
const IDUL_FITRI = { id: 'Hari Raya Idul Fitri 1445 Hijriah', en: 'Eid al-Fitr 1445 AH' };
const WAISAK = { id: 'Hari Raya Waisak 2568 BE', en: 'Vesak Day 2568 BE' };
const IDUL_ADHA = { id: 'Hari Raya Idul Adha 1445 Hijriah', en: 'Eid al-Adha 1445 AH' };
const TAHUN_BARU_ISLAM = { id: 'Tahun Baru Islam 1446 Hijriah', en: 'Islamic New Year 1446 AH' };
const PILKADA = {
  id: 'Hari Pemungutan Suara Pemilihan Gubernur dan Wakil Gubernur, Bupati dan Wakil Bupati, serta Wali Kota dan Wakil Wali Kota Tahun 2024',
  en: 'Regional Election Day 2024 (governors, regents and mayors)',
};

/** The working calendar of 2024 (SKB 855/2023, 3/2023, 4/2023, and the two election days by Keppres). */
export const CALENDAR_2024: CalendarYearData = /* @__PURE__ */ _deepFreeze<CalendarYearData>({
  year: 2024,
  source:
    'SKB Menag, Menaker dan MenPANRB No. 855/2023, 3/2023, 4/2023 (12 Sep 2023); Keppres 10/2024 (6 Feb 2024) making 14 Feb 2024 (Pemilu) and Keppres 33/2024 (21 Nov 2024) making 27 Nov 2024 (Pilkada) libur nasional',
  holidays: [
    { date: '2024-01-01', kind: LN, name: TAHUN_BARU },
    { date: '2024-02-08', kind: LN, name: ISRA_MIKRAJ },
    { date: '2024-02-09', kind: CB, name: IMLEK },
    { date: '2024-02-10', kind: LN, name: IMLEK },
    { date: '2024-02-14', kind: LN, name: PEMILU }, // Keppres 10/2024
    { date: '2024-03-11', kind: LN, name: NYEPI },
    { date: '2024-03-12', kind: CB, name: NYEPI },
    { date: '2024-03-29', kind: LN, name: WAFAT_ISA },
    { date: '2024-03-31', kind: LN, name: PASKAH },
    { date: '2024-04-08', kind: CB, name: IDUL_FITRI },
    { date: '2024-04-09', kind: CB, name: IDUL_FITRI },
    { date: '2024-04-10', kind: LN, name: IDUL_FITRI },
    { date: '2024-04-11', kind: LN, name: IDUL_FITRI },
    { date: '2024-04-12', kind: CB, name: IDUL_FITRI },
    { date: '2024-04-15', kind: CB, name: IDUL_FITRI },
    { date: '2024-05-01', kind: LN, name: BURUH },
    { date: '2024-05-09', kind: LN, name: KENAIKAN_ISA },
    { date: '2024-05-10', kind: CB, name: KENAIKAN_ISA },
    { date: '2024-05-23', kind: LN, name: WAISAK },
    { date: '2024-05-24', kind: CB, name: WAISAK },
    { date: '2024-06-01', kind: LN, name: PANCASILA },
    { date: '2024-06-17', kind: LN, name: IDUL_ADHA },
    { date: '2024-06-18', kind: CB, name: IDUL_ADHA },
    { date: '2024-07-07', kind: LN, name: TAHUN_BARU_ISLAM },
    { date: '2024-08-17', kind: LN, name: KEMERDEKAAN },
    { date: '2024-09-16', kind: LN, name: MAULID },
    { date: '2024-11-27', kind: LN, name: PILKADA }, // Keppres 33/2024
    { date: '2024-12-25', kind: LN, name: NATAL },
    { date: '2024-12-26', kind: CB, name: NATAL },
  ],
  ramadan: [
    {
      hijriYear: 1445,
      start: '2024-03-12',
      end: '2024-04-09',
      source: 'Kemenag sidang isbat of 10 Mar 2024 (1 Ramadan 1445 H = 12 Mar 2024) and of 9 Apr 2024 (1 Syawal = 10 Apr 2024)',
    },
  ],
});
