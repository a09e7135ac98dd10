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
 * import { assessEligibility, type EmployeeRecord } from 'kerja-dinamis/eligibility';
 * import { explain } from 'kerja-dinamis/locales';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const rina: EmployeeRecord = {
 *   nip: '198503152010012003',
 *   name: 'Rina Marlina',
 *   unitId: 'bidang-perencanaan',
 *   position: { title: 'Perencana Ahli Muda', serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false },
 *   talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-09-30' },
 *   readiness: { laptop: { available: true, ownership: 'DINAS' }, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2026-02-10' },
 *                kmobActive: true, workspaceDeclared: true },
 *   disciplinary: { status: 'NONE' },
 *   performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 4, lastMonth: '2026-02' } },
 * };
 * const decision = assessEligibility(rina, jabarMkd2025, { asOf: '2026-03-02' });
 * decision.gates.map((g) => `${g.gate}: ${g.outcome}`);
 * //=> ['employee_criteria: pass', 'talent_box: pass', 'remoteness: pass', 'readiness: pass', 'early_warning: pass']
 * const lines = explain(decision, { locale: 'en' });
 * lines[0];
 * //=> 'Eligible for MKD: at most 2 flexible days a week.'
 * lines.at(-1);
 * //=> 'Flexible days: the box 9 pattern gives 4, the position leaves 5 (5 − 0 on-site − 0 field days), the weekly cap is 2; so at most 2 days a week.'
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
