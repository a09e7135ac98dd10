/** Bahasa Indonesia wording shared by the `id` catalogue. */
import type { ExpectationLevel, PotensialLevel } from '../../_lib/levels';
import type { WarningLevel } from '../../policy/sections/early-warning';
import type { DisciplinaryPenalty } from '../../policy/sections/performance';
import type { CapException } from '../../policy/sections/work-pattern';

/** A number in Indonesian notation: decimal comma (91,5), no grouping (years and ids stay readable). */
export function num(value: number): string {
  return String(value).replace('.', ',');
}

/** "a, b dan c"; with `conjunction` "atau", "a, b atau c". */
export function list(items: readonly (string | number)[], conjunction = 'dan'): string {
  if (items.length === 0) return '(tidak ada)';
  if (items.length === 1) return String(items[0]);
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${String(items[items.length - 1])}`;
}

/** Ids quoted, as a choice: `"a", "b" atau "c"`. */
export const quotedChoice = (ids: readonly string[]): string => list(ids.map((x) => `"${x}"`), 'atau');

/** Level names as prose. */
export const level: Readonly<Record<ExpectationLevel | PotensialLevel, string>> = {
  DI_BAWAH_EKSPEKTASI: 'di bawah ekspektasi',
  SESUAI_EKSPEKTASI: 'sesuai ekspektasi',
  DI_ATAS_EKSPEKTASI: 'di atas ekspektasi',
  RENDAH: 'rendah',
  MENENGAH: 'menengah',
  TINGGI: 'tinggi',
};

/** Axis names as prose. */
export const axis = { kinerja: 'kinerja', potensial: 'potensial' } as const;

/** Parts of an assessment as prose. */
export const part = { kinerja: 'tingkat kinerja', potensial: 'tingkat potensial', assessedOn: 'tanggal penilaian' } as const;

/** Tingkat peringatan dini: nilai resminya, ditulis sama di setiap kalimat. */
export const warningLevel: Readonly<Record<WarningLevel, string>> = { NORMAL: 'NORMAL', WASPADA: 'WASPADA', PERINGATAN: 'PERINGATAN', DICABUT: 'DICABUT' };

/** Tingkat hukuman disiplin (PP 94/2021). */
export const penaltyLevel: Readonly<Record<DisciplinaryPenalty, string>> = { RINGAN: 'ringan', SEDANG: 'sedang', BERAT: 'berat' };

/** Pengecualian batas mingguan (PermenPANRB 4/2025 Pasal 13), sebagai "pengecualian …". */
export const capException: Readonly<Record<CapException, string>> = { TUGAS_LUAR: 'tugas di luar kantor', KEADAAN_KHUSUS: 'keadaan khusus' };
