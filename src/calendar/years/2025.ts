/**
 * 2025: every libur nasional and cuti bersama, and Ramadan 1446 H.
 *
 * - SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017 Tahun 2024,
 *   Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (14 October 2024): 17 LN, 10 CB.
 * - Amended by SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025
 *   (7 August 2025): cuti bersama on Monday 18 August 2025 (80th Independence Day),
 *   worded "Proklamasi Kemerdekaan".
 * - Ramadan 1446 H: Kemenag sidang isbat of 28 February 2025 (1 Ramadan = 1 March) and of
 *   29 March 2025 (1 Syawal = 31 March).
 *
 * Working days: 261 weekdays − 24 weekday holidays (13 LN, 11 CB) = 237.
 */
import { _deepFreeze } from '../../_lib/freeze';
import type { CalendarYearData } from '../../policy/sections/calendar';
import { BURUH, CB, ISRA_MIKRAJ, KEBANGKITAN_YESUS, KELAHIRAN_YESUS, KENAIKAN_YESUS, LN, MAULID, PANCASILA, PROKLAMASI, WAFAT_YESUS } from './_names';

const TAHUN_BARU = { id: 'Tahun Baru 2025 Masehi', en: "New Year's Day" };
const IMLEK = { id: 'Tahun Baru Imlek 2576 Kongzili', en: 'Chinese New Year 2576 Kongzili' };
const NYEPI = { id: 'Hari Suci Nyepi (Tahun Baru Saka 1947)', en: 'Day of Silence (Nyepi), Saka New Year 1947' };
const IDUL_FITRI = { id: 'Idul Fitri 1446 Hijriah', en: 'Eid al-Fitr 1446 AH' };
const WAISAK = { id: 'Hari Raya Waisak 2569 BE', en: 'Vesak Day 2569 BE' };
const IDUL_ADHA = { id: 'Idul Adha 1446 Hijriah', en: 'Eid al-Adha 1446 AH' };
const TAHUN_BARU_ISLAM = { id: '1 Muharam Tahun Baru Islam 1447 Hijriah', en: 'Islamic New Year 1447 AH' };

/** The working calendar of 2025 (SKB 1017/2024, 2/2024, 2/2024 as amended in August 2025). */
export const CALENDAR_2025: CalendarYearData = /* @__PURE__ */ _deepFreeze<CalendarYearData>({
  year: 2025,
  source:
    'SKB Menag, Menaker dan MenPANRB No. 1017/2024, 2/2024, 2/2024 (14 Oct 2024), amended by SKB No. 933/2025, 1/2025, 3/2025 (7 Aug 2025) adding cuti bersama 2025-08-18',
  holidays: [
    { date: '2025-01-01', kind: LN, name: TAHUN_BARU },
    { date: '2025-01-27', kind: LN, name: ISRA_MIKRAJ },
    { date: '2025-01-28', kind: CB, name: IMLEK },
    { date: '2025-01-29', kind: LN, name: IMLEK },
    { date: '2025-03-28', kind: CB, name: NYEPI },
    { date: '2025-03-29', kind: LN, name: NYEPI },
    { date: '2025-03-31', kind: LN, name: IDUL_FITRI },
    { date: '2025-04-01', kind: LN, name: IDUL_FITRI },
    { date: '2025-04-02', kind: CB, name: IDUL_FITRI },
    { date: '2025-04-03', kind: CB, name: IDUL_FITRI },
    { date: '2025-04-04', kind: CB, name: IDUL_FITRI },
    { date: '2025-04-07', kind: CB, name: IDUL_FITRI },
    { date: '2025-04-18', kind: LN, name: WAFAT_YESUS },
    { date: '2025-04-20', kind: LN, name: KEBANGKITAN_YESUS },
    { date: '2025-05-01', kind: LN, name: BURUH },
    { date: '2025-05-12', kind: LN, name: WAISAK },
    { date: '2025-05-13', kind: CB, name: WAISAK },
    { date: '2025-05-29', kind: LN, name: KENAIKAN_YESUS },
    { date: '2025-05-30', kind: CB, name: KENAIKAN_YESUS },
    { date: '2025-06-01', kind: LN, name: PANCASILA },
    { date: '2025-06-06', kind: LN, name: IDUL_ADHA },
    { date: '2025-06-09', kind: CB, name: IDUL_ADHA },
    { date: '2025-06-27', kind: LN, name: TAHUN_BARU_ISLAM },
    { date: '2025-08-17', kind: LN, name: PROKLAMASI },
    { date: '2025-08-18', kind: CB, name: PROKLAMASI }, // amendment of 7 Aug 2025
    { date: '2025-09-05', kind: LN, name: MAULID },
    { date: '2025-12-25', kind: LN, name: KELAHIRAN_YESUS },
    { date: '2025-12-26', kind: CB, name: KELAHIRAN_YESUS },
  ],
  ramadan: [
    {
      hijriYear: 1446,
      start: '2025-03-01',
      end: '2025-03-30',
      source: 'Kemenag sidang isbat of 28 Feb 2025 (1 Ramadan 1446 H = 1 Mar 2025) and of 29 Mar 2025 (1 Syawal = 31 Mar 2025)',
    },
  ],
});
