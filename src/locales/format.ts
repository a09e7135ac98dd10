import { InputError, _checkOptions, _issue, type InputIssue } from '../_lib/errors';
import type { Finding } from '../_lib/finding';
import { _MAX_DEPTH, _isJsonData } from '../_lib/json';
import { _isPlainObject } from '../_lib/guard';
import { _quote } from '../_lib/quote';
import type { LocaleCatalog } from './types';
import { localeId } from './id';
import { localeEn } from './en';

/** A language the library speaks out of the box, or a catalog of your own. */
export type Locale = 'id' | 'en' | LocaleCatalog;

/** Options of {@link formatFinding} and {@link explain}. */
export interface LocaleOptions {
  /** `'id'` (Bahasa Indonesia, the default), `'en'`, or a {@link LocaleCatalog} of your own. */
  readonly locale?: Locale;
}

/** The locale of an options argument (absent: `'id'`); throws InputError when the options are not an object or name an unknown key. */
export function _localeOption(options: LocaleOptions | undefined): unknown {
  const locale = _checkOptions(options, ['locale'])?.locale;
  return locale === undefined ? 'id' : locale;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The catalog for a locale argument, or `undefined` when it is none of the three: a
 * catalog of one's own must have `messages` and the `decision` wording (its three
 * functions and the gate names), as {@link LocaleCatalog} says.
 */
export function _localeCatalogOf(locale: unknown): LocaleCatalog | undefined {
  if (locale === 'id') return localeId;
  if (locale === 'en') return localeEn;
  if (!isObject(locale) || !isObject(locale['messages'])) return undefined;
  const decision = locale['decision'];
  const wording = isObject(decision) && typeof decision['eligible'] === 'function' && typeof decision['notEligible'] === 'function' && typeof decision['indeterminate'] === 'function' && isObject(decision['gate']);
  return wording ? (locale as unknown as LocaleCatalog) : undefined;
}

/**
 * The catalog for a locale argument, and the issues of the arguments: those `more`
 * found, and the locale's when it is none of the three. Throws InputError carrying them
 * all when there is any.
 */
export function _localeCatalog(locale: unknown, more: readonly InputIssue[] = []): LocaleCatalog {
  const catalog = _localeCatalogOf(locale);
  if (catalog !== undefined && more.length === 0) return catalog;
  const issues = [...more];
  if (catalog === undefined) {
    issues.push(
      _issue(
        ['options', 'locale'],
        'invalid_value',
        `Bahasa harus 'id', 'en' atau sebuah katalog pesan, bukan ${_quote(locale)}`,
        `The locale must be 'id', 'en' or a message catalogue, not ${_quote(locale)}`,
      ),
    );
  }
  throw new InputError(issues);
}

/**
 * The problems of a value given as a finding, at `path`: it must be an object with a
 * string `code` and JSON data as `params` (what the catalogs read); `[]` when it is one.
 */
export function _findingIssues(finding: unknown, path: readonly (string | number)[]): InputIssue[] {
  if (!_isPlainObject(finding)) {
    return [_issue(path, 'invalid_type', `Temuan harus berupa objek, bukan ${_quote(finding)}`, `A finding must be an object, not ${_quote(finding)}`)];
  }
  const issues: InputIssue[] = [];
  const { code, params } = finding;
  if (typeof code !== 'string') {
    issues.push(_issue([...path, 'code'], 'invalid_type', `Kode temuan harus berupa teks, bukan ${_quote(code)}`, `A finding's code must be text, not ${_quote(code)}`));
  }
  if (!_isPlainObject(params) || !_isJsonData(params)) {
    issues.push(
      _issue(
        [...path, 'params'],
        'invalid_params',
        `Parameter temuan harus berupa objek data JSON (teks, angka berhingga, true/false, null, daftar tanpa lubang dan objek biasa, bersarang paling dalam ${_MAX_DEPTH} tingkat)`,
        `A finding's params must be an object of JSON data (text, finite numbers, true/false, null, lists without holes and plain objects, nested at most ${_MAX_DEPTH} deep)`,
      ),
    );
  }
  return issues;
}

/**
 * A message of one of the library's catalogs for params that passed
 * {@link _findingIssues}. The params are JSON data, so a message that throws on them was
 * given params of another shape than its code's (a finding put together by hand): that
 * is the caller's bad input, reported as such. A catalog of the caller's own is its
 * own code, and what it throws is passed on unchanged.
 */
function render(message: (params: unknown) => string, finding: { readonly code: string; readonly params: unknown }, builtIn: boolean, path: readonly (string | number)[]): string {
  if (!builtIn) return message(finding.params);
  try {
    return message(finding.params);
  } catch {
    throw new InputError([
      _issue(
        [...path, 'params'],
        'invalid_params',
        `Parameter temuan tidak sesuai dengan kodenya ${_quote(finding.code)}`,
        `The finding's params do not fit its code ${_quote(finding.code)}`,
      ),
    ]);
  }
}

/** {@link formatFinding} for a finding already checked (found at `path`), with its catalog. */
export function _formatChecked(finding: { readonly code: string; readonly params: unknown }, catalog: LocaleCatalog, path: readonly (string | number)[]): string {
  const messages = catalog.messages as unknown as Record<string, ((params: unknown) => string) | undefined>;
  const message = Object.hasOwn(messages, finding.code) ? messages[finding.code] : undefined;
  if (typeof message !== 'function') return `${finding.code} ${JSON.stringify(finding.params)}`;
  return render(message, finding, catalog === localeId || catalog === localeEn, path);
}

/**
 * The human sentence for one finding.
 *
 * @param finding - A finding from any decision of the library.
 * @param options - `locale`: `'id'` (default), `'en'`, or a {@link LocaleCatalog} object.
 * @returns One sentence. A code the catalog does not know (a finding from a newer
 *   version of the library) is rendered as its code and params, never dropped.
 * @throws {@link InputError} when `finding` is not an object with a string `code` and
 *   JSON data as `params` (or params that do not fit its code), or `locale` is none of the three.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'kerja-dinamis/locales';
 *
 * formatFinding({ rule: 'talent_box', outcome: 'fail', code: 'talent_box_not_eligible', params: { box: 2, eligibleBoxes: [4, 5, 7, 8, 9] } }, { locale: 'en' });
 * //=> 'Box 2 is not one of the boxes that may use MKD (4, 5, 7, 8 and 9).'
 * ```
 */
export function formatFinding(finding: Finding, options?: LocaleOptions): string {
  const catalog = _localeCatalog(_localeOption(options), _findingIssues(finding, ['finding']));
  return _formatChecked(finding, catalog, ['finding']);
}
