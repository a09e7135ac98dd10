import type { Finding } from '../_lib/finding';
import type { LaptopOwnership, Workplace } from '../policy/sections/readiness';

/** A readiness check of the policy. */
export type ReadinessCheck = 'laptop' | 'bandwidth' | 'kmob' | 'tte' | 'workspace';

/** Params every readiness finding carries: whether the policy requires the check (optional checks never change the status). */
export type ReadinessCheckParams = {
  /** `true` when the policy requires the check; an optional check is reported only. */
  required: boolean;
};

/** Every finding of the readiness checks (rule `readiness`). */
export type ReadinessFinding =
  | Finding<
      'readiness',
      'readiness_laptop_ok',
      ReadinessCheckParams & {
        /** Ownership of the laptop, when given. */
        ownership?: LaptopOwnership;
        /** Ownerships the policy accepts. */
        allowedOwnerships: LaptopOwnership[];
      }
    >
  | Finding<'readiness', 'readiness_laptop_missing' | 'readiness_laptop_unknown', ReadinessCheckParams>
  | Finding<
      'readiness',
      'readiness_laptop_ownership_not_allowed',
      ReadinessCheckParams & {
        /** Ownership of the laptop. */
        ownership: LaptopOwnership;
        /** Ownerships the policy accepts. */
        allowedOwnerships: LaptopOwnership[];
      }
    >
  | Finding<
      'readiness',
      'readiness_laptop_ownership_unknown',
      ReadinessCheckParams & {
        /** Ownerships the policy accepts (not all, so the ownership matters). */
        allowedOwnerships: LaptopOwnership[];
      }
    >
  | Finding<
      'readiness',
      'readiness_bandwidth_ok',
      ReadinessCheckParams & {
        /** Measured download speed, Mbit/s. */
        downloadMbps: number;
        /** Measured upload speed, Mbit/s. */
        uploadMbps: number;
        /** Policy minimum download speed, Mbit/s. */
        minDownloadMbps: number;
        /** Policy minimum upload speed, Mbit/s. */
        minUploadMbps: number;
        /** Date of the measurement. */
        measuredOn: string;
      }
    >
  | Finding<
      'readiness',
      'readiness_download_too_low',
      ReadinessCheckParams & {
        /** Measured download speed, Mbit/s. */
        downloadMbps: number;
        /** Policy minimum, Mbit/s. */
        minDownloadMbps: number;
        /** Date of the measurement. */
        measuredOn: string;
      }
    >
  | Finding<
      'readiness',
      'readiness_upload_too_low',
      ReadinessCheckParams & {
        /** Measured upload speed, Mbit/s. */
        uploadMbps: number;
        /** Policy minimum, Mbit/s. */
        minUploadMbps: number;
        /** Date of the measurement. */
        measuredOn: string;
      }
    >
  | Finding<'readiness', 'readiness_bandwidth_unknown', ReadinessCheckParams>
  | Finding<
      'readiness',
      'readiness_bandwidth_stale',
      ReadinessCheckParams & {
        /** Date of the measurement. */
        measuredOn: string;
        /** Its age in days on the decision date. */
        ageDays: number;
        /** The policy's maximum age in days. */
        maxAgeDays: number;
        /** Decision date. */
        asOf: string;
      }
    >
  | Finding<
      'readiness',
      'readiness_bandwidth_in_future',
      ReadinessCheckParams & {
        /** Date of the measurement. */
        measuredOn: string;
        /** Decision date, before it. */
        asOf: string;
      }
    >
  | Finding<'readiness', 'readiness_kmob_active' | 'readiness_kmob_inactive' | 'readiness_kmob_unknown', ReadinessCheckParams>
  | Finding<
      'readiness',
      | 'readiness_tte_active'
      | 'readiness_tte_inactive'
      | 'readiness_tte_unknown'
      | 'readiness_tte_not_applicable'
      | 'readiness_signs_letters_unknown',
      ReadinessCheckParams
    >
  | Finding<'readiness', 'readiness_workspace_declared' | 'readiness_workspace_not_declared' | 'readiness_workspace_unknown', ReadinessCheckParams>
  | Finding<
      'readiness',
      'readiness_workplace_allowed' | 'readiness_workplace_conflict',
      ReadinessCheckParams & {
        /** The workplace stated in the evidence, one the policy allows. */
        workplace: Workplace;
        /** Workplaces the policy allows. */
        allowedWorkplaces: Workplace[];
      }
    >
  | Finding<
      'readiness',
      'readiness_workplace_not_allowed',
      ReadinessCheckParams & {
        /** The workplace stated in the evidence, as given (any text, or a kind the policy leaves out). */
        workplace: string;
        /** Workplaces the policy allows. */
        allowedWorkplaces: Workplace[];
      }
    >
  | Finding<
      'readiness',
      'readiness_workplace_unknown',
      ReadinessCheckParams & {
        /** Workplaces the policy allows (not all, so the kind matters). */
        allowedWorkplaces: Workplace[];
      }
    >;

/** Code of a {@link ReadinessFinding}. */
export type ReadinessFindingCode = ReadinessFinding['code'];

/** Level of a disciplinary penalty (PP 94/2021): light, medium or heavy. */
export type PenaltyLevel = 'RINGAN' | 'SEDANG' | 'BERAT';

/** Params of the discipline findings that name the penalty, when known. */
export type PenaltyParams = {
  /** Level of the penalty, when given. */
  penalty?: PenaltyLevel;
};

/** Every finding of the employee criteria of PermenPANRB 4/2025 (rule `employee_criteria`). */
export type EmployeeCriteriaFinding =
  | Finding<'employee_criteria', 'employee_disciplinary_none' | 'employee_disciplinary_unknown', Record<string, never>>
  | Finding<'employee_criteria', 'employee_disciplinary_in_process', PenaltyParams>
  | Finding<
      'employee_criteria',
      'employee_disciplinary_serving',
      PenaltyParams & {
        /** Last day of the penalty, when given. */
        until?: string;
      }
    >
  | Finding<
      'employee_criteria',
      'employee_disciplinary_served',
      PenaltyParams & {
        /** Last day of the penalty. */
        until: string;
        /** Months after its end during which a penalty still counts under the policy. */
        lookbackMonths: number;
      }
    >
  | Finding<
      'employee_criteria',
      'employee_disciplinary_recently_served',
      PenaltyParams & {
        /** Last day of the penalty. */
        until: string;
        /** Months after its end during which a penalty still counts under the policy. */
        lookbackMonths: number;
        /** Last day on which it still counts. */
        countsUntil: string;
      }
    >
  | Finding<
      'employee_criteria',
      'employee_tenure_met',
      {
        /** Date placed in the current position. */
        positionSince: string;
        /** Whole months in the position on the decision date. */
        monthsInPosition: number;
        /** The policy's minimum. */
        minMonths: number;
      }
    >
  | Finding<
      'employee_criteria',
      'employee_newly_placed',
      {
        /** Date placed in the current position. */
        positionSince: string;
        /** Whole months in the position on the decision date. */
        monthsInPosition: number;
        /** The policy's minimum. */
        minMonths: number;
        /** First day the minimum is reached. */
        eligibleFrom: string;
      }
    >
  | Finding<'employee_criteria', 'employee_position_since_unknown', Record<string, never>>
  | Finding<
      'employee_criteria',
      'employee_position_since_in_future',
      {
        /** Date placed in the position. */
        positionSince: string;
        /** Decision date, before it. */
        asOf: string;
      }
    >;

/** Code of an {@link EmployeeCriteriaFinding}. */
export type EmployeeCriteriaFindingCode = EmployeeCriteriaFinding['code'];
