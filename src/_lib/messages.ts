/**
 * The library's own words for zod's issues, in Bahasa Indonesia and English.
 *
 * Every sentence is built from the issue's fields — `code`, `expected`, `input` (present
 * when zod parsed with `reportInput`), `minimum` / `maximum` / `inclusive` / `origin`,
 * `format` / `pattern`, `keys`, `values` — never from zod's message text, so an issue
 * reads the same whether it came from `zod` or `zod/mini`. Sentences are predicates
 * without a subject ("wajib diisi" / "is required"): the issue's path says what they are
 * about, and whoever shows them puts the path (a column, a field) in front.
 */
import type { z } from 'zod';
import type { LocalizedText } from './errors';

type Lang = 'id' | 'en';

/** A word or phrase in both languages: [Bahasa Indonesia, English]. */
type Words = readonly [id: string, en: string];

/** What can be known about an issue besides its own fields. */
export interface _IssueNotes {
  /** The keys the object (or record) accepts, for "did you mean" on an unknown key. */
  readonly knownKeys?: readonly string[] | undefined;
  /** Text the schema gave for this issue itself (kept for refinements and formats). */
  readonly own?: string | undefined;
}

/** Longest string shown from an input, in characters. */
const SHOWN_TEXT = 40;
/** Most keys or values listed before "and N more". */
const SHOWN_ITEMS = 12;

/**
 * Kinds of value zod expects (`invalid_type`'s `expected`) as a reader knows them: what
 * follows "harus" / "must be". Zod 4 core's `$ZodInvalidTypeExpected`.
 */
const EXPECTED: Readonly<Record<string, Words>> = /* @__PURE__ */ Object.freeze({
  string: ['berupa teks', 'text'],
  number: ['berupa angka', 'a number'],
  int: ['bilangan bulat', 'a whole number'],
  boolean: ['true atau false', 'true or false'],
  bigint: ['berupa bilangan bulat besar (bigint)', 'a bigint'],
  symbol: ['berupa simbol', 'a symbol'],
  null: ['null', 'null'],
  nan: ['NaN', 'NaN'],
  date: ['berupa tanggal (Date)', 'a Date'],
  array: ['berupa daftar', 'a list'],
  tuple: ['berupa daftar', 'a list'],
  object: ['berupa objek', 'an object'],
  record: ['berupa objek', 'an object'],
  map: ['berupa Map', 'a Map'],
  set: ['berupa Set', 'a Set'],
  file: ['berupa berkas', 'a file'],
  function: ['berupa fungsi', 'a function'],
  promise: ['berupa Promise', 'a Promise'],
});

/** Named string formats of zod 4 (`invalid_format`'s `format`): what the text must be. */
const FORMATS: Readonly<Record<string, Words>> = /* @__PURE__ */ Object.freeze({
  email: ['berupa alamat surel', 'an email address'],
  url: ['berupa URL', 'a URL'],
  emoji: ['berupa emoji', 'an emoji'],
  uuid: ['berupa UUID', 'a UUID'],
  guid: ['berupa GUID', 'a GUID'],
  nanoid: ['berupa nanoid', 'a nanoid'],
  cuid: ['berupa cuid', 'a cuid'],
  cuid2: ['berupa cuid2', 'a cuid2'],
  ulid: ['berupa ULID', 'a ULID'],
  xid: ['berupa XID', 'an XID'],
  ksuid: ['berupa KSUID', 'a KSUID'],
  datetime: ['berupa tanggal dan waktu ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)', 'an ISO 8601 date and time (YYYY-MM-DDTHH:MM:SSZ)'],
  date: ['berupa tanggal berformat YYYY-MM-DD', 'a date in the form YYYY-MM-DD'],
  time: ['berupa waktu berformat HH:MM atau HH:MM:SS', 'a time in the form HH:MM or HH:MM:SS'],
  duration: ['berupa durasi ISO 8601 (mis. P3D)', 'an ISO 8601 duration (e.g. P3D)'],
  ipv4: ['berupa alamat IPv4', 'an IPv4 address'],
  ipv6: ['berupa alamat IPv6', 'an IPv6 address'],
  mac: ['berupa alamat MAC', 'a MAC address'],
  cidrv4: ['berupa rentang IPv4 (CIDR)', 'an IPv4 range (CIDR)'],
  cidrv6: ['berupa rentang IPv6 (CIDR)', 'an IPv6 range (CIDR)'],
  base64: ['berupa teks base64', 'base64 text'],
  base64url: ['berupa teks base64url', 'base64url text'],
  e164: ['berupa nomor telepon E.164 (mis. +6281234567890)', 'an E.164 phone number (e.g. +6281234567890)'],
  jwt: ['berupa JWT', 'a JWT'],
  hex: ['berupa teks heksadesimal', 'hexadecimal text'],
  hostname: ['berupa nama host', 'a host name'],
  lowercase: ['huruf kecil semua', 'all lower case'],
  uppercase: ['huruf besar semua', 'all upper case'],
});

/** What an input is, for "…, bukan X" / "…, not X". */
function kindOf(input: unknown, lang: Lang): string {
  const say = (w: Words): string => (lang === 'id' ? w[0] : w[1]);
  switch (typeof input) {
    case 'string':
      return say(['teks', 'text']);
    case 'number':
      return Number.isFinite(input) ? say(['angka', 'a number']) : String(input);
    case 'boolean':
      return String(input);
    case 'bigint':
      return say(['bigint', 'a bigint']);
    case 'symbol':
      return say(['simbol', 'a symbol']);
    case 'function':
      return say(['fungsi', 'a function']);
    case 'undefined':
      return say(['kosong', 'nothing']);
    default:
      if (input === null) return 'null';
      if (Array.isArray(input)) return say(['daftar', 'a list']);
      if (input instanceof Date) return say(['tanggal (Date)', 'a Date']);
      if (input instanceof Map) return say(['Map', 'a Map']);
      if (input instanceof Set) return say(['Set', 'a Set']);
      return say(['objek', 'an object']);
  }
}

/** A number as each language writes it: `92,5` in Bahasa Indonesia, `92.5` in English; no thousands separators. */
function numberText(n: number | bigint, lang: Lang): string {
  const text = String(n);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** A string in quotes, cut after {@link SHOWN_TEXT} characters. */
function quoted(text: string): string {
  const chars = text.length > SHOWN_TEXT ? Array.from(text) : undefined;
  return chars !== undefined && chars.length > SHOWN_TEXT ? `${JSON.stringify(chars.slice(0, SHOWN_TEXT).join('')).slice(0, -1)}…"` : JSON.stringify(text);
}

/** A value as it is shown in a sentence: text quoted, numbers in the language's form, other kinds named. */
function valueText(value: unknown, lang: Lang): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberText(value, lang);
  if (typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return kindOf(value, lang);
}

/** `a, b atau c` / `a, b or c`, at most {@link SHOWN_ITEMS} items then "dan N lainnya" / "and N more". */
function listText(items: readonly string[], lang: Lang, conjunction: Words): string {
  const and = lang === 'id' ? conjunction[0] : conjunction[1];
  if (items.length > SHOWN_ITEMS) {
    const rest = items.length - SHOWN_ITEMS;
    return `${items.slice(0, SHOWN_ITEMS).join(', ')} ${lang === 'id' ? `dan ${rest} lainnya` : `and ${rest} more`}`;
  }
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]!}`;
}

const OR: Words = ['atau', 'or'];
const AND: Words = ['dan', 'and'];

/** Edit distance with adjacent transpositions (optimal string alignment). */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Case, `_`, `-` and spaces do not count: `kinerja_score` is `kinerjaScore` misspelt. */
const fold = (text: string): string => text.toLowerCase().replace(/[\s_-]/g, '');

/**
 * The candidate nearest to `word`, when it is near enough to be what was meant: folded
 * (see {@link fold}), at most 2 edits apart — a quarter of the word for longer words — and
 * fewer edits than the word has characters. Ties go to the earlier candidate.
 *
 * @example
 * ```ts
 * _nearest('box', ['boxes', 'kinerja']);
 * //=> 'boxes'
 * ```
 */
export function _nearest(word: string, candidates: readonly string[]): string | undefined {
  const folded = fold(word);
  if (folded.length === 0 || folded.length > 64) return undefined;
  const limit = Math.min(folded.length - 1, Math.max(2, Math.floor(folded.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = fold(candidate);
    if (Math.abs(other.length - folded.length) >= bestDistance) continue;
    const d = editDistance(folded, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (maksud Anda "boxes"?)` / ` (did you mean "boxes"?)` when a near candidate exists. */
function suggestion(word: string, candidates: readonly string[], lang: Lang): string {
  const near = _nearest(word, candidates);
  if (near === undefined) return '';
  return lang === 'id' ? ` (maksud Anda ${quoted(near)}?)` : ` (did you mean ${quoted(near)}?)`;
}

const hasInput = (issue: object): boolean => 'input' in issue;
const inputOf = (issue: object): unknown => (issue as { input?: unknown }).input;

/** `, bukan X` / `, not X` naming the input, or nothing when zod did not report it. */
function butNot(issue: object, lang: Lang, show: (input: unknown) => string = (input) => kindOf(input, lang)): string {
  if (!hasInput(issue)) return '';
  return `${lang === 'id' ? ', bukan' : ', not'} ${show(inputOf(issue))}`;
}

/** "harus X" / "must be X" for one or more kinds; `berupa` is said once. */
function mustBe(kinds: readonly string[], lang: Lang): string {
  const words = [...new Set(kinds.map((k) => EXPECTED[k]?.[lang === 'id' ? 0 : 1] ?? (lang === 'id' ? `berupa ${k}` : k)))];
  if (lang === 'en') return `must be ${listText(words, lang, OR)}`;
  const shared = words.length > 1 && words.every((w) => w.startsWith('berupa '));
  const joined = listText(shared ? words.map((w) => w.slice('berupa '.length)) : words, lang, OR);
  return `harus ${shared ? 'berupa ' : ''}${joined}`;
}

function describeInvalidType(issue: z.core.$ZodIssueInvalidType, lang: Lang): string {
  const { expected } = issue;
  const input = inputOf(issue);
  if (expected === 'undefined' || expected === 'void') return lang === 'id' ? 'tidak boleh diisi' : 'must be left out';
  if (expected === 'never') return lang === 'id' ? 'tidak boleh ada' : 'must not be here';
  if (expected === 'nonoptional' || (hasInput(issue) && input === undefined)) return lang === 'id' ? 'wajib diisi' : 'is required';
  // A decimal where a whole number belongs: show the value (`1,5`), not its kind.
  const show = expected === 'int' && typeof input === 'number' && Number.isFinite(input) ? (v: unknown) => valueText(v, lang) : undefined;
  return `${mustBe([expected], lang)}${butNot(issue, lang, show)}`;
}

/** The unit a size bound counts: characters, items, bytes; `undefined` for a value bound. */
function unitOf(origin: string, n: number | bigint, lang: Lang): string | undefined {
  const one = n === 1 || n === 1n;
  switch (origin) {
    case 'string':
      return lang === 'id' ? 'karakter' : one ? 'character' : 'characters';
    case 'array':
    case 'set':
    case 'map':
      return lang === 'id' ? 'butir' : one ? 'item' : 'items';
    case 'file':
      return lang === 'id' ? 'bita' : one ? 'byte' : 'bytes';
    default:
      return undefined;
  }
}

/** How big the input is, in the unit of its bound, when zod reported it. */
function sizeOf(issue: object): number | undefined {
  const input = inputOf(issue);
  if (typeof input === 'string') return Array.from(input).length;
  if (Array.isArray(input)) return input.length;
  if (input instanceof Set || input instanceof Map) return input.size;
  return undefined;
}

function dateText(bound: number | bigint): string {
  const time = new Date(Number(bound));
  if (Number.isNaN(time.getTime())) return String(bound);
  const iso = time.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, lang: Lang): string {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const id = lang === 'id';
  if (issue.origin === 'date') {
    const d = dateText(bound);
    const text = small ? (inclusive ? (id ? `tidak boleh sebelum ${d}` : `must not be before ${d}`) : id ? `harus setelah ${d}` : `must be after ${d}`) : inclusive ? (id ? `tidak boleh setelah ${d}` : `must not be after ${d}`) : id ? `harus sebelum ${d}` : `must be before ${d}`;
    const input = inputOf(issue);
    return hasInput(issue) && (input instanceof Date || typeof input === 'string') ? `${text}${butNot(issue, lang, (v) => (v instanceof Date ? dateText(v.getTime()) : String(v)))}` : text;
  }
  const n = numberText(bound, lang);
  const unit = unitOf(issue.origin, bound, lang);
  if (unit === undefined) {
    // A value bound (number, int, bigint): the value given follows.
    const text = small ? (inclusive ? (id ? `paling sedikit ${n}` : `must be at least ${n}`) : id ? `harus lebih dari ${n}` : `must be greater than ${n}`) : inclusive ? (id ? `paling banyak ${n}` : `must be at most ${n}`) : id ? `harus kurang dari ${n}` : `must be less than ${n}`;
    const input = inputOf(issue);
    return typeof input === 'number' || typeof input === 'bigint' ? `${text}${butNot(issue, lang, (v) => valueText(v, lang))}` : text;
  }
  const size = sizeOf(issue);
  const has = size === undefined ? '' : id ? ` (${issue.origin === 'string' ? 'panjangnya' : 'ada'} ${size})` : ` (it has ${size})`;
  if (issue.exact === true) return `${id ? 'harus tepat' : issue.origin === 'string' ? 'must be exactly' : 'must have exactly'} ${n} ${unit}${issue.origin === 'string' && !id ? ' long' : ''}${has}`;
  if (small && inclusive && (bound === 1 || bound === 1n)) return id ? 'tidak boleh kosong' : 'must not be empty';
  const long = issue.origin === 'string' && !id ? ' long' : '';
  const verb = issue.origin === 'string' ? 'must be' : 'must have';
  let text: string;
  if (small) text = inclusive ? (id ? `paling sedikit ${n} ${unit}` : `${verb} at least ${n} ${unit}${long}`) : id ? `harus lebih dari ${n} ${unit}` : `${verb} more than ${n} ${unit}`;
  else text = inclusive ? (id ? `paling banyak ${n} ${unit}` : `${verb} at most ${n} ${unit}${long}`) : id ? `harus kurang dari ${n} ${unit}` : `${verb} fewer than ${n} ${unit}`;
  return `${text}${has}`;
}

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, own: string | undefined, lang: Lang): string {
  const id = lang === 'id';
  const extra = issue as { prefix?: string; suffix?: string; includes?: string };
  let text: string;
  switch (issue.format) {
    case 'starts_with':
      text = id ? `harus diawali ${quoted(String(extra.prefix))}` : `must start with ${quoted(String(extra.prefix))}`;
      break;
    case 'ends_with':
      text = id ? `harus diakhiri ${quoted(String(extra.suffix))}` : `must end with ${quoted(String(extra.suffix))}`;
      break;
    case 'includes':
      text = id ? `harus memuat ${quoted(String(extra.includes))}` : `must contain ${quoted(String(extra.includes))}`;
      break;
    case 'regex':
    case 'template_literal':
      // A pattern says little to a reader: the schema's own description, when it gave one, says more.
      if (own !== undefined) text = id ? `harus sesuai format yang diminta (${own})` : `must have the required format (${own})`;
      else text = id ? `harus sesuai pola ${issue.pattern ?? ''}` : `must match the pattern ${issue.pattern ?? ''}`;
      break;
    default: {
      const name = FORMATS[issue.format];
      text = name !== undefined ? (id ? `harus ${name[0]}` : `must be ${name[1]}`) : id ? `harus berformat ${issue.format}` : `must be in the ${issue.format} format`;
    }
  }
  return `${text}${butNot(issue, lang, (v) => valueText(v, lang))}`;
}

function describeUnrecognizedKeys(issue: z.core.$ZodIssueUnrecognizedKeys, knownKeys: readonly string[] | undefined, lang: Lang): string {
  const input = inputOf(issue);
  // A key already given is not what a misspelt key meant.
  const given = typeof input === 'object' && input !== null ? new Set(Object.keys(input)) : new Set<string>();
  const candidates = (knownKeys ?? []).filter((k) => !given.has(k));
  // listText shows the first SHOWN_ITEMS; only those need a suggestion.
  const shown = issue.keys.map((key, i) => (i < SHOWN_ITEMS ? `${quoted(key)}${suggestion(key, candidates, lang)}` : key));
  const list = listText(shown, lang, AND);
  if (lang === 'id') return `kunci tidak dikenal: ${list}`;
  return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${list}`;
}

function describeInvalidValue(issue: z.core.$ZodIssueInvalidValue, lang: Lang): string {
  const values = issue.values;
  const input = inputOf(issue);
  const options = values.map((v) => valueText(v, lang));
  const one = values.length === 1;
  const wanted = one ? (lang === 'id' ? `harus ${options[0]!}` : `must be ${options[0]!}`) : lang === 'id' ? `harus salah satu dari ${listText(options, lang, OR)}` : `must be one of ${listText(options, lang, OR)}`;
  if (hasInput(issue) && input === undefined) {
    const choice = one ? options[0]! : listText(options, lang, OR);
    return lang === 'id' ? `wajib diisi: ${one ? '' : 'salah satu dari '}${choice}` : `is required: ${one ? '' : 'one of '}${choice}`;
  }
  if (!hasInput(issue)) return wanted;
  const texts = values.filter((v): v is string => typeof v === 'string');
  const hint = typeof input === 'string' ? suggestion(input, texts, lang) : '';
  return `${wanted}${butNot(issue, lang, (v) => valueText(v, lang))}${hint}`;
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

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, lang: Lang): string {
  const id = lang === 'id';
  const input = inputOf(issue);
  if (issue.inclusive === false) return id ? 'cocok dengan lebih dari satu bentuk yang diterima, padahal harus tepat satu' : 'matches more than one of the accepted forms, where exactly one must match';
  if (issue.discriminator !== undefined && issue.options !== undefined) {
    // The path names the discriminating key; the input reported is the object holding it.
    const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
    return describeInvalidValue({ code: 'invalid_value', values: issue.options, path: [], message: '', ...(hasInput(issue) ? { input: value } : {}) }, lang);
  }
  if (_isFlatUnion(issue)) {
    const first = issue.errors.map((branch) => branch[0]!);
    if (hasInput(issue) && input === undefined) return id ? 'wajib diisi' : 'is required';
    const kinds: string[] = [];
    const values: z.core.util.Primitive[] = [];
    for (const e of first) {
      if (e.code === 'invalid_type') kinds.push(e.expected);
      else if (e.code === 'invalid_value') values.push(...e.values);
    }
    if (kinds.length === 0) return describeInvalidValue({ code: 'invalid_value', values, path: [], message: '', ...(hasInput(issue) ? { input } : {}) }, lang);
    const choices = mustBe(kinds, lang);
    const literal = values.map((v) => valueText(v, lang));
    const all = literal.length === 0 ? choices : `${choices} ${id ? 'atau' : 'or'} ${listText(literal, lang, OR)}`;
    return `${all}${butNot(issue, lang)}`;
  }
  return id ? 'tidak cocok dengan bentuk mana pun yang diterima' : 'does not match any of the accepted forms';
}

function describeNested(issue: z.core.$ZodIssueInvalidKey | z.core.$ZodIssueInvalidElement, lang: Lang): string {
  const id = lang === 'id';
  const what = issue.code === 'invalid_key' ? inputOf(issue) : issue.key;
  const name = issue.code === 'invalid_key' ? (id ? 'kunci' : 'the key') : id ? 'isian' : 'the entry';
  // A key that is text or a number is shown; the reason names any other kind.
  const shown = typeof what === 'string' || typeof what === 'number' ? ` ${valueText(what, lang)}` : '';
  const inner = issue.issues[0];
  const why = inner === undefined ? '' : `: ${describe(inner, {}, lang)}`;
  const head = id ? `${name}${shown} tidak valid` : `${name}${shown} is not valid`;
  return `${head}${why}`;
}

function describe(issue: z.core.$ZodIssue, notes: _IssueNotes, lang: Lang): string {
  const id = lang === 'id';
  switch (issue.code) {
    case 'invalid_type':
      return describeInvalidType(issue, lang);
    case 'too_small':
    case 'too_big':
      return describeBound(issue, lang);
    case 'invalid_format':
      return describeFormat(issue, notes.own, lang);
    case 'not_multiple_of':
      return `${id ? 'harus kelipatan' : 'must be a multiple of'} ${numberText(issue.divisor, lang)}${typeof inputOf(issue) === 'number' ? butNot(issue, lang, (v) => valueText(v, lang)) : ''}`;
    case 'unrecognized_keys':
      return describeUnrecognizedKeys(issue, notes.knownKeys, lang);
    case 'invalid_union':
      return describeUnion(issue, lang);
    case 'invalid_key':
    case 'invalid_element':
      return describeNested(issue, lang);
    case 'invalid_value':
      return describeInvalidValue(issue, lang);
    case 'custom':
      // Only the refinement knows what it checked: its own words, when it gave some.
      if (notes.own !== undefined) return id ? `tidak valid: ${notes.own}` : `is not valid: ${notes.own}`;
      return id ? 'tidak valid' : 'is not valid';
    default:
      return id ? 'tidak valid' : 'is not valid';
  }
}

/** {@link describeZodIssue} with what the parse noted besides the issue's fields. */
export function _describeIssue(issue: z.core.$ZodIssue, notes: _IssueNotes = {}): LocalizedText {
  return { id: describe(issue, notes, 'id'), en: describe(issue, notes, 'en') };
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
 * "…, not text"). The library's own entry points and {@link validate} do that, and they
 * also suggest the nearest known key for a misspelt one; this function cannot, as an
 * issue does not list the keys its object accepts.
 *
 * @param issue - One issue of a zod error (`error.issues[i]`).
 * @returns The message in both languages.
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
  return _describeIssue(issue);
}
