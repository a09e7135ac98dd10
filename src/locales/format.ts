import type { Finding } from '../_lib/finding';
import type { Catalogue } from './types';
import { id } from './id';
import { en } from './en';

/** A language the library speaks out of the box, or a catalogue of your own. */
export type Locale = 'id' | 'en' | Catalogue;

/** The catalogue for a locale argument. */
export function _catalogue(locale: Locale): Catalogue {
  if (locale === 'id') return id;
  if (locale === 'en') return en;
  if (typeof locale === 'object' && locale !== null && typeof locale.messages === 'object') return locale;
  throw new TypeError(`[kerja-dinamis] formatFinding: unknown locale ${JSON.stringify(locale)}; use 'id', 'en' or a catalogue`);
}

/**
 * The human sentence for one finding.
 *
 * @param finding - A finding from any decision of the library.
 * @param locale - `'id'` (default), `'en'`, or a catalogue object.
 * @returns One sentence. A code the catalogue does not know (a finding from a newer
 *   version of the library) is rendered as its code and params, never dropped.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'kerja-dinamis/locales';
 *
 * formatFinding({ rule: 'talent_box', outcome: 'fail', code: 'talent_box_not_eligible', params: { box: 2, eligibleBoxes: [4, 5, 7, 8, 9] } }, 'en');
 * //=> 'Box 2 is not one of the boxes that may use MKD (4, 5, 7, 8 and 9).'
 * ```
 */
export function formatFinding(finding: Finding, locale: Locale = 'id'): string {
  const messages = _catalogue(locale).messages as unknown as Record<string, ((params: unknown) => string) | undefined>;
  const message = Object.hasOwn(messages, finding.code) ? messages[finding.code] : undefined;
  if (message === undefined) return `${finding.code} ${JSON.stringify(finding.params)}`;
  return message(finding.params);
}
