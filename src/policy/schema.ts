import { z } from 'zod';
import type { LocalizedText } from '../_lib/errors';
import { IsoDateSchema } from '../_lib/schema';
import { TalentBoxPolicySchema, type TalentBoxPolicy } from './sections/talent-box';
import { SchedulePolicySchema, type SchedulePolicy } from './sections/schedule';
import { CalendarOverridesSchema, type CalendarOverrides } from './sections/calendar';
import { WorkPatternPolicySchema, type WorkPatternPolicy } from './sections/work-pattern';
import { PerformancePolicySchema, type PerformancePolicy } from './sections/performance';
import { EarlyWarningPolicySchema, type EarlyWarningPolicy } from './sections/early-warning';

/**
 * A complete MKD policy: who issued it, from when it applies, the regulations it
 * follows, and one section per concern. Every threshold, set and weight the rules
 * read lives here; nothing is a hidden constant.
 */
export interface Policy {
  /** Stable identifier, e.g. `jabar-mkd-2025`. */
  readonly id: string;
  /** Version of this policy text, e.g. `2025.1`. */
  readonly version: string;
  /** First day (WIB, `YYYY-MM-DD`) on which the policy is in force. */
  readonly effectiveFrom: string;
  /** Human name in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** The regulations the policy follows, e.g. `PermenPANRB 3/2020`. */
  readonly basis: readonly string[];
  /** `id` of the policy it was derived from by `definePolicy`. */
  readonly extends?: string;
  /** The talent-box gate. */
  readonly talentBox: TalentBoxPolicy;
  /** Working hours per weekday, regular and during Ramadan (Perpres 21/2023). */
  readonly schedule: SchedulePolicy;
  /** Changes to the built-in working calendar (holidays added, removed or moved; whole years; Ramadan periods). */
  readonly calendar: CalendarOverrides;
  /** Weekly caps, unit coverage, core online minutes and collective flexible weekdays. */
  readonly workPattern: WorkPatternPolicy;
  /** Monthly performance score: component weights, TRK minimum and deduction, attendance and SKP points. */
  readonly performance: PerformancePolicy;
  /** Early warning: score threshold, severe and flagged predikat, streak levels, clean months to restore MKD. */
  readonly earlyWarning: EarlyWarningPolicy;
}

/** The part of a policy that every decision carries for audit. */
export interface PolicyRef {
  /** The policy's `id`. */
  readonly id: string;
  /** The policy's `version`. */
  readonly version: string;
  /** The policy's `effectiveFrom`. */
  readonly effectiveFrom: string;
}

const LocalizedTextSchema: z.ZodType<LocalizedText> = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });

/** Identifier of a policy: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
export const PolicyIdSchema: z.ZodType<string> = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'letters, digits, ".", "_" or "-", at most 100');

/** Schema of a {@link Policy}; unknown keys are rejected so that a typo is never silently ignored. */
export const PolicySchema: z.ZodType<Policy> = z.strictObject({
  id: PolicyIdSchema,
  version: z.string().min(1).max(50),
  effectiveFrom: IsoDateSchema,
  name: LocalizedTextSchema,
  basis: z.array(z.string().min(1)),
  extends: PolicyIdSchema.exactOptional(),
  talentBox: TalentBoxPolicySchema,
  schedule: SchedulePolicySchema,
  calendar: CalendarOverridesSchema,
  workPattern: WorkPatternPolicySchema,
  performance: PerformancePolicySchema,
  earlyWarning: EarlyWarningPolicySchema,
});
