import { _parse } from '../_lib/schema';
import { _deepFreeze } from '../_lib/freeze';
import { PolicySchema, type Policy, type PolicyRef } from './schema';

/**
 * Brand on policies that were validated and deep-frozen, so entry points need not
 * validate them again on every call. Non-enumerable: a spread or JSON copy loses it
 * and is validated again.
 */
const VALIDATED = Symbol.for('kerja-dinamis.policy.validated');

/** Validates, deep-freezes and brands a policy. */
export function _sealPolicy(value: unknown): Policy {
  const policy = _parse(PolicySchema, value, ['policy']);
  Object.defineProperty(policy, VALIDATED, { value: true, enumerable: false });
  return _deepFreeze(policy);
}

/** The policy itself when it is sealed; otherwise validated (throws InputError) without touching the caller's object. */
export function _ensurePolicy(policy: unknown): Policy {
  if (typeof policy === 'object' && policy !== null && (policy as Record<symbol, unknown>)[VALIDATED] === true) {
    return policy as Policy;
  }
  return _parse(PolicySchema, policy, ['policy']);
}

/** The `{ id, version, effectiveFrom }` a decision carries. */
export function _policyRef(policy: Policy): PolicyRef {
  return { id: policy.id, version: policy.version, effectiveFrom: policy.effectiveFrom };
}
