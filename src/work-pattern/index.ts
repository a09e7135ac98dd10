/**
 * Work patterns: who is at the office and who works flexibly on each day of a month,
 * and how many minutes are regular and how many flexible — while the unit stays
 * staffed.
 *
 * {@link allocateWorkPatterns} takes one unit and one month and returns a roster
 * that obeys every rule (holidays, leave, anchor and on-site weekdays, the weekly
 * cap, backup partners, coverage) and, among such rosters, grants the most flexible
 * days possible with the smallest possible largest shortfall — both exact, see
 * docs/work-pattern.md. {@link allocateUnits} does many units at once.
 *
 * @example
 * ```ts
 * import { allocateWorkPatterns } from 'kerja-dinamis/work-pattern';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const r = allocateWorkPatterns(
 *   { unit: { id: 'perencanaan' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 2 }, { id: 'B', flexibleDaysPerWeek: 2 }] },
 *   jabarMkd2025,
 * );
 * r.roster.map((row) => [row.employeeId, ...row.days.slice(1, 6)]); // 2–6 February: one of the two is always in
 * //=> [['A', 'FLEKSIBEL', 'KANTOR', 'FLEKSIBEL', 'KANTOR', 'KANTOR'], ['B', 'KANTOR', 'KANTOR', 'KANTOR', 'FLEKSIBEL', 'FLEKSIBEL']]
 * [r.totals.entitled, r.totals.granted];
 * //=> [16, 15] (16–17 February are holidays: that week has three days, and one of the two stays on site)
 * ```
 *
 * @module work-pattern
 */
export {
  allocateWorkPatterns,
  allocateUnits,
  type DayStatus,
  type RosterRow,
  type CoverageDay,
  type PatternSummary,
  type WeekSummary,
  type EmployeePattern,
  type Shortfall,
  type DroppedPin,
  type WorkPatternResult,
  type WorkPatternOptions,
  type RejectedUnit,
  type AllocateUnitsResult,
} from './allocate';
export {
  WorkPatternInputSchema,
  type WorkPatternInput,
  type WorkPatternUnit,
  type WorkPatternEmployee,
  type PinnedFlexibleDay,
} from './schema';
export type { WorkPatternFinding, WorkPatternFindingCode, PinDropReason, ShortfallReason } from './findings';
