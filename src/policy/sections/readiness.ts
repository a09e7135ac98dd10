import * as z from 'zod/mini';
import { _bilingual } from '../../_lib/messages';

/** Who owns the work laptop: the office (`DINAS`, issued) or the employee (`PRIBADI`, personal). */
export const LAPTOP_OWNERSHIPS = ['DINAS', 'PRIBADI'] as const;

/** Ownership of a work laptop; see {@link LAPTOP_OWNERSHIPS}. */
export type LaptopOwnership = (typeof LAPTOP_OWNERSHIPS)[number];

/**
 * Where flexible-location work may take place (PermenPANRB 4/2025 Pasal 12 ayat (1)):
 * another office of the agency (`KANTOR_LAIN`), the home registered as domicile in the
 * personnel data (`DOMISILI`), or a place the Pejabat Pembina Kepegawaian sets
 * (`DITETAPKAN_PPK`). The regulation's whole list, in its order.
 */
export const WORKPLACES = ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'] as const;

/** A kind of workplace for flexible-location work; see {@link WORKPLACES}. */
export type Workplace = (typeof WORKPLACES)[number];

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

/** The declared-workspace check. */
export interface WorkspaceCheckPolicy extends ReadinessCheckPolicy {
  /**
   * Kinds of workplace that count (PermenPANRB 4/2025 Pasal 12 ayat (1)). Every preset
   * lists all three; a kabupaten/kota may narrow the list (e.g. only `DOMISILI`). When
   * absent, all three count, as the regulation has it. When the list is narrower than
   * {@link WORKPLACES}, the kind must be stated in the evidence: a workspace declared
   * without it is unknown.
   */
  readonly allowedWorkplaces?: readonly Workplace[];
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
  /**
   * A workspace outside the office has been declared, of a kind the policy allows.
   * Required by default [D].
   */
  readonly workspace: WorkspaceCheckPolicy;
}

const CheckSchema = /* @__PURE__ */ (() => z.strictObject({ required: z.boolean() }))();
const unique = (list: readonly unknown[]): boolean => new Set(list).size === list.length;
const mbps = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(100_000)))();

/** Schema of {@link ReadinessPolicy}. */
export const ReadinessPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  laptop: z.extend(CheckSchema, {
    allowedOwnerships: z.array(z.enum(LAPTOP_OWNERSHIPS)).check(z.minLength(1), z.refine(unique, _bilingual({ id: 'jenis kepemilikan tidak boleh berulang', en: 'ownerships must not repeat' }))),
  }),
  bandwidth: z.extend(CheckSchema, {
    minDownloadMbps: mbps,
    minUploadMbps: mbps,
    maxMeasurementAgeDays: z.number().check(z.int(), z.minimum(0), z.maximum(3660)),
  }),
  kmob: CheckSchema,
  tte: CheckSchema,
  workspace: z.extend(CheckSchema, {
    allowedWorkplaces: z.exactOptional(z.array(z.enum(WORKPLACES)).check(z.minLength(1), z.refine(unique, _bilingual({ id: 'tempat kerja tidak boleh berulang', en: 'workplaces must not repeat' })))),
  }),
}))();
