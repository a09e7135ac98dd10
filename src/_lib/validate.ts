import type * as z from 'zod/mini';
// The class itself, not `z.core.$ZodType`: reading `core` off the namespace keeps all of zod in a bundle.
import { $ZodType } from 'zod/v4/core';
import { InputError, _checkOptions, _issue, type InputIssue } from './errors';
import { _quote } from './quote';
import { _check } from './schema';

/** Whether a value is a zod schema (of any copy of zod 4) that can parse: what {@link validate} calls. */
function isSchema(value: unknown): value is z.core.$ZodType {
  return value instanceof $ZodType && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

/** A path of {@link ValidateOptions}: a list without holes of keys and indices. */
function isPath(value: unknown): value is readonly (string | number)[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const step: unknown = value[i];
    if (typeof step !== 'string' && typeof step !== 'number') return false;
  }
  return true;
}

/** Result of {@link validate}: the parsed value, or every issue. */
export type Validation<T> =
  | {
      /** The value passed. */
      readonly ok: true;
      /** The parsed value (with the schema's defaults and transforms applied). */
      readonly value: T;
    }
  | {
      /** The value did not pass. */
      readonly ok: false;
      /** Every problem, each with its path, a stable code and a message in both languages. */
      readonly issues: readonly InputIssue[];
    };

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** A path put in front of every issue's path, e.g. `['records', 3]`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Checks a value against one of the library's schemas (or any zod schema) without
 * throwing: the parsed value, or every issue with its path, a stable code and a message
 * in Bahasa Indonesia and English — the same issues an entry point's `InputError`
 * carries. For validating an HTTP body or a spreadsheet row before deciding on it.
 *
 * @param schema - A schema, e.g. `EmployeeRecordSchema`: any zod 4 schema, classic or `zod/mini`. The
 *   library's own are `zod/mini` schemas with their concrete types, so an app composes them
 *   (`z.extend(EmployeeRecordSchema, { … })`, `z.pick`, `z.partial`) and validates the result here.
 * @param value - Anything.
 * @param options - `path`: a prefix for the issues' paths.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @throws {@link InputError} when `schema` is not a zod schema or `options` is not as documented:
 *   `value` itself is never the cause.
 *
 * @example
 * ```ts
 * import { IsoDateSchema, validate } from 'kerja-dinamis';
 *
 * validate(IsoDateSchema, '2026-02-30').ok;
 * //=> false
 * validate(IsoDateSchema, '2026-02-28');
 * //=> { ok: true, value: '2026-02-28' }
 * ```
 */
export function validate<T>(schema: z.core.$ZodType<T>, value: unknown, options?: ValidateOptions): Validation<T> {
  const issues: InputIssue[] = [];
  if (!isSchema(schema)) issues.push(_issue(['schema'], 'invalid_type', `Skema harus berupa skema zod, bukan ${_quote(schema)}`, `The schema must be a zod schema, not ${_quote(schema)}`));
  const path: unknown = _checkOptions(options, ['path'])?.path;
  if (path !== undefined && !isPath(path)) {
    issues.push(_issue(['options', 'path'], 'invalid_type', 'Jalur harus berupa daftar teks dan angka', 'The path must be a list of strings and numbers'));
  }
  if (issues.length > 0) throw new InputError(issues);
  const checked = _check(schema, value, (path as readonly (string | number)[] | undefined) ?? []);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, issues: checked.issues };
}
