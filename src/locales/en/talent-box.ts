import type { TalentBoxFinding } from '../../talent-box/findings';
import type { MessagesFor } from '../types';
import { axis, count, level, list, part } from './_terms';

/** English messages of the talent-box gate. */
export const talentBox: MessagesFor<TalentBoxFinding> = {
  talent_level_from_score: (p) =>
    `A ${axis[p.axis]} score of ${p.score} is ${level[p.level]} (cut-offs ${p.lowerCutOff} and ${p.upperCutOff}).`,
  talent_level_score_mismatch: (p) =>
    `The ${axis[p.axis]} level "${level[p.level]}" disagrees with its score ${p.score} (${level[p.levelFromScore]}); the box cannot be determined.`,
  talent_assessment_missing: (p) => `The talent assessment is incomplete: the ${list(p.missing.map((m) => part[m]))} ${p.missing.length === 1 ? 'is' : 'are'} missing.`,
  talent_assessment_outdated: (p) =>
    `The talent assessment of ${p.assessedOn} is out of date: it is valid for at most ${count(p.maxAgeMonths, 'month')}, until ${p.validUntil}, and the decision date is ${p.asOf}.`,
  talent_assessment_in_future: (p) => `The talent assessment date ${p.assessedOn} is after the decision date ${p.asOf}.`,
  talent_box_classified: (p) => `Talent box ${p.box}: performance ${level[p.kinerja]} and ${level[p.potensial]} potential.`,
  talent_box_eligible: (p) => `Box ${p.box} is one of the boxes that may use MKD (${list(p.eligibleBoxes)}).`,
  talent_box_not_eligible: (p) => `Box ${p.box} is not one of the boxes that may use MKD (${list(p.eligibleBoxes)}).`,
  talent_box_gate_off: (p) => `Policy ${p.policyId} has no talent-box requirement.`,
};
