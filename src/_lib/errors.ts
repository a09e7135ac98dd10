/**
 * The library's single error for bad input, and the issue shape it carries.
 *
 * Why a brand and not `instanceof`: tsup copies shared internals into every CJS
 * entry, so an app that loads `kerja-dinamis` and `kerja-dinamis/policy` may hold
 * two `InputError` classes. `isInputError` checks a `Symbol.for` brand that every
 * copy shares.
 */
import { _cut, _quote } from './quote';

/** A text in both of the library's languages. */
export interface LocalizedText {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** One problem found in an input, with where it is and what is wrong. */
export interface InputIssue {
  /** Location inside the input, e.g. `['employees', 3, 'leaveDates', 0]`; `[]` for the input itself. */
  readonly path: readonly (string | number)[];
  /** Stable machine code: a zod issue code (`invalid_type`, `too_small`, …) or one of the library's (`invalid_date`, …). */
  readonly code: string;
  /** Human message in Bahasa Indonesia and English. */
  readonly message: LocalizedText;
}

const INPUT_ERROR_BRAND: unique symbol = Symbol.for('kerja-dinamis.InputError') as never;

function summarize(issues: readonly InputIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    // A key in a path is the caller's text, of any length: each step is cut like a quoted value.
    const where = issue.path.length === 0 ? '(input)' : issue.path.map((step) => (typeof step === 'string' ? _cut(step) : step)).join('.');
    return `${where}: ${issue.message.en}`;
  });
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return `Input tidak valid / invalid input — ${shown.join('; ')}${more}`;
}

/**
 * Thrown when an input or a policy does not match its schema. Carries every issue,
 * never only the first.
 *
 * @example
 * ```ts
 * import { isInputError } from 'kerja-dinamis';
 * import { classifyTalentBox } from 'kerja-dinamis/talent-box';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const input = JSON.parse('{ "kinerja": "TINGGI", "assessedOn": "2025-13-01" }'); // from a form: no compiler checked it
 * let problems: string[] = [];
 * try {
 *   classifyTalentBox(input, jabarMkd2025, { asOf: '2026-01-15' });
 * } catch (e) {
 *   if (!isInputError(e)) throw e;
 *   problems = e.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
 * }
 * problems;
 * //=> ['kinerja: invalid_value', 'assessedOn: invalid_date']
 * ```
 */
export class InputError extends Error {
  /** Every problem found, each with its path, code and bilingual message. */
  readonly issues: readonly InputIssue[];
  /** Brand shared by every copy of this class; see {@link isInputError}. */
  readonly [INPUT_ERROR_BRAND] = true;

  /**
   * @param issues - Every problem found; must not be empty.
   */
  constructor(issues: readonly InputIssue[]) {
    super(summarize(issues));
    this.name = 'InputError';
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
}

/**
 * Whether a value is an {@link InputError} from any copy of this library (ESM or CJS).
 *
 * @param value - Anything caught.
 * @returns `true` when `value` carries the library's InputError brand.
 *
 * @example
 * ```ts
 * import { isInputError } from 'kerja-dinamis';
 *
 * isInputError(new Error('x'));
 * //=> false
 * ```
 */
export function isInputError(value: unknown): value is InputError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[INPUT_ERROR_BRAND] === true;
}

/** Builds one issue; `_` prefix marks a library internal. */
export function _issue(path: readonly (string | number)[], code: string, id: string, en: string): InputIssue {
  return { path, code, message: { id, en } };
}

/**
 * Checks an options argument: absent, or a plain object whose keys are all among
 * `known`. Throws {@link InputError} naming every unknown key (a typo is never ignored).
 */
export function _checkOptions<T extends object>(options: T | undefined, known: readonly string[], name = 'options'): T | undefined {
  if (options === undefined) return undefined;
  const proto = typeof options === 'object' && options !== null ? (Object.getPrototypeOf(options) as unknown) : undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options) || (proto !== Object.prototype && proto !== null)) {
    throw new InputError([_issue([name], 'invalid_type', 'Opsi harus berupa objek', 'Options must be an object')]);
  }
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map((key) =>
        _issue([name, key], 'unrecognized_keys', `Opsi ${_quote(key)} tidak dikenal (yang dikenal: ${known.join(', ')})`, `Unknown option ${_quote(key)} (known: ${known.join(', ')})`),
      ),
    );
  }
  return options;
}
