import type { z } from 'zod';
import type { InputIssue } from './errors';
import { _check } from './schema';

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
 * @param schema - A schema, e.g. `EmployeeRecordSchema`.
 * @param value - Anything.
 * @param options - `path`: a prefix for the issues' paths.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
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
export function validate<T>(schema: z.ZodType<T>, value: unknown, options?: ValidateOptions): Validation<T> {
  const checked = _check(schema, value, options?.path ?? []);
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, issues: checked.issues };
}
