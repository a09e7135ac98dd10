import type { Finding } from '../_lib/finding';
import type { TalentBoxFinding } from '../talent-box/findings';
import type { WorkPatternFinding } from '../work-pattern/findings';
import type { RemotenessFinding } from '../remoteness/findings';
import type { EmployeeCriteriaFinding, ReadinessFinding } from '../readiness/findings';
import type { EarlyWarningFinding, PerformanceFinding, PredikatDistributionFinding } from '../performance/findings';
import type { EligibilityOwnFinding, GateName } from '../eligibility/findings';

/** Every finding any module of the library can produce. */
export type AnyFinding =
  | TalentBoxFinding
  | RemotenessFinding
  | ReadinessFinding
  | EmployeeCriteriaFinding
  | WorkPatternFinding
  | PerformanceFinding
  | EarlyWarningFinding
  | PredikatDistributionFinding
  | EligibilityOwnFinding;

/** Every finding code of the library. */
export type FindingCode = AnyFinding['code'];

/** One message function per code of a set of findings, given that finding's params. */
export type MessagesFor<F extends Finding> = {
  readonly [K in F as K['code']]: (params: K['params']) => string;
};

/**
 * A message catalogue for one language. Typed over every finding code, so a
 * catalogue that misses a code does not compile.
 */
export interface LocaleCatalog {
  /** BCP 47 tag of the language, e.g. `id` or `en`. */
  readonly locale: string;
  /** A message for every finding code. */
  readonly messages: MessagesFor<AnyFinding>;
  /** How a whole eligibility decision is worded (the first line of `explain`). */
  readonly decision: DecisionWording;
}

/** The wording of an eligibility decision's headline, and the gate names. */
export interface DecisionWording {
  /** Headline of an `ELIGIBLE` decision, given its flexible days a week. */
  readonly eligible: (days: number) => string;
  /** Headline of a `NOT_ELIGIBLE` decision, given the gates that failed and those that could not be assessed. */
  readonly notEligible: (failed: readonly GateName[], unknown: readonly GateName[]) => string;
  /** Headline of an `INDETERMINATE` decision, given the gates that are unknown. */
  readonly indeterminate: (gates: readonly GateName[]) => string;
  /** The name of each gate. */
  readonly gate: Readonly<Record<GateName, string>>;
}
