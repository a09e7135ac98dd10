/**
 * zod glue: turning zod issues into the library's bilingual {@link InputIssue}s,
 * and the strict date schemas every module's input uses.
 */
import { z } from 'zod';
import { InputError, type InputIssue, type LocalizedText } from './errors';
import { _parseIsoDate, _parseIsoMonth } from './dates';
import { _FORBIDDEN_IDS } from './guard';
import { _describeIssue, _isFlatUnion } from './messages';

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
  ctx: z.RefinementCtx,
  code: string,
  message: LocalizedText,
  path: (string | number)[] = [],
): void {
  const params: OwnIssueParams = { kdCode: code, kdId: message.id };
  ctx.addIssue({ code: 'custom', message: message.en, params, path });
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

/**
 * Converts zod issues into {@link InputIssue}s, each path prefixed by `prefix`, worded by
 * the library (src/_lib/messages.ts) from each issue's fields.
 */
export function _fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly (string | number)[] = [],
  notes?: ParseNotes,
): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    // Union failures nest the real reasons; report those of the closest option instead of
    // "matches no form" — unless every option only wanted another kind or value, which
    // reads best as one choice ("harus berupa teks atau angka").
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0) && !_isFlatUnion(issue)) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(..._fromZodIssues(best, [...prefix, ...issue.path.map(_pathStep)], notes));
      continue;
    }
    const path = [...prefix, ...issue.path.map(_pathStep)];
    const params = (issue as { params?: Partial<OwnIssueParams> }).params;
    if (issue.code === 'custom' && params?.kdCode !== undefined && params.kdId !== undefined) {
      out.push({ path, code: params.kdCode, message: { id: params.kdId, en: issue.message } });
    } else {
      const own = notes !== undefined && issue.message !== NO_OWN_TEXT ? issue.message : undefined;
      const knownKeys = issue.code === 'unrecognized_keys' ? notes?.knownKeys.get(issue.keys) : undefined;
      out.push({ path, code: issue.code, message: _describeIssue(issue, { own, knownKeys }) });
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
export function _check<T>(schema: z.ZodType<T>, input: unknown, prefix: readonly (string | number)[] = [], guard?: _Guard<T>): _Checked<T> {
  if (guard !== undefined && guard(input)) return { ok: true, value: input };
  // The fast path parses without options (zod's compiled fast path); only a failure is
  // parsed again with `reportInput`, which the messages need ("…, bukan teks"), and with
  // an error map that notes what the messages need besides the issues' fields.
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const notes: ParseNotes = { knownKeys: new WeakMap() };
  const detailed = schema.safeParse(input, { reportInput: true, error: noteTaker(notes) });
  return { ok: false, issues: detailed.error === undefined ? _fromZodIssues(result.error.issues, prefix) : _fromZodIssues(detailed.error.issues, prefix, notes) };
}

/** Parses or throws {@link InputError} carrying every issue. */
export function _parse<T>(schema: z.ZodType<T>, input: unknown, prefix: readonly (string | number)[] = [], guard?: _Guard<T>): T {
  const checked = _check(schema, input, prefix, guard);
  if (!checked.ok) throw new InputError(checked.issues);
  return checked.value;
}

/** A strict `YYYY-MM-DD` calendar date (WIB) that exists: `2026-02-30` is rejected. */
export const IsoDateSchema: z.ZodType<string> = /* @__PURE__ */ z.string().superRefine((value, ctx) => {
  if (_parseIsoDate(value) === undefined) {
    _addIssue(ctx, 'invalid_date', {
      id: `Tanggal tidak valid: "${value}" harus berformat YYYY-MM-DD dan merupakan tanggal yang ada`,
      en: `Invalid date: "${value}" must be YYYY-MM-DD and a day that exists`,
    });
  }
});

/** A strict `YYYY-MM` month. */
export const IsoMonthSchema: z.ZodType<string> = /* @__PURE__ */ z.string().superRefine((value, ctx) => {
  if (_parseIsoMonth(value) === undefined) {
    _addIssue(ctx, 'invalid_month', {
      id: `Bulan tidak valid: "${value}" harus berformat YYYY-MM`,
      en: `Invalid month: "${value}" must be YYYY-MM`,
    });
  }
});

/** Parses one `YYYY-MM-DD` argument to an epoch day, or throws {@link InputError} naming `name`. */
export function _requireDate(value: unknown, name: string): number {
  const day = typeof value === 'string' ? _parseIsoDate(value) : undefined;
  if (day === undefined) {
    throw new InputError([
      {
        path: [name],
        code: 'invalid_date',
        message: {
          id: `Tanggal tidak valid untuk ${name}: ${JSON.stringify(value) ?? String(value)} harus berformat YYYY-MM-DD dan merupakan tanggal yang ada`,
          en: `Invalid date for ${name}: ${JSON.stringify(value) ?? String(value)} must be YYYY-MM-DD and a day that exists`,
        },
      },
    ]);
  }
  return day;
}

/**
 * Identifier of a unit or an employee (a NIP, or an app's own id): 1–100 characters,
 * and not `__proto__`, `constructor` or `prototype`, which would be unsafe as object keys.
 */
export const EntityIdSchema: z.ZodType<string> = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(100)
  .superRefine((value, ctx) => {
    if (_FORBIDDEN_IDS.has(value)) {
      _addIssue(ctx, 'forbidden_id', { id: `Pengenal "${value}" tidak diizinkan`, en: `The identifier "${value}" is not allowed` });
    }
  });
