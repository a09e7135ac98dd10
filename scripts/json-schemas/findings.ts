/**
 * The finding codes of every rule, as data for the output JSON Schemas. The library has
 * them only as types (each module's finding union); the checks at the end make a code
 * added to, removed from or moved between those unions a compile error here.
 */
import * as z from 'zod';
import type {
  EligibilityFinding,
  PredikatDistributionFinding,
  WorkPatternFinding,
} from '../../src/index';

/** Every finding the library returns. */
type AnyFinding = EligibilityFinding | PredikatDistributionFinding | WorkPatternFinding;
type Rule = AnyFinding['rule'];
type CodesOf<R extends Rule> = Extract<AnyFinding, { rule: R }>['code'];

/** The codes of each rule, in the order of the module's finding union. */
export const FINDING_CODES = {
  eligibility: [
    'eligibility_early_warning_level',
    'eligibility_early_warning_missing',
    'eligibility_early_warning_stale',
    'eligibility_early_warning_after_decision',
    'eligibility_early_warning_months_ignored',
    'eligibility_flexible_days',
    'eligibility_not_eligible_no_days',
    'eligibility_backup_partner_ignored',
  ],
  performance: [
    'performance_trk_minimum_met',
    'performance_trk_below_minimum',
    'performance_trk_absences_unknown',
    'performance_attendance_scored',
    'performance_skp_from_ratings',
    'performance_skp_from_realisation',
    'performance_component_unknown',
    'performance_weights_redistributed',
    'performance_disciplinary_penalty',
    'performance_scored',
    'performance_provisional_calendar',
    'performance_no_score',
  ],
  early_warning: [
    'early_warning_severe_predikat',
    'early_warning_flagged_predikat',
    'early_warning_disciplinary_penalty',
    'early_warning_score_below_threshold',
    'early_warning_trk_below_minimum',
    'early_warning_absent_days',
    'early_warning_flexible_days_without_check_in',
    'early_warning_month_clean',
    'early_warning_month_missing',
    'early_warning_level_raised',
    'early_warning_level_restored',
    'early_warning_level_kept',
    'early_warning_provisional_calendar',
    'early_warning_mkd_allowed',
    'early_warning_mkd_suspended',
  ],
  predikat_distribution: [
    'predikat_distribution_rule_met',
    'predikat_distribution_rule_broken',
    'predikat_distribution_empty',
  ],
  readiness: [
    'readiness_laptop_ok',
    'readiness_laptop_missing',
    'readiness_laptop_unknown',
    'readiness_laptop_ownership_not_allowed',
    'readiness_laptop_ownership_unknown',
    'readiness_bandwidth_ok',
    'readiness_download_too_low',
    'readiness_upload_too_low',
    'readiness_bandwidth_unknown',
    'readiness_bandwidth_stale',
    'readiness_bandwidth_in_future',
    'readiness_kmob_active',
    'readiness_kmob_inactive',
    'readiness_kmob_unknown',
    'readiness_workspace_declared',
    'readiness_workspace_not_declared',
    'readiness_workspace_unknown',
    'readiness_workplace_allowed',
    'readiness_workplace_conflict',
    'readiness_workplace_not_allowed',
    'readiness_workplace_unknown',
    'readiness_tte_active',
    'readiness_tte_inactive',
    'readiness_tte_unknown',
    'readiness_tte_not_applicable',
    'readiness_signs_letters_unknown',
  ],
  employee_criteria: [
    'employee_disciplinary_none',
    'employee_disciplinary_unknown',
    'employee_disciplinary_in_process',
    'employee_disciplinary_serving',
    'employee_disciplinary_served',
    'employee_disciplinary_recently_served',
    'employee_tenure_met',
    'employee_newly_placed',
    'employee_position_since_unknown',
    'employee_position_since_in_future',
  ],
  remoteness: [
    'remoteness_service_remote',
    'remoteness_service_hybrid',
    'remoteness_service_in_person',
    'remoteness_service_field',
    'remoteness_service_unknown',
    'remoteness_field_days',
    'remoteness_position_empty',
    'remoteness_position_field_only',
    'remoteness_position_indeterminate',
    'remoteness_position_in_person',
    'remoteness_position_hybrid',
    'remoteness_position_remote',
  ],
  talent_box: [
    'talent_level_from_score',
    'talent_level_score_mismatch',
    'talent_assessment_missing',
    'talent_assessment_outdated',
    'talent_assessment_in_future',
    'talent_box_classified',
    'talent_box_eligible',
    'talent_box_not_eligible',
    'talent_box_gate_off',
  ],
  work_pattern: [
    'work_pattern_allocated',
    'work_pattern_carry_in_assumed_zero',
    'work_pattern_cap_applied',
    'work_pattern_cap_exception',
    'work_pattern_cap_exception_not_allowed',
    'work_pattern_pin_dropped',
    'work_pattern_coverage_unmet',
    'work_pattern_collective_day',
    'work_pattern_collective_exempt',
    'work_pattern_provisional_calendar',
    'work_pattern_public_unit_on_site',
    'work_pattern_unit_collective',
    'work_pattern_unit_collective_not_allowed',
    'work_pattern_shortfall',
  ],
} as const satisfies { readonly [R in Rule]: readonly CodesOf<R>[] };

type Missing = { [R in Rule]: Exclude<CodesOf<R>, (typeof FINDING_CODES)[R][number]> }[Rule];
/** Compile-time check: no code of a finding union is missing above. */
export const _everyCodeListed: [Missing] extends [never] ? true : Missing = true;

const OutcomeSchema = z.enum(['pass', 'fail', 'unknown']).meta({ description: 'pass: the rule held; fail: it did not; unknown: the evidence was missing or stale.' });

/**
 * The evidence of a finding. Its keys depend on the code (see the finding types in the
 * API reference); the JSON Schema says only that it is an object of JSON values.
 */
const ParamsSchema = z.record(z.string(), z.unknown()).meta({ description: 'JSON-safe evidence (the values compared and the thresholds used); its keys depend on the code.' });

/** The schema of a finding of one of `rules`: closed, with the code one of the rule's. */
export function findingOf<R extends Rule>(...rules: readonly R[]) {
  const options = rules.map((rule) =>
    z.strictObject({
      rule: z.literal(rule),
      outcome: OutcomeSchema,
      code: z.enum(FINDING_CODES[rule] as unknown as [string, ...string[]]),
      params: ParamsSchema,
    }),
  );
  const [first, ...rest] = options;
  if (first === undefined) throw new Error('findingOf: no rule');
  return (rest.length === 0 ? first : z.discriminatedUnion('rule', [first, ...rest])).meta({
    description: 'One explained step of a decision: { rule, outcome, code, params }. Text comes from formatFinding.',
  });
}
