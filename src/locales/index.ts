/**
 * Human text for findings, in Bahasa Indonesia (default) and English.
 *
 * Decisions carry findings as data (`rule`, `outcome`, `code`, `params`); this module
 * turns them into sentences. Catalogues are plain objects typed over every finding
 * code, so an app can ship its own (for example Sundanese) and the compiler tells it
 * which codes it missed.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'kerja-dinamis/locales';
 * for (const f of result.findings) console.log(formatFinding(f, 'en'));
 * ```
 *
 * @module locales
 */
export { formatFinding, type Locale } from './format';
export { explain } from './explain';
export { id } from './id';
export { en } from './en';
export type { Catalogue, MessagesFor, AnyFinding, FindingCode, DecisionWording } from './types';
