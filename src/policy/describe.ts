import { InputError, _checkOptions, _issue } from '../_lib/errors';
import { _quote } from '../_lib/quote';
import { _isPlainObject } from '../_lib/guard';
import { _parse } from '../_lib/schema';
import { _brandPolicy, _ensurePolicy, _isSealedPolicy } from './brand';
import { PolicySchema, type Policy } from './schema';
import { POLICY_SETTINGS, POLICY_SETTING_UNITS, type PolicySettingUnit } from './settings';

/** Options of {@link describePolicy}. */
export interface DescribePolicyOptions {
  /** Language of the meanings, units and values: `'id'` (default) or `'en'`. */
  readonly lang?: 'id' | 'en';
  /** A policy to compare with, usually the one the policy extends: each row then says whether the setting differs. */
  readonly base?: Policy;
}

/** One setting of a policy, ready to show: see {@link describePolicy}. */
export interface PolicySettingRow {
  /** Where the setting is, e.g. `talentBox.eligibleBoxes`. */
  readonly path: string;
  /** Its value for people, e.g. `4, 5, 7, 8, 9`; `—` when absent or empty. */
  readonly value: string;
  /** What it means. */
  readonly meaning: string;
  /** Its unit, e.g. `daftar kotak talenta` / `list of talent boxes`. */
  readonly unit: string;
  /** Where its value comes from, `[D]` for this project's default, or `null` for the fields that identify the policy. */
  readonly source: string | null;
  /** With a `base`: whether the value differs from the base's (an absent list and an empty one are the same). */
  readonly changed?: boolean;
}

type Lang = 'id' | 'en';
type Json = unknown;

const NONE = '—';

function valueAt(policy: Policy, path: string): Json {
  let value: Json = policy;
  for (const key of path.split('.')) value = _isPlainObject(value) ? value[key] : undefined;
  return value;
}

/** A number the way each language writes it: `2.250` and `2,5` / `2,250` and `2.5`. */
function formatNumber(n: number, lang: Lang): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  return fraction === undefined ? grouped : `${grouped}${lang === 'id' ? ',' : '.'}${fraction}`;
}

const isEmpty = (value: Json): boolean =>
  value === undefined || (Array.isArray(value) && value.length === 0) || (_isPlainObject(value) && Object.keys(value).length === 0);

const list = (value: Json, item: (x: Json) => string, separator = ', '): string => (Array.isArray(value) ? value.map(item).join(separator) : String(value));
const text = (value: Json, lang: Lang): string => (_isPlainObject(value) ? String(value[lang]) : String(value));
const field = (value: Json, key: string): Json => (_isPlainObject(value) ? value[key] : undefined);

function display(value: Json, unit: PolicySettingUnit, lang: Lang): string {
  if (isEmpty(value)) return NONE;
  const id = lang === 'id';
  switch (unit) {
    case 'yes-no':
      return value === true ? (id ? 'ya' : 'yes') : id ? 'tidak' : 'no';
    case 'bilingual-text':
      return text(value, lang);
    case 'document-list':
      return list(value, String, '; ');
    case 'day-hours':
      return `${String(field(value, 'start'))}–${String(field(value, 'end'))}, ${id ? 'istirahat' : 'break'} ${String(field(value, 'breakMinutes'))} ${id ? 'menit' : 'min'}`;
    case 'ramadan-hours-list':
      return list(value, (y) => `${String(field(y, 'hijriYear'))} ${id ? 'H' : 'AH'}: ${formatNumber(Number(field(y, 'weeklyMinutes')), lang)} ${id ? 'menit/minggu' : 'min a week'}`, '; ');
    case 'holiday-list':
      return list(value, (h) => `${String(field(h, 'date'))} ${text(field(h, 'name'), lang)} (${String(field(h, 'kind'))})`, '; ');
    case 'date-move-list':
      return list(value, (m) => `${String(field(m, 'from'))} → ${String(field(m, 'to'))}`);
    case 'calendar-year-list':
      return list(value, (y) => {
        const n = (field(y, 'holidays') as unknown[]).length;
        return `${String(field(y, 'year'))} (${n} ${id ? 'hari libur' : n === 1 ? 'holiday' : 'holidays'})`;
      }, '; ');
    case 'ramadan-period-list':
      return list(value, (r) => `${String(field(r, 'hijriYear'))} ${id ? 'H' : 'AH'}: ${String(field(r, 'start'))} – ${String(field(r, 'end'))}`, '; ');
    case 'service-list':
      return list(value, (s) => `${String(field(s, 'id'))} (${field(s, 'mode') === undefined ? (id ? 'menurut kriteria' : 'by criteria') : String(field(s, 'mode'))})`);
    case 'days-by-box':
      return Object.entries(value as Record<string, number>)
        .sort((a, b) => Number(a[0]) - Number(b[0]))
        .map(([box, days]) => `${id ? 'kotak' : 'box'} ${box}: ${days}`)
        .join(', ');
    default:
      if (Array.isArray(value)) return list(value, (x) => (typeof x === 'number' ? formatNumber(x, lang) : String(x)));
      return typeof value === 'number' ? formatNumber(value, lang) : String(value);
  }
}

/** JSON with object keys sorted, and absent, empty lists and empty objects all alike. */
function comparable(value: Json): string {
  if (isEmpty(value)) return 'null';
  if (Array.isArray(value)) return `[${value.map(comparable).join(',')}]`;
  if (_isPlainObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${comparable(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Every setting of a policy, ready to show: its path, value, meaning, unit and source, in
 * the order of {@link POLICY_SETTINGS}. With a `base` (usually the policy it extends),
 * each row says whether the setting differs from the base's. `kerja-dinamis policy show`
 * prints these rows.
 *
 * @param policy - The policy to describe.
 * @param options - `lang`: `'id'` (default) or `'en'`; `base`: a policy to compare with.
 * @returns One row per setting, every setting of the policy included.
 * @throws {@link InputError} when the policy or the base is not a valid policy, or an option is unknown.
 *
 * @example
 * ```ts
 * import { describePolicy, jabarMkd2026, parsePolicyFile } from 'kerja-dinamis/policy';
 *
 * const tasik = parsePolicyFile({ extends: 'jabar-mkd-2026', id: 'tasikmalaya-mkd-2026', talentBox: { eligibleBoxes: [5, 7, 8, 9] } });
 * const rows = describePolicy(tasik, { lang: 'en', base: jabarMkd2026 });
 * rows.find((r) => r.path === 'talentBox.eligibleBoxes');
 * //=> { path: 'talentBox.eligibleBoxes', value: '5, 7, 8, 9', meaning: 'Talent boxes that may use MKD (see docs/talent-box.md on the "4,5,6,8,9" quote)', unit: 'list of talent boxes', source: 'Kompas.com, 20 Juni 2023 (Kepala BKD Jabar): "Box 4,5,7,8 dan 9"', changed: true }
 * rows.filter((r) => r.changed).map((r) => r.path);
 * //=> ['id', 'extends', 'talentBox.eligibleBoxes']
 * ```
 */
export function describePolicy(policy: Policy, options?: DescribePolicyOptions): PolicySettingRow[] {
  _checkOptions(options, ['lang', 'base']);
  const lang: unknown = options?.lang ?? 'id';
  if (lang !== 'id' && lang !== 'en') {
    throw new InputError([_issue(['options', 'lang'], 'invalid_lang', `Bahasa ${_quote(lang)} tidak dikenal; pilih "id" atau "en"`, `Unknown language ${_quote(lang)}; choose "id" or "en"`)]);
  }
  const checked = _ensurePolicy(policy, PolicySchema);
  const rawBase: unknown = options?.base;
  const base = rawBase === undefined ? undefined : _isSealedPolicy(rawBase) ? rawBase : _brandPolicy(_parse(PolicySchema, rawBase, ['options', 'base']));
  return POLICY_SETTINGS.map((setting) => {
    const value = valueAt(checked, setting.path);
    const row: PolicySettingRow = {
      path: setting.path,
      value: display(value, setting.unit, lang),
      meaning: setting.meaning[lang],
      unit: POLICY_SETTING_UNITS[setting.unit][lang],
      source: setting.source,
    };
    return base === undefined ? row : { ...row, changed: comparable(value) !== comparable(valueAt(base, setting.path)) };
  });
}
