/**
 * The three-step scales shared by talent management (PermenPANRB 3/2020) and
 * performance appraisal (PermenPANRB 6/2022), lowest first.
 */

/**
 * Performance (kinerja) levels, and the *hasil kerja* / *perilaku kerja* ratings of
 * PermenPANRB 6/2022, lowest first.
 */
export const EXPECTATION_LEVELS = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'] as const;

/** A rating against expectations: below, meeting, or above. */
export type ExpectationLevel = (typeof EXPECTATION_LEVELS)[number];

/** Potential (potensial) levels of the 9-box grid, lowest first. */
export const POTENSIAL_LEVELS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;

/** A potential level: low, middle or high. */
export type PotensialLevel = (typeof POTENSIAL_LEVELS)[number];
