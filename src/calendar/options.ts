import * as z from 'zod/mini';
import type { Policy } from '../policy/schema';
import { _CalendarOverridesObject, _refineCalendarOverrides, type CalendarOverrides } from '../policy/sections/calendar';

/**
 * Options of every calendar function: calendar overrides (the same shape as a
 * policy's `calendar` section), and optionally the policy whose `calendar` section
 * applies first. Overrides given here apply on top of the policy's.
 */
export interface CalendarOptions extends CalendarOverrides {
  /** A policy whose `calendar` section (and, for hours, `schedule`) applies; the options' overrides apply on top of it. */
  readonly policy?: Policy;
}

/** Schema of {@link CalendarOptions}; the policy itself is validated separately (a sealed preset is not validated again). */
export const CalendarOptionsSchema = /* @__PURE__ */ (() => z.extend(_CalendarOverridesObject, {
  // Checked by _ensurePolicy, which skips sealed presets and reports every issue of others.
  policy: z.exactOptional(z.custom<Policy>(() => true)),
}).check(z.superRefine(_refineCalendarOverrides)))();
