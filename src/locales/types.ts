import type { Finding } from '../_lib/finding';
import type { TalentBoxFinding } from '../talent-box/findings';
import type { WorkPatternFinding } from '../work-pattern/findings';
import type { RemotenessFinding } from '../remoteness/findings';
import type { EmployeeCriteriaFinding, ReadinessFinding } from '../readiness/findings';
import type { EarlyWarningFinding, PerformanceFinding, PredikatDistributionFinding } from '../performance/findings';

/** Every finding any module of the library can produce. */
export type AnyFinding =
  | TalentBoxFinding
  | RemotenessFinding
  | ReadinessFinding
  | EmployeeCriteriaFinding
  | WorkPatternFinding
  | PerformanceFinding
  | EarlyWarningFinding
  | PredikatDistributionFinding;

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
export interface Catalogue {
  /** BCP 47 tag of the language, e.g. `id` or `en`. */
  readonly locale: string;
  /** A message for every finding code. */
  readonly messages: MessagesFor<AnyFinding>;
}
