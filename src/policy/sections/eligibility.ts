import * as z from 'zod/mini';
import { _addIssue, _withoutProtoKey } from '../../_lib/schema';

/** Box numbers as object keys, `'1'` … `'9'`. */
export type TalentBoxKey = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/**
 * How the five gates combine into one MKD decision, and how many flexible days a
 * week an eligible employee gets (Pemprov Jabar 2023: patterns "4-1", "3-2", "1-4" by
 * track record).
 */
export interface EligibilityPolicy {
  /**
   * Flexible days a week by talent box, before the position's on-site days and the
   * weekly cap. Default [D] box 9 → 4 ("4-1"), boxes 7–8 → 3 ("3-2"), boxes 4–5 → 1
   * ("1-4"). A box not listed gets 0.
   */
  readonly flexibleDaysByBox: Readonly<Partial<Record<TalentBoxKey, number>>>;
  /** Flexible days a week when the policy has no talent-box gate (PermenPANRB 4/2025 baseline: 2). */
  readonly flexibleDaysWithoutBox: number;
  /**
   * What it means when a record has neither monthly performance nor a saved
   * early-warning state: `UNKNOWN` (the gate is unknown, the decision indeterminate —
   * the default [D]) or `NORMAL` (a newcomer to MKD starts with a clean record).
   */
  readonly missingEarlyWarning: 'UNKNOWN' | 'NORMAL';
  /**
   * The early-warning evidence must reach at least the month this many months before
   * the decision month, or it is stale (unknown). Default 2 [D]: a decision in
   * March needs January or February evaluated.
   */
  readonly maxEarlyWarningAgeMonths: number;
}

const days = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(0), z.maximum(5)))();

/** Schema of {@link EligibilityPolicy}. */
export const EligibilityPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  flexibleDaysByBox: _withoutProtoKey(z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']), days)),
  flexibleDaysWithoutBox: days,
  missingEarlyWarning: z.enum(['UNKNOWN', 'NORMAL']),
  maxEarlyWarningAgeMonths: z.number().check(z.int(), z.minimum(0), z.maximum(24)),
}).check(z.superRefine((value, ctx) => {
    if (Object.keys(value.flexibleDaysByBox).length === 0) {
      _addIssue(
        ctx,
        'too_small',
        { id: 'Pola hari fleksibel per kotak talenta tidak boleh kosong', en: 'The flexible days by talent box must not be empty' },
        ['flexibleDaysByBox'],
      );
    }
  })))();
