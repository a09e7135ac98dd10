import * as z from 'zod/mini';

/**
 * The employee criteria of PermenPANRB 4/2025 for flexible working: no disciplinary
 * penalty being served or in process, and not newly placed.
 */
export interface EmployeeCriteriaPolicy {
  /**
   * Fewer whole months than this in the current position (since the new recruitment,
   * promotion, mutation or rotation) means "newly placed". Default 3 [D]; 0 turns the
   * rule off.
   */
  readonly minMonthsInPosition: number;
  /**
   * A penalty that ended fewer than this many months before the decision date still
   * counts. Default 0 [D]: only a penalty being served or in process counts, as the
   * regulation says ("sedang menjalani").
   */
  readonly servedPenaltyLookbackMonths: number;
}

/** Schema of {@link EmployeeCriteriaPolicy}. */
export const EmployeeCriteriaPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  minMonthsInPosition: z.number().check(z.int(), z.minimum(0), z.maximum(120)),
  servedPenaltyLookbackMonths: z.number().check(z.int(), z.minimum(0), z.maximum(120)),
}))();
