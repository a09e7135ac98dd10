import { InputError, _issue, type InputIssue } from '../_lib/errors';
import type { Finding } from '../_lib/finding';
import { _MAX_DEPTH, _isJsonData } from '../_lib/json';
import { _isPlainObject } from '../_lib/guard';
import { _quote } from '../_lib/quote';
import type { Catalogue } from './types';
import { id } from './id';
import { en } from './en';

/** A language the library speaks out of the box, or a catalogue of your own. */
export type Locale = 'id' | 'en' | Catalogue;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The catalogue for a locale argument, or `undefined` when it is none of the three: a
 * catalogue of one's own must have `messages` and the `decision` wording (its three
 * functions and the gate names), as {@link Catalogue} says.
 */
export function _catalogueOf(locale: unknown): Catalogue | undefined {
  if (locale === 'id') return id;
  if (locale === 'en') return en;
  if (!isObject(locale) || !isObject(locale['messages'])) return undefined;
  const decision = locale['decision'];
  const wording = isObject(decision) && typeof decision['eligible'] === 'function' && typeof decision['notEligible'] === 'function' && typeof decision['indeterminate'] === 'function' && isObject(decision['gate']);
  return wording ? (locale as unknown as Catalogue) : undefined;
}

/**
 * The catalogue for a locale argument, and the issues of the arguments: those `more`
 * found, and the locale's when it is none of the three. Throws InputError carrying them
 * all when there is any.
 */
export function _catalogue(locale: unknown, more: readonly InputIssue[] = []): Catalogue {
  const catalogue = _catalogueOf(locale);
  if (catalogue !== undefined && more.length === 0) return catalogue;
  const issues = [...more];
  if (catalogue === undefined) {
    issues.push(
      _issue(
        ['locale'],
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
 * string `code` and JSON data as `params` (what the catalogues read); `[]` when it is one.
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
 * A message of one of the library's catalogues for params that passed
 * {@link _findingIssues}. The params are JSON data, so a message that throws on them was
 * given params of another shape than its code's (a finding put together by hand): that
 * is the caller's bad input, reported as such. A catalogue of the caller's own is its
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

/** {@link formatFinding} for a finding already checked (found at `path`), with its catalogue. */
export function _formatChecked(finding: { readonly code: string; readonly params: unknown }, catalogue: Catalogue, path: readonly (string | number)[]): string {
  const messages = catalogue.messages as unknown as Record<string, ((params: unknown) => string) | undefined>;
  const message = Object.hasOwn(messages, finding.code) ? messages[finding.code] : undefined;
  if (typeof message !== 'function') return `${finding.code} ${JSON.stringify(finding.params)}`;
  return render(message, finding, catalogue === id || catalogue === en, path);
}

/**
 * The human sentence for one finding.
 *
 * @param finding - A finding from any decision of the library.
 * @param locale - `'id'` (default), `'en'`, or a catalogue object.
 * @returns One sentence. A code the catalogue does not know (a finding from a newer
 *   version of the library) is rendered as its code and params, never dropped.
 * @throws {@link InputError} when `finding` is not an object with a string `code` and
 *   JSON data as `params` (or params that do not fit its code), or `locale` is none of the three.
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
  const catalogue = _catalogue(locale, _findingIssues(finding, ['finding']));
  return _formatChecked(finding, catalogue, ['finding']);
}
