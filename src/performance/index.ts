/**
 * Monthly performance: the score that keeps MKD, the predikat of PermenPANRB 6/2022, and
 * BKD Jabar's early-warning system that suspends MKD and restores it.
 *
 * "Kinerja ASN setiap bulan juga akan dievaluasi" (Kompas, 20 June 2023): each month
 * {@link scoreMonthlyPerformance} turns TRK (e-Kinerja) minutes, K-Mob attendance and SKP
 * into a 0–100 score whose breakdown adds up exactly; {@link evaluateEarlyWarning} runs
 * the months through the warning levels NORMAL → WASPADA → PERINGATAN → DICABUT and says
 * whether MKD is allowed the following month; {@link predikatKinerja} and
 * {@link checkPredikatDistribution} are the predikat matrix and the distribution rules.
 * See docs/performance-score.md, docs/early-warning.md and docs/predikat-distribution.md.
 *
 * @example
 * ```ts
 * import { scoreMonthlyPerformance, evaluateEarlyWarning } from 'kerja-dinamis/performance';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const january = scoreMonthlyPerformance({ employeeId: 'A', month: '2026-01', trk: { effectiveMinutes: 6400 } }, jabarMkd2025);
 * january.score;
 * //=> 100 (TRK alone, its weight redistributed from the components without data)
 * evaluateEarlyWarning([january], jabarMkd2025).months[0]?.mkdAllowed;
 * //=> true (for 2026-02)
 * ```
 *
 * @module performance
 */
export { predikatKinerja } from './predikatKinerja';
export {
  PREDIKAT_MATRIX,
  CAPAIAN_ORGANISASI,
  PREDIKAT_DISTRIBUTION_RULES,
  type CapaianOrganisasi,
  type DistributionRule,
  type DistributionRuleId,
} from './tables';
export {
  MonthlyPerformanceInputSchema,
  type MonthlyPerformanceInput,
  type TrkInput,
  type AttendanceInput,
  type SkpRatings,
  type SkpRealisation,
} from './schema';
export { scoreMonthlyPerformance, type MonthlyPerformanceResult, type BreakdownEntry, type ComponentStatus, type PerformanceOptions } from './scoreMonthlyPerformance';
export {
  evaluateEarlyWarning,
  EarlyWarningStateSchema,
  EarlyWarningMonthSchema,
  type EarlyWarningState,
  type EarlyWarningMonthInput,
  type MissingMonth,
  type ScoredMonth,
  type EarlyWarningEntry,
  type EarlyWarningResult,
  type EarlyWarningOptions,
  type MonthClassification,
} from './evaluateEarlyWarning';
export {
  checkPredikatDistribution,
  type PredikatDistributionResult,
  type PredikatDistributionOptions,
  type DistributionRuleResult,
  type PredikatCounts,
} from './checkPredikatDistribution';
export type {
  PerformanceFinding,
  PerformanceFindingCode,
  EarlyWarningFinding,
  EarlyWarningFindingCode,
  PredikatDistributionFinding,
  PredikatDistributionFindingCode,
  TrkEvidence,
  WeightShare,
  DistributionEvidence,
  MissingMonthReason,
  LevelRaiseCause,
} from './findings';
export {
  PREDIKAT_ORDER,
  PERFORMANCE_COMPONENTS,
  DISCIPLINARY_PENALTIES,
  type Predikat,
  type PerformanceComponent,
  type DisciplinaryPenalty,
  type UnknownComponentMode,
} from '../policy/sections/performance';
export { WARNING_LEVELS, type WarningLevel } from '../policy/sections/early-warning';
