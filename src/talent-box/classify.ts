import * as z from 'zod/mini';
import { InputError, _issue, type LocalizedText } from '../_lib/errors';
import { _finding, _sharedFinding, type _FindingCache } from '../_lib/finding';
import { _addMonths, _formatIsoDate, _parseIsoDate } from '../_lib/dates';
import { EXPECTATION_LEVELS, POTENSIAL_LEVELS, type ExpectationLevel, type PotensialLevel } from '../_lib/levels';
import { IsoDateSchema, _asOfOptions, _parsePlain } from '../_lib/schema';
import type { AsOfOptions } from '../_lib/options';
import { _describeChoice } from '../_lib/messages';
import { _quote } from '../_lib/quote';
import { _ensurePlainPolicy, _policyCheck, _policyRef } from '../policy/brand';
import { TalentBoxPolicySchema } from '../policy/sections/talent-box';

/** What classifyTalentBox checks of an unsealed policy: its identity and `talentBox` (a plain schema: test/_lib/plain-schemas.test.ts). */
const PolicyCheck = /* @__PURE__ */ _policyCheck({ talentBox: TalentBoxPolicySchema });
import type { Policy, PolicyRef } from '../policy/schema';
import type { TalentBoxNumber } from '../policy/sections/talent-box';
import { RECOMMENDATIONS, TALENT_BOXES, TALENT_GRID, type RecommendationCode } from './grid';
import type { TalentAssessmentPart, TalentBoxFinding } from './findings';

/**
 * A talent assessment: levels, or 0–100 scores, or both (then they must agree),
 * and the date it was made.
 */
export interface TalentAssessment {
  /** Performance level (kinerja), from SKP results of the last two years. */
  readonly kinerja?: ExpectationLevel;
  /** Potential level (potensial), from competence assessment and track record. */
  readonly potensial?: PotensialLevel;
  /** Performance score, 0–100; turned into a level by the policy's cut-offs. */
  readonly kinerjaScore?: number;
  /** Potential score, 0–100; turned into a level by the policy's cut-offs. */
  readonly potensialScore?: number;
  /** Date of the assessment, `YYYY-MM-DD`; required for a decision. */
  readonly assessedOn?: string;
}

const scoreSchema = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(100)))();

/** Schema of {@link TalentAssessment}; unknown keys are rejected. */
export const TalentAssessmentSchema = /* @__PURE__ */ (() => z.strictObject({
  kinerja: z.exactOptional(z.enum(EXPECTATION_LEVELS)),
  potensial: z.exactOptional(z.enum(POTENSIAL_LEVELS)),
  kinerjaScore: z.exactOptional(scoreSchema),
  potensialScore: z.exactOptional(scoreSchema),
  assessedOn: z.exactOptional(IsoDateSchema),
}))();

/** A recommendation with its label. */
export interface Recommendation {
  /** Stable code, e.g. `KELOMPOK_SUKSESI`. */
  readonly code: RecommendationCode;
  /** Text in Bahasa Indonesia and English. */
  readonly label: LocalizedText;
}

/** The talent-box decision for one assessment. Unknown fields are omitted. */
export interface TalentBoxResult {
  /** `classified` when a current, consistent assessment gave a box; otherwise `indeterminate`. */
  readonly status: 'classified' | 'indeterminate';
  /** The box, when classified. */
  readonly box?: TalentBoxNumber;
  /** The kinerja level used, when classified. */
  readonly kinerja?: ExpectationLevel;
  /** The potensial level used, when classified. */
  readonly potensial?: PotensialLevel;
  /** The box's official label, when classified. */
  readonly label?: LocalizedText;
  /** The box's standard recommendations; empty when indeterminate. */
  readonly recommendations: readonly Recommendation[];
  /** Whether the box may use MKD under the policy; `null` when indeterminate (and the gate is on). */
  readonly eligible: boolean | null;
  /** Every step of the decision, in order. */
  readonly findings: readonly TalentBoxFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

/** Whether a list is in ascending order (then findings can share the policy's frozen list). */
function isAscending(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

/** Each box's recommendations with their labels, built once from the tables. */
const RECOMMENDATIONS_OF_BOX: Readonly<Record<TalentBoxNumber, readonly Recommendation[]>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    Object.values(TALENT_BOXES).map((info) => [info.box, Object.freeze(info.recommendations.map((code) => Object.freeze({ code, label: RECOMMENDATIONS[code] })))]),
  ) as Record<TalentBoxNumber, readonly Recommendation[]>,
);

function levelError(kind: string, value: unknown, allowed: readonly string[]): InputError {
  return new InputError([{ path: [kind], code: 'invalid_value', message: _describeChoice(allowed, value) }]);
}

/** The two levels that place an employee in a box. */
export interface BoxLevels {
  /** Performance level (row). */
  readonly kinerja: ExpectationLevel;
  /** Potential level (column). */
  readonly potensial: PotensialLevel;
}

/**
 * The box of the 9-box grid for a kinerja and a potensial level (PermenPANRB 3/2020).
 *
 * @param kinerja - Performance level.
 * @param potensial - Potential level.
 * @returns The box number, 1 … 9.
 * @throws {@link InputError} when a level is not one of the three.
 *
 * @example
 * ```ts
 * import { talentBoxOf } from 'kerja-dinamis/talent-box';
 *
 * talentBoxOf('DI_ATAS_EKSPEKTASI', 'MENENGAH');
 * //=> 7
 * ```
 */
export function talentBoxOf(kinerja: ExpectationLevel, potensial: PotensialLevel): TalentBoxNumber {
  // A level is looked up only once it is a string: a key of any other kind would be converted, running the caller's `toString`.
  const row = typeof kinerja === 'string' && Object.hasOwn(TALENT_GRID, kinerja) ? TALENT_GRID[kinerja] : undefined;
  if (row === undefined) throw levelError('kinerja', kinerja, EXPECTATION_LEVELS);
  if (typeof potensial !== 'string' || !Object.hasOwn(row, potensial)) throw levelError('potensial', potensial, POTENSIAL_LEVELS);
  return row[potensial];
}

/**
 * The levels of a box: the inverse of {@link talentBoxOf}.
 *
 * @param box - A box number, 1 … 9.
 * @returns Its kinerja and potensial levels.
 * @throws {@link InputError} when `box` is not an integer from 1 to 9.
 *
 * @example
 * ```ts
 * import { levelsOfBox } from 'kerja-dinamis/talent-box';
 *
 * levelsOfBox(7);
 * //=> { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH' }
 * ```
 */
export function levelsOfBox(box: TalentBoxNumber): BoxLevels {
  const info = Number.isInteger(box) && box >= 1 && box <= 9 ? TALENT_BOXES[box] : undefined;
  if (info === undefined) {
    throw new InputError([
      _issue(['box'], 'invalid_value', `Kotak talenta harus bilangan bulat 1–9, bukan ${_quote(box)}`, `A talent box must be an integer 1–9, not ${_quote(box)}`),
    ]);
  }
  return { kinerja: info.kinerja, potensial: info.potensial };
}

function levelFromScore<L extends string>(score: number, upper: number, lower: number, levels: readonly [L, L, L]): L {
  return score >= upper ? levels[2] : score >= lower ? levels[1] : levels[0];
}

/**
 * The level of one axis from its level and/or score; `null` when they disagree.
 * Pushes the findings that explain it.
 */
function resolveLevel<L extends ExpectationLevel | PotensialLevel>(
  findings: TalentBoxFinding[],
  axis: 'kinerja' | 'potensial',
  level: L | undefined,
  score: number | undefined,
  upper: number,
  lower: number,
  levels: readonly [L, L, L],
): L | undefined | null {
  if (score === undefined) return level;
  const fromScore = levelFromScore(score, upper, lower, levels);
  findings.push(_finding('talent_box', 'pass', 'talent_level_from_score', { axis, score, level: fromScore, lowerCutOff: lower, upperCutOff: upper }));
  if (level === undefined || level === fromScore) return fromScore;
  findings.push(_finding('talent_box', 'unknown', 'talent_level_score_mismatch', { axis, level, score, levelFromScore: fromScore }));
  return null;
}

/**
 * Classifies one talent assessment into its box and decides whether the box may use
 * MKD under the policy. Scores become levels through the policy's cut-offs
 * (inclusive at the lower edge, compared unrounded). A missing part, an assessment
 * older than the policy's maximum age or dated after `asOf`, or a level that
 * disagrees with its score gives `indeterminate` with `eligible: null` — never a
 * guessed box.
 *
 * @param input - Levels and/or scores, and the assessment date.
 * @param policy - The policy in force (its `talentBox` section).
 * @param options - `asOf`: the decision date, `YYYY-MM-DD` (WIB); required.
 * @returns The box, its label and recommendations, eligibility and findings.
 * @throws {@link InputError} when the input, policy or date is malformed.
 *
 * @example
 * ```ts
 * import { classifyTalentBox } from 'kerja-dinamis/talent-box';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const r = classifyTalentBox({ kinerjaScore: 92, potensialScore: 80, assessedOn: '2025-11-03' }, jabarMkd2025, { asOf: '2026-01-15' });
 * r.box;
 * //=> 7
 * r.eligible;
 * //=> true
 * ```
 */
export function classifyTalentBox(input: TalentAssessment, policy: Policy, options: AsOfOptions): TalentBoxResult {
  const assessment = _parsePlain(TalentAssessmentSchema, input);
  const p = _ensurePlainPolicy(policy, PolicyCheck);
  const { asOf, asOfDay } = _asOfOptions(options, ['asOf']);
  return _classifyTalentBox(assessment, p, asOf, asOfDay);
}

/**
 * The checked core of {@link classifyTalentBox}, for modules that validated the
 * assessment, the policy and the date already (eligibility). With a `cache`, findings
 * that do not carry a score are shared across the call's employees.
 */
export function _classifyTalentBox(assessment: TalentAssessment, p: Policy, asOf: string, asOfDay: number, cache?: _FindingCache): TalentBoxResult {
  const rules = p.talentBox;
  const { kinerja: kCut, potensial: pCut } = rules.cutOffs;
  const findings: TalentBoxFinding[] = [];
  const kinerja = resolveLevel(findings, 'kinerja', assessment.kinerja, assessment.kinerjaScore, kCut.DI_ATAS_EKSPEKTASI, kCut.SESUAI_EKSPEKTASI, EXPECTATION_LEVELS);
  const potensial = resolveLevel(findings, 'potensial', assessment.potensial, assessment.potensialScore, pCut.TINGGI, pCut.MENENGAH, POTENSIAL_LEVELS);

  const missing: TalentAssessmentPart[] = [];
  if (kinerja === undefined) missing.push('kinerja');
  if (potensial === undefined) missing.push('potensial');
  if (assessment.assessedOn === undefined) missing.push('assessedOn');
  if (missing.length > 0) findings.push(_finding('talent_box', 'unknown', 'talent_assessment_missing', { missing }));

  let current = assessment.assessedOn !== undefined;
  if (assessment.assessedOn !== undefined) {
    const assessedDay = _parseIsoDate(assessment.assessedOn) as number;
    const validUntil = _addMonths(assessedDay, rules.maxAssessmentAgeMonths);
    if (assessedDay > asOfDay) {
      current = false;
      findings.push(_finding('talent_box', 'unknown', 'talent_assessment_in_future', { assessedOn: assessment.assessedOn, asOf }));
    } else if (validUntil < asOfDay) {
      current = false;
      findings.push(
        _finding('talent_box', 'unknown', 'talent_assessment_outdated', {
          assessedOn: assessment.assessedOn,
          validUntil: _formatIsoDate(validUntil),
          maxAgeMonths: rules.maxAssessmentAgeMonths,
          asOf,
        }),
      );
    }
  }

  const gateOff = !rules.gate;
  if (gateOff) findings.push(_finding('talent_box', 'pass', 'talent_box_gate_off', { policyId: p.id }));

  if (kinerja == null || potensial == null || !current) {
    return { status: 'indeterminate', recommendations: [], eligible: gateOff ? true : null, findings, policy: _policyRef(p) };
  }

  const box = TALENT_GRID[kinerja][potensial];
  const info = TALENT_BOXES[box];
  findings.push(_sharedFinding(cache, 'talent_box_classified', box, () => _finding('talent_box', 'pass', 'talent_box_classified', { box, kinerja, potensial })));
  const inSet = rules.eligibleBoxes.includes(box);
  if (!gateOff) {
    findings.push(
      _sharedFinding(cache, inSet ? 'talent_box_eligible' : 'talent_box_not_eligible', box, () => {
        const eligibleBoxes = isAscending(rules.eligibleBoxes) ? rules.eligibleBoxes : [...rules.eligibleBoxes].sort((a, b) => a - b);
        return _finding('talent_box', inSet ? 'pass' : 'fail', inSet ? 'talent_box_eligible' : 'talent_box_not_eligible', { box, eligibleBoxes });
      }),
    );
  }
  return {
    status: 'classified',
    box,
    kinerja,
    potensial,
    label: info.label,
    recommendations: RECOMMENDATIONS_OF_BOX[box],
    eligible: gateOff || inSet,
    findings,
    policy: _policyRef(p),
  };
}
