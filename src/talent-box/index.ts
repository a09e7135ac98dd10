/**
 * The talent-box gate: the 9-box grid of PermenPANRB 3/2020 and which boxes may use
 * MKD.
 *
 * The grid crosses kinerja (performance: below, meeting or above expectations) with
 * potensial (potential: low, medium, high). Pemprov Jabar opens MKD to boxes
 * {4, 5, 7, 8, 9} by default — every box with performance at least meeting
 * expectations, except box 2 (low potential); see docs/talent-box.md for why not the
 * {4, 5, 6, 8, 9} also quoted in the press.
 *
 * @example
 * ```ts
 * import { classifyTalentBox } from 'kerja-dinamis/talent-box';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * classifyTalentBox({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-12-01' }, jabarMkd2025, { asOf: '2026-01-15' }).eligible;
 * //=> false (box 2)
 * ```
 *
 * @module talent-box
 */
export { talentBoxOf, levelsOfBox, classifyTalentBox, TalentAssessmentSchema, type TalentAssessment, type TalentBoxResult, type Recommendation, type BoxLevels } from './classify';
export { TALENT_GRID, TALENT_BOXES, RECOMMENDATIONS, type TalentBoxInfo, type RecommendationCode } from './grid';
export type { TalentBoxFinding, TalentBoxFindingCode, TalentAxis, TalentAssessmentPart } from './findings';
export { EXPECTATION_LEVELS, POTENSIAL_LEVELS, type ExpectationLevel, type PotensialLevel } from '../_lib/levels';
export type { TalentBoxNumber } from '../policy/sections/talent-box';
export type { AsOfOptions } from '../_lib/options';
