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
 *
 * This file words what the library's plain schemas raise; the issues only some schemas
 * raise (unions, record keys, map and set entries, zod's named string formats, date
 * bounds) are worded by ./messages-full.ts, passed in as {@link _IssueNotes.rare}, so that
 * a bundle whose schemas raise none of them does not carry their words.
 */
import type * as z from 'zod/mini';
import type { LocalizedText } from './errors';
import { _quote, _quoteText } from './quote';
import { _closest } from './suggest';

/** What can be known about an issue besides its own fields. */
export interface _IssueNotes {
  /** The keys the object (or record) accepts, for "did you mean" on an unknown key. */
  readonly knownKeys?: readonly string[] | undefined;
  /** Text the schema gave for this issue itself (kept for refinements and patterns). */
  readonly own?: string | undefined;
  /** The wording of the issues only some schemas raise (./messages-full.ts); without it they read as not valid. */
  readonly rare?: _RareWording | undefined;
}

/** Words an issue only some schemas raise, or gives `undefined` to leave it to the common wording. */
export type _RareWording = (issue: z.core.$ZodIssue, w: _IssueWords, notes: _IssueNotes) => string | undefined;

/** Longest string shown from an input, in characters (the quote marks and ellipsis are added). */
const SHOWN_TEXT = 40;
/** Most keys or values listed before "and N more". */
const SHOWN_ITEMS = 12;

/** Kinds of value an input can be: names of zod's kinds, so one table names both what is wanted and what was given. */
type GivenKind = 'string' | 'number' | 'bigint' | 'array' | 'object' | 'date' | 'map' | 'set' | 'function' | 'symbol';
/** A bound on a value: `too_small` or `too_big`, inclusive or not. */
export type _Bound = 'atLeast' | 'over' | 'atMost' | 'under';
/** What a size bound counts. */
type Unit = 'characters' | 'items' | 'bytes';

/** One language's words for zod's issues (the common ones; ./messages-full.ts has the rest). */
export interface _IssueWords {
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
  readonly bound: Readonly<Record<_Bound, (limit: string) => string>>;
  readonly size: (bound: _Bound | 'exactly', n: string, unit: Unit, one: boolean) => string;
  readonly has: (size: number, unit: Unit) => string;
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
  readonly ownCheck: (text: string) => string;
}

/** Bahasa Indonesia. */
const ID: _IssueWords = {
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
  size: (bound, n, unit) => {
    const what = `${n} ${{ characters: 'karakter', items: 'butir', bytes: 'bita' }[unit]}`;
    return bound === 'exactly' ? `harus tepat ${what}` : ID.bound[bound](what);
  },
  has: (size, unit) => ` (${unit === 'characters' ? 'panjangnya' : 'ada'} ${size})`,
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
  ownCheck: (text) => `tidak valid: ${text}`,
};

/** English. */
const EN: _IssueWords = {
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
  size: (bound, n, unit, one) => {
    const what = `${n} ${one ? unit.slice(0, -1) : unit}`;
    const text = unit === 'characters';
    const how = { exactly: 'exactly', atLeast: 'at least', over: text ? 'longer than' : 'more than', atMost: 'at most', under: text ? 'shorter than' : 'fewer than' }[bound];
    return text ? `must be ${how} ${what}${bound === 'over' || bound === 'under' ? '' : ' long'}` : `must have ${how} ${what}`;
  },
  has: (size) => ` (it has ${size})`,
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
function kindText(input: unknown, w: _IssueWords): string {
  const kind = kindOf(input);
  return kind === undefined ? String(input) : w.kinds[kind];
}

/**
 * A number as the language writes it: `92,5` in Bahasa Indonesia, `92.5` in English; no
 * thousands separators. A bigint is written without its `n`, or only by its sign when it
 * is too long to show ({@link _quote}).
 */
const numberText = (n: number | bigint, w: _IssueWords): string => (typeof n === 'bigint' ? _quote(n).slice(0, -1) : String(n).replace('.', w.point));

/** A string in quotes, cut after {@link SHOWN_TEXT} characters. */
const quoted = (text: string): string => _quoteText(text, SHOWN_TEXT + 3);

/** A value as a sentence shows it: text quoted, numbers in the language's form, other kinds named. */
function valueText(value: unknown, w: _IssueWords): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberText(value, w);
  return kindText(value, w);
}

/** `a, b atau c` / `a, b or c`; past {@link SHOWN_ITEMS} items, "dan N lainnya" / "and N more". */
function listText(items: readonly string[], w: _IssueWords, conjunction: string): string {
  if (items.length > SHOWN_ITEMS) return `${items.slice(0, SHOWN_ITEMS).join(', ')} ${w.more(items.length - SHOWN_ITEMS)}`;
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]!}`;
}

/** " (did you mean "boxes"?)" when a candidate is near `word`. */
function suggestion(word: string, candidates: readonly string[], w: _IssueWords): string {
  const near = _closest(word, candidates);
  return near === undefined ? '' : w.didYouMean(quoted(near));
}

const hasInput = (issue: object): boolean => 'input' in issue;
const inputOf = (issue: object): unknown => (issue as { input?: unknown }).input;

/** ", bukan X" / ", not X" naming the input (its kind, or its value with `show`), or nothing when zod did not report it. */
const butNot = (issue: object, w: _IssueWords, show = kindText): string => (hasInput(issue) ? w.not(show(inputOf(issue), w)) : '');

/** "harus berupa X" / "must be X" for one or more kinds. */
function mustBe(kinds: readonly string[], w: _IssueWords): string {
  const words = [...new Set(kinds.map((k) => w.kinds[k] ?? k))];
  return w.mustBe(words, (items) => listText(items, w, w.or));
}

function describeInvalidType(issue: z.core.$ZodIssueInvalidType, w: _IssueWords): string {
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

/** Which bound an issue states: `too_small` or `too_big`, inclusive or not. */
function boundOf(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): _Bound {
  const inclusive = issue.inclusive !== false;
  return issue.code === 'too_small' ? (inclusive ? 'atLeast' : 'over') : inclusive ? 'atMost' : 'under';
}

function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, w: _IssueWords): string {
  const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  const bound = boundOf(issue);
  const input = inputOf(issue);
  const unit = UNITS[issue.origin];
  if (unit === undefined) {
    // A bound on a number, a whole number or a bigint: the value given follows.
    return `${w.bound[bound](numberText(limit, w))}${typeof input === 'number' || typeof input === 'bigint' ? w.not(valueText(input, w)) : ''}`;
  }
  if (bound === 'atLeast' && Number(limit) === 1 && issue.exact !== true) return w.empty;
  const size = sizeOf(input);
  return `${w.size(issue.exact === true ? 'exactly' : bound, numberText(limit, w), unit, Number(limit) === 1)}${size === undefined ? '' : w.has(size, unit)}`;
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, own: string | undefined, w: _IssueWords): string {
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
      // zod's named formats (email, url…) are worded by ./messages-full.ts.
      text = w.inFormat(issue.format);
  }
  return `${text}${butNot(issue, w, valueText)}`;
}

function describeUnrecognizedKeys(issue: z.core.$ZodIssueUnrecognizedKeys, knownKeys: readonly string[] | undefined, w: _IssueWords): string {
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

function describeInvalidValue(values: readonly unknown[], issue: object, w: _IssueWords): string {
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
function ownIn(own: string | undefined, w: _IssueWords): string | undefined {
  if (own === undefined || !own.includes(LANGUAGE_SEPARATOR)) return own;
  const [id, en] = own.split(LANGUAGE_SEPARATOR);
  return w.lang === 'id' ? id : en;
}

function describe(issue: z.core.$ZodIssue, given: _IssueNotes, w: _IssueWords): string {
  const notes: _IssueNotes = { ...given, own: ownIn(given.own, w) };
  const rare = notes.rare?.(issue, w, notes);
  if (rare !== undefined) return rare;
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
    case 'invalid_value':
      return describeInvalidValue(issue.values, issue, w);
    default:
      // `custom`, and any code a later zod adds: only the check knows what it wanted,
      // so its own words are kept when it gave some. (Unions and nested keys or entries
      // are worded by ./messages-full.ts; schemas that raise them parse with it.)
      return notes.own === undefined ? w.notValid : w.ownCheck(notes.own);
  }
}

/** The wording of one issue, with what the parse noted besides its fields (and, in `rare`, the wording of ./messages-full.ts). */
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

/** The pieces ./messages-full.ts words its issues with. */
export { boundOf as _boundOf, butNot as _butNot, describe as _describe, describeInvalidValue as _describeInvalidValue, hasInput as _hasInput, inputOf as _inputOf, listText as _listText, mustBe as _mustBe, valueText as _valueText };
