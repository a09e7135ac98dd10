import type { Finding } from '../_lib/finding';
import type { ExpectationLevel } from '../_lib/levels';
import type { DisciplinaryPenalty, PerformanceComponent, Predikat, UnknownComponentMode } from '../policy/sections/performance';
import type { WarningLevel } from '../policy/sections/early-warning';
import type { CapaianOrganisasi, DistributionRuleId } from './tables';

/** TRK evidence: the raw and net minutes, and the minimum they were compared with. */
export type TrkEvidence = {
  /** Effective minutes logged in TRK (e-Kinerja), before deductions. */
  rawMinutes: number;
  /** Working days absent without reason. */
  daysAbsentWithoutReason: number;
  /** Minutes taken off: days absent × the policy's deduction (300). */
  deductionMinutes: number;
  /** rawMinutes − deductionMinutes, at least 0. */
  netMinutes: number;
  /** Working days of the month (calendar with the policy's overrides). */
  workingDays: number;
  /** Working days of approved leave. */
  leaveDays: number;
  /** ⌈monthly minimum × (workingDays − leaveDays) / workingDays⌉. */
  minimum: number;
  /** TRK points, 0–100: min(100, 100 × net / minimum), to hundredths. */
  points: number;
};

/** How one component's weight was changed by redistribution. */
export type WeightShare = {
  /** The component with data. */
  component: PerformanceComponent;
  /** Its weight in the policy. */
  weight: number;
  /** Its weight after taking its share of the unknown components' weight (to hundredths). */
  effectiveWeight: number;
};

/** Every finding of the monthly score (rule `performance`). */
export type PerformanceFinding =
  | Finding<'performance', 'performance_trk_minimum_met' | 'performance_trk_below_minimum', TrkEvidence>
  | Finding<
      'performance',
      'performance_trk_absences_unknown',
      {
        /** Effective minutes logged in TRK. */
        rawMinutes: number;
        /** The monthly minimum used, not prorated. */
        minimum: number;
      }
    >
  | Finding<
      'performance',
      'performance_attendance_scored',
      {
        /** Days present. */
        daysPresent: number;
        /** Working days absent without reason. */
        daysAbsentWithoutReason: number;
        /** Minutes late. */
        minutesLate: number;
        /** Minutes of early leave. */
        minutesEarlyLeave: number;
        /** Flexible days without a K-Mob check-in. */
        flexibleDaysWithoutCheckIn: number;
        /** Days of approved leave. */
        leaveDays: number;
        /** Working days of the month. */
        workingDays: number;
        /** Points taken off, before the floor at 0. */
        deductionPoints: number;
        /** Attendance points, 0–100, to hundredths. */
        points: number;
      }
    >
  | Finding<
      'performance',
      'performance_skp_from_ratings',
      {
        /** Hasil kerja rating. */
        hasilKerja: ExpectationLevel;
        /** Perilaku kerja rating. */
        perilakuKerja: ExpectationLevel;
        /** The predikat of the matrix. */
        predikat: Predikat;
        /** SKP points of that predikat under the policy. */
        points: number;
      }
    >
  | Finding<
      'performance',
      'performance_skp_from_realisation',
      {
        /** Percentage of the SKP targets realised. */
        targetRealisationPercent: number;
        /** SKP points: min(100, percent). */
        points: number;
      }
    >
  | Finding<
      'performance',
      'performance_component_unknown',
      {
        /** The component without data. */
        component: PerformanceComponent;
        /** Its weight in the policy. */
        weight: number;
        /** What the policy does with it. */
        mode: UnknownComponentMode;
      }
    >
  | Finding<
      'performance',
      'performance_weights_redistributed',
      {
        /** The components without data whose weight was shared. */
        unknown: PerformanceComponent[];
        /** The components with data and their new weights. */
        shares: WeightShare[];
      }
    >
  | Finding<
      'performance',
      'performance_disciplinary_penalty',
      {
        /** The penalty served or imposed this month. */
        penalty: DisciplinaryPenalty;
      }
    >
  | Finding<
      'performance',
      'performance_scored',
      {
        /** The score, 0–100, to hundredths. */
        score: number;
        /** The components that had data. */
        scored: PerformanceComponent[];
      }
    >
  | Finding<
      'performance',
      'performance_provisional_calendar',
      {
        /** The month scored, `YYYY-MM`, in a provisional year of the calendar. */
        month: string;
        /** Its working days, counted on the provisional calendar. */
        workingDays: number;
      }
    >
  | Finding<
      'performance',
      'performance_no_score',
      {
        /** The month, `YYYY-MM`. */
        month: string;
        /** No component had data, or only components whose weight is 0 had. */
        reason: 'NO_DATA' | 'NO_WEIGHTED_DATA';
      }
    >;

/** Code of a {@link PerformanceFinding}. */
export type PerformanceFindingCode = PerformanceFinding['code'];

/** Why a month counts as missing. */
export type MissingMonthReason = 'MARKED_MISSING' | 'NOT_GIVEN' | 'NO_DATA';

/** What raised a level. */
export type LevelRaiseCause = 'SEVERE' | 'STREAK' | 'PREDIKAT';

/** Every finding of the early-warning system (rule `early_warning`). */
export type EarlyWarningFinding =
  | Finding<
      'early_warning',
      'early_warning_severe_predikat' | 'early_warning_flagged_predikat',
      {
        /** The month, `YYYY-MM`. */
        month: string;
        /** The predikat of the month. */
        predikat: Predikat;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_disciplinary_penalty',
      {
        /** The month. */
        month: string;
        /** The penalty. */
        penalty: DisciplinaryPenalty;
        /** Whether the policy makes it severe (otherwise it flags the month). */
        severe: boolean;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_score_below_threshold',
      {
        /** The month. */
        month: string;
        /** The month's score. */
        score: number;
        /** The policy's threshold. */
        threshold: number;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_trk_below_minimum',
      {
        /** The month. */
        month: string;
        /** Net TRK minutes. */
        netTrkMinutes: number;
        /** The month's (prorated) minimum. */
        trkMinimum: number;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_absent_days' | 'early_warning_flexible_days_without_check_in',
      {
        /** The month. */
        month: string;
        /** Days counted. */
        days: number;
        /** The policy's threshold: this many or more flag the month. */
        threshold: number;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_month_clean',
      {
        /** The month. */
        month: string;
        /** The month's score, or `null` when it had none. */
        score: number | null;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_month_missing',
      {
        /** The month. */
        month: string;
        /** Marked missing, not given at all (a gap), or given without any data. */
        reason: MissingMonthReason;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_level_raised',
      {
        /** The month. */
        month: string;
        /** Level before the month. */
        from: WarningLevel;
        /** Level after it. */
        to: WarningLevel;
        /** Consecutive flagged (or severe) months, this one included. */
        flaggedStreak: number;
        /** A severe month, the streak table, or the predikat rule. */
        cause: LevelRaiseCause;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_level_restored',
      {
        /** The month. */
        month: string;
        /** Level before the month. */
        from: WarningLevel;
        /** Consecutive clean months, this one included. */
        cleanStreak: number;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_level_kept',
      {
        /** The month. */
        month: string;
        /** The level, unchanged. */
        level: WarningLevel;
        /** Consecutive flagged months. */
        flaggedStreak: number;
        /** Consecutive clean months. */
        cleanStreak: number;
        /** Clean months the policy needs to return to NORMAL. */
        cleanMonthsToRestore: number;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_provisional_calendar',
      {
        /** The month evaluated, `YYYY-MM`, scored on a provisional year of the calendar. */
        month: string;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_mkd_allowed',
      {
        /** The month MKD is allowed in (the one after the evaluated month). */
        forMonth: string;
        /** The level. */
        level: WarningLevel;
      }
    >
  | Finding<
      'early_warning',
      'early_warning_mkd_suspended',
      {
        /** The month MKD is suspended in (the one after the evaluated month). */
        forMonth: string;
        /** Consecutive clean months so far. */
        cleanStreak: number;
        /** Clean months the policy needs to restore MKD. */
        cleanMonthsToRestore: number;
      }
    >;

/** Code of an {@link EarlyWarningFinding}. */
export type EarlyWarningFindingCode = EarlyWarningFinding['code'];

/** The evidence of one distribution rule. */
export type DistributionEvidence = {
  /** The organisation's result. */
  capaianOrganisasi: CapaianOrganisasi;
  /** The rule. */
  rule: DistributionRuleId;
  /** The predikat counted together. */
  predikat: Predikat[];
  /** Upper or lower bound. */
  bound: 'max' | 'min';
  /** The bound as a percentage, or `null` for a bound on the count. */
  percent: number | null;
  /** Employees holding one of `predikat`. */
  count: number;
  /** Employees in all. */
  n: number;
  /** The largest (`max`) or smallest (`min`) count allowed. */
  limit: number;
};

/** Every finding of the distribution check (rule `predikat_distribution`). */
export type PredikatDistributionFinding =
  | Finding<'predikat_distribution', 'predikat_distribution_rule_met' | 'predikat_distribution_rule_broken', DistributionEvidence>
  | Finding<
      'predikat_distribution',
      'predikat_distribution_empty',
      {
        /** The organisation's result. */
        capaianOrganisasi: CapaianOrganisasi;
      }
    >;

/** Code of a {@link PredikatDistributionFinding}. */
export type PredikatDistributionFindingCode = PredikatDistributionFinding['code'];
