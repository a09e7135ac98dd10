/** English wording shared by the `en` catalogue. */
import type { ExpectationLevel, PotensialLevel } from '../../_lib/levels';
import type { WarningLevel } from '../../policy/sections/early-warning';
import type { DisciplinaryPenalty } from '../../policy/sections/performance';
import type { CapException } from '../../policy/sections/work-pattern';

/** "a, b and c"; with `conjunction` "or", "a, b or c". */
export function list(items: readonly (string | number)[], conjunction = 'and'): string {
  if (items.length === 0) return '(none)';
  if (items.length === 1) return String(items[0]);
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${String(items[items.length - 1])}`;
}

/** Ids quoted, as a choice: `"a", "b" or "c"`. */
export const quotedChoice = (ids: readonly string[]): string => list(ids.map((x) => `"${x}"`), 'or');

/** Level names as prose. */
export const level: Readonly<Record<ExpectationLevel | PotensialLevel, string>> = {
  DI_BAWAH_EKSPEKTASI: 'below expectations',
  SESUAI_EKSPEKTASI: 'meeting expectations',
  DI_ATAS_EKSPEKTASI: 'above expectations',
  RENDAH: 'low',
  MENENGAH: 'medium',
  TINGGI: 'high',
};

/** Axis names as prose. */
export const axis = { kinerja: 'performance (kinerja)', potensial: 'potential (potensial)' } as const;

/** Parts of an assessment as prose. */
export const part = { kinerja: 'performance level', potensial: 'potential level', assessedOn: 'assessment date' } as const;

/**
 * The countable nouns of the English sentences, singular → plural: the one table a
 * sentence goes through to count something ({@link count}).
 */
const PLURALS = {
  day: 'days',
  'working day': 'working days',
  'flexible day': 'flexible days',
  'entitled flexible day': 'entitled flexible days',
  'field day': 'field days',
  month: 'months',
  'flagged month': 'flagged months',
  'clean month': 'clean months',
  minute: 'minutes',
  'effective minute': 'effective minutes',
  'net TRK minute': 'net TRK minutes',
  'minute of early leave': 'minutes of early leave',
  point: 'points',
  employee: 'employees',
} as const;

/** A noun of {@link PLURALS}. */
export type Noun = keyof typeof PLURALS;

/** `n` and the noun, singular for exactly 1: "1 day", "0 days", "2 clean months". */
export function count(n: number, noun: Noun): string {
  return `${n} ${n === 1 ? noun : PLURALS[noun]}`;
}

/** Early-warning levels: the official value, with its meaning in brackets (one spelling in every sentence). */
export const warningLevel: Readonly<Record<WarningLevel, string>> = {
  NORMAL: 'NORMAL',
  WASPADA: 'WASPADA (watch)',
  PERINGATAN: 'PERINGATAN (warning)',
  DICABUT: 'DICABUT (MKD revoked)',
};

/** Disciplinary penalties (PP 94/2021): one word each in every sentence; "severe" is kept for severe months. */
export const penaltyLevel: Readonly<Record<DisciplinaryPenalty, string>> = { RINGAN: 'light', SEDANG: 'moderate', BERAT: 'heavy' };

/** The exceptions to the weekly cap (PermenPANRB 4/2025 Pasal 13), as "an exception for …". */
export const capException: Readonly<Record<CapException, string>> = { TUGAS_LUAR: 'duties outside the office', KEADAAN_KHUSUS: 'special circumstances' };
