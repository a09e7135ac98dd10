/**
 * Building blocks of hand-written guards ({@link _Guard}): fast tests that plain data
 * is well formed, so that a batch of valid records need not pay for zod's copy. Each
 * is as strict as the zod schema it stands for, or stricter — a guard may send valid
 * input on to zod, never let invalid input through.
 */
import { _parseIsoDate, _parseIsoMonth } from './dates';

/** Identifiers refused as unsafe object keys. */
export const _FORBIDDEN_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/** An object literal (prototype `Object.prototype` or `null`), not an array or a class instance. */
export function _isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** An integer in `[min, max]`. */
export function _isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** An `EntityIdSchema` identifier: 1–100 characters, not a forbidden key. */
export function _isEntityId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 100 && !_FORBIDDEN_IDS.has(value);
}

/** An `IsoDateSchema` date: `YYYY-MM-DD` that exists. */
export function _isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && _parseIsoDate(value) !== undefined;
}

/** An `IsoMonthSchema` month: `YYYY-MM`. */
export function _isIsoMonth(value: unknown): value is string {
  return typeof value === 'string' && _parseIsoMonth(value) !== undefined;
}

/** An array of at most `max` items, each passing `item` (holes fail). */
export function _isArrayOf(value: unknown, max: number, item: (x: unknown) => boolean): value is unknown[] {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
  return true;
}

/**
 * A record of `EntityIdSchema` keys to values passing `item`: a plain object with no
 * symbol keys (zod's string key schema rejects them) and no non-enumerable own keys
 * (zod skips those, so its copy would differ).
 */
export function _isIdRecordOf(value: unknown, item: (x: unknown) => boolean): value is Record<string, unknown> {
  if (!_isPlainObject(value)) return false;
  const own = Reflect.ownKeys(value);
  let count = 0;
  for (const key in value) {
    if (!_isEntityId(key) || !item(value[key])) return false;
    count += 1;
  }
  return count === own.length;
}

/**
 * Receives one problem found by a check that a schema's refinement and its guard share:
 * the schema reports it as an issue, the guard answers `false`. Messages are built only
 * when there is a problem, so a guard pays nothing for them on good input.
 */
export type _Report = (code: string, message: import('./errors').LocalizedText, path?: (string | number)[]) => void;

/** A string of `min` to `max` characters (UTF-16 code units, as zod counts them). */
export function _isTextIn(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** A finite number in `[min, max]`. */
export function _isFiniteIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && value >= min && value <= max && Number.isFinite(value);
}

/**
 * Whether a plain object has exactly `defined` own string keys, all enumerable, where the
 * caller has read each key its schema knows by name and counted those that hold a value:
 * then every own key is a known key that holds a value (those counted are own keys, as
 * none of them is a key of `Object.prototype`, and there are as many own keys as counted)
 * — a strict zod object with exact optional keys accepts it and copies the same JSON.
 * Counting spares a lookup and a keyed read per key. Symbol keys are not looked at (zod
 * drops them from its copy; JSON and the rules never see them), and an `Object.prototype`
 * given enumerable or known-named keys is out of scope (zod reads inherited keys).
 */
export function _hasExactKeys(object: object, defined: number): boolean {
  let enumerable = 0;
  for (const _key in object) enumerable += 1;
  // A non-enumerable own key is read by zod but missed by `for…in`: the counts tell.
  return enumerable === defined && Object.getOwnPropertyNames(object).length === defined;
}

/** 1 when a value is present, 0 when it is `undefined`: for counting the keys given to {@link _hasExactKeys}. */
export function _present(value: unknown): number {
  return value === undefined ? 0 : 1;
}

/** Whether a check shared by a schema and its guard reports nothing on `input`. */
export function _reportsNothing<T>(check: (input: T, report: _Report) => void, input: T): boolean {
  let clean = true;
  check(input, () => {
    clean = false;
  });
  return clean;
}
