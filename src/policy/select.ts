import * as z from 'zod/mini';
import { InputError, _issue } from '../_lib/errors';
import { _asOfOptions, _parse } from '../_lib/schema';
import { _parseIsoDate } from '../_lib/dates';
import { _ensurePolicy, _policyCheck } from './brand';
import { JurisdictionSchema, coversJurisdiction } from './meta';
import type { Policy } from './schema';
import { _quote } from '../_lib/quote';

// selectPolicy reads only the identity fields.
const PolicyIdentityCheck = /* @__PURE__ */ _policyCheck({});

/** Options of {@link selectPolicy}. */
export interface SelectPolicyOptions {
  /** The decision date, `YYYY-MM-DD` (WIB): the policy in force on it is chosen. Required. */
  readonly asOf: string;
  /**
   * The jurisdiction the decision is for, e.g. `ID-JB-3278`: only policies whose
   * jurisdiction covers it are candidates. Absent: every policy is a candidate.
   */
  readonly jurisdiction?: string;
}

const JurisdictionOptionSchema = /* @__PURE__ */ (() => z.object({ jurisdiction: z.exactOptional(JurisdictionSchema) }))();

/** A policy with its period as epoch days (`until` is +∞ when open-ended). */
interface Dated {
  readonly policy: Policy;
  readonly from: number;
  readonly until: number;
}

const byId = (a: Dated, b: Dated): number => (a.policy.id < b.policy.id ? -1 : a.policy.id > b.policy.id ? 1 : 0);
const names = (list: readonly Dated[]): string => list.map((d) => _quote(d.policy.id)).join(', ');

/**
 * The policy of one jurisdiction in force on `day`: among those whose period holds the
 * day, the one that took effect last. A policy given a period (`effectiveUntil`) claims
 * every day of it, so another policy taking effect inside that period is an overlap;
 * two taking effect on the same day are ambiguous.
 */
function inForce(candidates: readonly Dated[], day: number): Dated | undefined {
  let best: Dated | undefined;
  for (const c of candidates) if (best === undefined || c.from > best.from) best = c;
  if (best === undefined) return undefined;
  const tied = candidates.filter((c) => c.from === best.from).sort(byId);
  if (tied.length > 1) {
    throw new InputError([
      _issue(
        ['policies'],
        'ambiguous_policy',
        `Kebijakan ${names(tied)} untuk yurisdiksi ${best.policy.jurisdiction} sama-sama berlaku mulai ${best.policy.effectiveFrom}`,
        `Policies ${names(tied)} of jurisdiction ${best.policy.jurisdiction} all take effect on ${best.policy.effectiveFrom}`,
      ),
    ]);
  }
  const cut = candidates.filter((c) => c !== best && c.until !== Infinity && c.until >= day).sort(byId);
  if (cut.length > 0) {
    const periods = cut.map((c) => `${_quote(c.policy.id)} (${c.policy.effectiveFrom}–${c.policy.effectiveUntil ?? ''})`).join(', ');
    throw new InputError([
      _issue(
        ['policies'],
        'overlapping_policies',
        `Masa berlaku kebijakan yurisdiksi ${best.policy.jurisdiction} tumpang tindih: ${_quote(best.policy.id)} mulai ${best.policy.effectiveFrom}, di dalam masa berlaku ${periods}`,
        `Effective periods overlap in jurisdiction ${best.policy.jurisdiction}: ${_quote(best.policy.id)} takes effect on ${best.policy.effectiveFrom}, inside the period of ${periods}`,
      ),
    ]);
  }
  return best;
}

/**
 * Picks the policy in force on a date. Within one jurisdiction, the policy in force is
 * the one with the latest `effectiveFrom` on or before the date whose `effectiveUntil`,
 * if any, has not passed; across jurisdictions, the most specific one in force wins
 * (`ID-JB-3278` over `ID-JB` over `ID`). With `options.jurisdiction`, only policies
 * covering it are considered.
 *
 * A monthly roster uses the policy in force on the 1st of its month [D].
 *
 * @param policies - Candidate policies, in any order.
 * @param options - `asOf`: the decision date, `YYYY-MM-DD` (WIB), required; `jurisdiction`: the place the decision is for.
 * @returns The policy in force on `asOf`.
 * @throws {@link InputError} when no policy is in force (`no_policy_in_force`); when two
 *   policies of one jurisdiction take effect on the same day (`ambiguous_policy`) or one
 *   takes effect inside another's stated period (`overlapping_policies`); when the most
 *   specific policies in force belong to unrelated jurisdictions
 *   (`ambiguous_jurisdiction`); or when an argument is invalid. Each names the policies.
 *
 * @example
 * ```ts
 * import { selectPolicy, jabarMkd2023, jabarMkd2025, presets } from 'kerja-dinamis/policy';
 *
 * selectPolicy([jabarMkd2023, jabarMkd2025], { asOf: '2024-12-31' }).id;
 * //=> 'jabar-mkd-2023'
 * selectPolicy(presets, { asOf: '2025-04-21' }).id; // Jawa Barat is more specific than the national rule
 * //=> 'jabar-mkd-2025'
 * selectPolicy(presets, { asOf: '2026-07-02' }).id;
 * //=> 'jabar-mkd-2026'
 * selectPolicy(presets, { asOf: '2027-01-04' }).id; // SE 188 ended on 2026-12-31
 * //=> 'jabar-mkd-2025'
 * selectPolicy(presets, { asOf: '2026-07-02', jurisdiction: 'ID' }).id;
 * //=> 'national-fwa-2025'
 * ```
 */
export function selectPolicy(policies: readonly Policy[], options: SelectPolicyOptions): Policy {
  const { options: checked, asOf: date, asOfDay: day } = _asOfOptions(options, ['asOf', 'jurisdiction']);
  const jurisdiction = checked.jurisdiction;
  const opts = jurisdiction === undefined ? {} : _parse(JurisdictionOptionSchema, { jurisdiction }, ['options']);
  if (!Array.isArray(policies)) {
    throw new InputError([_issue(['policies'], 'invalid_type', 'Daftar kebijakan harus berupa larik', 'Policies must be an array')]);
  }
  const seen = new Set<Policy>();
  const byJurisdiction = new Map<string, Dated[]>();
  // A loop over the indices, not forEach: a hole is a missing policy, reported, not skipped.
  for (let index = 0; index < policies.length; index++) {
    const raw: unknown = policies[index];
    let policy: Policy;
    try {
      policy = _ensurePolicy(raw, PolicyIdentityCheck);
    } catch (error) {
      if (error instanceof InputError) {
        throw new InputError(error.issues.map((issue) => ({ ...issue, path: ['policies', index, ...issue.path.slice(1)] })));
      }
      throw error;
    }
    if (seen.has(policy)) continue;
    seen.add(policy);
    if (opts.jurisdiction !== undefined && !coversJurisdiction(policy.jurisdiction, opts.jurisdiction)) continue;
    const from = _parseIsoDate(policy.effectiveFrom) as number;
    const until = policy.effectiveUntil === undefined ? Infinity : (_parseIsoDate(policy.effectiveUntil) as number);
    if (from > day || until < day) continue;
    const list = byJurisdiction.get(policy.jurisdiction);
    if (list === undefined) byJurisdiction.set(policy.jurisdiction, [{ policy, from, until }]);
    else list.push({ policy, from, until });
  }
  const winners: Dated[] = [];
  for (const key of [...byJurisdiction.keys()].sort()) {
    const winner = inForce(byJurisdiction.get(key) as Dated[], day);
    if (winner !== undefined) winners.push(winner);
  }
  // The most specific: covered by every other winner's jurisdiction.
  const specific = winners.filter((w) => !winners.some((o) => o !== w && coversJurisdiction(w.policy.jurisdiction, o.policy.jurisdiction)));
  if (specific.length === 0) {
    const where = opts.jurisdiction === undefined ? '' : ` untuk yurisdiksi ${opts.jurisdiction}`;
    const whereEn = opts.jurisdiction === undefined ? '' : ` for jurisdiction ${opts.jurisdiction}`;
    throw new InputError([
      _issue(['options', 'asOf'], 'no_policy_in_force', `Tidak ada kebijakan yang berlaku pada ${date}${where}`, `No policy is in force on ${date}${whereEn}`),
    ]);
  }
  if (specific.length > 1) {
    const list = specific.map((w) => `${_quote(w.policy.id)} (${w.policy.jurisdiction})`).join(', ');
    throw new InputError([
      _issue(
        ['options', 'jurisdiction'],
        'ambiguous_jurisdiction',
        `Pada ${date} berlaku kebijakan dari yurisdiksi yang tidak saling mencakup: ${list}; sebutkan yurisdiksinya`,
        `On ${date} policies of unrelated jurisdictions are in force: ${list}; name the jurisdiction`,
      ),
    ]);
  }
  return (specific[0] as Dated).policy;
}
