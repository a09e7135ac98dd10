import type { EarlyWarningFinding, LevelRaiseCause, PerformanceFinding, PredikatDistributionFinding } from '../../performance/findings';
import type { CapaianOrganisasi } from '../../performance/tables';
import type { PerformanceComponent, Predikat } from '../../policy/sections/performance';
import type { MessagesFor } from '../types';
import { level, list, num, penaltyLevel as penalty, warningLevel as warning } from './_terms';

const component: Readonly<Record<PerformanceComponent, string>> = { TRK: 'TRK', KEHADIRAN: 'kehadiran', SKP: 'SKP' };

const predikat: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

const capaian: Readonly<Record<CapaianOrganisasi, string>> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};


const cause: Readonly<Record<LevelRaiseCause, string>> = {
  SEVERE: 'bulan berat',
  STREAK: 'rangkaian bulan yang ditandai',
  PREDIKAT: 'predikat yang mensyaratkan paling rendah PERINGATAN',
};

const trk = (p: { rawMinutes: number; deductionMinutes: number; daysAbsentWithoutReason: number; netMinutes: number }): string =>
  `TRK: ${p.rawMinutes} menit efektif dikurangi ${p.deductionMinutes} menit untuk ${p.daysAbsentWithoutReason} hari tanpa keterangan, bersih ${p.netMinutes} menit`;

/** Bahasa Indonesia messages of the monthly score, the early warning and the distribution check. */
export const performance: MessagesFor<PerformanceFinding | EarlyWarningFinding | PredikatDistributionFinding> = {
  performance_trk_minimum_met: (p) =>
    `${trk(p)}; memenuhi batas minimal ${p.minimum} menit (${p.workingDays} hari kerja, ${p.leaveDays} hari cuti). Nilai TRK ${num(p.points)}.`,
  performance_trk_below_minimum: (p) =>
    `${trk(p)}; di bawah batas minimal ${p.minimum} menit (${p.workingDays} hari kerja, ${p.leaveDays} hari cuti). Nilai TRK ${num(p.points)}.`,
  performance_trk_absences_unknown: (p) =>
    `Data kehadiran tidak ada, sehingga ${p.rawMinutes} menit TRK tidak dipotong untuk hari tanpa keterangan dan batas minimal ${p.minimum} menit tidak disesuaikan dengan cuti.`,
  performance_attendance_scored: (p) =>
    `Kehadiran K-Mob dari ${p.workingDays} hari kerja: hadir ${p.daysPresent} hari, tanpa keterangan ${p.daysAbsentWithoutReason} hari, cuti ${p.leaveDays} hari; terlambat ${p.minutesLate} menit, pulang cepat ${p.minutesEarlyLeave} menit; ${p.flexibleDaysWithoutCheckIn} hari fleksibel tanpa presensi K-Mob. Potongan ${num(p.deductionPoints)} poin; nilai kehadiran ${num(p.points)}.`,
  performance_skp_from_ratings: (p) =>
    `SKP: hasil kerja ${level[p.hasilKerja]} dan perilaku kerja ${level[p.perilakuKerja]} memberi predikat ${predikat[p.predikat]}, bernilai ${num(p.points)}.`,
  performance_skp_from_realisation: (p) => `SKP: realisasi target ${num(p.targetRealisationPercent)}%, nilai SKP ${num(p.points)}.`,
  performance_component_unknown: (p) =>
    `Komponen ${component[p.component]} (bobot ${num(p.weight)}) tidak ada datanya; ${p.mode === 'ZERO' ? 'komponen ini dinilai 0' : 'bobotnya dibagikan ke komponen yang ada datanya'}.`,
  performance_weights_redistributed: (p) =>
    `Bobot ${list(p.unknown.map((c) => component[c]))} dibagikan sebanding bobot masing-masing: ${list(p.shares.map((s) => `${component[s.component]} ${num(s.weight)} menjadi ${num(s.effectiveWeight)}`))}.`,
  performance_disciplinary_penalty: (p) =>
    `Pegawai menjalani hukuman disiplin ${penalty[p.penalty]} bulan ini; skor tidak berubah, tetapi peringatan dini memperhitungkannya.`,
  performance_scored: (p) => `Skor kinerja bulan ini ${num(p.score)} dari 100, dari komponen ${list(p.scored.map((c) => component[c]))}.`,
  performance_provisional_calendar: (p) =>
    `Bulan ${p.month} dinilai dengan kalender kerja sementara (${p.workingDays} hari kerja): cuti bersama belum ditetapkan, jadi batas TRK dan hari kehadiran dapat berubah setelah SKB terbit.`,
  performance_no_score: (p) =>
    p.reason === 'NO_DATA'
      ? `Tidak ada data kinerja untuk bulan ${p.month}; skor tidak dapat dihitung.`
      : `Bulan ${p.month} hanya memiliki data komponen berbobot 0; skor tidak dapat dihitung.`,

  early_warning_severe_predikat: (p) => `${p.month}: predikat ${predikat[p.predikat]} termasuk berat; MKD dicabut.`,
  early_warning_flagged_predikat: (p) => `${p.month}: predikat ${predikat[p.predikat]} menandai bulan ini.`,
  early_warning_disciplinary_penalty: (p) =>
    `${p.month}: hukuman disiplin ${penalty[p.penalty]}${p.severe ? '; bulan berat, MKD dicabut' : ' menandai bulan ini'}.`,
  early_warning_score_below_threshold: (p) => `${p.month}: skor ${num(p.score)} di bawah ambang ${num(p.threshold)}.`,
  early_warning_trk_below_minimum: (p) => `${p.month}: TRK bersih ${p.netTrkMinutes} menit, di bawah batas minimal ${p.trkMinimum} menit.`,
  early_warning_absent_days: (p) => `${p.month}: ${p.days} hari tanpa keterangan (bulan ditandai mulai ${p.threshold} hari).`,
  early_warning_flexible_days_without_check_in: (p) =>
    `${p.month}: ${p.days} hari fleksibel tanpa presensi K-Mob (bulan ditandai mulai ${p.threshold} hari).`,
  early_warning_month_clean: (p) => `${p.month}: bulan bersih${p.score === null ? '' : `, skor ${num(p.score)}`}.`,
  early_warning_month_missing: (p) =>
    p.reason === 'NOT_GIVEN'
      ? `${p.month}: bulan ini tidak disertakan di antara bulan yang dinilai; dianggap tanpa data, bukan bulan bersih.`
      : p.reason === 'MARKED_MISSING'
        ? `${p.month}: data bulan ini dinyatakan tidak ada; tidak dihitung sebagai bulan bersih.`
        : `${p.month}: tidak ada data kinerja; tidak dihitung sebagai bulan bersih.`,
  early_warning_level_raised: (p) =>
    `${p.month}: tingkat naik dari ${warning[p.from]} ke ${warning[p.to]} karena ${cause[p.cause]} (${p.flaggedStreak} bulan berturut-turut ditandai).`,
  early_warning_level_restored: (p) => `${p.month}: ${p.cleanStreak} bulan bersih berturut-turut; tingkat kembali dari ${warning[p.from]} ke NORMAL.`,
  early_warning_level_kept: (p) =>
    `${p.month}: tingkat tetap ${warning[p.level]}; ${p.flaggedStreak} bulan ditandai dan ${p.cleanStreak} bulan bersih berturut-turut${p.level === 'NORMAL' ? '' : `, perlu ${p.cleanMonthsToRestore} bulan bersih berturut-turut untuk kembali ke NORMAL`}.`,
  early_warning_provisional_calendar: (p) => `Bulan ${p.month} dinilai dengan kalender kerja sementara; hasilnya perlu diperiksa lagi setelah SKB terbit.`,
  early_warning_mkd_allowed: (p) => `MKD boleh dijalankan pada bulan ${p.forMonth}, pada tingkat ${warning[p.level]}.`,
  early_warning_mkd_suspended: (p) =>
    `MKD dicabut untuk bulan ${p.forMonth}; dipulihkan setelah ${p.cleanMonthsToRestore} bulan bersih berturut-turut (sejauh ini ${p.cleanStreak}).`,

  predikat_distribution_rule_met: (p) =>
    `Capaian organisasi ${capaian[p.capaianOrganisasi]}: predikat ${p.predikat.map((x) => predikat[x]).join(' atau ')} ${p.count} dari ${p.n} pegawai, ${bound(p)}; terpenuhi.`,
  predikat_distribution_rule_broken: (p) =>
    `Capaian organisasi ${capaian[p.capaianOrganisasi]}: predikat ${p.predikat.map((x) => predikat[x]).join(' atau ')} ${p.count} dari ${p.n} pegawai, ${bound(p)}; tidak terpenuhi.`,
  predikat_distribution_empty: (p) => `Tidak ada predikat pegawai untuk diperiksa terhadap capaian organisasi ${capaian[p.capaianOrganisasi]}.`,
};

function bound(p: { bound: 'max' | 'min'; percent: number | null; limit: number }): string {
  if (p.percent === null) return `${p.bound === 'max' ? 'paling banyak' : 'paling sedikit'} ${p.limit} pegawai`;
  return p.bound === 'max'
    ? `boleh paling banyak ${num(p.percent)}% (${p.limit} pegawai)`
    : `harus paling sedikit ${num(p.percent)}% (${p.limit} pegawai)`;
}
