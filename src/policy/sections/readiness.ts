import { z } from 'zod';

/** Who owns the work laptop: the office (`DINAS`, issued) or the employee (`PRIBADI`, personal). */
export const LAPTOP_OWNERSHIPS = ['DINAS', 'PRIBADI'] as const;

/** Ownership of a work laptop; see {@link LAPTOP_OWNERSHIPS}. */
export type LaptopOwnership = (typeof LAPTOP_OWNERSHIPS)[number];

/** Whether a readiness check must pass. */
export interface ReadinessCheckPolicy {
  /** `true`: the check decides the status; `false`: it is reported only. */
  readonly required: boolean;
}

/** The work-laptop check. */
export interface LaptopCheckPolicy extends ReadinessCheckPolicy {
  /** Ownerships that count; default both, office-issued or personal [D]. */
  readonly allowedOwnerships: readonly LaptopOwnership[];
}

/** The internet bandwidth check, on a measured speed test. */
export interface BandwidthCheckPolicy extends ReadinessCheckPolicy {
  /** Lowest download speed that passes, in Mbit/s, inclusive. Default 10 [D]. */
  readonly minDownloadMbps: number;
  /** Lowest upload speed that passes, in Mbit/s, inclusive. Default 5 [D]. */
  readonly minUploadMbps: number;
  /**
   * Oldest measurement accepted, in days before the decision date (inclusive). Older, or
   * dated after the decision date, is unknown whatever its speeds. Default 90 [D].
   */
  readonly maxMeasurementAgeDays: number;
}

/**
 * Readiness to work away from the office (Kompas 20 Jun 2023: a laptop and bandwidth;
 * domain reference §6). Every check is required or optional; the defaults are [D].
 */
export interface ReadinessPolicy {
  /** A work laptop is available (own or issued). Required by default [D]. */
  readonly laptop: LaptopCheckPolicy;
  /** Measured download and upload speeds, recent enough. Required by default [D]. */
  readonly bandwidth: BandwidthCheckPolicy;
  /** The K-Mob attendance app (Jabar) is active. Required in the Jabar presets, optional nationally [D]. */
  readonly kmob: ReadinessCheckPolicy;
  /** An electronic signature (TTE) is active, for those who sign letters. Required by default [D]. */
  readonly tte: ReadinessCheckPolicy;
  /** A workspace outside the office has been declared. Required by default [D]. */
  readonly workspace: ReadinessCheckPolicy;
}

const CheckSchema = /* @__PURE__ */ z.strictObject({ required: z.boolean() });
const mbps = /* @__PURE__ */ z.number().finite().min(0).max(100_000);

/** Schema of {@link ReadinessPolicy}. */
export const ReadinessPolicySchema: z.ZodType<ReadinessPolicy> = /* @__PURE__ */ z.strictObject({
  laptop: CheckSchema.extend({
    allowedOwnerships: z
      .array(z.enum(LAPTOP_OWNERSHIPS))
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'ownerships must not repeat'),
  }),
  bandwidth: CheckSchema.extend({
    minDownloadMbps: mbps,
    minUploadMbps: mbps,
    maxMeasurementAgeDays: z.number().int().min(0).max(3660),
  }),
  kmob: CheckSchema,
  tte: CheckSchema,
  workspace: CheckSchema,
});
