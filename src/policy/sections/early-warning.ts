import * as z from 'zod/mini';
import { _addIssue } from '../../_lib/schema';
import { DISCIPLINARY_PENALTIES, PREDIKAT_ORDER, type DisciplinaryPenalty, type Predikat } from './performance';

/** The warning levels of the early-warning system, lowest first. */
export const WARNING_LEVELS = ['NORMAL', 'WASPADA', 'PERINGATAN', 'DICABUT'] as const;

/**
 * A warning level: `NORMAL`, `WASPADA` (watch), `PERINGATAN` (warning) or `DICABUT`
 * (MKD revoked). Order NORMAL < WASPADA < PERINGATAN < DICABUT.
 */
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/**
 * BKD Jabar's early-warning system over ASN on MKD (Kompas 20 Jun 2023 [R]: "BKD juga
 * sudah memiliki early warning system"); its thresholds are not public, so every value
 * here is a [D] default (domain reference §6). One step per month: each month is
 * *severe*, *flagged*, *clean* or *missing*, and the level moves by the transition
 * table of docs/early-warning.md.
 */
export interface EarlyWarningPolicy {
  /** A month whose score is below this is flagged. Default 75 [D]. */
  readonly scoreThreshold: number;
  /** Predikat that make a month severe (level DICABUT at once). Default KURANG and SANGAT_KURANG ("predikat ≤ KURANG") [D]. */
  readonly severePredikat: readonly Predikat[];
  /** Predikat that flag a month. Default BUTUH_PERBAIKAN [D]. */
  readonly flaggedPredikat: readonly Predikat[];
  /** Predikat that, in a flagged month, raise the level to at least PERINGATAN. Default BUTUH_PERBAIKAN [D]. */
  readonly peringatanPredikat: readonly Predikat[];
  /** Disciplinary penalties that make a month severe; any other penalty flags it. Default all three [D]. */
  readonly severePenalties: readonly DisciplinaryPenalty[];
  /** Whether net TRK minutes below the (prorated) minimum flag a month. Default `true` [D]. */
  readonly flagBelowTrkMinimum: boolean;
  /** Days absent without reason that flag a month (this many or more). Default 1 [D]. */
  readonly absentDaysToFlag: number;
  /** Flexible days without a K-Mob check-in that flag a month (this many or more). Default 1 [D]. */
  readonly flexibleDaysWithoutCheckInToFlag: number;
  /**
   * The level a flagged streak reaches: entry `k − 1` for a streak of `k` months, the last
   * entry for any longer streak; never decreasing. Default WASPADA, PERINGATAN, DICABUT
   * (streak 1, 2, ≥ 3) [D].
   */
  readonly streakLevels: readonly WarningLevel[];
  /** Consecutive clean months that bring the level back to NORMAL, from any level. Default 2 [D]. */
  readonly cleanMonthsToRestore: number;
}

function noRepeats<T>(ctx: z.core.$RefinementCtx, values: readonly T[], key: string): void {
  if (new Set(values).size !== values.length) {
    _addIssue(ctx, 'duplicate_value', { id: 'Nilai tidak boleh berulang', en: 'Values must not repeat' }, [key]);
  }
}

/** Schema of {@link EarlyWarningPolicy}. */
export const EarlyWarningPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  scoreThreshold: z.number().check(z.minimum(0), z.maximum(100)),
  severePredikat: z.array(z.enum(PREDIKAT_ORDER)),
  flaggedPredikat: z.array(z.enum(PREDIKAT_ORDER)),
  peringatanPredikat: z.array(z.enum(PREDIKAT_ORDER)),
  severePenalties: z.array(z.enum(DISCIPLINARY_PENALTIES)),
  flagBelowTrkMinimum: z.boolean(),
  absentDaysToFlag: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  flexibleDaysWithoutCheckInToFlag: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  streakLevels: z.array(z.enum(WARNING_LEVELS)).check(z.minLength(1), z.maxLength(24)),
  cleanMonthsToRestore: z.number().check(z.int(), z.minimum(1), z.maximum(24)),
}).check(z.superRefine((value, ctx) => {
    noRepeats(ctx, value.severePredikat, 'severePredikat');
    noRepeats(ctx, value.flaggedPredikat, 'flaggedPredikat');
    noRepeats(ctx, value.peringatanPredikat, 'peringatanPredikat');
    noRepeats(ctx, value.severePenalties, 'severePenalties');
    for (const predikat of value.flaggedPredikat) {
      if (value.severePredikat.includes(predikat)) {
        _addIssue(
          ctx,
          'early_warning_predikat_both',
          { id: `Predikat ${predikat} tidak dapat sekaligus berat dan ditandai`, en: `The predikat ${predikat} cannot be both severe and flagged` },
          ['flaggedPredikat'],
        );
      }
    }
    for (let k = 1; k < value.streakLevels.length; k++) {
      if (WARNING_LEVELS.indexOf(value.streakLevels[k]!) < WARNING_LEVELS.indexOf(value.streakLevels[k - 1]!)) {
        _addIssue(
          ctx,
          'early_warning_streak_levels_decreasing',
          {
            id: `Tingkat untuk rangkaian ${k + 1} bulan (${value.streakLevels[k]}) lebih rendah dari untuk ${k} bulan (${value.streakLevels[k - 1]}); tingkat tidak boleh turun`,
            en: `The level for a ${k + 1}-month streak (${value.streakLevels[k]}) is below the one for ${k} months (${value.streakLevels[k - 1]}); levels must not decrease`,
          },
          ['streakLevels', k],
        );
      }
    }
  })))();
