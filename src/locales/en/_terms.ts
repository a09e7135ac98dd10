/** English wording shared by the `en` catalogue. */
import type { ExpectationLevel, PotensialLevel } from '../../_lib/levels';

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
