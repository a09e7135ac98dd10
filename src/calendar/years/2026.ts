/**
 * 2026: every libur nasional and cuti bersama, and Ramadan 1447 H.
 *
 * - SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025,
 *   Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (19 September 2025): 17 LN, 8 CB. No amendment
 *   is known. No cuti bersama follows the Sunday Waisak: Monday 1 June is already Hari
 *   Lahir Pancasila.
 * - Ramadan 1447 H: Kemenag sidang isbat of 17 February 2026 (1 Ramadan = 19 February) and
 *   of 19 March 2026 (1 Syawal = 21 March).
 *
 * Working days: 261 weekdays − 21 weekday holidays (13 LN, 8 CB) = 240.
 */
import { _deepFreeze } from '../../_lib/freeze';
import type { CalendarYearData } from '../../policy/sections/calendar';
import { BURUH, CB, ISRA_MIKRAJ, KEBANGKITAN_YESUS, KELAHIRAN_YESUS, KENAIKAN_YESUS, LN, MAULID, PANCASILA, PROKLAMASI, WAFAT_YESUS } from './_names';

const TAHUN_BARU = { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day" };
const IMLEK = { id: 'Tahun Baru Imlek 2577 Kongzili', en: 'Chinese New Year 2577 Kongzili' };
const NYEPI = { id: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', en: 'Day of Silence (Nyepi), Saka New Year 1948' };
const IDUL_FITRI = { id: 'Idul Fitri 1447 Hijriah', en: 'Eid al-Fitr 1447 AH' };
const IDUL_ADHA = { id: 'Idul Adha 1447 Hijriah', en: 'Eid al-Adha 1447 AH' };
const WAISAK = { id: 'Hari Raya Waisak 2570 BE', en: 'Vesak Day 2570 BE' };
const TAHUN_BARU_ISLAM = { id: '1 Muharam Tahun Baru Islam 1448 Hijriah', en: 'Islamic New Year 1448 AH' };

/** The working calendar of 2026 (SKB 1497/2025, 2/2025, 5/2025). */
export const CALENDAR_2026: CalendarYearData = /* @__PURE__ */ _deepFreeze<CalendarYearData>({
  year: 2026,
  source: 'SKB Menag, Menaker dan MenPANRB No. 1497/2025, 2/2025, 5/2025 (19 Sep 2025)',
  holidays: [
    { date: '2026-01-01', kind: LN, name: TAHUN_BARU },
    { date: '2026-01-16', kind: LN, name: ISRA_MIKRAJ },
    { date: '2026-02-16', kind: CB, name: IMLEK },
    { date: '2026-02-17', kind: LN, name: IMLEK },
    { date: '2026-03-18', kind: CB, name: NYEPI },
    { date: '2026-03-19', kind: LN, name: NYEPI },
    { date: '2026-03-20', kind: CB, name: IDUL_FITRI },
    { date: '2026-03-21', kind: LN, name: IDUL_FITRI },
    { date: '2026-03-22', kind: LN, name: IDUL_FITRI },
    { date: '2026-03-23', kind: CB, name: IDUL_FITRI },
    { date: '2026-03-24', kind: CB, name: IDUL_FITRI },
    { date: '2026-04-03', kind: LN, name: WAFAT_YESUS },
    { date: '2026-04-05', kind: LN, name: KEBANGKITAN_YESUS },
    { date: '2026-05-01', kind: LN, name: BURUH },
    { date: '2026-05-14', kind: LN, name: KENAIKAN_YESUS },
    { date: '2026-05-15', kind: CB, name: KENAIKAN_YESUS },
    { date: '2026-05-27', kind: LN, name: IDUL_ADHA },
    { date: '2026-05-28', kind: CB, name: IDUL_ADHA },
    { date: '2026-05-31', kind: LN, name: WAISAK },
    { date: '2026-06-01', kind: LN, name: PANCASILA },
    { date: '2026-06-16', kind: LN, name: TAHUN_BARU_ISLAM },
    { date: '2026-08-17', kind: LN, name: PROKLAMASI },
    { date: '2026-08-25', kind: LN, name: MAULID },
    { date: '2026-12-24', kind: CB, name: KELAHIRAN_YESUS },
    { date: '2026-12-25', kind: LN, name: KELAHIRAN_YESUS },
  ],
  ramadan: [
    {
      hijriYear: 1447,
      start: '2026-02-19',
      end: '2026-03-20',
      source: 'Kemenag sidang isbat of 17 Feb 2026 (1 Ramadan 1447 H = 19 Feb 2026) and of 19 Mar 2026 (1 Syawal = 21 Mar 2026)',
    },
  ],
});
