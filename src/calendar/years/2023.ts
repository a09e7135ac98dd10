/**
 * 2023 as finally in force: every libur nasional and cuti bersama, and Ramadan 1444 H.
 *
 * - SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1066 Tahun 2022,
 *   Nomor 3 Tahun 2022, Nomor 3 Tahun 2022 (11 October 2022): 16 LN, 8 CB.
 * - First amendment, SKB Nomor 327 Tahun 2023, Nomor 1 Tahun 2023, Nomor 1 Tahun 2023
 *   (29 March 2023): the Idulfitri cuti bersama of 21, 24, 25 and 26 April became 19, 20,
 *   21, 24 and 25 April.
 * - Second amendment, SKB Nomor 624 Tahun 2023, Nomor 2 Tahun 2023, Nomor 2 Tahun 2023
 *   (16 June 2023): Iduladha cuti bersama on 28 and 30 June.
 * - ASN: Keppres 24/2022, 8/2023 (13 April 2023) and 16/2023 (22 June 2023), the same days.
 * - Ramadan 1444 H: Kemenag sidang isbat of 22 March 2023 (1 Ramadan = 23 March) and of
 *   20 April 2023 (1 Syawal = 22 April, KMA 385/2023).
 *
 * Working days: 260 weekdays − 21 weekday holidays (10 LN, 11 CB) = 239.
 */
import { _deepFreeze } from '../../_lib/freeze';
import type { CalendarYearData } from '../../policy/sections/calendar';
import { BURUH, CB, ISRA_MIKRAJ, KEMERDEKAAN, KENAIKAN_ISA, LN, MAULID, NATAL, PANCASILA, WAFAT_ISA } from './_names';

const TAHUN_BARU = { id: 'Tahun Baru 2023 Masehi', en: "New Year's Day" };
const IMLEK = { id: 'Tahun Baru Imlek 2574 Kongzili', en: 'Chinese New Year 2574 Kongzili' };
const NYEPI = { id: 'Hari Suci Nyepi Tahun Baru Saka 1945', en: 'Day of Silence (Nyepi), Saka New Year 1945' };
const IDUL_FITRI = { id: 'Hari Raya Idul Fitri 1444 Hijriah', en: 'Eid al-Fitr 1444 AH' };
const WAISAK = { id: 'Hari Raya Waisak 2567 BE', en: 'Vesak Day 2567 BE' };
const IDUL_ADHA = { id: 'Hari Raya Idul Adha 1444 Hijriah', en: 'Eid al-Adha 1444 AH' };
const TAHUN_BARU_ISLAM = { id: 'Tahun Baru Islam 1445 Hijriah', en: 'Islamic New Year 1445 AH' };

/** The working calendar of 2023 (SKB 1066/2022, 3/2022, 3/2022 as amended twice in 2023). */
export const CALENDAR_2023: CalendarYearData = /* @__PURE__ */ _deepFreeze<CalendarYearData>({
  year: 2023,
  source:
    'SKB Menag, Menaker dan MenPANRB No. 1066/2022, 3/2022, 3/2022 (11 Oct 2022), amended by SKB No. 327/2023, 1/2023, 1/2023 (29 Mar 2023: Idulfitri cuti bersama 19, 20, 21, 24, 25 Apr) and SKB No. 624/2023, 2/2023, 2/2023 (16 Jun 2023: Iduladha cuti bersama 28 and 30 Jun)',
  holidays: [
    { date: '2023-01-01', kind: LN, name: TAHUN_BARU },
    { date: '2023-01-22', kind: LN, name: IMLEK },
    { date: '2023-01-23', kind: CB, name: IMLEK },
    { date: '2023-02-18', kind: LN, name: ISRA_MIKRAJ },
    { date: '2023-03-22', kind: LN, name: NYEPI },
    { date: '2023-03-23', kind: CB, name: NYEPI },
    { date: '2023-04-07', kind: LN, name: WAFAT_ISA },
    { date: '2023-04-19', kind: CB, name: IDUL_FITRI }, // first amendment
    { date: '2023-04-20', kind: CB, name: IDUL_FITRI }, // first amendment
    { date: '2023-04-21', kind: CB, name: IDUL_FITRI },
    { date: '2023-04-22', kind: LN, name: IDUL_FITRI },
    { date: '2023-04-23', kind: LN, name: IDUL_FITRI },
    { date: '2023-04-24', kind: CB, name: IDUL_FITRI },
    { date: '2023-04-25', kind: CB, name: IDUL_FITRI },
    { date: '2023-05-01', kind: LN, name: BURUH },
    { date: '2023-05-18', kind: LN, name: KENAIKAN_ISA },
    { date: '2023-06-01', kind: LN, name: PANCASILA },
    { date: '2023-06-02', kind: CB, name: WAISAK },
    { date: '2023-06-04', kind: LN, name: WAISAK },
    { date: '2023-06-28', kind: CB, name: IDUL_ADHA }, // second amendment
    { date: '2023-06-29', kind: LN, name: IDUL_ADHA },
    { date: '2023-06-30', kind: CB, name: IDUL_ADHA }, // second amendment
    { date: '2023-07-19', kind: LN, name: TAHUN_BARU_ISLAM },
    { date: '2023-08-17', kind: LN, name: KEMERDEKAAN },
    { date: '2023-09-28', kind: LN, name: MAULID },
    { date: '2023-12-25', kind: LN, name: NATAL },
    { date: '2023-12-26', kind: CB, name: NATAL },
  ],
  ramadan: [
    {
      hijriYear: 1444,
      start: '2023-03-23',
      end: '2023-04-21',
      source: 'Kemenag sidang isbat of 22 Mar 2023 (1 Ramadan 1444 H = 23 Mar 2023) and of 20 Apr 2023 (1 Syawal = 22 Apr 2023, KMA 385/2023)',
    },
  ],
});
