/**
 * Policies: every threshold, set and weight the MKD rules read, as validated data.
 *
 * A policy names who issued it, where (its jurisdiction) and when it is in force, and
 * the regulations it follows, and has one section per concern. Six presets ship with
 * the library: the national baseline and Jabar's policies since 2023;
 * a kabupaten/kota derives its own with {@link definePolicy} — or writes only its changes
 * in a policy file read by {@link parsePolicyFile} — and an app that keeps several
 * policies picks the one in force with {@link selectPolicy}. {@link POLICY_SETTINGS}
 * names every setting with its meaning and source; {@link describePolicy} shows a policy
 * setting by setting.
 *
 * @example
 * ```ts
 * import { definePolicy, jabarMkd2025, selectPolicy, jabarMkd2023, presets } from 'kerja-dinamis/policy';
 *
 * const tasik = definePolicy(jabarMkd2025, { id: 'tasikmalaya-mkd-2025', talentBox: { eligibleBoxes: [7, 8, 9] } });
 * tasik.talentBox.eligibleBoxes;
 * //=> [7, 8, 9]
 * selectPolicy([jabarMkd2023, jabarMkd2025], { asOf: '2026-01-05' }).id;
 * //=> 'jabar-mkd-2025'
 * selectPolicy(presets, { asOf: '2026-01-05' }).id; // every preset: the most specific in force
 * //=> 'jabar-mkd-2026'
 * ```
 *
 * @module policy
 */
export { PolicySchema, PolicyIdSchema, JurisdictionSchema, coversJurisdiction, type Policy, type PolicyRef } from './schema';
export { TalentBoxPolicySchema, TalentBoxNumberSchema, type TalentBoxPolicy, type TalentBoxNumber, type KinerjaCutOffs, type PotensialCutOffs } from './sections/talent-box';
export {
  RemotenessPolicySchema,
  ServiceEntrySchema,
  ServiceIdSchema,
  TaskCriteriaSchema,
  CatalogChangesSchema,
  SERVICE_MODES,
  SERVICE_CATEGORIES,
  TASK_CRITERIA,
  type RemotenessPolicy,
  type ServiceEntry,
  type ServiceWithMode,
  type ServiceByCriteria,
  type ServiceMode,
  type ServiceCategory,
  type TaskCriteria,
  type TaskCriterion,
  type CatalogChanges,
} from './sections/remoteness';
export {
  ReadinessPolicySchema,
  LAPTOP_OWNERSHIPS,
  WORKPLACES,
  type ReadinessPolicy,
  type ReadinessCheckPolicy,
  type LaptopCheckPolicy,
  type BandwidthCheckPolicy,
  type WorkspaceCheckPolicy,
  type LaptopOwnership,
  type Workplace,
} from './sections/readiness';
export { EmployeeCriteriaPolicySchema, type EmployeeCriteriaPolicy } from './sections/employee-criteria';
export { jabarMkd2023, jabarMkd2025, jabarWfhThursdayTrial2025, jabarWfhHalf2025, jabarMkd2026, nationalFwa2025, presets } from './presets';
export { definePolicy, parsePolicy, type PolicyOverrides, type DeepPartial } from './define';
export { parsePolicyFile, PolicyFileSchema, type PolicyFile, type ParsePolicyFileOptions } from './file';
export { POLICY_SETTINGS, POLICY_SETTING_UNITS, type PolicySetting, type PolicySettingUnit } from './settings';
export { describePolicy, type DescribePolicyOptions, type PolicySettingRow } from './describe';
export { selectPolicy, type SelectPolicyOptions } from './select';
export { policyRefOf } from './brand';
export {
  SchedulePolicySchema,
  RAMADAN_MINIMUM_WEEKLY_MINUTES,
  type SchedulePolicy,
  type RamadanHours,
  type WeekHours,
  type DayHours,
  type WorkingWeekday,
} from './sections/schedule';
export {
  CalendarOverridesSchema,
  HOLIDAY_KINDS,
  type CalendarOverrides,
  type HolidayEntry,
  type HolidayKind,
  type HolidayMove,
  type RamadanPeriod,
  type CalendarYearData,
} from './sections/calendar';
export { WorkPatternPolicySchema, WorkingWeekdaySchema, CAP_EXCEPTIONS, type WorkPatternPolicy, type CapException } from './sections/work-pattern';
export {
  PerformancePolicySchema,
  PREDIKAT_ORDER,
  PERFORMANCE_COMPONENTS,
  DISCIPLINARY_PENALTIES,
  UNKNOWN_COMPONENT_MODES,
  type PerformancePolicy,
  type ComponentWeights,
  type TrkRules,
  type AttendanceRules,
  type SkpRules,
  type PredikatPoints,
  type Predikat,
  type PerformanceComponent,
  type DisciplinaryPenalty,
  type UnknownComponentMode,
} from './sections/performance';
export { EarlyWarningPolicySchema, WARNING_LEVELS, type EarlyWarningPolicy, type WarningLevel } from './sections/early-warning';
export { EligibilityPolicySchema, type EligibilityPolicy, type TalentBoxKey } from './sections/eligibility';
