/**
 * zod glue: turning zod issues into the library's bilingual {@link InputIssue}s,
 * and the strict date schemas every module's input uses.
 *
 * The library's schemas are written with `zod/mini` (`import * as z`, never `{ z }` and
 * never a value read off `z.core`: either keeps all of zod in an app's bundle). A schema
 * at module level is built in an arrow function called at once, marked `@__PURE__`
 * (`(() => …)()`): a pure-marked call alone still
 * keeps its arguments (the inner `.check(…)` calls), so only the wrapped form lets a
 * bundler drop a schema the imported functions do not use.
 */
import * as z from 'zod/mini';
import { InputError, _checkOptions, _issue, type InputIssue, type LocalizedText } from './errors';
import { _parseIsoDate, _parseIsoMonth } from './dates';
import { _FORBIDDEN_IDS } from './guard';
import { _describeIssue, _isFlatUnion, type _RareWording } from './messages';
import { _describeRare } from './messages-full';
import { _quote } from './quote';

/** Marker put in `params` of the library's own custom zod issues. */
interface OwnIssueParams {
  readonly kdCode: string;
  readonly kdId: string;
}

/**
 * Adds one of the library's own issues inside a zod refinement; the English text
 * goes in zod's `message`, the Indonesian text and code ride in `params`.
 */
export function _addIssue(
  ctx: z.core.$RefinementCtx | z.core.ParsePayload,
  code: string,
  message: LocalizedText,
  path: (string | number)[] = [],
): void {
  const params: OwnIssueParams = { kdCode: code, kdId: message.id };
  // A refinement's context adds the issue (as a non-fatal one); zod/mini's transform
  // context has no `addIssue`, so the issue goes on the payload as classic zod's would put it.
  if ('addIssue' in ctx) ctx.addIssue({ code: 'custom', message: message.en, params, path });
  else ctx.issues.push({ code: 'custom', message: message.en, params, path, input: ctx.value });
}

/**
 * Adds one of the library's own issues about a key of a record, found before the record
 * is parsed (an own `__proto__` key, which zod's records skip): raised with zod's
 * `unrecognized_keys` code, the one issue after which a pipe still runs its next schema,
 * so that the record reports its own issues too. {@link _fromZodIssues} reads the
 * library's code and words from `params`.
 */
function addKeyIssue(ctx: z.core.ParsePayload, input: object, key: string, code: string, message: LocalizedText): void {
  const params: OwnIssueParams = { kdCode: code, kdId: message.id };
  // zod/mini's transform context has no `addIssue`: the issue goes on the payload as classic zod's would.
  ctx.issues.push({ code: 'unrecognized_keys', keys: [key], input: input as Record<string, unknown>, message: message.en, params, path: [key] });
}

/**
 * A record schema that also refuses an own `__proto__` key, as its key schema
 * ({@link EntityIdSchema}) refuses `constructor` and `prototype`. zod skips a `__proto__`
 * key when it copies a record (it would set the copy's prototype), so without this an own
 * `__proto__` key — which `JSON.parse('{"__proto__": 1}')` makes — would vanish unseen.
 * A preprocess, not a refinement piped into the record, so that the JSON Schema of the
 * input (`z.toJSONSchema(…, { io: 'input' })`) is still the record's.
 */
export function _withoutProtoKey<T extends z.core.$ZodType>(record: T): z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, T> {
  return z.pipe(z.transform((value, ctx) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')) {
      addKeyIssue(ctx, value, '__proto__', 'forbidden_id', { id: 'Pengenal "__proto__" tidak diizinkan', en: 'The identifier "__proto__" is not allowed' });
    }
    return value;
  }), record);
}

/**
 * The message a parse gives an issue whose schema had no words of its own: when zod
 * finalises an issue, the schema's (or check's) own error map speaks first and this
 * parse's map only after, so a message other than this one is the schema's own text.
 */
const NO_OWN_TEXT = '\u0000kerja-dinamis: no own text';

/** What a failed parse noted for {@link _fromZodIssues}, by issue. */
interface ParseNotes {
  /** The keys an object accepts, by the `keys` array of its `unrecognized_keys` issue. */
  readonly knownKeys: WeakMap<readonly string[], readonly string[]>;
}

/** The keys a strict object (its shape) or a record with enum keys accepts. */
function acceptedKeys(inst: unknown): readonly string[] {
  const def = (inst as { _zod?: { def?: { shape?: object; keyType?: { _zod?: { values?: Set<unknown> } } } } } | undefined)?._zod?.def;
  if (def?.shape !== undefined) return Object.keys(def.shape);
  const values = def?.keyType?._zod?.values;
  return values === undefined ? [] : [...values].filter((v): v is string => typeof v === 'string');
}

/**
 * This parse's error map: notes what only the raw issue knows (the object schema behind an
 * unknown key), and marks the message as not the schema's own ({@link NO_OWN_TEXT}).
 */
function noteTaker(notes: ParseNotes): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === 'unrecognized_keys') notes.knownKeys.set(issue.keys, acceptedKeys(issue.inst));
    return NO_OWN_TEXT;
  };
}

/**
 * A step of an issue's path as {@link InputIssue} has it: a key or an index. zod reports a
 * symbol key of a record as a symbol, which no path (nor `path.join('.')`) can hold: it
 * becomes its description, `Symbol(x)`.
 */
export const _pathStep = (step: PropertyKey): string | number => (typeof step === 'symbol' ? String(step) : step);

/** The library's own code and words of an issue raised by {@link _addIssue} or `addKeyIssue`, if it is one. */
function ownIssue(issue: z.core.$ZodIssue): { code: string; message: LocalizedText } | undefined {
  const params = (issue as { params?: Partial<OwnIssueParams> }).params;
  if ((issue.code !== 'custom' && issue.code !== 'unrecognized_keys') || params?.kdCode === undefined || params.kdId === undefined) return undefined;
  return { code: params.kdCode, message: { id: params.kdId, en: issue.message } };
}

/**
 * Converts zod issues into {@link InputIssue}s, each path prefixed by `prefix`, worded by
 * the library (src/_lib/messages.ts, with `rare` the wording of src/_lib/messages-full.ts)
 * from each issue's fields.
 */
export function _fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
  notes?: ParseNotes,
  rare?: _RareWording,
): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    // Union failures nest the real reasons; report those of the closest option instead of
    // "matches no form" — unless every option only wanted another kind or value, which
    // reads best as one choice ("harus berupa teks atau angka").
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0) && !_isFlatUnion(issue)) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(..._fromZodIssues(best, [...prefix, ...issue.path.map(_pathStep)], notes, rare));
      continue;
    }
    const path = [...prefix, ...issue.path.map(_pathStep)];
    const own = ownIssue(issue);
    // A key refused by the library's own check (`constructor` as an id) is reported as that check words it.
    const ownInner = issue.code === 'invalid_key' && issue.issues.length > 0 ? issue.issues.map(ownIssue) : [];
    if (own !== undefined) {
      out.push({ path, ...own });
    } else if (ownInner.length > 0 && ownInner.every((inner) => inner !== undefined)) {
      for (const inner of ownInner) out.push({ path, ...inner! });
    } else {
      const own = notes !== undefined && issue.message !== NO_OWN_TEXT ? issue.message : undefined;
      const knownKeys = issue.code === 'unrecognized_keys' ? notes?.knownKeys.get(issue.keys) : undefined;
      out.push({ path, code: issue.code, message: _describeIssue(issue, { own, knownKeys, rare }) });
    }
  }
  return out;
}

/** Result of {@link _check}: the parsed value, or every issue. */
export type _Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: InputIssue[] };

/**
 * A hand-written test that `input` is plain, well-formed data the schema accepts
 * unchanged: `true` only when `schema.parse(input)` would succeed and return a copy
 * of `input` with the same data (array items, own string-keyed properties). It may
 * say `false` for valid input (zod then decides); it must never say `true` for input
 * zod rejects — each guard has a differential property test against its schema.
 */
export type _Guard<T> = (input: unknown) => input is T;

/**
 * Parses without throwing; issue paths are prefixed by `prefix`. With a `guard`,
 * input the guard accepts is returned as it is, without zod's copy; anything else
 * goes through zod, which reports every issue.
 */
export function _check<T>(schema: z.core.$ZodType<T>, input: unknown, prefix: readonly (string | number)[] = [], guard?: _Guard<T>): _Checked<T> {
  return checkWith(_describeRare, schema, input, prefix, guard);
}

/** {@link _check} worded with `rare` (src/_lib/messages-full.ts) or without it. */
function checkWith<T>(rare: _RareWording | undefined, schema: z.core.$ZodType<T>, input: unknown, prefix: readonly (string | number)[], guard?: _Guard<T>): _Checked<T> {
  if (guard !== undefined && guard(input)) return { ok: true, value: input };
  // The fast path parses without options (zod's compiled fast path); only a failure is
  // parsed again with `reportInput`, which the messages need ("…, bukan teks"), and with
  // an error map that notes what the messages need besides the issues' fields.
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data };
  const notes: ParseNotes = { knownKeys: new WeakMap() };
  const detailed = z.safeParse(schema, input, { reportInput: true, error: noteTaker(notes) });
  return { ok: false, issues: detailed.error === undefined ? _fromZodIssues(result.error.issues, prefix, undefined, rare) : _fromZodIssues(detailed.error.issues, prefix, notes, rare) };
}

/** Parses or throws {@link InputError} carrying every issue. */
export function _parse<T>(schema: z.core.$ZodType<T>, input: unknown, prefix: readonly (string | number)[] = [], guard?: _Guard<T>): T {
  const checked = _check(schema, input, prefix, guard);
  if (!checked.ok) throw new InputError(checked.issues);
  return checked.value;
}

/**
 * {@link _parse} for a plain schema — one with no union, record, map, set, named string
 * format (email, url…) nor date bound, whose issues src/_lib/messages.ts words alone — so
 * that a bundle with only plain schemas does not carry src/_lib/messages-full.ts. Used
 * for the talent assessment and classifyTalentBox's policy check
 * (test/_lib/plain-schemas.test.ts walks them).
 */
export function _parsePlain<T>(schema: z.core.$ZodType<T>, input: unknown, prefix: readonly (string | number)[] = []): T {
  const checked = checkWith(undefined, schema, input, prefix);
  if (!checked.ok) throw new InputError(checked.issues);
  return checked.value;
}

/** A strict `YYYY-MM-DD` calendar date (WIB) that exists: `2026-02-30` is rejected. */
export const IsoDateSchema = /* @__PURE__ */ (() => z.string().check(z.superRefine((value, ctx) => {
  if (_parseIsoDate(value) === undefined) {
    _addIssue(ctx, 'invalid_date', {
      id: `Tanggal tidak valid: ${_quote(value)} harus berformat YYYY-MM-DD dan merupakan tanggal yang ada`,
      en: `Invalid date: ${_quote(value)} must be YYYY-MM-DD and a day that exists`,
    });
  }
})))();

/** A strict `YYYY-MM` month. */
export const IsoMonthSchema = /* @__PURE__ */ (() => z.string().check(z.superRefine((value, ctx) => {
  if (_parseIsoMonth(value) === undefined) {
    _addIssue(ctx, 'invalid_month', {
      id: `Bulan tidak valid: ${_quote(value)} harus berformat YYYY-MM`,
      en: `Invalid month: ${_quote(value)} must be YYYY-MM`,
    });
  }
})))();

/** Parses one `YYYY-MM-DD` argument to an epoch day, or throws {@link InputError} naming `name` at `path`. */
export function _requireDate(value: unknown, name: string, path: readonly (string | number)[] = [name]): number {
  const day = typeof value === 'string' ? _parseIsoDate(value) : undefined;
  if (day === undefined) {
    throw new InputError([
      {
        path,
        code: 'invalid_date',
        message: {
          id: `Tanggal tidak valid untuk ${name}: ${_quote(value)} harus berformat YYYY-MM-DD dan merupakan tanggal yang ada`,
          en: `Invalid date for ${name}: ${_quote(value)} must be YYYY-MM-DD and a day that exists`,
        },
      },
    ]);
  }
  return day;
}

/**
 * Checks the options argument of a decision that depends on the date: a plain object
 * (required), no key outside `known`, and `asOf` a `YYYY-MM-DD` day that exists.
 * Throws {@link InputError} with paths under `options`.
 */
export function _asOfOptions<T extends { readonly asOf: string }>(options: T, known: readonly string[]): { readonly options: T; readonly asOf: string; readonly asOfDay: number } {
  if (options === undefined) {
    throw new InputError([
      _issue(['options'], 'invalid_type', "Opsi wajib diisi, setidaknya dengan tanggal keputusan: { asOf: 'YYYY-MM-DD' }", "Options are required, with at least the decision date: { asOf: 'YYYY-MM-DD' }"),
    ]);
  }
  const opts = _checkOptions(options, known) as T;
  const asOf: unknown = opts.asOf;
  if (asOf === undefined) {
    throw new InputError([_issue(['options', 'asOf'], 'invalid_type', 'Tanggal keputusan options.asOf wajib diisi (YYYY-MM-DD)', 'The decision date options.asOf is required (YYYY-MM-DD)')]);
  }
  const asOfDay = _requireDate(asOf, 'asOf', ['options', 'asOf']);
  return { options: opts, asOf: asOf as string, asOfDay };
}

/**
 * Identifier of a unit or an employee (a NIP, or an app's own id): 1–100 characters,
 * and not `__proto__`, `constructor` or `prototype`, which would be unsafe as object keys.
 */
export const EntityIdSchema = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(100), z.superRefine((value, ctx) => {
    if (_FORBIDDEN_IDS.has(value)) {
      _addIssue(ctx, 'forbidden_id', { id: `Pengenal ${_quote(value)} tidak diizinkan`, en: `The identifier ${_quote(value)} is not allowed` });
    }
  })))();
