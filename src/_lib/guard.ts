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

/**
 * Whether every enumerable key of `object` is in `known` and none holds `undefined`
 * (a strict zod object with exact optional keys refuses both).
 */
export function _hasOnlyKeys(object: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  for (const key in object) if (!known.has(key) || object[key] === undefined) return false;
  return true;
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
 * symbol keys and no non-enumerable own keys (zod would drop those from its copy).
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
