import type { Finding } from '../_lib/finding';
import type { CapException } from '../policy/sections/work-pattern';
import type { WarningLevel } from '../policy/sections/early-warning';
import type { TalentBoxNumber } from '../policy/sections/talent-box';
import type { TalentBoxFinding } from '../talent-box/findings';
import type { RemotenessFinding } from '../remoteness/findings';
import type { EmployeeCriteriaFinding, ReadinessFinding } from '../readiness/findings';
import type { EarlyWarningFinding, PerformanceFinding } from '../performance/findings';

/** The five MKD gates, in the order they are evaluated and reported. */
export const GATES = ['employee_criteria', 'talent_box', 'remoteness', 'readiness', 'early_warning'] as const;

/** One of the five MKD gates. */
export type GateName = (typeof GATES)[number];

/** The findings the eligibility decision adds to those of the gates (rule `eligibility`). */
export type EligibilityOwnFinding =
  | Finding<
      'eligibility',
      'eligibility_early_warning_level',
      {
        /** The warning level after the last month evaluated. */
        level: WarningLevel;
        /** The last month evaluated, when known. */
        lastMonth: string | null;
        /** The month the decision is for. */
        decisionMonth: string;
      }
    >
  | Finding<
      'eligibility',
      'eligibility_early_warning_missing',
      {
        /** What the policy makes of it: `UNKNOWN` or `NORMAL`. */
        treatedAs: 'UNKNOWN' | 'NORMAL';
      }
    >
  | Finding<
      'eligibility',
      'eligibility_early_warning_stale',
      {
        /** The last month evaluated, or `null` when the saved state does not say. */
        lastMonth: string | null;
        /** The month the decision is for. */
        decisionMonth: string;
        /** The policy's `maxEarlyWarningAgeMonths`. */
        maxAgeMonths: number;
      }
    >
  | Finding<
      'eligibility',
      'eligibility_early_warning_after_decision',
      {
        /** The last month of the saved state, not before the decision month. */
        lastMonth: string;
        /** The month the decision is for. */
        decisionMonth: string;
      }
    >
  | Finding<
      'eligibility',
      'eligibility_early_warning_months_ignored',
      {
        /** Months given that are not before the decision month. */
        months: string[];
        /** The month the decision is for. */
        decisionMonth: string;
      }
    >
  | Finding<
      'eligibility',
      'eligibility_flexible_days',
      {
        /** The talent box the pattern was read for, or `null` (no box gate or no box). */
        box: TalentBoxNumber | null;
        /** Flexible days by the policy's pattern for the box (or without a box). */
        pattern: number;
        /** On-site days a week the position needs. */
        onsiteDaysRequired: number;
        /** Field-duty days a week. */
        fieldDays: number;
        /** 5 − on-site − field days: what the position leaves. */
        positionLimit: number;
        /** The weekly cap applied. */
        cap: number;
        /** The approved cap exception, when the record has one. */
        capException: CapException | null;
        /** Whether the policy recognises that exception. */
        capExceptionRecognised: boolean;
        /** The result: min(pattern, positionLimit, cap). */
        days: number;
      }
    >
  | Finding<
      'eligibility',
      'eligibility_not_eligible_no_days',
      {
        /** The gate outcome that made the decision. */
        status: 'NOT_ELIGIBLE' | 'INDETERMINATE';
      }
    >
  | Finding<
      'eligibility',
      'eligibility_backup_partner_ignored',
      {
        /** The employee. */
        employeeId: string;
        /** The partner named. */
        partnerNip: string;
        /** Why the pairing is not used: the partner is not a decided record of the unit, the pairing is not mutual, or the record names its own NIP. */
        reason: 'NOT_IN_UNIT' | 'NOT_MUTUAL' | 'SELF';
      }
    >;

/** Every finding an eligibility decision can carry: the gates' and its own. */
export type EligibilityFinding =
  | EligibilityOwnFinding
  | TalentBoxFinding
  | RemotenessFinding
  | ReadinessFinding
  | EmployeeCriteriaFinding
  | EarlyWarningFinding
  | PerformanceFinding;

/** Code of an {@link EligibilityOwnFinding}. */
export type EligibilityFindingCode = EligibilityOwnFinding['code'];
