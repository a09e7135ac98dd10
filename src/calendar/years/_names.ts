/**
 * What the yearly lists in this folder share: the two kinds of national day off, and
 * the names of the observances whose wording does not change from one year's SKB 3
 * Menteri to the next. Names that carry a year's own number (Idul Fitri 1446 Hijriah,
 * Tahun Baru Imlek 2576 Kongzili, Hari Raya Waisak 2569 BE, …) live in that year's file.
 *
 * Wording follows the SKB itself. Where its published copies differ, setkab.go.id
 * restyles it ("Nabi Muhammad saw.", "Idulfitri") while the lampiran copies and Keppres
 * 8/2024 write "Nabi Muhammad S.A.W." and "Idul Fitri"; this library follows the latter in
 * every year (docs/calendar.md). The 2023 and 2024 SKBs were signed before Keppres 8/2024
 * (29 January 2024) renamed the Christian holidays, so they say "Isa Al Masih" and "Hari
 * Raya Natal"; they also name 17 August "Hari Kemerdekaan Republik Indonesia" where the
 * later SKBs say "Proklamasi Kemerdekaan". Both sets are here; each year uses its own SKB's.
 */
import type { LocalizedText } from '../../_lib/errors';

/** Libur nasional. */
export const LN = 'LIBUR_NASIONAL';
/** Cuti bersama; named after the observance it accompanies, as the SKB lists it. */
export const CB = 'CUTI_BERSAMA';

/** 1 May. */
export const BURUH: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Hari Buruh Internasional', en: 'International Labour Day' });
/** 1 June. */
export const PANCASILA: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Hari Lahir Pancasila', en: 'Pancasila Day' });
/** 27 Rajab. */
export const ISRA_MIKRAJ: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Isra Mikraj Nabi Muhammad S.A.W.', en: "Isra Mi'raj of the Prophet Muhammad" });
/** 12 Rabiulawal. */
export const MAULID: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Maulid Nabi Muhammad S.A.W.', en: "Prophet Muhammad's Birthday" });

// The SKBs for 2025 on (after Keppres 8/2024).

/** Good Friday, SKB 2025 on. */
export const WAFAT_YESUS: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Wafat Yesus Kristus', en: 'Good Friday' });
/** Easter Sunday, SKB 2025 on. */
export const KEBANGKITAN_YESUS: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Kebangkitan Yesus Kristus (Paskah)', en: 'Easter Sunday' });
/** Ascension Day, SKB 2025 on. */
export const KENAIKAN_YESUS: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Kenaikan Yesus Kristus', en: 'Ascension of Jesus Christ' });
/** 25 December, SKB 2025 on. */
export const KELAHIRAN_YESUS: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Kelahiran Yesus Kristus', en: 'Christmas Day' });
/** 17 August, SKB 2025 on. */
export const PROKLAMASI: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Proklamasi Kemerdekaan', en: 'Independence Day' });

// The SKBs for 2023 and 2024 (before Keppres 8/2024).

/** Good Friday, SKB 2023 and 2024. */
export const WAFAT_ISA: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Wafat Isa Al Masih', en: 'Good Friday' });
/** Ascension Day, SKB 2023 and 2024. */
export const KENAIKAN_ISA: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Kenaikan Isa Al Masih', en: 'Ascension of Jesus Christ' });
/** 25 December, SKB 2023 and 2024. */
export const NATAL: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Hari Raya Natal', en: 'Christmas Day' });
/** 17 August, SKB 2023 and 2024. */
export const KEMERDEKAAN: LocalizedText = /* @__PURE__ */ Object.freeze({ id: 'Hari Kemerdekaan Republik Indonesia', en: 'Independence Day' });
