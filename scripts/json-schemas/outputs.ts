/**
 * zod schemas of what the library returns, for the output JSON Schemas in `schemas/`.
 * They live here, outside `src/`, so they never enter the library's bundle; the library
 * has these shapes as TypeScript types only. test/json-schemas.test.ts runs the real
 * functions and validates every result against the generated JSON Schema, so an
 * output field added without a line here fails there (objects are closed).
 */
import * as z from 'zod';
import {
  CAPAIAN_ORGANISASI,
  DISCIPLINARY_PENALTIES,
  EXPECTATION_LEVELS,
  GATES,
  HOLIDAY_KINDS,
  PERFORMANCE_COMPONENTS,
  POTENSIAL_LEVELS,
  PREDIKAT_ORDER,
  READINESS_CHECKS,
  RECOMMENDATIONS,
  WARNING_LEVELS,
  WEEKDAYS,
  type ComponentStatus,
  type DayStatus,
  type DistributionRuleId,
  type EligibilityStatus,
  type MonthClassification,
  type PinDropReason,
  type PositionMode,
  type ReadinessCheckOutcome,
  type ShortfallReason,
} from '../../src/index';
import { findingOf } from './findings';

/**
 * The values of a string union of the library, listed here: one missing is a compile
 * error (one extra is too, by the element type).
 */
const valuesOf =
  <U extends string>() =>
  <const L extends readonly [U, ...U[]]>(list: L & ([Exclude<U, L[number]>] extends [never] ? unknown : { missing: Exclude<U, L[number]> })): L =>
    list;

const text = z.string();
const count = z.number().int().min(0);
const date = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/).meta({ description: 'A calendar date, YYYY-MM-DD.' });
const month = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/).meta({ description: 'A month, YYYY-MM.' });
const weekday = z.enum(WEEKDAYS);
const box = z.number().int().min(1).max(9);
const predikat = z.enum(PREDIKAT_ORDER);

/** An object with exactly `keys`, each holding `value`. */
function closedRecord<K extends string, V extends z.ZodType>(keys: readonly K[], value: V) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);
}

export const LocalizedTextSchema = z.strictObject({ id: text, en: text }).meta({ description: 'A text in Bahasa Indonesia (id) and English (en).' });

export const PolicyRefSchema = z
  .strictObject({ id: text, version: text, effectiveFrom: date })
  .meta({ description: 'The policy a decision applied, for audit.' });

export const InputIssueSchema = z
  .strictObject({
    path: z.array(z.union([z.string(), z.number()])),
    code: text,
    message: LocalizedTextSchema,
  })
  .meta({ description: 'One problem of a refused input: where it is, a stable code, and the words in both languages.' });

const fieldDays = z.strictObject({ count, weekdays: z.array(weekday).optional() });
const positionMode = z.enum(valuesOf<PositionMode>()(['JARAK_JAUH', 'CAMPURAN', 'TATAP_MUKA', 'indeterminate']));

// talent-box

export const TalentBoxResultSchema = z.strictObject({
  status: z.enum(['classified', 'indeterminate']),
  box: box.optional(),
  kinerja: z.enum(EXPECTATION_LEVELS).optional(),
  potensial: z.enum(POTENSIAL_LEVELS).optional(),
  label: LocalizedTextSchema.optional(),
  recommendations: z.array(z.strictObject({ code: z.enum(Object.keys(RECOMMENDATIONS) as [string, ...string[]]), label: LocalizedTextSchema })),
  eligible: z.boolean().nullable(),
  findings: z.array(findingOf('talent_box')),
  policy: PolicyRefSchema,
});

// remoteness

export const RemotenessAssessmentSchema = z.strictObject({
  mode: positionMode,
  onsiteDaysRequired: count.optional(),
  fieldDays,
  findings: z.array(findingOf('remoteness')),
  policy: PolicyRefSchema,
});

export const ServiceFilterResultSchema = z.strictObject({
  remote: z.array(text),
  hybrid: z.array(text),
  inPerson: z.array(text),
  field: z.array(text),
  unknown: z.array(text),
});

// readiness

export const ReadinessResultSchema = z.strictObject({
  status: z.enum(['ready', 'not_ready', 'indeterminate']),
  checks: closedRecord(
    READINESS_CHECKS,
    z.strictObject({ required: z.boolean(), outcome: z.enum(valuesOf<ReadinessCheckOutcome>()(['pass', 'fail', 'unknown', 'not_applicable'])) }),
  ),
  findings: z.array(findingOf('readiness')),
  policy: PolicyRefSchema,
});

export const EmployeeCriteriaResultSchema = z.strictObject({
  status: z.enum(['met', 'not_met', 'indeterminate']),
  findings: z.array(findingOf('employee_criteria')),
  policy: PolicyRefSchema,
});

// performance

export const MonthlyPerformanceResultSchema = z.strictObject({
  employeeId: text,
  month,
  score: z.number().min(0).max(100).nullable(),
  breakdown: z.array(
    z.strictObject({
      component: z.enum(PERFORMANCE_COMPONENTS),
      weight: z.number(),
      effectiveWeight: z.number(),
      points: z.number().nullable(),
      contribution: z.number(),
      status: z.enum(valuesOf<ComponentStatus>()(['scored', 'unknown_zero', 'unknown_redistributed'])),
    }),
  ),
  predikat: predikat.optional(),
  netTrkMinutes: count.optional(),
  trkMinimum: count.optional(),
  workingDays: count,
  daysAbsentWithoutReason: count.optional(),
  flexibleDaysWithoutCheckIn: count.optional(),
  disciplinaryPenalty: z.enum(DISCIPLINARY_PENALTIES).optional(),
  findings: z.array(findingOf('performance')),
  policy: PolicyRefSchema,
});

const earlyWarningState = z.strictObject({
  level: z.enum(WARNING_LEVELS),
  flaggedStreak: count,
  cleanStreak: count,
  lastMonth: month.optional(),
});

export const EarlyWarningResultSchema = z.strictObject({
  employeeId: text.optional(),
  months: z.array(
    z.strictObject({
      month,
      classification: z.enum(valuesOf<MonthClassification>()(['severe', 'flagged', 'clean', 'missing'])),
      level: z.enum(WARNING_LEVELS),
      mkdAllowed: z.boolean(),
      mkdAllowedFor: month,
      flaggedStreak: count,
      cleanStreak: count,
      score: z.number().min(0).max(100).optional(),
      predikat: predikat.optional(),
      findings: z.array(findingOf('early_warning', 'performance')),
    }),
  ),
  finalState: earlyWarningState,
  policy: PolicyRefSchema,
});

export const PredikatDistributionResultSchema = z.strictObject({
  ok: z.boolean().nullable(),
  n: count,
  counts: closedRecord(PREDIKAT_ORDER, count),
  capaianOrganisasi: z.enum(CAPAIAN_ORGANISASI),
  rules: z.array(
    z.strictObject({
      rule: z.enum(valuesOf<DistributionRuleId>()(['SANGAT_BAIK_MAX', 'BAIK_MAX', 'BUTUH_PERBAIKAN_OR_KURANG_MIN', 'BUTUH_PERBAIKAN_MIN', 'KURANG_MIN', 'SANGAT_KURANG_MIN', 'KURANG_OR_BUTUH_PERBAIKAN_MIN'])),
      predikat: z.array(predikat),
      bound: z.enum(['max', 'min']),
      percent: z.number().nullable(),
      count,
      limit: count,
      ok: z.boolean(),
    }),
  ),
  findings: z.array(findingOf('predikat_distribution')),
});

// work-pattern

const patternSummary = {
  officeDays: count,
  flexibleDays: count,
  fieldDays: count,
  leaveDays: count,
  regularMinutes: count,
  flexibleMinutes: count,
};
const pin = z.strictObject({ employeeId: text, date });

export const WorkPatternResultSchema = z.strictObject({
  unitId: text,
  month,
  dates: z.array(date),
  roster: z.array(z.strictObject({ employeeId: text, days: z.array(z.enum(valuesOf<DayStatus>()(['KANTOR', 'FLEKSIBEL', 'LAPANGAN', 'CUTI', 'LIBUR']))) })),
  coverage: z.array(
    z.strictObject({
      date,
      weekday,
      present: count,
      flexible: count,
      onSite: count,
      required: count,
      met: z.boolean(),
      enforced: z.boolean(),
    }),
  ),
  patterns: z.array(
    z.strictObject({
      employeeId: text,
      weeklyCap: count,
      entitled: count,
      granted: count,
      shortfall: count,
      pinned: count,
      collectiveDays: count,
      flexibleWeekdays: z.array(weekday),
      weeks: z.array(z.strictObject({ week: text, start: date, end: date, ...patternSummary })),
      month: z.strictObject(patternSummary),
    }),
  ),
  shortfalls: z.array(
    z.strictObject({
      employeeId: text,
      entitled: count,
      granted: count,
      shortfall: count,
      reason: z.enum(valuesOf<ShortfallReason>()(['COVERAGE', 'BACKUP_PARTNER', 'COVERAGE_AND_BACKUP_PARTNER'])),
      blockedDates: z.array(date),
    }),
  ),
  pins: z.strictObject({
    kept: z.array(pin),
    dropped: z.array(
      pin.extend({
        reason: z.enum(valuesOf<PinDropReason>()(['OUTSIDE_MONTH', 'NON_WORKING_DAY', 'LEAVE_DAY', 'FIELD_DAY', 'ANCHOR_DAY', 'ONSITE_DAY', 'COLLECTIVE_DAY', 'OVER_CAP', 'BACKUP_PARTNER'])),
      }),
    ),
  }),
  totals: z.strictObject({ entitled: count, granted: count, maxShortfall: count, collectiveDays: count }),
  history: z.record(z.string(), count),
  findings: z.array(findingOf('work_pattern')),
  policy: PolicyRefSchema,
});

export const AllocateUnitsResultSchema = z.strictObject({
  results: z.array(WorkPatternResultSchema),
  rejected: z.array(z.strictObject({ index: count, unitId: text.optional(), issues: z.array(InputIssueSchema) })),
});

// eligibility

const ELIGIBILITY_STATUSES = valuesOf<EligibilityStatus>()(['ELIGIBLE', 'NOT_ELIGIBLE', 'INDETERMINATE']);

export const EligibilityDecisionSchema = z.strictObject({
  employeeId: text,
  name: text,
  unitId: text,
  status: z.enum(ELIGIBILITY_STATUSES),
  maxFlexibleDaysPerWeek: count,
  gates: z.array(z.strictObject({ gate: z.enum(GATES), outcome: z.enum(['pass', 'fail', 'unknown']) })),
  box: box.optional(),
  positionMode: positionMode,
  onsiteDaysRequired: count.optional(),
  fieldDays,
  warningLevel: z.enum(WARNING_LEVELS).optional(),
  findings: z.array(findingOf('eligibility', 'talent_box', 'remoteness', 'readiness', 'employee_criteria', 'early_warning', 'performance')),
  policy: PolicyRefSchema,
  asOf: date,
});

export const UnitAssessmentSchema = z.strictObject({
  results: z.array(EligibilityDecisionSchema),
  rejected: z.array(z.strictObject({ index: count, nip: text.optional(), issues: z.array(InputIssueSchema) })),
  summary: z.strictObject({
    total: count,
    byStatus: closedRecord(ELIGIBILITY_STATUSES, count),
    byFailingGate: closedRecord(GATES, count),
    byUnknownGate: closedRecord(GATES, count),
    rejected: count,
  }),
  policy: PolicyRefSchema,
  asOf: date,
});

export const MonthPlanSchema = z.strictObject({
  decisions: UnitAssessmentSchema,
  allocation: WorkPatternResultSchema,
  findings: z.array(findingOf('eligibility')),
});

// nip

export const NipResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    nip: z.string().regex(/^\d{18}$/),
    birthDate: date,
    appointmentMonth: month,
    sex: z.enum(['PRIA', 'WANITA']),
    sequence: count,
  }),
  z.strictObject({ ok: z.literal(false), issues: z.array(InputIssueSchema).min(1) }),
]);

// calendar

export const HolidaySchema = z.strictObject({
  date,
  kind: z.enum(HOLIDAY_KINDS),
  name: LocalizedTextSchema,
  movedFrom: date.optional(),
  approximate: z.boolean().optional(),
  provisional: z.literal(true).optional(),
});

export const HolidayListSchema = z.array(HolidaySchema);

export const DailyScheduleSchema = z.strictObject({
  date,
  weekday,
  workingDay: z.boolean(),
  start: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  end: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  breakMinutes: count,
  workMinutes: count,
  ramadan: z.boolean(),
  hijriYear: count.optional(),
  provisional: z.literal(true).optional(),
  holiday: HolidaySchema.optional(),
});

export const WorkingWeekListSchema = z.array(
  z.strictObject({ week: text, start: date, end: date, dates: z.array(date), workingDates: z.array(date) }),
);

/** The full finding union, for apps that store findings on their own. */
export const FindingSchema = findingOf('eligibility', 'talent_box', 'remoteness', 'readiness', 'employee_criteria', 'early_warning', 'performance', 'predikat_distribution', 'work_pattern');
