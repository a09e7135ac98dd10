import type { JsonObject } from './json';
import { _deepFreeze } from './freeze';

/** Outcome of one rule: it held, it did not, or the evidence was missing or stale. */
export type Outcome = 'pass' | 'fail' | 'unknown';

/**
 * One explained step of a decision. Text is produced separately by
 * `formatFinding(finding, { locale })` from the `id` and `en` catalogues.
 *
 * @typeParam R - the rule (gate) the finding belongs to, e.g. `talent_box`
 * @typeParam C - the stable snake_case code, e.g. `talent_box_not_eligible`
 * @typeParam P - JSON-safe evidence: the numbers and thresholds compared
 */
export interface Finding<R extends string = string, C extends string = string, P extends JsonObject = JsonObject> {
  /** The rule or gate that produced the finding. */
  readonly rule: R;
  /** Whether the rule held (`pass`), did not (`fail`), or could not be decided (`unknown`). */
  readonly outcome: Outcome;
  /** Stable snake_case identifier; the key into the message catalogues. */
  readonly code: C;
  /** JSON-safe evidence: the values compared and the thresholds used. */
  readonly params: P;
}

/** Builds a frozen finding; `_` prefix marks a library internal. */
export function _finding<R extends string, C extends string, P extends JsonObject>(
  rule: R,
  outcome: Outcome,
  code: C,
  params: P,
): Finding<R, C, P> {
  return { rule, outcome, code, params };
}

/**
 * Findings shared by the decisions of one call, by their code and, when the finding
 * carries one, the evidence value it depends on (codes are unique across modules). A
 * batch caller passes one to a gate's checked core so that a finding many records have
 * alike is built once and frozen; without one every finding is built anew. JSON is the
 * same either way.
 */
export type _FindingCache = Map<string, Map<unknown, Finding>>;

/**
 * The finding for `code` and `variant` in `cache`, built by `make` and deep-frozen the
 * first time; a new one from `make` when there is no cache. `make` must depend on nothing
 * but the code, the variant and the call's policy and date, and must not put the caller's
 * objects in the finding (freezing them would mutate the input).
 */
export function _sharedFinding<F extends Finding>(cache: _FindingCache | undefined, code: F['code'], variant: unknown, make: () => F): F {
  if (cache === undefined) return make();
  let byVariant = cache.get(code);
  if (byVariant === undefined) cache.set(code, (byVariant = new Map()));
  let found = byVariant.get(variant) as F | undefined;
  if (found === undefined) byVariant.set(variant, (found = _deepFreeze(make())));
  return found;
}
