/**
 * The 9-box talent grid of PermenPANRB 3/2020 (Manajemen Talenta ASN) as data.
 * Rows are kinerja (performance), columns potensial (potential); numbering as in
 * the KemenPANRB material and regional regulations (domain reference §2.1).
 */
import type { LocalizedText } from '../_lib/errors';
import type { ExpectationLevel, PotensialLevel } from '../_lib/levels';
import type { TalentBoxNumber } from '../policy/sections/talent-box';

/** Box number by kinerja level, then potensial level. */
export const TALENT_GRID: Readonly<Record<ExpectationLevel, Readonly<Record<PotensialLevel, TalentBoxNumber>>>> = /* @__PURE__ */ Object.freeze({
  DI_ATAS_EKSPEKTASI: Object.freeze({ RENDAH: 4, MENENGAH: 7, TINGGI: 9 }),
  SESUAI_EKSPEKTASI: Object.freeze({ RENDAH: 2, MENENGAH: 5, TINGGI: 8 }),
  DI_BAWAH_EKSPEKTASI: Object.freeze({ RENDAH: 1, MENENGAH: 3, TINGGI: 6 }),
} as const);

/** Code of a talent-box recommendation, e.g. `KELOMPOK_SUKSESI`. */
export type RecommendationCode =
  | 'PROMOSI'
  | 'DIPERTAHANKAN'
  | 'KELOMPOK_SUKSESI_NASIONAL'
  | 'KELOMPOK_SUKSESI'
  | 'PENGHARGAAN'
  | 'ROTASI'
  | 'ROTASI_PERLUASAN'
  | 'ROTASI_PENGAYAAN'
  | 'BIMBINGAN_KINERJA'
  | 'KONSELING_KINERJA'
  | 'PENGEMBANGAN_KOMPETENSI'
  | 'TUGAS_BELAJAR'
  | 'PENEMPATAN_SESUAI'
  | 'SESUAI_KETENTUAN';

/** Standard development recommendations for talent boxes (PermenPANRB 3/2020 practice), with their labels. */
export const RECOMMENDATIONS: Readonly<Record<RecommendationCode, LocalizedText>> = /* @__PURE__ */ Object.freeze({
  PROMOSI: { id: 'Dipromosikan dan dipertahankan', en: 'Promote and retain' },
  DIPERTAHANKAN: { id: 'Dipertahankan', en: 'Retain' },
  KELOMPOK_SUKSESI_NASIONAL: { id: 'Masuk kelompok rencana suksesi instansi atau nasional', en: 'Join the agency or national succession group' },
  KELOMPOK_SUKSESI: { id: 'Masuk kelompok rencana suksesi', en: 'Join the succession group' },
  PENGHARGAAN: { id: 'Mendapatkan penghargaan', en: 'Receive an award' },
  ROTASI: { id: 'Rotasi', en: 'Rotation' },
  ROTASI_PERLUASAN: { id: 'Rotasi atau perluasan jabatan', en: 'Rotation or job enlargement' },
  ROTASI_PENGAYAAN: { id: 'Rotasi atau pengayaan jabatan', en: 'Rotation or job enrichment' },
  BIMBINGAN_KINERJA: { id: 'Bimbingan kinerja', en: 'Performance coaching' },
  KONSELING_KINERJA: { id: 'Konseling kinerja', en: 'Performance counselling' },
  PENGEMBANGAN_KOMPETENSI: { id: 'Pengembangan kompetensi', en: 'Competence development' },
  TUGAS_BELAJAR: { id: 'Tugas belajar', en: 'Study assignment' },
  PENEMPATAN_SESUAI: { id: 'Penempatan yang sesuai', en: 'Appropriate placement' },
  SESUAI_KETENTUAN: { id: 'Diproses sesuai ketentuan peraturan perundang-undangan', en: 'Handled under the applicable regulations' },
});

/** Facts of one box: its levels, its official label and its standard recommendations. */
export interface TalentBoxInfo {
  /** The box number. */
  readonly box: TalentBoxNumber;
  /** The kinerja (performance) row. */
  readonly kinerja: ExpectationLevel;
  /** The potensial (potential) column. */
  readonly potensial: PotensialLevel;
  /** Whether the box belongs to the succession pool (Kelompok Rencana Suksesi): boxes 7, 8, 9. */
  readonly successionPool: boolean;
  /** Official descriptive label, "Kinerja … dan potensial …". */
  readonly label: LocalizedText;
  /** Standard recommendations, most important first. */
  readonly recommendations: readonly RecommendationCode[];
}

const box = (
  n: TalentBoxNumber,
  kinerja: ExpectationLevel,
  potensial: PotensialLevel,
  label: LocalizedText,
  recommendations: readonly RecommendationCode[],
): TalentBoxInfo => ({ box: n, kinerja, potensial, successionPool: n >= 7, label, recommendations });

/** Every box by number. */
export const TALENT_BOXES: Readonly<Record<TalentBoxNumber, TalentBoxInfo>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    [
      box(1, 'DI_BAWAH_EKSPEKTASI', 'RENDAH', { id: 'Kinerja di bawah ekspektasi dan potensial rendah', en: 'Performance below expectations and low potential' }, ['SESUAI_KETENTUAN']),
      box(2, 'SESUAI_EKSPEKTASI', 'RENDAH', { id: 'Kinerja sesuai ekspektasi dan potensial rendah', en: 'Performance meeting expectations and low potential' }, ['BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_SESUAI']),
      box(3, 'DI_BAWAH_EKSPEKTASI', 'MENENGAH', { id: 'Kinerja di bawah ekspektasi dan potensial menengah', en: 'Performance below expectations and medium potential' }, ['BIMBINGAN_KINERJA', 'KONSELING_KINERJA', 'PENGEMBANGAN_KOMPETENSI', 'PENEMPATAN_SESUAI']),
      box(4, 'DI_ATAS_EKSPEKTASI', 'RENDAH', { id: 'Kinerja di atas ekspektasi dan potensial rendah', en: 'Performance above expectations and low potential' }, ['ROTASI', 'PENGEMBANGAN_KOMPETENSI']),
      box(5, 'SESUAI_EKSPEKTASI', 'MENENGAH', { id: 'Kinerja sesuai ekspektasi dan potensial menengah', en: 'Performance meeting expectations and medium potential' }, ['PENEMPATAN_SESUAI', 'BIMBINGAN_KINERJA', 'PENGEMBANGAN_KOMPETENSI']),
      box(6, 'DI_BAWAH_EKSPEKTASI', 'TINGGI', { id: 'Kinerja di bawah ekspektasi dan potensial tinggi', en: 'Performance below expectations and high potential' }, ['PENEMPATAN_SESUAI', 'BIMBINGAN_KINERJA', 'KONSELING_KINERJA']),
      box(7, 'DI_ATAS_EKSPEKTASI', 'MENENGAH', { id: 'Kinerja di atas ekspektasi dan potensial menengah', en: 'Performance above expectations and medium potential' }, ['DIPERTAHANKAN', 'KELOMPOK_SUKSESI', 'ROTASI_PENGAYAAN', 'PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR']),
      box(8, 'SESUAI_EKSPEKTASI', 'TINGGI', { id: 'Kinerja sesuai ekspektasi dan potensial tinggi', en: 'Performance meeting expectations and high potential' }, ['DIPERTAHANKAN', 'KELOMPOK_SUKSESI', 'ROTASI_PERLUASAN', 'BIMBINGAN_KINERJA']),
      box(9, 'DI_ATAS_EKSPEKTASI', 'TINGGI', { id: 'Kinerja di atas ekspektasi dan potensial tinggi', en: 'Performance above expectations and high potential' }, ['PROMOSI', 'KELOMPOK_SUKSESI_NASIONAL', 'PENGHARGAAN']),
    ].map((info) => [info.box, Object.freeze(info)]),
  ) as Record<TalentBoxNumber, TalentBoxInfo>,
);
