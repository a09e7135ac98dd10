import { InputError, _issue, type InputIssue } from '../_lib/errors';
import { _parse } from '../_lib/schema';
import { _MAX_DEPTH } from '../_lib/json';
import { _quote } from '../_lib/quote';
import { _brandPolicy, _ensurePolicy } from './brand';
import { PolicySchema } from './schema';
import type { Policy } from './schema';

/** Validates a whole policy, deep-freezes and brands it. */
function sealPolicy(value: unknown): Policy {
  return _brandPolicy(_parse(PolicySchema, value, ['policy']));
}

/** Makes every property optional, recursively; arrays are replaced whole, not merged. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What `definePolicy` accepts on top of a base: any part of a policy, and a new `id`. */
export type PolicyOverrides = DeepPartial<Omit<Policy, 'id' | 'extends'>> & {
  /** The new policy's id; must differ from the base's. */
  readonly id: string;
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Reports `__proto__`, `constructor` and `prototype` keys anywhere in `value`, and stops
 * at {@link _MAX_DEPTH} levels with a `too_deep` issue: no policy is nested that deep, and
 * the walk must not overflow the stack on overrides nested 100,000 deep.
 */
function findForbiddenKeys(value: unknown, path: (string | number)[], issues: InputIssue[]): void {
  if (path.length > _MAX_DEPTH && typeof value === 'object' && value !== null) {
    issues.push(_issue(path, 'too_deep', `Bersarang lebih dalam dari ${_MAX_DEPTH} tingkat`, `Nested deeper than ${_MAX_DEPTH} levels`));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => findForbiddenKeys(item, [...path, index], issues));
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        issues.push(
          _issue([...path, key], 'forbidden_key', `Kunci ${_quote(key)} tidak diizinkan dalam kebijakan`, `The key ${_quote(key)} is not allowed in a policy`),
        );
      } else {
        findForbiddenKeys(value[key], [...path, key], issues);
      }
    }
  }
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) out[key] = base[key];
  for (const key of Object.keys(override)) out[key] = merge(base[key], override[key]);
  return out;
}

/**
 * Derives a policy from a base: deep-merges `overrides` (objects merge, arrays and
 * values replace, `undefined` keeps the base value), requires a new `id`, records
 * `extends: base.id`, validates the result and freezes it.
 *
 * @param base - The policy to start from, e.g. `jabarMkd2025`.
 * @param overrides - The parts that differ, with a new `id`.
 * @returns A validated, deep-frozen policy.
 * @throws {@link InputError} when the overrides are not an object, carry `__proto__`,
 *   `constructor` or `prototype` keys, keep the base's `id`, or make the policy invalid.
 *
 * @example
 * ```ts
 * import { definePolicy, jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const tasik = definePolicy(jabarMkd2025, {
 *   id: 'tasikmalaya-mkd-2025',
 *   name: { id: 'MKD Kota Tasikmalaya', en: 'Tasikmalaya City MKD' },
 *   talentBox: { eligibleBoxes: [5, 7, 8, 9] },
 * });
 * tasik.extends;
 * //=> 'jabar-mkd-2025'
 * ```
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Policy {
  const sealedBase = _ensurePolicy(base, PolicySchema);
  const raw: unknown = overrides;
  if (!isPlainObject(raw)) {
    throw new InputError([
      _issue(['overrides'], 'invalid_type', 'Perubahan kebijakan harus berupa objek', 'Policy overrides must be an object'),
    ]);
  }
  const issues: InputIssue[] = [];
  findForbiddenKeys(raw, ['overrides'], issues);
  if (typeof raw['id'] !== 'string' || raw['id'] === sealedBase.id) {
    issues.push(
      _issue(
        ['overrides', 'id'],
        'policy_id_required',
        `Kebijakan turunan memerlukan id baru yang berbeda dari ${_quote(sealedBase.id)}`,
        `A derived policy needs a new id, different from ${_quote(sealedBase.id)}`,
      ),
    );
  }
  if (issues.length > 0) throw new InputError(issues);
  const merged = merge(sealedBase, raw) as Record<string, unknown>;
  merged['extends'] = sealedBase.id;
  return sealPolicy(merged);
}

/**
 * Validates a whole policy document (for example one read from `policy.json`) and
 * returns it deep-frozen, so that later calls need not validate it again.
 *
 * @param value - A complete policy.
 * @returns The validated, deep-frozen policy.
 * @throws {@link InputError} listing every problem.
 *
 * @example
 * ```ts
 * import { parsePolicy, jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * parsePolicy(JSON.parse(JSON.stringify(jabarMkd2025))).id;
 * //=> 'jabar-mkd-2025'
 * ```
 */
export function parsePolicy(value: unknown): Policy {
  return sealPolicy(value);
}
