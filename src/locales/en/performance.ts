import type { EarlyWarningFinding, LevelRaiseCause, PerformanceFinding, PredikatDistributionFinding } from '../../performance/findings';
import type { CapaianOrganisasi } from '../../performance/tables';
import type { PerformanceComponent, Predikat } from '../../policy/sections/performance';
import type { MessagesFor } from '../types';
import { count, level, list, penaltyLevel as penalty, warningLevel as warning } from './_terms';

const component: Readonly<Record<PerformanceComponent, string>> = { TRK: 'TRK', KEHADIRAN: 'attendance', SKP: 'SKP' };

const predikat: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik (outstanding)',
  BAIK: 'Baik (good)',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan (needs improvement)',
  KURANG: 'Kurang (poor)',
  SANGAT_KURANG: 'Sangat Kurang (very poor)',
};

const capaian: Readonly<Record<CapaianOrganisasi, string>> = {
  ISTIMEWA: 'Istimewa (outstanding)',
  BAIK: 'Baik (good)',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan (needs improvement)',
  KURANG: 'Kurang (poor)',
  SANGAT_KURANG: 'Sangat Kurang (very poor)',
};


const cause: Readonly<Record<LevelRaiseCause, string>> = {
  SEVERE: 'a severe month',
  STREAK: 'a streak of flagged months',
  PREDIKAT: 'a predikat that calls for at least PERINGATAN',
};

const days = (n: number): string => count(n, 'day');

const trk = (p: { rawMinutes: number; deductionMinutes: number; daysAbsentWithoutReason: number; netMinutes: number }): string =>
  `TRK: ${count(p.rawMinutes, 'effective minute')} less ${p.deductionMinutes} for ${days(p.daysAbsentWithoutReason)} absent without reason, ${p.netMinutes} net`;

/** English messages of the monthly score, the early warning and the distribution check. */
export const performance: MessagesFor<PerformanceFinding | EarlyWarningFinding | PredikatDistributionFinding> = {
  performance_trk_minimum_met: (p) =>
    `${trk(p)}; the minimum of ${count(p.minimum, 'minute')} (${count(p.workingDays, 'working day')}, ${p.leaveDays} on leave) is met. TRK points: ${p.points}.`,
  performance_trk_below_minimum: (p) =>
    `${trk(p)}; below the minimum of ${count(p.minimum, 'minute')} (${count(p.workingDays, 'working day')}, ${p.leaveDays} on leave). TRK points: ${p.points}.`,
  performance_trk_absences_unknown: (p) =>
    `Without attendance data, the TRK minutes (${p.rawMinutes}) are not reduced for days absent without reason and the minimum of ${count(p.minimum, 'minute')} is not prorated for leave.`,
  performance_attendance_scored: (p) =>
    `K-Mob attendance over ${count(p.workingDays, 'working day')}: ${p.daysPresent} present, ${p.daysAbsentWithoutReason} absent without reason, ${p.leaveDays} on leave; ${count(p.minutesLate, 'minute')} late, ${count(p.minutesEarlyLeave, 'minute of early leave')}; ${count(p.flexibleDaysWithoutCheckIn, 'flexible day')} without a check-in. ${count(p.deductionPoints, 'point')} off; attendance points: ${p.points}.`,
  performance_skp_from_ratings: (p) =>
    `SKP: results ${level[p.hasilKerja]} and behaviour ${level[p.perilakuKerja]} give the predikat ${predikat[p.predikat]}, worth ${count(p.points, 'point')}.`,
  performance_skp_from_realisation: (p) => `SKP: ${p.targetRealisationPercent}% of targets realised; SKP points: ${p.points}.`,
  performance_component_unknown: (p) =>
    `The ${component[p.component]} component (weight ${p.weight}) has no data; ${p.mode === 'ZERO' ? 'it scores 0' : 'its weight is shared among the components with data'}.`,
  performance_weights_redistributed: (p) =>
    `The weight of ${list(p.unknown.map((c) => component[c]))} is shared in proportion to the other weights: ${list(p.shares.map((s) => `${component[s.component]} ${s.weight} becomes ${s.effectiveWeight}`))}.`,
  performance_disciplinary_penalty: (p) =>
    `A ${penalty[p.penalty]} disciplinary penalty this month; it does not change the score, and the early warning takes it into account.`,
  performance_scored: (p) => `The month's performance score is ${p.score} out of 100, from ${list(p.scored.map((c) => component[c]))}.`,
  performance_provisional_calendar: (p) =>
    `${p.month} is scored on a provisional working calendar (${count(p.workingDays, 'working day')}): cuti bersama are not set yet, so the TRK minimum and the attendance days may change once the SKB is out.`,
  performance_no_score: (p) =>
    p.reason === 'NO_DATA'
      ? `No performance data for ${p.month}; no score can be computed.`
      : `${p.month} has data only for components of weight 0; no score can be computed.`,

  early_warning_severe_predikat: (p) => `${p.month}: the predikat ${predikat[p.predikat]} is severe; MKD is revoked.`,
  early_warning_flagged_predikat: (p) => `${p.month}: the predikat ${predikat[p.predikat]} flags the month.`,
  early_warning_disciplinary_penalty: (p) =>
    `${p.month}: a ${penalty[p.penalty]} disciplinary penalty${p.severe ? '; a severe month, MKD is revoked' : ' flags the month'}.`,
  early_warning_score_below_threshold: (p) => `${p.month}: the score ${p.score} is below the threshold of ${p.threshold}.`,
  early_warning_trk_below_minimum: (p) => `${p.month}: ${count(p.netTrkMinutes, 'net TRK minute')}, below the minimum of ${p.trkMinimum}.`,
  early_warning_absent_days: (p) => `${p.month}: ${days(p.days)} absent without reason (the month is flagged from ${days(p.threshold)}).`,
  early_warning_flexible_days_without_check_in: (p) =>
    `${p.month}: ${count(p.days, 'flexible day')} without a K-Mob check-in (the month is flagged from ${days(p.threshold)}).`,
  early_warning_month_clean: (p) => `${p.month}: a clean month${p.score === null ? '' : `, score ${p.score}`}.`,
  early_warning_month_missing: (p) =>
    p.reason === 'NOT_GIVEN'
      ? `${p.month}: not among the months given; counted as no evidence, not as a clean month.`
      : p.reason === 'MARKED_MISSING'
        ? `${p.month}: marked as having no data; not counted as a clean month.`
        : `${p.month}: no performance data; not counted as a clean month.`,
  early_warning_level_raised: (p) =>
    `${p.month}: the level rises from ${warning[p.from]} to ${warning[p.to]} because of ${cause[p.cause]} (${count(p.flaggedStreak, 'flagged month')} in a row).`,
  early_warning_level_restored: (p) => `${p.month}: ${count(p.cleanStreak, 'clean month')} in a row; the level returns from ${warning[p.from]} to NORMAL.`,
  early_warning_level_kept: (p) =>
    `${p.month}: the level stays ${warning[p.level]}; ${count(p.flaggedStreak, 'flagged month')} and ${count(p.cleanStreak, 'clean month')} in a row${p.level === 'NORMAL' ? '' : `; it returns to NORMAL after ${count(p.cleanMonthsToRestore, 'clean month')} in a row`}.`,
  early_warning_provisional_calendar: (p) => `${p.month} is evaluated on a provisional working calendar; check the result again once the SKB is out.`,
  early_warning_mkd_allowed: (p) => `MKD is allowed in ${p.forMonth}, at level ${warning[p.level]}.`,
  early_warning_mkd_suspended: (p) =>
    `MKD is suspended for ${p.forMonth}; it returns after ${count(p.cleanMonthsToRestore, 'clean month')} in a row (${p.cleanStreak} so far).`,

  predikat_distribution_rule_met: (p) =>
    `Organisation result ${capaian[p.capaianOrganisasi]}: ${list(p.predikat.map((x) => predikat[x]), 'or')} for ${p.count} of ${count(p.n, 'employee')}, ${bound(p)}; met.`,
  predikat_distribution_rule_broken: (p) =>
    `Organisation result ${capaian[p.capaianOrganisasi]}: ${list(p.predikat.map((x) => predikat[x]), 'or')} for ${p.count} of ${count(p.n, 'employee')}, ${bound(p)}; broken.`,
  predikat_distribution_empty: (p) => `No employee predikat to check against the organisation result ${capaian[p.capaianOrganisasi]}.`,
};

function bound(p: { bound: 'max' | 'min'; percent: number | null; limit: number }): string {
  const employees = count(p.limit, 'employee');
  if (p.percent === null) return `${p.bound === 'max' ? 'at most' : 'at least'} ${employees}`;
  return p.bound === 'max' ? `at most ${p.percent}% allowed (${employees})` : `at least ${p.percent}% required (${employees})`;
}
