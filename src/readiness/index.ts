/**
 * Readiness to work away from the office, and the employee criteria of PermenPANRB
 * 4/2025.
 *
 * BKD Jabar asks that an ASN on MKD have work equipment (a laptop) and internet
 * bandwidth (Kompas, 20 Jun 2023); the project adds, as policy defaults [D], a recent
 * speed test, the K-Mob attendance app, an electronic signature (TTE) for those who sign
 * letters, and a declared workspace — of a kind the policy allows when the evidence
 * says which (PermenPANRB 4/2025 Pasal 12 ayat (1): another office of the agency, the
 * registered domicile, a place the PPK sets; see `WORKPLACES`). Each check is required
 * or optional in the policy; missing, stale or future-dated evidence is unknown, never
 * a silent pass. The
 * national rule also requires that the employee is not under a disciplinary penalty
 * and not newly placed. See docs/readiness.md.
 *
 * @example
 * ```ts
 * import { checkReadiness } from 'kerja-dinamis/readiness';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * checkReadiness({ laptop: { available: false } }, jabarMkd2025, { asOf: '2026-01-15' }).status;
 * //=> 'not_ready'
 * ```
 *
 * @module readiness
 */
export {
  checkReadiness,
  ReadinessEvidenceSchema,
  READINESS_CHECKS,
  type ReadinessEvidence,
  type LaptopEvidence,
  type BandwidthMeasurement,
  type TteEvidence,
  type ReadinessResult,
  type ReadinessCheckResult,
  type ReadinessCheckOutcome,
} from './check';
export {
  checkEmployeeCriteria,
  EmployeeCriteriaInputSchema,
  DisciplinaryRecordSchema,
  DISCIPLINARY_STATUSES,
  PENALTY_LEVELS,
  type EmployeeCriteriaInput,
  type DisciplinaryRecord,
  type DisciplinaryStatus,
  type EmployeeCriteriaResult,
} from './employee-criteria';
export type {
  ReadinessFinding,
  ReadinessFindingCode,
  ReadinessCheck,
  EmployeeCriteriaFinding,
  EmployeeCriteriaFindingCode,
  PenaltyLevel,
  ReadinessCheckParams,
  PenaltyParams,
} from './findings';
export { LAPTOP_OWNERSHIPS, WORKPLACES, type LaptopOwnership, type Workplace } from '../policy/sections/readiness';
export type { AsOfOptions } from '../_lib/options';
