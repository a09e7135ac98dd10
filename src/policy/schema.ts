import * as z from 'zod/mini';
import type { LocalizedText } from '../_lib/errors';
import { _PolicyMetaSchema, _refinePolicyMeta } from './meta';
import { _refinePolicyCoherence } from './coherence';
import { TalentBoxPolicySchema, type TalentBoxPolicy } from './sections/talent-box';
import { SchedulePolicySchema, type SchedulePolicy } from './sections/schedule';
import { CalendarOverridesSchema, type CalendarOverrides } from './sections/calendar';
import { WorkPatternPolicySchema, type WorkPatternPolicy } from './sections/work-pattern';
import { RemotenessPolicySchema, type RemotenessPolicy } from './sections/remoteness';
import { ReadinessPolicySchema, type ReadinessPolicy } from './sections/readiness';
import { EmployeeCriteriaPolicySchema, type EmployeeCriteriaPolicy } from './sections/employee-criteria';
import { PerformancePolicySchema, type PerformancePolicy } from './sections/performance';
import { EarlyWarningPolicySchema, type EarlyWarningPolicy } from './sections/early-warning';
import { EligibilityPolicySchema, type EligibilityPolicy } from './sections/eligibility';

/**
 * A complete MKD policy: who issued it, from when it applies, the regulations it
 * follows, and one section per concern. Every threshold, set and weight the rules
 * read lives here; nothing is a hidden constant.
 */
export interface Policy {
  /** Stable identifier, e.g. `jabar-mkd-2025`. */
  readonly id: string;
  /** Version of this policy text, e.g. `2025.1`. */
  readonly version: string;
  /**
   * Where the policy applies: `ID` (national), `ID-JB` (Jawa Barat, ISO 3166-2) or
   * `ID-JB-<BPS code>` for a kabupaten/kota, e.g. `ID-JB-3278` for Kota Tasikmalaya.
   * {@link selectPolicy} prefers the most specific jurisdiction in force.
   */
  readonly jurisdiction: string;
  /** First day (WIB, `YYYY-MM-DD`) on which the policy is in force. */
  readonly effectiveFrom: string;
  /**
   * Last day (WIB, `YYYY-MM-DD`) on which the policy is in force, for a policy set for a
   * period (a circular valid until the end of a year). Absent: in force until a later
   * policy of its jurisdiction takes effect.
   */
  readonly effectiveUntil?: string;
  /** Human name in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** The regulations the policy follows, e.g. `PermenPANRB 3/2020`. */
  readonly basis: readonly string[];
  /** `id` of the policy it was derived from by `definePolicy`. */
  readonly extends?: string;
  /** The talent-box gate. */
  readonly talentBox: TalentBoxPolicy;
  /** Working hours per weekday, regular and during Ramadan (Perpres 21/2023). */
  readonly schedule: SchedulePolicy;
  /** Changes to the built-in working calendar (holidays added, removed or moved; whole years; Ramadan periods). */
  readonly calendar: CalendarOverrides;
  /** Weekly caps, unit coverage, core online minutes and collective flexible weekdays. */
  readonly workPattern: WorkPatternPolicy;
  /** The service-remoteness gate: on-site days and catalogue changes. */
  readonly remoteness: RemotenessPolicy;
  /** The readiness checks: laptop, bandwidth, K-Mob, TTE, workspace. */
  readonly readiness: ReadinessPolicy;
  /** The employee criteria of PermenPANRB 4/2025. */
  readonly employeeCriteria: EmployeeCriteriaPolicy;
  /** Monthly performance score: component weights, TRK minimum and deduction, attendance and SKP points. */
  readonly performance: PerformancePolicy;
  /** Early warning: score threshold, severe and flagged predikat, streak levels, clean months to restore MKD. */
  readonly earlyWarning: EarlyWarningPolicy;
  /** How the gates combine, and flexible days a week by talent box. */
  readonly eligibility: EligibilityPolicy;
}

/** The part of a policy that every decision carries for audit. */
export interface PolicyRef {
  /** The policy's `id`. */
  readonly id: string;
  /** The policy's `version`. */
  readonly version: string;
  /** The policy's `effectiveFrom`. */
  readonly effectiveFrom: string;
}

/**
 * Schema of a {@link Policy}; unknown keys are rejected so that a typo is never silently
 * ignored, and settings of different sections that contradict each other are refused
 * (an eligible box without flexible days: `eligible_box_without_days`).
 */
export const PolicySchema = /* @__PURE__ */ (() => z.extend(_PolicyMetaSchema, {
  talentBox: TalentBoxPolicySchema,
  schedule: SchedulePolicySchema,
  calendar: CalendarOverridesSchema,
  workPattern: WorkPatternPolicySchema,
  remoteness: RemotenessPolicySchema,
  readiness: ReadinessPolicySchema,
  employeeCriteria: EmployeeCriteriaPolicySchema,
  performance: PerformancePolicySchema,
  earlyWarning: EarlyWarningPolicySchema,
  eligibility: EligibilityPolicySchema,
}).check(z.superRefine((value, ctx) => {
  _refinePolicyMeta(value, ctx);
  _refinePolicyCoherence(value, ctx);
})))();

export { PolicyIdSchema, JurisdictionSchema, coversJurisdiction } from './meta';
