/**
 * Rule tables of PermenPANRB 6/2022 (Pengelolaan Kinerja Pegawai ASN) as frozen data:
 * the predikat matrix and the distribution of predikat bounded by the organisation's
 * result (kurva distribusi). Domain reference §3 [S]; code reads these tables and
 * never restates them.
 */
import type { ExpectationLevel } from '../_lib/levels';
import type { Predikat } from '../policy/sections/performance';

/**
 * Predikat kinerja by *hasil kerja* (results) rating, then *perilaku kerja* (behaviour,
 * BerAKHLAK) rating — PermenPANRB 6/2022, Lampiran (matriks predikat kinerja pegawai).
 * Results above expectations with behaviour below is KURANG ("Kurang/Misconduct").
 */
export const PREDIKAT_MATRIX: Readonly<Record<ExpectationLevel, Readonly<Record<ExpectationLevel, Predikat>>>> = /* @__PURE__ */ Object.freeze({
  DI_ATAS_EKSPEKTASI: Object.freeze({ DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'SANGAT_BAIK' }),
  SESUAI_EKSPEKTASI: Object.freeze({ DI_BAWAH_EKSPEKTASI: 'KURANG', SESUAI_EKSPEKTASI: 'BAIK', DI_ATAS_EKSPEKTASI: 'BAIK' }),
  DI_BAWAH_EKSPEKTASI: Object.freeze({ DI_BAWAH_EKSPEKTASI: 'SANGAT_KURANG', SESUAI_EKSPEKTASI: 'BUTUH_PERBAIKAN', DI_ATAS_EKSPEKTASI: 'BUTUH_PERBAIKAN' }),
} as const);

/** The organisation's result (capaian kinerja organisasi) of PermenPANRB 6/2022, best first. */
export const CAPAIAN_ORGANISASI = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;

/** An organisation's result: `ISTIMEWA`, `BAIK`, `BUTUH_PERBAIKAN`, `KURANG` or `SANGAT_KURANG`. */
export type CapaianOrganisasi = (typeof CAPAIAN_ORGANISASI)[number];

/** Identifier of one distribution rule, unique within its capaian organisasi. */
export type DistributionRuleId =
  | 'SANGAT_BAIK_MAX'
  | 'BAIK_MAX'
  | 'BUTUH_PERBAIKAN_OR_KURANG_MIN'
  | 'BUTUH_PERBAIKAN_MIN'
  | 'KURANG_MIN'
  | 'SANGAT_KURANG_MIN'
  | 'KURANG_OR_BUTUH_PERBAIKAN_MIN';

/**
 * One bound on the spread of employee predikat. With `n` employees and `count` of them
 * holding one of `predikat`: a `max` rule holds when `count × 100 ≤ percent × n`; a
 * `min` rule with a percentage holds when `count × 100 ≥ percent × n`; a `min` rule
 * without one (`percent: null`) holds when `count ≥ minCount`. Integers only.
 */
export interface DistributionRule {
  /** The rule's identifier. */
  readonly rule: DistributionRuleId;
  /** The predikat counted together. */
  readonly predikat: readonly Predikat[];
  /** Whether the share is an upper (`max`) or lower (`min`) bound. */
  readonly bound: 'max' | 'min';
  /** The bound as a percentage of the employees, or `null` for a bound on the count. */
  readonly percent: number | null;
  /** The bound on the count when `percent` is `null` ("at least one"). */
  readonly minCount?: number;
}

const rule = (r: DistributionRule): DistributionRule => Object.freeze({ ...r, predikat: Object.freeze([...r.predikat]) });

// A pure IIFE, not a pure outer call: the inner freeze and rule calls would otherwise
// count as side effects and keep the table in bundles that never read it (assessEligibility).
/**
 * The distribution of employee predikat allowed by each capaian organisasi —
 * PermenPANRB 6/2022, Lampiran (distribusi predikat kinerja pegawai), domain reference §3:
 * ISTIMEWA ≤ 70 % Sangat Baik · BAIK ≤ 70 % Baik and at least one Butuh Perbaikan or
 * Kurang · BUTUH_PERBAIKAN ≥ 60 % Butuh Perbaikan, ≤ 10 % Sangat Baik · KURANG ≥ 60 %
 * Kurang, ≥ 10 % Butuh Perbaikan, ≤ 10 % Sangat Baik · SANGAT_KURANG ≥ 60 % Sangat
 * Kurang, ≥ 10 % Kurang or Butuh Perbaikan, no Sangat Baik.
 */
export const PREDIKAT_DISTRIBUTION_RULES: Readonly<Record<CapaianOrganisasi, readonly DistributionRule[]>> = /* @__PURE__ */ (() => Object.freeze({
  ISTIMEWA: Object.freeze([rule({ rule: 'SANGAT_BAIK_MAX', predikat: ['SANGAT_BAIK'], bound: 'max', percent: 70 })]),
  BAIK: Object.freeze([
    rule({ rule: 'BAIK_MAX', predikat: ['BAIK'], bound: 'max', percent: 70 }),
    rule({ rule: 'BUTUH_PERBAIKAN_OR_KURANG_MIN', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], bound: 'min', percent: null, minCount: 1 }),
  ]),
  BUTUH_PERBAIKAN: Object.freeze([
    rule({ rule: 'BUTUH_PERBAIKAN_MIN', predikat: ['BUTUH_PERBAIKAN'], bound: 'min', percent: 60 }),
    rule({ rule: 'SANGAT_BAIK_MAX', predikat: ['SANGAT_BAIK'], bound: 'max', percent: 10 }),
  ]),
  KURANG: Object.freeze([
    rule({ rule: 'KURANG_MIN', predikat: ['KURANG'], bound: 'min', percent: 60 }),
    rule({ rule: 'BUTUH_PERBAIKAN_MIN', predikat: ['BUTUH_PERBAIKAN'], bound: 'min', percent: 10 }),
    rule({ rule: 'SANGAT_BAIK_MAX', predikat: ['SANGAT_BAIK'], bound: 'max', percent: 10 }),
  ]),
  SANGAT_KURANG: Object.freeze([
    rule({ rule: 'SANGAT_KURANG_MIN', predikat: ['SANGAT_KURANG'], bound: 'min', percent: 60 }),
    rule({ rule: 'KURANG_OR_BUTUH_PERBAIKAN_MIN', predikat: ['KURANG', 'BUTUH_PERBAIKAN'], bound: 'min', percent: 10 }),
    rule({ rule: 'SANGAT_BAIK_MAX', predikat: ['SANGAT_BAIK'], bound: 'max', percent: 0 }),
  ]),
}))();
