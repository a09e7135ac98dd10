import { InputError, _issue } from '../_lib/errors';
import { _requireDate } from '../_lib/schema';
import { _parseIsoDate } from '../_lib/dates';
import { _ensurePolicy, _policyCheck } from './brand';

// selectPolicy reads only the identity fields.
const PolicyIdentityCheck = /* @__PURE__ */ _policyCheck({});
import type { Policy } from './schema';

/**
 * Picks the policy in force on a date: the one with the latest `effectiveFrom` on or
 * before `asOf`.
 *
 * @param policies - Candidate policies, in any order.
 * @param asOf - The decision date, `YYYY-MM-DD` (WIB).
 * @returns The policy in force on `asOf`.
 * @throws {@link InputError} when no policy is in force yet, when two policies in force
 *   start on the same day (ambiguous), or when an argument is invalid.
 *
 * @example
 * ```ts
 * selectPolicy([jabarMkd2023, jabarMkd2025], '2024-12-31').id;
 * //=> 'jabar-mkd-2023'
 * selectPolicy([jabarMkd2023, jabarMkd2025], '2025-04-21').id;
 * //=> 'jabar-mkd-2025'
 * ```
 */
export function selectPolicy(policies: readonly Policy[], asOf: string): Policy {
  const day = _requireDate(asOf, 'asOf');
  if (!Array.isArray(policies)) {
    throw new InputError([_issue(['policies'], 'invalid_type', 'Daftar kebijakan harus berupa larik', 'Policies must be an array')]);
  }
  const valid = policies.map((policy, index) => {
    try {
      return _ensurePolicy(policy, PolicyIdentityCheck);
    } catch (error) {
      if (error instanceof InputError) {
        throw new InputError(error.issues.map((issue) => ({ ...issue, path: ['policies', index, ...issue.path.slice(1)] })));
      }
      throw error;
    }
  });
  let best: Policy | undefined;
  let bestDay = -Infinity;
  let tie: Policy | undefined;
  for (const policy of valid) {
    const start = _parseIsoDate(policy.effectiveFrom) as number;
    if (start > day) continue;
    if (start > bestDay) {
      best = policy;
      bestDay = start;
      tie = undefined;
    } else if (start === bestDay) {
      tie = policy;
    }
  }
  if (best === undefined) {
    throw new InputError([
      _issue(['asOf'], 'no_policy_in_force', `Tidak ada kebijakan yang berlaku pada ${asOf}`, `No policy is in force on ${asOf}`),
    ]);
  }
  if (tie !== undefined) {
    throw new InputError([
      _issue(
        ['policies'],
        'ambiguous_policy',
        `Kebijakan "${best.id}" dan "${tie.id}" sama-sama berlaku mulai ${best.effectiveFrom}`,
        `Policies "${best.id}" and "${tie.id}" both take effect on ${best.effectiveFrom}`,
      ),
    ]);
  }
  return best;
}
