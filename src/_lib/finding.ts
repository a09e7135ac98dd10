import type { JsonObject } from './json';

/** Outcome of one rule: it held, it did not, or the evidence was missing or stale. */
export type Outcome = 'pass' | 'fail' | 'unknown';

/**
 * One explained step of a decision. Text is produced separately by
 * `formatFinding(finding, locale)` from the `id` and `en` catalogues.
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
