/**
 * The library's own words for zod's issues, in Bahasa Indonesia and English.
 *
 * Every sentence is built from the issue's fields — `code`, `expected`, `input` (present
 * when zod parsed with `reportInput`), `minimum` / `maximum` / `inclusive` / `origin`,
 * `format` / `pattern`, `keys`, `values` — never from zod's message text, so an issue
 * reads the same whether it came from `zod` or `zod/mini`. Sentences are predicates
 * without a subject ("wajib diisi" / "is required"): the issue's path says what they are
 * about, and whoever shows them puts the path (a column, a field) in front.
 *
 * The logic picks what to say once; {@link ID} and {@link EN} say it, one catalogue per
 * language, as zod's locales and the library's finding catalogues do.
 */
import type * as z from 'zod/mini';
import { InputError, _issue, type LocalizedText } from './errors';
import { _MAX_DEPTH } from './json';
import { _quote, _quoteText } from './quote';
import { _closest } from './suggest';

/** What can be known about an issue besides its own fields. */
export interface _IssueNotes {
  /** The keys the object (or record) accepts, for "did you mean" on an unknown key. */
  readonly knownKeys?: readonly string[] | undefined;
  /** Text the schema gave for this issue itself (kept for refinements and patterns). */
  readonly own?: string | undefined;
}

/** Longest string shown from an input, in characters (the quote marks and ellipsis are added). */
const SHOWN_TEXT = 40;
/** Most keys or values listed before "and N more". */
const SHOWN_ITEMS = 12;

/** Kinds of value an input can be: names of zod's kinds, so one table names both what is wanted and what was given. */
type GivenKind = 'string' | 'number' | 'bigint' | 'array' | 'object' | 'date' | 'map' | 'set' | 'function' | 'symbol';
/** A bound on a value: `too_small` or `too_big`, inclusive or not. */
type Bound = 'atLeast' | 'over' | 'atMost' | 'under';
/** What a size bound counts. */
type Unit = 'characters' | 'items' | 'bytes';

/** One language's words for zod's issues. */
interface IssueWords {
  /** The language of these words. */
  readonly lang: 'id' | 'en';
  /** Decimal separator. */
  readonly point: string;
  readonly or: string;
  readonly and: string;
  readonly more: (n: number) => string;
  /** Kinds zod expects (`invalid_type`'s `expected`, zod 4 core's `$ZodInvalidTypeExpected`), and kinds given. */
  readonly kinds: Readonly<Record<GivenKind, string> & Record<string, string | undefined>>;
  /** "must be X" for one kind or a choice of kinds, already joined. */
  readonly mustBe: (kinds: readonly string[], join: (items: readonly string[]) => string) => string;
  /** What follows a sentence to name what was given: ", not X". */
  readonly not: (what: string) => string;
  readonly required: string;
  readonly leftOut: string;
  readonly notHere: string;
  readonly notValid: string;
  readonly empty: string;
  readonly bound: Readonly<Record<Bound, (limit: string) => string>>;
  /** What goes before a date bound. */
  readonly dateBound: Readonly<Record<Bound, string>>;
  readonly size: (bound: Bound | 'exactly', n: string, unit: Unit, one: boolean) => string;
  readonly has: (size: number, unit: Unit) => string;
  /** Named string formats of zod 4 (`invalid_format`'s `format`), each a whole predicate. */
  readonly formats: Readonly<Record<string, string>>;
  readonly inFormat: (format: string) => string;
  readonly startsWith: (text: string) => string;
  readonly endsWith: (text: string) => string;
  readonly includes: (text: string) => string;
  readonly pattern: (pattern: string) => string;
  readonly ownFormat: (description: string) => string;
  readonly multipleOf: (divisor: string) => string;
  readonly unknownKeys: (list: string, count: number) => string;
  readonly didYouMean: (near: string) => string;
  readonly is: (value: string) => string;
  readonly oneOf: (list: string) => string;
  readonly requiredAs: (choice: string, one: boolean) => string;
  readonly manyMatch: string;
  readonly noMatch: string;
  readonly badKey: (key: string) => string;
  readonly badEntry: (key: string) => string;
  readonly ownCheck: (text: string) => string;
}

/** Bahasa Indonesia. */
const ID: IssueWords = {
  lang: 'id',
  point: ',',
  or: 'atau',
  and: 'dan',
  more: (n) => `dan ${n} lainnya`,
  kinds: {
    string: 'teks',
    number: 'angka',
    int: 'bilangan bulat',
    boolean: 'true atau false',
    bigint: 'bigint',
    null: 'null',
    date: 'tanggal (Date)',
    array: 'daftar',
    tuple: 'daftar',
    object: 'objek',
    record: 'objek',
    map: 'Map',
    set: 'Set',
    file: 'berkas',
    function: 'fungsi',
    symbol: 'simbol',
    nan: 'NaN',
  },
  // "berupa" (in the form of) goes before a noun, not before a whole number, true/false or null.
  mustBe: (kinds, join) => (kinds.length === 1 && /^(bilangan|true|null)/.test(kinds[0]!) ? `harus ${kinds[0]!}` : `harus berupa ${join(kinds)}`),
  not: (what) => `, bukan ${what}`,
  required: 'wajib diisi',
  leftOut: 'tidak boleh diisi',
  notHere: 'tidak boleh ada',
  notValid: 'tidak valid',
  empty: 'tidak boleh kosong',
  bound: { atLeast: (b) => `paling sedikit ${b}`, over: (b) => `harus lebih dari ${b}`, atMost: (b) => `paling banyak ${b}`, under: (b) => `harus kurang dari ${b}` },
  dateBound: { atLeast: 'paling awal', over: 'harus setelah', atMost: 'paling lambat', under: 'harus sebelum' },
  size: (bound, n, unit) => {
    const what = `${n} ${{ characters: 'karakter', items: 'butir', bytes: 'bita' }[unit]}`;
    return bound === 'exactly' ? `harus tepat ${what}` : ID.bound[bound](what);
  },
  has: (size, unit) => ` (${unit === 'characters' ? 'panjangnya' : 'ada'} ${size})`,
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
  inFormat: (f) => `harus berformat ${f}`,
  startsWith: (t) => `harus diawali ${t}`,
  endsWith: (t) => `harus diakhiri ${t}`,
  includes: (t) => `harus memuat ${t}`,
  pattern: (p) => `harus sesuai pola ${p}`,
  ownFormat: (d) => `harus sesuai format yang diminta (${d})`,
  multipleOf: (d) => `harus kelipatan ${d}`,
  unknownKeys: (list) => `kunci tidak dikenal: ${list}`,
  didYouMean: (near) => ` (maksud Anda ${near}?)`,
  is: (v) => `harus ${v}`,
  oneOf: (list) => `harus salah satu dari ${list}`,
  requiredAs: (choice, one) => `wajib diisi: ${one ? '' : 'salah satu dari '}${choice}`,
  manyMatch: 'cocok dengan lebih dari satu bentuk, padahal harus tepat satu',
  noMatch: 'tidak cocok dengan bentuk mana pun yang diterima',
  badKey: (key) => `kunci${key} tidak valid`,
  badEntry: (key) => `isian${key} tidak valid`,
  ownCheck: (text) => `tidak valid: ${text}`,
};

/** English. */
const EN: IssueWords = {
  lang: 'en',
  point: '.',
  or: 'or',
  and: 'and',
  more: (n) => `and ${n} more`,
  kinds: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    bigint: 'a bigint',
    null: 'null',
    date: 'a Date',
    array: 'a list',
    tuple: 'a list',
    object: 'an object',
    record: 'an object',
    map: 'a Map',
    set: 'a Set',
    file: 'a file',
    function: 'a function',
    symbol: 'a symbol',
    nan: 'NaN',
  },
  mustBe: (kinds, join) => `must be ${join(kinds)}`,
  not: (what) => `, not ${what}`,
  required: 'is required',
  leftOut: 'must be left out',
  notHere: 'must not be here',
  notValid: 'is not valid',
  empty: 'must not be empty',
  bound: { atLeast: (b) => `must be at least ${b}`, over: (b) => `must be greater than ${b}`, atMost: (b) => `must be at most ${b}`, under: (b) => `must be less than ${b}` },
  dateBound: { atLeast: 'must not be before', over: 'must be after', atMost: 'must not be after', under: 'must be before' },
  size: (bound, n, unit, one) => {
    const what = `${n} ${one ? unit.slice(0, -1) : unit}`;
    const text = unit === 'characters';
    const how = { exactly: 'exactly', atLeast: 'at least', over: text ? 'longer than' : 'more than', atMost: 'at most', under: text ? 'shorter than' : 'fewer than' }[bound];
    return text ? `must be ${how} ${what}${bound === 'over' || bound === 'under' ? '' : ' long'}` : `must have ${how} ${what}`;
  },
  has: (size) => ` (it has ${size})`,
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
  inFormat: (f) => `must be in the ${f} format`,
  startsWith: (t) => `must start with ${t}`,
  endsWith: (t) => `must end with ${t}`,
  includes: (t) => `must contain ${t}`,
  pattern: (p) => `must match the pattern ${p}`,
  ownFormat: (d) => `must have the required format (${d})`,
  multipleOf: (d) => `must be a multiple of ${d}`,
  unknownKeys: (list, count) => `unknown ${count === 1 ? 'key' : 'keys'} ${list}`,
  didYouMean: (near) => ` (did you mean ${near}?)`,
  is: (v) => `must be ${v}`,
  oneOf: (list) => `must be one of ${list}`,
  requiredAs: (choice, one) => `is required: ${one ? '' : 'one of '}${choice}`,
  manyMatch: 'matches more than one form, where exactly one must match',
  noMatch: 'matches none of the accepted forms',
  badKey: (key) => `the key${key} is not valid`,
  badEntry: (key) => `the entry${key} is not valid`,
  ownCheck: (text) => `is not valid: ${text}`,
};

/** What kind an input is; `undefined` for values shown as they are (null, booleans, NaN, Infinity). */
function kindOf(input: unknown): GivenKind | undefined {
  switch (typeof input) {
    case 'string':
    case 'bigint':
    case 'function':
    case 'symbol':
      return typeof input as GivenKind;
    case 'number':
      return Number.isFinite(input) ? 'number' : undefined;
    case 'object':
      if (input === null) return undefined;
      if (Array.isArray(input)) return 'array';
      return input instanceof Date ? 'date' : input instanceof Map ? 'map' : input instanceof Set ? 'set' : 'object';
    default:
      return undefined;
  }
}

/** The kind of an input in words: "teks" / "text", or the value itself for null, booleans, NaN. */
function kindText(input: unknown, w: IssueWords): string {
  const kind = kindOf(input);
  return kind === undefined ? String(input) : w.kinds[kind];
}

/**
 * A number as the language writes it: `92,5` in Bahasa Indonesia, `92.5` in English; no
 * thousands separators. A bigint is written without its `n`, or only by its sign when it
 * is too long to show ({@link _quote}).
 */
const numberText = (n: number | bigint, w: IssueWords): string => (typeof n === 'bigint' ? _quote(n).slice(0, -1) : String(n).replace('.', w.point));

/** A string in quotes, cut after {@link SHOWN_TEXT} characters. */
const quoted = (text: string): string => _quoteText(text, SHOWN_TEXT + 3);

/** A value as a sentence shows it: text quoted, numbers in the language's form, other kinds named. */
function valueText(value: unknown, w: IssueWords): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberText(value, w);
  return kindText(value, w);
}

/** `a, b atau c` / `a, b or c`; past {@link SHOWN_ITEMS} items, "dan N lainnya" / "and N more". */
function listText(items: readonly string[], w: IssueWords, conjunction: string): string {
  if (items.length > SHOWN_ITEMS) return `${items.slice(0, SHOWN_ITEMS).join(', ')} ${w.more(items.length - SHOWN_ITEMS)}`;
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]!}`;
}

/** " (did you mean "boxes"?)" when a candidate is near `word`. */
function suggestion(word: string, candidates: readonly string[], w: IssueWords): string {
  const near = _closest(word, candidates);
  return near === undefined ? '' : w.didYouMean(quoted(near));
}

const hasInput = (issue: object): boolean => 'input' in issue;
const inputOf = (issue: object): unknown => (issue as { input?: unknown }).input;

/** ", bukan X" / ", not X" naming the input (its kind, or its value with `show`), or nothing when zod did not report it. */
const butNot = (issue: object, w: IssueWords, show = kindText): string => (hasInput(issue) ? w.not(show(inputOf(issue), w)) : '');

/** "harus berupa X" / "must be X" for one or more kinds. */
function mustBe(kinds: readonly string[], w: IssueWords): string {
  const words = [...new Set(kinds.map((k) => w.kinds[k] ?? k))];
  return w.mustBe(words, (items) => listText(items, w, w.or));
}

function describeInvalidType(issue: z.core.$ZodIssueInvalidType, w: IssueWords): string {
  const { expected } = issue;
  const input = inputOf(issue);
  if (expected === 'undefined' || expected === 'void') return w.leftOut;
  if (expected === 'never') return w.notHere;
  if (expected === 'nonoptional' || (hasInput(issue) && input === undefined)) return w.required;
  // A decimal where a whole number belongs: show the value (`1,5`), not its kind.
  return `${mustBe([expected], w)}${butNot(issue, w, expected === 'int' && kindOf(input) === 'number' ? valueText : kindText)}`;
}

const UNITS: Readonly<Record<string, Unit>> = { string: 'characters', array: 'items', set: 'items', map: 'items', file: 'bytes' };

/** The code points of a text, counted without building anything (a 10 MB text is one pass). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

/** How big the input is, in the unit of its bound (code points for text, as zod counts), when zod reported it. */
function sizeOf(input: unknown): number | undefined {
  if (typeof input === 'string') return codePoints(input);
  if (Array.isArray(input)) return input.length;
  return input instanceof Set || input instanceof Map ? input.size : undefined;
}

function dateText(time: unknown): string {
  const date = new Date(Number(time));
  if (Number.isNaN(date.getTime())) return String(time);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, w: IssueWords): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const bound: Bound = small ? (inclusive ? 'atLeast' : 'over') : inclusive ? 'atMost' : 'under';
  const input = inputOf(issue);
  if (issue.origin === 'date') return `${w.dateBound[bound]} ${dateText(limit)}${input instanceof Date ? w.not(dateText(input.getTime())) : ''}`;
  const unit = UNITS[issue.origin];
  if (unit === undefined) {
    // A bound on a number, a whole number or a bigint: the value given follows.
    return `${w.bound[bound](numberText(limit, w))}${typeof input === 'number' || typeof input === 'bigint' ? w.not(valueText(input, w)) : ''}`;
  }
  if (bound === 'atLeast' && Number(limit) === 1 && issue.exact !== true) return w.empty;
  const size = sizeOf(input);
  return `${w.size(issue.exact === true ? 'exactly' : bound, numberText(limit, w), unit, Number(limit) === 1)}${size === undefined ? '' : w.has(size, unit)}`;
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, own: string | undefined, w: IssueWords): string {
  const extra = issue as { prefix?: string; suffix?: string; includes?: string };
  let text: string;
  switch (issue.format) {
    case 'starts_with':
      text = w.startsWith(quoted(String(extra.prefix)));
      break;
    case 'ends_with':
      text = w.endsWith(quoted(String(extra.suffix)));
      break;
    case 'includes':
      text = w.includes(quoted(String(extra.includes)));
      break;
    case 'regex':
    case 'template_literal':
      // A pattern says little to a reader: the schema's own description, when it gave one, says more.
      text = own !== undefined ? w.ownFormat(own) : w.pattern(issue.pattern ?? '');
      break;
    default:
      text = w.formats[issue.format] ?? w.inFormat(issue.format);
  }
  return `${text}${butNot(issue, w, valueText)}`;
}

function describeUnrecognizedKeys(issue: z.core.$ZodIssueUnrecognizedKeys, knownKeys: readonly string[] | undefined, w: IssueWords): string {
  const input = inputOf(issue);
  // A key the input already has is not what a misspelt key meant.
  const candidates = (knownKeys ?? []).filter((k) => typeof input !== 'object' || input === null || !Object.hasOwn(input, k));
  // listText shows the first SHOWN_ITEMS keys; only those are quoted and get a suggestion.
  // zod lists symbol keys of a record too; a symbol has no text to quote or to suggest from.
  const shown = issue.keys.map((key: string | symbol, i) =>
    typeof key === 'symbol' ? key.toString() : i < SHOWN_ITEMS ? `${quoted(key)}${suggestion(key, candidates, w)}` : key,
  );
  return w.unknownKeys(listText(shown, w, w.and), issue.keys.length);
}

function describeInvalidValue(values: readonly unknown[], issue: object, w: IssueWords): string {
  const input = inputOf(issue);
  const one = values.length === 1;
  const choice = one ? valueText(values[0], w) : listText(values.map((v) => valueText(v, w)), w, w.or);
  if (hasInput(issue) && input === undefined) return w.requiredAs(choice, one);
  const wanted = one ? w.is(choice) : w.oneOf(choice);
  const texts = values.filter((v): v is string => typeof v === 'string');
  return `${wanted}${butNot(issue, w, valueText)}${typeof input === 'string' ? suggestion(input, texts, w) : ''}`;
}

/**
 * A union whose every option failed with one issue about the value itself, a wrong kind
 * or a wrong value: it is worded as one choice ("harus berupa teks atau angka").
 */
export function _isFlatUnion(issue: z.core.$ZodIssue): boolean {
  return (
    issue.code === 'invalid_union' &&
    issue.errors.length > 0 &&
    issue.errors.every((branch) => branch.length === 1 && branch[0]!.path.length === 0 && (branch[0]!.code === 'invalid_type' || branch[0]!.code === 'invalid_value'))
  );
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, w: IssueWords): string {
  const input = inputOf(issue);
  if (issue.inclusive === false) return w.manyMatch;
  if (issue.discriminator !== undefined && issue.options !== undefined) {
    // The path names the discriminating key; the input reported is the object holding it.
    const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
    return describeInvalidValue(issue.options, hasInput(issue) ? { input: value } : {}, w);
  }
  if (!_isFlatUnion(issue)) return w.noMatch;
  if (hasInput(issue) && input === undefined) return w.required;
  const kinds: string[] = [];
  const values: unknown[] = [];
  for (const [e] of issue.errors) {
    if (e!.code === 'invalid_type') kinds.push(e!.expected);
    else values.push(...(e as z.core.$ZodIssueInvalidValue).values);
  }
  if (kinds.length === 0) return describeInvalidValue(values, issue, w);
  const literal = values.length === 0 ? '' : ` ${w.or} ${listText(values.map((v) => valueText(v, w)), w, w.or)}`;
  return `${mustBe(kinds, w)}${literal}${butNot(issue, w)}`;
}

function describeNested(issue: z.core.$ZodIssueInvalidKey | z.core.$ZodIssueInvalidElement, w: IssueWords): string {
  const key = issue.code === 'invalid_key' ? inputOf(issue) : issue.key;
  // A key that is text or a number is shown; the reason names any other kind.
  const shown = typeof key === 'string' || typeof key === 'number' ? ` ${valueText(key, w)}` : '';
  const inner = issue.issues[0];
  return `${(issue.code === 'invalid_key' ? w.badKey : w.badEntry)(shown)}${inner === undefined ? '' : `: ${describe(inner, {}, w)}`}`;
}

/** Separates the two languages of a schema's own message written with {@link _bilingual}. */
const LANGUAGE_SEPARATOR = '\u241E';

/**
 * A schema's own message in both languages, as one string zod can carry (`.regex(re,
 * _bilingual({ id, en }))`): the wording picks the reader's language from it.
 */
export function _bilingual(text: LocalizedText): string {
  return `${text.id}${LANGUAGE_SEPARATOR}${text.en}`;
}

/** The reader's language of a schema's own message; a message in one language is used as it is. */
function ownIn(own: string | undefined, w: IssueWords): string | undefined {
  if (own === undefined || !own.includes(LANGUAGE_SEPARATOR)) return own;
  const [id, en] = own.split(LANGUAGE_SEPARATOR);
  return w.lang === 'id' ? id : en;
}

function describe(issue: z.core.$ZodIssue, given: _IssueNotes, w: IssueWords): string {
  const notes: _IssueNotes = { ...given, own: ownIn(given.own, w) };
  switch (issue.code) {
    case 'invalid_type':
      return describeInvalidType(issue, w);
    case 'too_small':
    case 'too_big':
      return describeBound(issue, w);
    case 'invalid_format':
      return describeFormat(issue, notes.own, w);
    case 'not_multiple_of':
      return `${w.multipleOf(numberText(issue.divisor, w))}${typeof inputOf(issue) === 'number' ? butNot(issue, w, valueText) : ''}`;
    case 'unrecognized_keys':
      return describeUnrecognizedKeys(issue, notes.knownKeys, w);
    case 'invalid_union':
      return describeUnion(issue, w);
    case 'invalid_key':
    case 'invalid_element':
      return describeNested(issue, w);
    case 'invalid_value':
      return describeInvalidValue(issue.values, issue, w);
    default:
      // `custom`, and any code a later zod adds: only the check knows what it wanted,
      // so its own words are kept when it gave some.
      return notes.own === undefined ? w.notValid : w.ownCheck(notes.own);
  }
}

/** {@link describeZodIssue} with what the parse noted besides the issue's fields. */
export function _describeIssue(issue: z.core.$ZodIssue, notes: _IssueNotes = {}): LocalizedText {
  return { id: describe(issue, notes, ID), en: describe(issue, notes, EN) };
}

/**
 * The library's words for an argument that is not one of `values` — the `invalid_value`
 * wording, for checks the library makes without a schema.
 */
export function _describeChoice(values: readonly z.core.util.Primitive[], input: unknown): LocalizedText {
  return _describeIssue({ code: 'invalid_value', values: [...values], input, path: [], message: '' });
}

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
  return _describeIssue(issue);
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
