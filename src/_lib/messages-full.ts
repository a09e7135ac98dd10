/**
 * The rest of the library's wording of zod's issues (./messages.ts has the common part):
 * the issues only some schemas raise — a union that no option matched, a record's key or
 * a map's or set's entry, one of zod's named string formats (email, url…), a bound on a
 * date — and {@link describeZodIssue}, which words any issue. The entry points whose
 * schemas raise none of them (talent-box, a policy's sections) parse without this file,
 * so that their bundles do not carry these words; src/_lib/schema.ts says which.
 */
import type * as z from 'zod/mini';
import { InputError, _issue, type LocalizedText } from './errors';
import { _MAX_DEPTH } from './json';
import {
  _boundOf,
  _butNot,
  _describe,
  _describeInvalidValue,
  _describeIssue,
  _hasInput,
  _inputOf,
  _isFlatUnion,
  _listText,
  _mustBe,
  _valueText,
  type _Bound,
  type _IssueNotes,
  type _IssueWords,
  type _RareWording,
} from './messages';

/** One language's words for the issues worded here. */
interface RareWords {
  /** Named string formats of zod 4 (`invalid_format`'s `format`), each a whole predicate. */
  readonly formats: Readonly<Record<string, string>>;
  /** What goes before a date bound. */
  readonly dateBound: Readonly<Record<_Bound, string>>;
  readonly manyMatch: string;
  readonly noMatch: string;
  readonly badKey: (key: string) => string;
  readonly badEntry: (key: string) => string;
}

/** Bahasa Indonesia. */
const ID: RareWords = {
  formats: {
    email: 'harus berupa alamat surel',
    url: 'harus berupa URL',
    uuid: 'harus berupa UUID',
    date: 'harus berupa tanggal berformat YYYY-MM-DD',
    datetime: 'harus berupa tanggal dan waktu ISO 8601',
    time: 'harus berupa waktu berformat HH:MM atau HH:MM:SS',
    lowercase: 'harus huruf kecil semua',
    uppercase: 'harus huruf besar semua',
  },
  dateBound: { atLeast: 'paling awal', over: 'harus setelah', atMost: 'paling lambat', under: 'harus sebelum' },
  manyMatch: 'cocok dengan lebih dari satu bentuk, padahal harus tepat satu',
  noMatch: 'tidak cocok dengan bentuk mana pun yang diterima',
  badKey: (key) => `kunci${key} tidak valid`,
  badEntry: (key) => `isian${key} tidak valid`,
};

/** English. */
const EN: RareWords = {
  formats: {
    email: 'must be an email address',
    url: 'must be a URL',
    uuid: 'must be a UUID',
    date: 'must be a date in the form YYYY-MM-DD',
    datetime: 'must be an ISO 8601 date and time',
    time: 'must be a time in the form HH:MM or HH:MM:SS',
    lowercase: 'must be all lower case',
    uppercase: 'must be all upper case',
  },
  dateBound: { atLeast: 'must not be before', over: 'must be after', atMost: 'must not be after', under: 'must be before' },
  manyMatch: 'matches more than one form, where exactly one must match',
  noMatch: 'matches none of the accepted forms',
  badKey: (key) => `the key${key} is not valid`,
  badEntry: (key) => `the entry${key} is not valid`,
};

function dateText(time: unknown): string {
  const date = new Date(Number(time));
  if (Number.isNaN(date.getTime())) return String(time);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, w: _IssueWords, r: RareWords): string {
  const input = _inputOf(issue);
  if (issue.inclusive === false) return r.manyMatch;
  if (issue.discriminator !== undefined && issue.options !== undefined) {
    // The path names the discriminating key; the input reported is the object holding it.
    const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
    return _describeInvalidValue(issue.options, _hasInput(issue) ? { input: value } : {}, w);
  }
  if (!_isFlatUnion(issue)) return r.noMatch;
  if (_hasInput(issue) && input === undefined) return w.required;
  const kinds: string[] = [];
  const values: unknown[] = [];
  for (const [e] of issue.errors) {
    if (e!.code === 'invalid_type') kinds.push(e!.expected);
    else values.push(...(e as z.core.$ZodIssueInvalidValue).values);
  }
  if (kinds.length === 0) return _describeInvalidValue(values, issue, w);
  const literal = values.length === 0 ? '' : ` ${w.or} ${_listText(values.map((v) => _valueText(v, w)), w, w.or)}`;
  return `${_mustBe(kinds, w)}${literal}${_butNot(issue, w)}`;
}

function describeNested(issue: z.core.$ZodIssueInvalidKey | z.core.$ZodIssueInvalidElement, w: _IssueWords, r: RareWords): string {
  const key = issue.code === 'invalid_key' ? _inputOf(issue) : issue.key;
  // A key that is text or a number is shown; the reason names any other kind.
  const shown = typeof key === 'string' || typeof key === 'number' ? ` ${_valueText(key, w)}` : '';
  const inner = issue.issues[0];
  return `${(issue.code === 'invalid_key' ? r.badKey : r.badEntry)(shown)}${inner === undefined ? '' : `: ${_describe(inner, { rare: _describeRare }, w)}`}`;
}

/**
 * The wording of the issues only some schemas raise, for {@link _IssueNotes.rare}:
 * `undefined` for every other issue, which ./messages.ts words.
 */
export const _describeRare: _RareWording = (issue: z.core.$ZodIssue, w: _IssueWords): string | undefined => {
  const r = w.lang === 'id' ? ID : EN;
  switch (issue.code) {
    case 'invalid_union':
      return describeUnion(issue, w, r);
    case 'invalid_key':
    case 'invalid_element':
      return describeNested(issue, w, r);
    case 'invalid_format': {
      const text = r.formats[issue.format];
      return text === undefined ? undefined : `${text}${_butNot(issue, w, _valueText)}`;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin !== 'date') return undefined;
      const input = _inputOf(issue);
      return `${r.dateBound[_boundOf(issue)]} ${dateText(issue.code === 'too_small' ? issue.minimum : issue.maximum)}${input instanceof Date ? w.not(dateText(input.getTime())) : ''}`;
    }
    default:
      return undefined;
  }
};

/** {@link _describeIssue} with every wording, for issues of any schema. */
export const _describeAnyIssue = (issue: z.core.$ZodIssue, notes: _IssueNotes = {}): LocalizedText => _describeIssue(issue, { ...notes, rare: _describeRare });

/**
 * Words one zod issue the way the library words its own input errors, in Bahasa
 * Indonesia and English: a sentence without a subject ("wajib diisi" / "is required"),
 * as the issue's `path` says what it is about. It reads only the issue's fields, never
 * zod's message, so it words issues of `zod` and `zod/mini` schemas alike.
 *
 * Parse with `{ reportInput: true }` for the fuller wording: with the input, a missing
 * value reads "wajib diisi" / "is required" and a wrong one is named ("…, bukan teks" /
 * "…, not text"). The library's entry points and {@link validate} do that, and they also
 * suggest the nearest known key for a misspelt one and keep a refinement's own message;
 * this function cannot, as an issue lists neither the keys its object accepts nor
 * whether its message was the schema's own.
 *
 * @param issue - One issue of a zod error (`error.issues[i]`).
 * @returns The message in both languages.
 * @throws {@link InputError} when `issue` lacks what its code's wording reads (a value that is not a zod issue).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { describeZodIssue } from 'kerja-dinamis';
 *
 * const result = z.strictObject({ days: z.number().int().min(1) }).safeParse({ days: 1.5 }, { reportInput: true });
 * describeZodIssue(result.error!.issues[0]!);
 * //=> { id: 'harus bilangan bulat, bukan 1,5', en: 'must be a whole number, not 1.5' }
 * ```
 */
export function describeZodIssue(issue: z.core.$ZodIssue): LocalizedText {
  const where = issueProblem(issue, ['issue'], 0);
  if (where !== undefined) {
    throw new InputError([
      _issue(
        where,
        'invalid_issue',
        `Bukan isu zod yang dapat diuraikan (kode, jalur dan bidang yang sesuai kodenya, bersarang paling dalam ${_MAX_DEPTH} tingkat)`,
        `Not a zod issue that can be described (a code, a path and the fields its code has, nested at most ${_MAX_DEPTH} deep)`,
      ),
    ]);
  }
  return _describeAnyIssue(issue);
}

const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);
const isNumeric = (value: unknown): boolean => typeof value === 'number' || typeof value === 'bigint';
const isTextOrAbsent = (value: unknown): boolean => value === undefined || typeof value === 'string';
const isFlagOrAbsent = (value: unknown): boolean => value === undefined || typeof value === 'boolean';

/**
 * Where a value given as a zod issue lacks what the wording reads — its code, its path,
 * and the fields of its code, in nested issues too — or `undefined` when it has it all.
 * Nesting deeper than {@link _MAX_DEPTH} is a problem: the wording follows it by recursion.
 */
function issueProblem(issue: unknown, at: readonly (string | number)[], depth: number): readonly (string | number)[] | undefined {
  if (typeof issue !== 'object' || issue === null || Array.isArray(issue) || depth > _MAX_DEPTH) return at;
  const i = issue as Record<string, unknown>;
  if (typeof i['code'] !== 'string') return [...at, 'code'];
  if (!isList(i['path'])) return [...at, 'path'];
  const nested = (list: unknown, name: string): readonly (string | number)[] | undefined => {
    if (!isList(list)) return [...at, name];
    for (let k = 0; k < list.length; k++) {
      const problem = issueProblem(list[k], [...at, name, k], depth + 1);
      if (problem !== undefined) return problem;
    }
    return undefined;
  };
  switch (i['code']) {
    case 'invalid_type':
      return typeof i['expected'] === 'string' ? undefined : [...at, 'expected'];
    case 'too_small':
    case 'too_big': {
      const limit = i['code'] === 'too_small' ? 'minimum' : 'maximum';
      if (!isNumeric(i[limit])) return [...at, limit];
      if (typeof i['origin'] !== 'string') return [...at, 'origin'];
      return isFlagOrAbsent(i['inclusive']) && isFlagOrAbsent(i['exact']) ? undefined : at;
    }
    case 'invalid_format':
      if (typeof i['format'] !== 'string') return [...at, 'format'];
      return ['pattern', 'prefix', 'suffix', 'includes'].every((key) => isTextOrAbsent(i[key])) ? undefined : at;
    case 'not_multiple_of':
      return isNumeric(i['divisor']) ? undefined : [...at, 'divisor'];
    case 'unrecognized_keys':
      return isList(i['keys']) && i['keys'].every((key) => typeof key === 'string') ? undefined : [...at, 'keys'];
    case 'invalid_union': {
      const errors = i['errors'];
      if (!isList(errors)) return [...at, 'errors'];
      for (let k = 0; k < errors.length; k++) {
        const problem = nested(errors[k], 'errors');
        if (problem !== undefined) return problem;
      }
      if (!isFlagOrAbsent(i['inclusive']) || !isTextOrAbsent(i['discriminator'])) return at;
      return i['options'] === undefined || isList(i['options']) ? undefined : [...at, 'options'];
    }
    case 'invalid_key':
    case 'invalid_element':
      return nested(i['issues'], 'issues');
    case 'invalid_value':
      return isList(i['values']) ? undefined : [...at, 'values'];
    default:
      return undefined;
  }
}
