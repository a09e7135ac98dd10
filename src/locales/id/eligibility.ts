import type { EligibilityOwnFinding, GateName } from '../../eligibility/findings';
import type { DecisionWording, MessagesFor } from '../types';
import { capException, list, warningLevel as level } from './_terms';

const BACKUP_REASON = { NOT_IN_UNIT: 'tidak ada di unit ini atau datanya ditolak', NOT_MUTUAL: 'pendampingan tidak timbal balik', SELF: 'itu NIP pegawai itu sendiri' } as const;

/** "Peringatan dini 2026-02", atau "Peringatan dini" bila bulannya tidak diketahui. */
const warningOf = (month: string | null | undefined): string => (month === null || month === undefined ? 'Peringatan dini' : `Peringatan dini ${month}`);

/** "gerbang kotak talenta", "gerbang kotak talenta dan kesiapan kerja". */
const gates = (names: readonly GateName[]): string => `gerbang ${list(names.map((g) => gateNames[g]))}`;

/** Gate names in Bahasa Indonesia. */
export const gateNames: Readonly<Record<GateName, string>> = {
  employee_criteria: 'kriteria pegawai',
  talent_box: 'kotak talenta',
  remoteness: 'layanan jarak jauh',
  readiness: 'kesiapan kerja',
  early_warning: 'peringatan dini',
};

/** Bahasa Indonesia messages of the eligibility decision. */
export const eligibility: MessagesFor<EligibilityOwnFinding> = {
  eligibility_early_warning_level: (p) =>
    p.level === 'DICABUT'
      ? `${warningOf(p.lastMonth)}: tingkat ${level[p.level]}, sehingga MKD tidak diizinkan pada ${p.decisionMonth}.`
      : `${warningOf(p.lastMonth)}: tingkat ${level[p.level]}; MKD tetap diizinkan pada ${p.decisionMonth}${p.level === 'NORMAL' ? '' : ', dengan pengawasan'}.`,
  eligibility_early_warning_missing: (p) =>
    p.treatedAs === 'NORMAL'
      ? 'Belum ada data kinerja bulanan atau peringatan dini; kebijakan memperlakukannya sebagai NORMAL.'
      : 'Belum ada data kinerja bulanan atau status peringatan dini, sehingga gerbang peringatan dini belum dapat dinilai.',
  eligibility_early_warning_stale: (p) =>
    `Data peringatan dini terakhir ${p.lastMonth === null ? '(bulannya tidak diketahui)' : `bulan ${p.lastMonth}`} terlalu lama untuk keputusan bulan ${p.decisionMonth} (paling lama ${p.maxAgeMonths} bulan sebelumnya).`,
  eligibility_early_warning_after_decision: (p) =>
    `Status peringatan dini yang tersimpan sudah mencakup bulan ${p.lastMonth}, tidak sebelum bulan keputusan ${p.decisionMonth}, sehingga tidak dapat dipakai untuk keputusan ini.`,
  eligibility_early_warning_months_ignored: (p) =>
    `Data kinerja bulan ${list(p.months)} tidak dipakai karena tidak sebelum bulan keputusan ${p.decisionMonth}.`,
  eligibility_flexible_days: (p) =>
    `Hari fleksibel: pola ${p.box === null ? 'kebijakan' : `kotak ${p.box}`} memberi ${p.pattern} hari, jabatan menyisakan ${p.positionLimit} hari (5 − ${p.onsiteDaysRequired} hari tatap muka − ${p.fieldDays} hari lapangan), batas mingguan ${p.cap} hari${
      p.capException === null ? '' : p.capExceptionRecognised ? ` (pengecualian ${capException[p.capException]})` : ` (pengecualian ${capException[p.capException]} tidak diakui kebijakan)`
    }; jadi paling banyak ${p.days} hari seminggu.`,
  eligibility_not_eligible_no_days: (p) =>
    p.status === 'NOT_ELIGIBLE' ? 'Karena tidak layak, tidak ada hari fleksibel.' : 'Selama keputusan belum dapat ditentukan, tidak ada hari fleksibel.',
  eligibility_backup_partner_ignored: (p) =>
    `Pendamping ${p.partnerNip} untuk ${p.employeeId} tidak dipakai dalam jadwal: ${BACKUP_REASON[p.reason]}.`,
};

/** Bahasa Indonesia wording of a whole decision. */
export const decision: DecisionWording = {
  eligible: (days) => `Layak mengikuti MKD: paling banyak ${days} hari fleksibel seminggu.`,
  notEligible: (failed, unknown) =>
    `Tidak layak mengikuti MKD karena ${gates(failed)} tidak terpenuhi${unknown.length > 0 ? `; ${gates(unknown)} belum dapat dinilai` : ''}.`,
  indeterminate: (unknown) => `Belum dapat ditentukan: ${gates(unknown)} belum dapat dinilai.`,
  gate: gateNames,
};
