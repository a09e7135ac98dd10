/**
 * Built-in working-calendar data: every national holiday (libur nasional) and cuti
 * bersama of 2025 and 2026, and the Ramadan periods touching those years.
 *
 * Sources (domain reference §4.1):
 * - 2025: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1017
 *   Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (14 October 2024), amended by
 *   SKB Nomor 933 Tahun 2025, Nomor 1 Tahun 2025, Nomor 3 Tahun 2025 (7 August 2025),
 *   which added cuti bersama on Monday 18 August 2025 (80th Independence Day).
 *   Working days: 261 weekdays − 24 weekday holidays = 237.
 * - 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025
 *   (announced 19 September 2025). Working days: 261 − 21 = 240.
 * - Ramadan: approximate [D] (Kemenag's *sidang isbat* fixes the start each year);
 *   1446 H ends on the eve of Idulfitri 2025-03-31, 1447 H on the eve of 2026-03-21.
 *   Override with a policy's or the options' `calendar.ramadan` once decided.
 *
 * Islamic dates may be moved by the Minister of Religious Affairs: use `moved` in a
 * policy's or the options' `calendar` section (docs/calendar.md).
 */
import type { LocalizedText } from '../_lib/errors';
import type { CalendarYearData, HolidayEntry, HolidayKind } from '../policy/sections/calendar';

/** Observances of the SKB 3 Menteri lists, in Bahasa Indonesia and English. */
const N = {
  tahunBaru: { id: 'Tahun Baru Masehi', en: "New Year's Day" },
  israMikraj: { id: 'Isra Mikraj Nabi Muhammad SAW', en: "Isra Mi'raj of the Prophet Muhammad" },
  imlek: { id: 'Tahun Baru Imlek', en: 'Chinese New Year' },
  nyepi: { id: 'Hari Suci Nyepi', en: 'Day of Silence (Nyepi)' },
  idulfitri: { id: 'Idulfitri', en: 'Eid al-Fitr' },
  wafat: { id: 'Wafat Yesus Kristus', en: 'Good Friday' },
  paskah: { id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' },
  buruh: { id: 'Hari Buruh Internasional', en: 'International Labour Day' },
  waisak: { id: 'Hari Raya Waisak', en: 'Vesak Day' },
  kenaikan: { id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' },
  pancasila: { id: 'Hari Lahir Pancasila', en: 'Pancasila Day' },
  iduladha: { id: 'Iduladha', en: 'Eid al-Adha' },
  tahunBaruIslam: { id: 'Tahun Baru Islam', en: 'Islamic New Year' },
  kemerdekaan: { id: 'Hari Kemerdekaan RI', en: 'Independence Day' },
  maulid: { id: 'Maulid Nabi Muhammad SAW', en: "Prophet Muhammad's Birthday" },
  natal: { id: 'Hari Raya Natal', en: 'Christmas Day' },
} as const satisfies Record<string, LocalizedText>;

const LN: HolidayKind = 'LIBUR_NASIONAL';
const CB: HolidayKind = 'CUTI_BERSAMA';

const h = (date: string, kind: HolidayKind, name: LocalizedText): HolidayEntry => Object.freeze({ date, kind, name: Object.freeze({ ...name }) });

const YEAR_2025: CalendarYearData = {
  year: 2025,
  source:
    'SKB Menag, Menaker dan MenPANRB No. 1017/2024, 2/2024, 2/2024 (14 Oct 2024), amended by SKB No. 933/2025, 1/2025, 3/2025 (7 Aug 2025) adding cuti bersama 2025-08-18',
  holidays: [
    h('2025-01-01', LN, N.tahunBaru),
    h('2025-01-27', LN, N.israMikraj),
    h('2025-01-28', CB, N.imlek),
    h('2025-01-29', LN, N.imlek),
    h('2025-03-28', CB, N.nyepi),
    h('2025-03-29', LN, N.nyepi),
    h('2025-03-31', LN, N.idulfitri),
    h('2025-04-01', LN, N.idulfitri),
    h('2025-04-02', CB, N.idulfitri),
    h('2025-04-03', CB, N.idulfitri),
    h('2025-04-04', CB, N.idulfitri),
    h('2025-04-07', CB, N.idulfitri),
    h('2025-04-18', LN, N.wafat),
    h('2025-04-20', LN, N.paskah),
    h('2025-05-01', LN, N.buruh),
    h('2025-05-12', LN, N.waisak),
    h('2025-05-13', CB, N.waisak),
    h('2025-05-29', LN, N.kenaikan),
    h('2025-05-30', CB, N.kenaikan),
    h('2025-06-01', LN, N.pancasila),
    h('2025-06-06', LN, N.iduladha),
    h('2025-06-09', CB, N.iduladha),
    h('2025-06-27', LN, N.tahunBaruIslam),
    h('2025-08-17', LN, N.kemerdekaan),
    h('2025-08-18', CB, N.kemerdekaan), // SKB amendment of 7 Aug 2025
    h('2025-09-05', LN, N.maulid),
    h('2025-12-25', LN, N.natal),
    h('2025-12-26', CB, N.natal),
  ],
  ramadan: [{ hijriYear: 1446, start: '2025-03-01', end: '2025-03-30', approximate: true }],
};

const YEAR_2026: CalendarYearData = {
  year: 2026,
  source: 'SKB Menag, Menaker dan MenPANRB No. 1497/2025, 2/2025, 5/2025 (announced 19 Sep 2025)',
  holidays: [
    h('2026-01-01', LN, N.tahunBaru),
    h('2026-01-16', LN, N.israMikraj),
    h('2026-02-16', CB, N.imlek),
    h('2026-02-17', LN, N.imlek),
    h('2026-03-18', CB, N.nyepi),
    h('2026-03-19', LN, N.nyepi),
    h('2026-03-20', CB, N.idulfitri),
    h('2026-03-21', LN, N.idulfitri),
    h('2026-03-22', LN, N.idulfitri),
    h('2026-03-23', CB, N.idulfitri),
    h('2026-03-24', CB, N.idulfitri),
    h('2026-04-03', LN, N.wafat),
    h('2026-04-05', LN, N.paskah),
    h('2026-05-01', LN, N.buruh),
    h('2026-05-14', LN, N.kenaikan),
    h('2026-05-15', CB, N.kenaikan),
    h('2026-05-27', LN, N.iduladha),
    h('2026-05-28', CB, N.iduladha),
    h('2026-05-31', LN, N.waisak),
    h('2026-06-01', LN, N.pancasila),
    h('2026-06-16', LN, N.tahunBaruIslam),
    h('2026-08-17', LN, N.kemerdekaan),
    h('2026-08-25', LN, N.maulid),
    h('2026-12-24', CB, N.natal),
    h('2026-12-25', LN, N.natal),
  ],
  ramadan: [{ hijriYear: 1447, start: '2026-02-19', end: '2026-03-20', approximate: true }],
};

/**
 * The built-in years, oldest first, frozen. Each lists every libur nasional and cuti
 * bersama of the SKB 3 Menteri named in its `source`, and its Ramadan period marked
 * `approximate` [D].
 */
export const BUILT_IN_CALENDAR: readonly CalendarYearData[] = /* @__PURE__ */ Object.freeze(
  [YEAR_2025, YEAR_2026].map((year) =>
    Object.freeze({
      ...year,
      holidays: Object.freeze([...year.holidays]),
      ramadan: Object.freeze(year.ramadan.map((period) => Object.freeze({ ...period }))),
    }),
  ),
);
