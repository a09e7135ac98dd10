import * as z from 'zod/mini';
import { _addIssue } from '../../_lib/schema';

/** A box of the 9-box talent grid, 1 … 9. */
export type TalentBoxNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/**
 * Score cut-offs on a 0–100 scale, inclusive at the lower edge: a score at or above
 * `DI_ATAS_EKSPEKTASI` is above expectations, at or above `SESUAI_EKSPEKTASI` meets
 * them, below is below. PermenPANRB 3/2020 sets no numbers; the defaults are [D].
 */
export interface KinerjaCutOffs {
  /** Lowest score rated `DI_ATAS_EKSPEKTASI`. Default 90 [D]. */
  readonly DI_ATAS_EKSPEKTASI: number;
  /** Lowest score rated `SESUAI_EKSPEKTASI`. Default 70 [D]. */
  readonly SESUAI_EKSPEKTASI: number;
}

/** Potential cut-offs on a 0–100 scale, inclusive at the lower edge. */
export interface PotensialCutOffs {
  /** Lowest score rated `TINGGI`. Default 90 [D] (BKN job-person-match "optimal" band). */
  readonly TINGGI: number;
  /** Lowest score rated `MENENGAH`. Default 78 [D]. */
  readonly MENENGAH: number;
}

/** The talent-box gate (PermenPANRB 3/2020; Kompas 20 Jun 2023). */
export interface TalentBoxPolicy {
  /** Whether the gate applies at all; `false` for policies without a box rule (PermenPANRB 4/2025 baseline). */
  readonly gate: boolean;
  /** Boxes that may use MKD. Jabar default {4,5,7,8,9}; see docs/talent-box.md for the {4,5,6,8,9} quote. */
  readonly eligibleBoxes: readonly TalentBoxNumber[];
  /** Cut-offs turning 0–100 scores into levels. */
  readonly cutOffs: {
    /** Performance (kinerja) cut-offs. */
    readonly kinerja: KinerjaCutOffs;
    /** Potential (potensial) cut-offs. */
    readonly potensial: PotensialCutOffs;
  };
  /** An assessment older than this many months on `asOf` is out of date. Default 24 [D]. */
  readonly maxAssessmentAgeMonths: number;
}

const score = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(100)))();

/** Schema of a {@link TalentBoxNumber}: an integer from 1 to 9. */
export const TalentBoxNumberSchema = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(1), z.maximum(9)) as unknown as z.ZodMiniType<TalentBoxNumber, number>)();

/** Schema of {@link TalentBoxPolicy}. */
export const TalentBoxPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  gate: z.boolean(),
  eligibleBoxes: z.array(TalentBoxNumberSchema),
  cutOffs: z.strictObject({
    kinerja: z.strictObject({ DI_ATAS_EKSPEKTASI: score, SESUAI_EKSPEKTASI: score }),
    potensial: z.strictObject({ TINGGI: score, MENENGAH: score }),
  }),
  maxAssessmentAgeMonths: z.number().check(z.int(), z.minimum(1), z.maximum(120)),
}).check(z.superRefine((value, ctx) => {
    if (new Set(value.eligibleBoxes).size !== value.eligibleBoxes.length) {
      _addIssue(ctx, 'duplicate_value', { id: 'Kotak talenta tidak boleh berulang', en: 'Boxes must not repeat' }, ['eligibleBoxes']);
    }
    const { kinerja, potensial } = value.cutOffs;
    if (!(kinerja.DI_ATAS_EKSPEKTASI > kinerja.SESUAI_EKSPEKTASI)) {
      _addIssue(
        ctx,
        'cut_offs_not_increasing',
        {
          id: 'Batas DI_ATAS_EKSPEKTASI harus lebih tinggi dari batas SESUAI_EKSPEKTASI',
          en: 'The DI_ATAS_EKSPEKTASI cut-off must be above the SESUAI_EKSPEKTASI cut-off',
        },
        ['cutOffs', 'kinerja'],
      );
    }
    if (!(potensial.TINGGI > potensial.MENENGAH)) {
      _addIssue(
        ctx,
        'cut_offs_not_increasing',
        { id: 'Batas TINGGI harus lebih tinggi dari batas MENENGAH', en: 'The TINGGI cut-off must be above the MENENGAH cut-off' },
        ['cutOffs', 'potensial'],
      );
    }
  })))();
