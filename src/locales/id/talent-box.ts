import type { TalentBoxFinding } from '../../talent-box/findings';
import type { MessagesFor } from '../types';
import { axis, level, list, num, part } from './_terms';

/** Bahasa Indonesia messages of the talent-box gate. */
export const talentBox: MessagesFor<TalentBoxFinding> = {
  talent_level_from_score: (p) =>
    `Nilai ${axis[p.axis]} ${num(p.score)} berarti ${level[p.level]} (batas ${num(p.lowerCutOff)} dan ${num(p.upperCutOff)}).`,
  talent_level_score_mismatch: (p) =>
    `Tingkat ${axis[p.axis]} "${level[p.level]}" tidak sesuai dengan nilainya ${num(p.score)} (${level[p.levelFromScore]}); kotak tidak dapat ditentukan.`,
  talent_assessment_missing: (p) => `Penilaian talenta belum lengkap: ${list(p.missing.map((m) => part[m]))} tidak ada.`,
  talent_assessment_outdated: (p) =>
    `Penilaian talenta tanggal ${p.assessedOn} sudah kedaluwarsa: berlaku paling lama ${p.maxAgeMonths} bulan, sampai ${p.validUntil}, sedangkan tanggal keputusan ${p.asOf}.`,
  talent_assessment_in_future: (p) => `Tanggal penilaian talenta ${p.assessedOn} sesudah tanggal keputusan ${p.asOf}.`,
  talent_box_classified: (p) => `Kotak talenta ${p.box}: kinerja ${level[p.kinerja]} dan potensial ${level[p.potensial]}.`,
  talent_box_eligible: (p) => `Kotak ${p.box} termasuk kotak yang dapat mengikuti MKD (${list(p.eligibleBoxes)}).`,
  talent_box_not_eligible: (p) => `Kotak ${p.box} tidak termasuk kotak yang dapat mengikuti MKD (${list(p.eligibleBoxes)}).`,
  talent_box_gate_off: (p) => `Kebijakan ${p.policyId} tidak mensyaratkan kotak talenta.`,
};
