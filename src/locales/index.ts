/**
 * Human text for findings, in Bahasa Indonesia (default) and English.
 *
 * Decisions carry findings as data (`rule`, `outcome`, `code`, `params`); this module
 * turns them into sentences. Locale catalogs are plain objects typed over every finding
 * code, so an app can ship its own (for example Sundanese) and the compiler tells it
 * which codes it missed.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'kerja-dinamis/locales';
 * import { classifyTalentBox } from 'kerja-dinamis/talent-box';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const result = classifyTalentBox({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-12-01' }, jabarMkd2025, { asOf: '2026-01-15' });
 * result.findings.map((f) => formatFinding(f, { locale: 'en' }));
 * //=> ['Talent box 2: performance meeting expectations and low potential.', 'Box 2 is not one of the boxes that may use MKD (4, 5, 7, 8 and 9).']
 * result.findings.map((f) => formatFinding(f)); // Bahasa Indonesia by default
 * //=> ['Kotak talenta 2: kinerja sesuai ekspektasi dan potensial rendah.', 'Kotak 2 tidak termasuk kotak yang dapat mengikuti MKD (4, 5, 7, 8 dan 9).']
 * ```
 *
 * @module locales
 */
export { formatFinding, type Locale, type LocaleOptions } from './format';
export { explain } from './explain';
export { localeId } from './id';
export { localeEn } from './en';
export type { LocaleCatalog, MessagesFor, AnyFinding, FindingCode, DecisionWording } from './types';
