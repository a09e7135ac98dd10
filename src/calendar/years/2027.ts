/**
 * 2027, PROVISIONAL: no SKB 3 Menteri for 2027 was known when this was written (the SKB is
 * usually signed between September and November of the year before).
 *
 * - Fixed-date holidays are exact: 1 January, 1 May, 1 June, 17 August, 25 December.
 * - Movable holidays are expected dates, each `approximate: true`, with the basis of the
 *   estimate beside it. No published 2027 calendar was found for any of them: not
 *   Kemenag's Kalender Hijriah Indonesia 2027, not a PHDI calendar for Saka 1949, not a
 *   Walubi or Permabudhi announcement for Waisak 2571 BE. The Islamic dates are a
 *   computation under the MABIMS criterion (Moon altitude ≥ 3° and elongation ≥ 6.4° at
 *   sunset anywhere in Indonesia, otherwise the month runs to 30 days), which reproduces
 *   every Islamic holiday and isbat decision of 2023–2026; a sidang isbat may still differ
 *   by a day.
 * - No cuti bersama: they cannot be predicted.
 * - Ramadan 1448 H is expected, `approximate: true`.
 *
 * The calendar refuses this year unless `calendar.allowProvisional` is set, and marks
 * every holiday and day schedule of it `provisional: true`.
 *
 * Replacing it with the SKB later is this one data file and its test
 * (test/calendar/years/2027.test.ts): list the SKB's dates and names like 2026.ts does,
 * drop `provisional` and every `approximate`, and name the SKB and the isbat in `source`.
 *
 * Expected working days: 261 weekdays − 11 weekday holidays = 250, an upper bound (the
 * cuti bersama are still to come).
 */
import { _deepFreeze } from '../../_lib/freeze';
import type { CalendarYearData } from '../../policy/sections/calendar';
import { BURUH, ISRA_MIKRAJ, KEBANGKITAN_YESUS, KELAHIRAN_YESUS, KENAIKAN_YESUS, LN, MAULID, PANCASILA, PROKLAMASI, WAFAT_YESUS } from './_names';

const TAHUN_BARU = { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day" };
const IMLEK = { id: 'Tahun Baru Imlek 2578 Kongzili', en: 'Chinese New Year 2578 Kongzili' };
const NYEPI = { id: 'Hari Suci Nyepi (Tahun Baru Saka 1949)', en: 'Day of Silence (Nyepi), Saka New Year 1949' };
const IDUL_FITRI = { id: 'Idul Fitri 1448 Hijriah', en: 'Eid al-Fitr 1448 AH' };
const IDUL_ADHA = { id: 'Idul Adha 1448 Hijriah', en: 'Eid al-Adha 1448 AH' };
const WAISAK = { id: 'Hari Raya Waisak 2571 BE', en: 'Vesak Day 2571 BE' };
const TAHUN_BARU_ISLAM = { id: '1 Muharam Tahun Baru Islam 1449 Hijriah', en: 'Islamic New Year 1449 AH' };

/** The provisional working calendar of 2027: fixed dates exact, movable ones expected, no cuti bersama. */
export const CALENDAR_2027: CalendarYearData = /* @__PURE__ */ _deepFreeze<CalendarYearData>({
  year: 2027,
  source:
    'Provisional, no SKB for 2027 known: fixed-date holidays exact; movable ones expected (MABIMS hisab, Computus, Chinese and Balinese Saka calendars, Waisak full moon), none from a published 2027 calendar; no cuti bersama',
  provisional: true,
  holidays: [
    { date: '2027-01-01', kind: LN, name: TAHUN_BARU },
    // 27 Rajab 1448 by MABIMS hisab. Borderline: the hilal of 9 Dec 2026 sits at the limit
    // (about 3.1–3.3° altitude, 6.4° elongation); the near-identical case of 20 Dec 2025 was
    // accepted, which gives 5 Jan. Otherwise 6 Jan.
    { date: '2027-01-05', kind: LN, name: ISRA_MIKRAJ, approximate: true },
    // 1 Zhengyue of the Chinese lunisolar calendar (computed; reproduces 2023–2026).
    { date: '2027-02-06', kind: LN, name: IMLEK, approximate: true },
    // The day after Tilem Kesanga by the Balinese Saka calendar (a published 2020–2050 table;
    // reproduces 2023–2026). The new moon falls at 17:30 WITA on 8 Mar, so 9 Mar is possible.
    { date: '2027-03-08', kind: LN, name: NYEPI, approximate: true },
    // 1–2 Syawal 1448 by MABIMS hisab: on 29 Ramadan (8 Mar) the Moon sets before the Sun
    // everywhere in Indonesia, so Ramadan runs 30 days. Robust.
    { date: '2027-03-10', kind: LN, name: IDUL_FITRI, approximate: true },
    { date: '2027-03-11', kind: LN, name: IDUL_FITRI, approximate: true },
    // Computus: Easter 2027 is 28 March, so Good Friday 26 March and Ascension (Easter + 39)
    // 6 May. Certain as arithmetic; approximate only because no SKB lists them yet.
    { date: '2027-03-26', kind: LN, name: WAFAT_YESUS, approximate: true },
    { date: '2027-03-28', kind: LN, name: KEBANGKITAN_YESUS, approximate: true },
    { date: '2027-05-01', kind: LN, name: BURUH },
    { date: '2027-05-06', kind: LN, name: KENAIKAN_YESUS, approximate: true },
    // 10 Zulhijah 1448 by MABIMS hisab (1 Zulhijah = 8 May). Robust. Saudi-style calendars say 16 May.
    { date: '2027-05-17', kind: LN, name: IDUL_ADHA, approximate: true },
    // Purnama-Sidhi: the full moon of the Waisak month, 20 May 2027 17:59 WIB (Kemenag's
    // Bimas Buddha rule; reproduces 2023–2026).
    { date: '2027-05-20', kind: LN, name: WAISAK, approximate: true },
    { date: '2027-06-01', kind: LN, name: PANCASILA },
    // 1 Muharam 1449 by MABIMS hisab: the Moon is about 7.6° high at sunset on 5 Jun. Robust.
    { date: '2027-06-06', kind: LN, name: TAHUN_BARU_ISLAM, approximate: true },
    // 12 Rabiulawal 1449 by MABIMS hisab (1 Rabiulawal = 4 Aug). Robust.
    { date: '2027-08-15', kind: LN, name: MAULID, approximate: true },
    { date: '2027-08-17', kind: LN, name: PROKLAMASI },
    { date: '2027-12-25', kind: LN, name: KELAHIRAN_YESUS },
  ],
  ramadan: [
    // 1 Ramadan 1448 by MABIMS hisab: on 29 Sya'ban (6 Feb) the conjunction comes after sunset,
    // so Sya'ban runs 30 days; the last day of fasting is the eve of the expected Idul Fitri.
    { hijriYear: 1448, start: '2027-02-08', end: '2027-03-09', approximate: true },
  ],
});
