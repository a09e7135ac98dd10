/**
 * Eligibility: the five MKD gates combined into one decision per ASN that can be
 * defended line by line, for one employee or a whole unit, and a month planned from
 * records to roster in one call.
 *
 * The gates — employee criteria (PermenPANRB 4/2025), talent box (PermenPANRB 3/2020),
 * service remoteness, readiness, early warning — are all evaluated, so every reason is
 * listed at once. `NOT_ELIGIBLE` if any gate fails, else `INDETERMINATE` if any is
 * unknown, else `ELIGIBLE` with the flexible days a week the policy's pattern, the
 * position and the weekly cap allow. See docs/eligibility.md.
 *
 * @example
 * ```ts
 * import { assessEligibility } from 'kerja-dinamis/eligibility';
 * import { explain } from 'kerja-dinamis/locales';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const decision = assessEligibility(record, jabarMkd2025, '2026-03-02');
 * explain(decision, 'en').join('\n');
 * ```
 *
 * @module eligibility
 */
export {
  assessEligibility,
  assessUnit,
  type EligibilityDecision,
  type EligibilityStatus,
  type GateOutcome,
  type EligibilityOptions,
  type RejectedRecord,
  type UnitSummary,
  type UnitAssessment,
} from './assess';
export { planMonth, type PlanMonthOptions, type MonthPlan } from './plan';
export {
  EmployeeRecordSchema,
  EmployeePositionSchema,
  RecordPerformanceSchema,
  RecordRosterSchema,
  type EmployeeRecord,
  type EmployeePosition,
  type RecordPerformance,
  type RecordPerformanceMonth,
  type RecordRoster,
} from './schema';
export { GATES, type GateName, type EligibilityFinding, type EligibilityOwnFinding, type EligibilityFindingCode } from './findings';
