/**
 * Sealed policies, and how each module checks a policy it is given.
 *
 * A policy from a preset, `definePolicy` or `parsePolicy` is validated once, deep-frozen
 * and branded; entry points trust the brand and do not validate it again. Any other
 * policy object is validated by the entry point — on the policy's identity and the
 * sections that module reads, so that importing one module does not bring every
 * section's schema into an app's bundle.
 */
import * as z from 'zod/mini';
import { _parse, _parsePlain } from '../_lib/schema';
import { _deepFreeze } from '../_lib/freeze';
import type { Policy, PolicyRef } from './schema';
import { _PolicyMetaSchema, _refinePolicyMeta } from './meta';

/**
 * Brand on policies that were validated and deep-frozen. Non-enumerable: a spread or
 * JSON copy loses it and is validated again.
 */
const VALIDATED = Symbol.for('kerja-dinamis.policy.validated');

/** Deep-freezes and brands a policy that has been validated (or is a preset checked by the test suite). */
export function _brandPolicy(policy: Policy): Policy {
  Object.defineProperty(policy, VALIDATED, { value: true, enumerable: false });
  return _deepFreeze(policy);
}

/**
 * Whether a value is a sealed policy: it carries the brand itself. An inherited brand
 * does not count — `Object.create(jabarMkd2025)` with sections of its own is a new,
 * unvalidated policy — and the object must still be frozen, as sealing left it.
 */
export function _isSealedPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && Object.getOwnPropertyDescriptor(value, VALIDATED)?.value === true && Object.isFrozen(value);
}

/**
 * The check a module applies to an unsealed policy: the identity fields and the
 * sections it reads, each strict; the other sections are passed through unchecked.
 */
export function _policyCheck(sections: z.core.$ZodLooseShape): z.core.$ZodType<Policy> {
  // A spread, not z.extend: the same schema, without zod's shape-merging code in every bundle.
  return z.looseObject({ ..._PolicyMetaSchema.shape, ...sections }).check(z.superRefine((value, ctx) => _refinePolicyMeta(value as unknown as Policy, ctx))) as unknown as z.core.$ZodType<Policy>;
}

/**
 * The policy itself when it is sealed; otherwise validated with `check` (throws
 * InputError naming every issue under `policy`), without touching the caller's object.
 */
export function _ensurePolicy(policy: unknown, check: z.core.$ZodType<Policy>): Policy {
  if (_isSealedPolicy(policy)) return policy;
  return _parse(check, policy, ['policy']);
}

/**
 * {@link _ensurePolicy} for a plain `check` (no union, record…: see `_parsePlain`), so that
 * a bundle whose schemas are all plain does not carry src/_lib/messages-full.ts.
 */
export function _ensurePlainPolicy(policy: unknown, check: z.core.$ZodType<Policy>): Policy {
  if (_isSealedPolicy(policy)) return policy;
  return _parsePlain(check, policy, ['policy']);
}

/**
 * The `{ id, version, effectiveFrom }` of a policy: what every decision carries for
 * audit, e.g. for the header of a report built from several decisions.
 *
 * @param policy - A policy.
 * @returns Its reference.
 * @throws {@link InputError} when the policy's identity fields are invalid.
 *
 * @example
 * ```ts
 * import { policyRefOf, jabarMkd2026 } from 'kerja-dinamis/policy';
 *
 * policyRefOf(jabarMkd2026);
 * //=> { id: 'jabar-mkd-2026', version: '2026.1', effectiveFrom: '2026-01-01' }
 * ```
 */
export function policyRefOf(policy: Policy): PolicyRef {
  return _policyRef(_ensurePolicy(policy, IDENTITY));
}

const IDENTITY = /* @__PURE__ */ _policyCheck({});

/** The `{ id, version, effectiveFrom }` a decision carries. */
export function _policyRef(policy: Policy): PolicyRef {
  return { id: policy.id, version: policy.version, effectiveFrom: policy.effectiveFrom };
}
