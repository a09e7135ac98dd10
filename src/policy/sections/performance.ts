import * as z from 'zod/mini';
import { _addIssue } from '../../_lib/schema';

/**
 * The five predikat kinerja of PermenPANRB 6/2022, **lowest first** (like
 * `EXPECTATION_LEVELS`): the index of a predikat is its rank, so
 * `PREDIKAT_ORDER.indexOf(a) > PREDIKAT_ORDER.indexOf(b)` means `a` is better.
 */
export const PREDIKAT_ORDER = ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'] as const;

/** A predikat kinerja: `SANGAT_BAIK` > `BAIK` > `BUTUH_PERBAIKAN` > `KURANG` > `SANGAT_KURANG`. */
export type Predikat = (typeof PREDIKAT_ORDER)[number];

/** The components of the monthly score, in the order the breakdown lists them. */
export const PERFORMANCE_COMPONENTS = ['TRK', 'KEHADIRAN', 'SKP'] as const;

/**
 * A component of the monthly score: `TRK` (effective minutes logged in e-Kinerja for the
 * Tunjangan Remunerasi Kinerja), `KEHADIRAN` (attendance discipline from K-Mob), `SKP`
 * (Sasaran Kinerja Pegawai: ratings or target realisation).
 */
export type PerformanceComponent = (typeof PERFORMANCE_COMPONENTS)[number];

/** Disciplinary penalties (hukuman disiplin) of PP 94/2021: light, moderate, severe. */
export const DISCIPLINARY_PENALTIES = ['RINGAN', 'SEDANG', 'BERAT'] as const;

/** A disciplinary penalty (hukuman disiplin, PP 94/2021): `RINGAN`, `SEDANG` or `BERAT`. */
export type DisciplinaryPenalty = (typeof DISCIPLINARY_PENALTIES)[number];

/** What a component without data does to the score. */
export const UNKNOWN_COMPONENT_MODES = ['ZERO', 'REDISTRIBUTE'] as const;

/**
 * `ZERO`: a component without data keeps its weight and scores 0 points.
 * `REDISTRIBUTE`: it is left out and its weight is shared among the components with
 * data, in proportion to their weights.
 */
export type UnknownComponentMode = (typeof UNKNOWN_COMPONENT_MODES)[number];

/** The weight of each component; integers that add up to 100. */
export interface ComponentWeights {
  /** TRK effective minutes. Default 50 [D] (domain reference §6). */
  readonly TRK: number;
  /** Attendance discipline (K-Mob). Default 30 [D]. */
  readonly KEHADIRAN: number;
  /** SKP ratings or target realisation. Default 20 [D]. */
  readonly SKP: number;
}

/** How TRK minutes become points. */
export interface TrkRules {
  /**
   * Effective minutes a month that earn full TRK points, before proration for approved
   * leave. 6,000 in Jabar's TRK [S]. The minimum of a month is
   * `⌈monthlyMinimumMinutes × (workingDays − leaveDays) / workingDays⌉` [D].
   */
  readonly monthlyMinimumMinutes: number;
  /** Minutes taken off the raw TRK minutes for each working day absent without reason. 300 in Jabar's TRK [S]. */
  readonly absenceDeductionMinutes: number;
}

/** How K-Mob attendance becomes points: 100 less the deductions, never below 0. */
export interface AttendanceRules {
  /** Points taken off for each working day absent without reason. Default 10 [D]. */
  readonly absentDayPoints: number;
  /** Points taken off for each flexible day without a K-Mob check-in. Default 5 [D]. */
  readonly flexibleDayWithoutCheckInPoints: number;
  /**
   * Minutes late or leaving early that cost one point, pro rata (with 10, 65 minutes
   * cost 6.5 points). Default 10 [D].
   */
  readonly lateOrEarlyMinutesPerPoint: number;
}

/** SKP points (0–100) for each predikat. */
export interface PredikatPoints {
  /** Sangat Baik. Default 100 [D] (PerBKN 3/2023 converts it at 150 %, capped at 100). */
  readonly SANGAT_BAIK: number;
  /** Baik. Default 100 [D] (PerBKN 3/2023: 100 %). */
  readonly BAIK: number;
  /** Butuh Perbaikan. Default 75 [D] (PerBKN 3/2023: 75 %). */
  readonly BUTUH_PERBAIKAN: number;
  /** Kurang. Default 50 [D] (PerBKN 3/2023: 50 %). */
  readonly KURANG: number;
  /** Sangat Kurang. Default 25 [D] (PerBKN 3/2023: 25 %). */
  readonly SANGAT_KURANG: number;
}

/** How SKP becomes points. */
export interface SkpRules {
  /**
   * Points of the predikat given by the ratings. A target realisation percentage scores
   * `min(100, percent)` points instead.
   */
  readonly predikatPoints: PredikatPoints;
}

/**
 * The monthly performance score (domain reference §6): components, weights and how each
 * component's data become 0–100 points. Every value is a [D] default of this project
 * unless marked otherwise; BKD's own tables are not public.
 */
export interface PerformancePolicy {
  /** Weight of each component; integers adding up to 100. Default TRK 50, KEHADIRAN 30, SKP 20 [D]. */
  readonly weights: ComponentWeights;
  /**
   * What a component without data does: `ZERO` (scores 0 with its weight) or
   * `REDISTRIBUTE` (its weight is shared among the others). Default `REDISTRIBUTE` [D]:
   * missing evidence is reported as unknown, not counted as a failure.
   */
  readonly unknownComponent: UnknownComponentMode;
  /** TRK minutes. */
  readonly trk: TrkRules;
  /** K-Mob attendance. */
  readonly attendance: AttendanceRules;
  /** SKP. */
  readonly skp: SkpRules;
}

const points = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(0), z.maximum(100)))();

/** Schema of {@link PerformancePolicy}: the weights must add up to 100. */
export const PerformancePolicySchema = /* @__PURE__ */ (() => z.strictObject({
  weights: z.strictObject({ TRK: points, KEHADIRAN: points, SKP: points }),
  unknownComponent: z.enum(UNKNOWN_COMPONENT_MODES),
  trk: z.strictObject({
    monthlyMinimumMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(44_640)),
    absenceDeductionMinutes: z.number().check(z.int(), z.minimum(0), z.maximum(1440)),
  }),
  attendance: z.strictObject({
    absentDayPoints: points,
    flexibleDayWithoutCheckInPoints: points,
    lateOrEarlyMinutesPerPoint: z.number().check(z.int(), z.minimum(1), z.maximum(44_640)),
  }),
  skp: z.strictObject({
    predikatPoints: z.strictObject({ SANGAT_BAIK: points, BAIK: points, BUTUH_PERBAIKAN: points, KURANG: points, SANGAT_KURANG: points }),
  }),
}).check(z.superRefine((value, ctx) => {
    const { TRK, KEHADIRAN, SKP } = value.weights;
    const sum = TRK + KEHADIRAN + SKP;
    if (sum !== 100) {
      _addIssue(
        ctx,
        'performance_weights_sum',
        {
          id: `Bobot komponen TRK ${TRK} + kehadiran ${KEHADIRAN} + SKP ${SKP} berjumlah ${sum}, harus 100`,
          en: `The component weights TRK ${TRK} + attendance ${KEHADIRAN} + SKP ${SKP} add up to ${sum}, not 100`,
        },
        ['weights'],
      );
    }
    // A better predikat is never worth fewer SKP points than a worse one.
    const byRank = PREDIKAT_ORDER.map((p) => value.skp.predikatPoints[p]);
    for (let k = 1; k < PREDIKAT_ORDER.length; k++) {
      if (byRank[k]! < byRank[k - 1]!) {
        const [worse, better] = [PREDIKAT_ORDER[k - 1]!, PREDIKAT_ORDER[k]!];
        _addIssue(
          ctx,
          'predikat_points_not_ordered',
          {
            id: `Predikat ${better} bernilai ${byRank[k]!} poin SKP, lebih kecil dari ${worse} (${byRank[k - 1]!}); predikat yang lebih baik tidak boleh bernilai lebih kecil`,
            en: `The predikat ${better} is worth ${byRank[k]!} SKP points, fewer than ${worse} (${byRank[k - 1]!}); a better predikat must not be worth fewer points`,
          },
          ['skp', 'predikatPoints', better],
        );
      }
    }
  })))();
