import * as z from 'zod/mini';
import { EXPECTATION_LEVELS, type ExpectationLevel } from '../_lib/levels';
import { EntityIdSchema, IsoMonthSchema, _addIssue } from '../_lib/schema';
import { DISCIPLINARY_PENALTIES, type DisciplinaryPenalty } from '../policy/sections/performance';

/** TRK (Tunjangan Remunerasi Kinerja, e-Kinerja) data of one month. */
export interface TrkInput {
  /**
   * Effective minutes of activity logged and approved in TRK for the month, **raw**:
   * before the deduction for days absent without reason, which the library applies.
   */
  readonly effectiveMinutes: number;
}

/**
 * K-Mob attendance of one month, in working days and minutes. Days present, days absent
 * without reason and days of leave are distinct days, so together they are at most the
 * month's working days (the rest are days the export does not classify, e.g. official
 * travel).
 */
export interface AttendanceInput {
  /** Working days with a K-Mob attendance record (office or flexible). */
  readonly daysPresent: number;
  /** Working days absent without reason (tanpa keterangan). */
  readonly daysAbsentWithoutReason: number;
  /** Minutes late, summed over the month. */
  readonly minutesLate: number;
  /** Minutes of leaving early (pulang cepat), summed over the month. */
  readonly minutesEarlyLeave: number;
  /**
   * Flexible days with no K-Mob check-in. They are neither leave nor absence days
   * (whether the export also counts them in `daysPresent` does not matter).
   */
  readonly flexibleDaysWithoutCheckIn: number;
  /** Working days of approved leave (cuti); they prorate the TRK minimum. */
  readonly leaveDays: number;
}

/** SKP as the two ratings of PermenPANRB 6/2022; the predikat follows from the matrix. */
export interface SkpRatings {
  /** Rating of results (hasil kerja). */
  readonly hasilKerja: ExpectationLevel;
  /** Rating of behaviour (perilaku kerja, the BerAKHLAK values). */
  readonly perilakuKerja: ExpectationLevel;
}

/** SKP as the percentage of the month's targets realised. */
export interface SkpRealisation {
  /** Percentage of targets realised, 0–1000 with at most two decimals (100 = every target met). */
  readonly targetRealisationPercent: number;
}

/** Everything known about one employee's month. Any component may be absent: it is then unknown. */
export interface MonthlyPerformanceInput {
  /** Stable identifier of the employee (a NIP, or the app's id). */
  readonly employeeId: string;
  /** The month, `YYYY-MM` (WIB). Its working days come from the calendar with the policy's overrides. */
  readonly month: string;
  /** TRK minutes. */
  readonly trk?: TrkInput;
  /** K-Mob attendance. */
  readonly attendance?: AttendanceInput;
  /** SKP ratings or target realisation. */
  readonly skp?: SkpRatings | SkpRealisation;
  /** A disciplinary penalty (PP 94/2021) served or imposed in the month. */
  readonly disciplinaryPenalty?: DisciplinaryPenalty;
}


/** Minutes in 31 days: no month holds more. */
const MONTH_MINUTES = 31 * 24 * 60;
const minutes = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(0), z.maximum(MONTH_MINUTES)))();
const days = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(0), z.maximum(31)))();

/** @internal Shared with eligibility records. */
export const _TrkInputSchema = /* @__PURE__ */ (() => z.strictObject({ effectiveMinutes: minutes }))();

/** @internal Shared with eligibility records. */
export const _AttendanceInputSchema = /* @__PURE__ */ (() => z.strictObject({
  daysPresent: days,
  daysAbsentWithoutReason: days,
  minutesLate: minutes,
  minutesEarlyLeave: minutes,
  flexibleDaysWithoutCheckIn: days,
  leaveDays: days,
}))();

/**
 * Whether a realisation percentage is exact in hundredths (points are computed in
 * integer hundredths). Shared by the schema and guards.
 */
export function _hasAtMostTwoDecimals(value: number): boolean {
  return Math.abs(value * 100 - Math.round(value * 100)) <= 1e-6;
}

const SkpRatingsSchema = /* @__PURE__ */ (() => z.strictObject({
  hasilKerja: z.enum(EXPECTATION_LEVELS),
  perilakuKerja: z.enum(EXPECTATION_LEVELS),
}))();

const SkpRealisationSchema = /* @__PURE__ */ (() => z.strictObject({
  targetRealisationPercent: z.number().check(z.minimum(0), z.maximum(1000), z.superRefine((value, ctx) => {
      if (!_hasAtMostTwoDecimals(value)) {
        _addIssue(ctx, 'too_many_decimals', {
          id: `Persentase realisasi ${String(value).replace('.', ',')} memiliki lebih dari dua angka desimal`,
          en: `The realisation percentage ${value} has more than two decimals`,
        });
      }
    })),
}))();

/** @internal Shared with eligibility records. */
export const _SkpSchema = /* @__PURE__ */ (() => z.union([SkpRatingsSchema, SkpRealisationSchema]))();

/** @internal Shared with eligibility records. */
export const _DisciplinaryPenaltySchema = /* @__PURE__ */ (() => z.enum(DISCIPLINARY_PENALTIES))();

/**
 * Schema of {@link MonthlyPerformanceInput}. The check against the month's working days
 * (days present + absent + leave ≤ working days) needs the calendar, so
 * `scoreMonthlyPerformance` makes it after this parse.
 */
export const MonthlyPerformanceInputSchema = /* @__PURE__ */ (() => z.strictObject({
  employeeId: EntityIdSchema,
  month: IsoMonthSchema,
  trk: z.exactOptional(_TrkInputSchema),
  attendance: z.exactOptional(_AttendanceInputSchema),
  skp: z.exactOptional(_SkpSchema),
  disciplinaryPenalty: z.exactOptional(_DisciplinaryPenaltySchema),
}))();
