/**
 * Representative params for every finding code of the catalogues: each branch of its
 * sentence, singular and plural. One table for test/locales/render-every-finding.test.ts
 * (the reviewed snapshots) and for the finding-code reference of the documentation
 * (test/_helpers/reference.ts, docs/reference/findings.md). A new code without params
 * here fails the table's type until it has some.
 */
import type { AnyFinding, FindingCode } from '../../src/locales/types';

/** The params of code `K` (a finding type may share its params among several codes). */
type ParamsOf<K extends FindingCode> = AnyFinding extends infer F ? (F extends { code: infer C; params: infer P } ? (K extends C ? P : never) : never) : never;

const service = { source: 'catalog' as const, name: { id: 'Perencana', en: 'Planner' }, derivedFromCriteria: false, unmetCriteria: [] };
const trk = { rawMinutes: 6400, daysAbsentWithoutReason: 1, deductionMinutes: 300, netMinutes: 6100, workingDays: 20, leaveDays: 2, minimum: 5400, points: 100 };

/** For each code, one or more params: each branch of its sentence, singular and plural. */
export const PARAMS: { readonly [K in FindingCode]: readonly ParamsOf<K>[] } = {
  talent_level_from_score: [{ axis: 'kinerja', score: 91.5, level: 'DI_ATAS_EKSPEKTASI', lowerCutOff: 70, upperCutOff: 90 }],
  talent_level_score_mismatch: [{ axis: 'potensial', level: 'TINGGI', score: 80, levelFromScore: 'MENENGAH' }],
  talent_assessment_missing: [{ missing: ['potensial'] }, { missing: ['kinerja', 'assessedOn'] }],
  talent_assessment_outdated: [{ assessedOn: '2023-09-30', validUntil: '2025-09-30', maxAgeMonths: 24, asOf: '2026-03-02' }],
  talent_assessment_in_future: [{ assessedOn: '2026-04-01', asOf: '2026-03-02' }],
  talent_box_classified: [{ box: 8, kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' }],
  talent_box_eligible: [{ box: 8, eligibleBoxes: [4, 5, 7, 8, 9] }],
  talent_box_not_eligible: [{ box: 2, eligibleBoxes: [4, 5, 7, 8, 9] }],
  talent_box_gate_off: [{ policyId: 'national-fwa-2025' }],

  remoteness_service_remote: [
    { serviceId: 'perencana', ...service, reason: { id: 'Analisis dan penyusunan dokumen dapat daring', en: 'Analysis and drafting can be done online' } },
    { serviceId: 'menyusun-laporan', source: 'task', derivedFromCriteria: true, unmetCriteria: [] },
  ],
  remoteness_service_hybrid: [
    { serviceId: 'arsiparis', ...service, name: { id: 'Arsiparis', en: 'Archivist' }, onsiteDaysPerWeek: 1, policyDefault: false },
    { serviceId: 'rapat-koordinasi', source: 'task', derivedFromCriteria: true, unmetCriteria: ['noSpecialSpaceOrEquipment'], onsiteDaysPerWeek: 2, policyDefault: true },
  ],
  remoteness_service_in_person: [
    { serviceId: 'perawat', ...service, name: { id: 'Perawat', en: 'Nurse' }, reason: { id: 'Asuhan keperawatan langsung', en: 'Direct bedside care' } },
    { serviceId: 'melayani-loket', source: 'task', derivedFromCriteria: true, unmetCriteria: ['doableOutsideOffice', 'minimalFaceToFace'] },
  ],
  remoteness_service_field: [{ serviceId: 'satpol-pp', ...service, name: { id: 'Satpol PP', en: 'Public order officer' }, fieldDaysPerWeek: 4 }],
  remoteness_service_unknown: [
    { serviceId: 'pranata-komputer', suggestions: ['pranata-komputer-dukungan', 'pranata-komputer-pengembang'] },
    { serviceId: 'perawta', suggestions: ['perawat'] },
    { serviceId: 'layanan-tidak-ada', suggestions: [] },
  ],
  remoteness_field_days: [
    { count: 0, serviceIds: [] },
    { count: 1, weekdays: ['RABU'], serviceIds: ['penyuluh-pertanian'] },
    { count: 3, serviceIds: ['penyuluh-pertanian'] },
  ],
  remoteness_position_empty: [{}],
  remoteness_position_field_only: [{ serviceIds: ['satpol-pp'] }],
  remoteness_position_indeterminate: [{ unknownServiceIds: ['layanan-tidak-ada'] }, { unknownServiceIds: ['a', 'b'] }],
  remoteness_position_in_person: [{ serviceIds: ['perawat', 'bidan'] }],
  remoteness_position_hybrid: [{ onsiteDaysRequired: 1, serviceIds: ['arsiparis'] }, { onsiteDaysRequired: 3, serviceIds: ['analis-kebijakan', 'arsiparis'] }],
  remoteness_position_remote: [{ serviceIds: ['perencana'] }],

  readiness_laptop_ok: [{ required: true, ownership: 'DINAS', allowedOwnerships: ['DINAS', 'PRIBADI'] }, { required: false, allowedOwnerships: ['DINAS'] }],
  readiness_laptop_missing: [{ required: true }],
  readiness_laptop_ownership_not_allowed: [{ required: true, ownership: 'PRIBADI', allowedOwnerships: ['DINAS'] }],
  readiness_laptop_ownership_unknown: [{ required: true, allowedOwnerships: ['DINAS'] }],
  readiness_laptop_unknown: [{ required: true }],
  readiness_bandwidth_ok: [{ required: true, downloadMbps: 25.5, uploadMbps: 10, minDownloadMbps: 10, minUploadMbps: 5, measuredOn: '2026-02-10' }],
  readiness_download_too_low: [{ required: true, downloadMbps: 4, minDownloadMbps: 10, measuredOn: '2026-02-10' }],
  readiness_upload_too_low: [{ required: true, uploadMbps: 1.5, minUploadMbps: 5, measuredOn: '2026-02-10' }],
  readiness_bandwidth_unknown: [{ required: true }],
  readiness_bandwidth_stale: [{ required: true, measuredOn: '2025-10-01', ageDays: 152, maxAgeDays: 90, asOf: '2026-03-02' }, { required: true, measuredOn: '2026-03-01', ageDays: 1, maxAgeDays: 0, asOf: '2026-03-02' }],
  readiness_bandwidth_in_future: [{ required: true, measuredOn: '2026-04-01', asOf: '2026-03-02' }],
  readiness_kmob_active: [{ required: true }],
  readiness_kmob_inactive: [{ required: true }],
  readiness_kmob_unknown: [{ required: true }],
  readiness_tte_active: [{ required: true }],
  readiness_tte_inactive: [{ required: true }],
  readiness_tte_unknown: [{ required: true }],
  readiness_tte_not_applicable: [{ required: true }],
  readiness_signs_letters_unknown: [{ required: true }],
  readiness_workspace_declared: [{ required: false }],
  readiness_workspace_not_declared: [{ required: false }],
  readiness_workspace_unknown: [{ required: false }],
  readiness_workplace_allowed: [{ required: true, workplace: 'DOMISILI', allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI'] }],
  readiness_workplace_not_allowed: [{ required: true, workplace: 'KAFE', allowedWorkplaces: ['DOMISILI'] }],
  readiness_workplace_conflict: [{ required: true, workplace: 'DOMISILI', allowedWorkplaces: ['DOMISILI', 'DITETAPKAN_PPK'] }],
  readiness_workplace_unknown: [{ required: true, allowedWorkplaces: ['DOMISILI'] }],

  employee_disciplinary_none: [{}],
  employee_disciplinary_unknown: [{}],
  employee_disciplinary_in_process: [{}, { penalty: 'SEDANG' }],
  employee_disciplinary_serving: [{}, { penalty: 'BERAT', until: '2026-06-30' }],
  employee_disciplinary_served: [{ penalty: 'RINGAN', until: '2025-01-31', lookbackMonths: 12 }],
  employee_disciplinary_recently_served: [{ penalty: 'SEDANG', until: '2025-12-31', lookbackMonths: 1, countsUntil: '2026-01-31' }, { until: '2025-12-31', lookbackMonths: 12, countsUntil: '2026-12-31' }],
  employee_tenure_met: [{ positionSince: '2020-01-06', monthsInPosition: 74, minMonths: 3 }, { positionSince: '2025-12-01', monthsInPosition: 3, minMonths: 1 }],
  employee_newly_placed: [{ positionSince: '2026-02-01', monthsInPosition: 1, minMonths: 3, eligibleFrom: '2026-05-01' }, { positionSince: '2026-03-01', monthsInPosition: 0, minMonths: 1, eligibleFrom: '2026-04-01' }],
  employee_position_since_unknown: [{}],
  employee_position_since_in_future: [{ positionSince: '2026-04-01', asOf: '2026-03-02' }],

  work_pattern_allocated: [{ employees: 12, entitled: 40, granted: 38, maxShortfall: 1 }, { employees: 1, entitled: 1, granted: 1, maxShortfall: 0 }],
  work_pattern_carry_in_assumed_zero: [{ week: '2026-W10' }],
  work_pattern_cap_applied: [{ employeeId: '198503152010012003', requested: 4, cap: 2 }],
  work_pattern_cap_exception: [{ employeeId: '197912242006041001', exception: 'TUGAS_LUAR', cap: 4 }, { employeeId: '197912242006041001', exception: 'KEADAAN_KHUSUS', cap: 1 }],
  work_pattern_cap_exception_not_allowed: [{ employeeId: '197912242006041001', exception: 'KEADAAN_KHUSUS', cap: 2 }],
  work_pattern_pin_dropped: [
    { employeeId: '198503152010012003', date: '2026-03-16', reason: 'LEAVE_DAY' },
    { employeeId: '198503152010012003', date: '2026-03-05', reason: 'OVER_CAP' },
  ],
  work_pattern_coverage_unmet: [{ date: '2026-03-06', present: 4, onSite: 1, required: 2 }],
  work_pattern_collective_day: [
    { date: '2026-03-05', weekday: 'KAMIS', present: 4, onSite: 0, required: 2, countsTowardCap: true },
    { date: '2026-03-05', weekday: 'KAMIS', present: 1, onSite: 1, required: 1, countsTowardCap: false },
  ],
  work_pattern_collective_exempt: [{ weekdays: ['KAMIS'] }],
  work_pattern_provisional_calendar: [{ month: '2027-04', workingDays: 21 }],
  work_pattern_public_unit_on_site: [{ employees: 7 }],
  work_pattern_unit_collective: [{ weekdays: ['JUMAT'] }],
  work_pattern_unit_collective_not_allowed: [{ weekdays: ['RABU'], approvable: [] }, { weekdays: ['RABU', 'SELASA'], approvable: ['JUMAT'] }],
  work_pattern_shortfall: [
    { employeeId: '198503152010012003', entitled: 8, granted: 6, shortfall: 2, reason: 'COVERAGE', blockedDates: ['2026-03-06', '2026-03-13'] },
    { employeeId: '198503152010012003', entitled: 1, granted: 0, shortfall: 1, reason: 'COVERAGE_AND_BACKUP_PARTNER', blockedDates: [] },
  ],

  performance_trk_minimum_met: [trk],
  performance_trk_below_minimum: [{ ...trk, rawMinutes: 5000, netMinutes: 4700, points: 87.04 }, { ...trk, daysAbsentWithoutReason: 2, deductionMinutes: 600, workingDays: 1, leaveDays: 0 }],
  performance_trk_absences_unknown: [{ rawMinutes: 6200, minimum: 6000 }],
  performance_attendance_scored: [
    { daysPresent: 19, daysAbsentWithoutReason: 0, minutesLate: 45, minutesEarlyLeave: 0, flexibleDaysWithoutCheckIn: 1, leaveDays: 1, workingDays: 20, deductionPoints: 1.5, points: 98.5 },
    { daysPresent: 1, daysAbsentWithoutReason: 0, minutesLate: 1, minutesEarlyLeave: 1, flexibleDaysWithoutCheckIn: 2, leaveDays: 0, workingDays: 1, deductionPoints: 1, points: 99 },
  ],
  performance_skp_from_ratings: [{ hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI', predikat: 'BAIK', points: 100 }],
  performance_skp_from_realisation: [{ targetRealisationPercent: 92.5, points: 92.5 }],
  performance_component_unknown: [{ component: 'KEHADIRAN', weight: 30, mode: 'REDISTRIBUTE' }, { component: 'SKP', weight: 20, mode: 'ZERO' }],
  performance_weights_redistributed: [{ unknown: ['KEHADIRAN'], shares: [{ component: 'TRK', weight: 50, effectiveWeight: 71.43 }, { component: 'SKP', weight: 20, effectiveWeight: 28.57 }] }],
  performance_disciplinary_penalty: [{ penalty: 'RINGAN' }, { penalty: 'BERAT' }],
  performance_scored: [{ score: 96.25, scored: ['TRK', 'KEHADIRAN', 'SKP'] }],
  performance_provisional_calendar: [{ month: '2027-04', workingDays: 21 }],
  performance_no_score: [{ month: '2026-02', reason: 'NO_DATA' }, { month: '2026-02', reason: 'NO_WEIGHTED_DATA' }],

  early_warning_severe_predikat: [{ month: '2026-01', predikat: 'KURANG' }],
  early_warning_flagged_predikat: [{ month: '2026-01', predikat: 'BUTUH_PERBAIKAN' }],
  early_warning_disciplinary_penalty: [{ month: '2026-01', penalty: 'SEDANG', severe: false }, { month: '2026-01', penalty: 'BERAT', severe: true }],
  early_warning_score_below_threshold: [{ month: '2026-01', score: 72.5, threshold: 75 }],
  early_warning_trk_below_minimum: [{ month: '2026-01', netTrkMinutes: 5400, trkMinimum: 6000 }],
  early_warning_absent_days: [{ month: '2026-01', days: 1, threshold: 1 }, { month: '2026-01', days: 3, threshold: 2 }],
  early_warning_flexible_days_without_check_in: [{ month: '2026-01', days: 1, threshold: 1 }, { month: '2026-01', days: 2, threshold: 2 }],
  early_warning_month_clean: [{ month: '2026-01', score: 96.25 }, { month: '2026-01', score: null }],
  early_warning_month_missing: [{ month: '2026-01', reason: 'NOT_GIVEN' }, { month: '2026-01', reason: 'MARKED_MISSING' }, { month: '2026-01', reason: 'NO_DATA' }],
  early_warning_level_raised: [
    { month: '2026-01', from: 'NORMAL', to: 'WASPADA', flaggedStreak: 1, cause: 'STREAK' },
    { month: '2026-02', from: 'WASPADA', to: 'DICABUT', flaggedStreak: 2, cause: 'SEVERE' },
    { month: '2026-02', from: 'NORMAL', to: 'PERINGATAN', flaggedStreak: 1, cause: 'PREDIKAT' },
  ],
  early_warning_level_restored: [{ month: '2026-03', from: 'PERINGATAN', cleanStreak: 2 }],
  early_warning_level_kept: [
    { month: '2026-02', level: 'WASPADA', flaggedStreak: 0, cleanStreak: 1, cleanMonthsToRestore: 2 },
    { month: '2026-02', level: 'NORMAL', flaggedStreak: 0, cleanStreak: 5, cleanMonthsToRestore: 2 },
    { month: '2026-02', level: 'PERINGATAN', flaggedStreak: 1, cleanStreak: 0, cleanMonthsToRestore: 1 },
  ],
  early_warning_provisional_calendar: [{ month: '2027-04' }],
  early_warning_mkd_allowed: [{ forMonth: '2026-02', level: 'WASPADA' }, { forMonth: '2026-02', level: 'NORMAL' }],
  early_warning_mkd_suspended: [{ forMonth: '2026-03', cleanStreak: 0, cleanMonthsToRestore: 2 }, { forMonth: '2026-03', cleanStreak: 0, cleanMonthsToRestore: 1 }],

  predikat_distribution_rule_met: [{ capaianOrganisasi: 'ISTIMEWA', rule: 'SANGAT_BAIK_MAX', predikat: ['SANGAT_BAIK'], bound: 'max', percent: 70, count: 6, n: 10, limit: 7 }],
  predikat_distribution_rule_broken: [
    { capaianOrganisasi: 'BAIK', rule: 'BUTUH_PERBAIKAN_OR_KURANG_MIN', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], bound: 'min', percent: null, count: 0, n: 1, limit: 1 },
  ],
  predikat_distribution_empty: [{ capaianOrganisasi: 'BAIK' }],

  eligibility_early_warning_level: [
    { level: 'NORMAL', lastMonth: '2026-02', decisionMonth: '2026-03' },
    { level: 'WASPADA', lastMonth: '2026-02', decisionMonth: '2026-03' },
    { level: 'DICABUT', lastMonth: null, decisionMonth: '2026-03' },
  ],
  eligibility_early_warning_missing: [{ treatedAs: 'UNKNOWN' }, { treatedAs: 'NORMAL' }],
  eligibility_early_warning_stale: [{ lastMonth: '2025-11', decisionMonth: '2026-03', maxAgeMonths: 2 }, { lastMonth: null, decisionMonth: '2026-03', maxAgeMonths: 1 }],
  eligibility_early_warning_after_decision: [{ lastMonth: '2026-03', decisionMonth: '2026-03' }],
  eligibility_early_warning_months_ignored: [{ months: ['2026-03'], decisionMonth: '2026-03' }, { months: ['2026-03', '2026-04'], decisionMonth: '2026-03' }],
  eligibility_flexible_days: [
    { box: 9, pattern: 4, onsiteDaysRequired: 0, fieldDays: 0, positionLimit: 5, cap: 2, capException: null, capExceptionRecognised: false, days: 2 },
    { box: null, pattern: 2, onsiteDaysRequired: 1, fieldDays: 1, positionLimit: 3, cap: 4, capException: 'TUGAS_LUAR', capExceptionRecognised: true, days: 1 },
    { box: 4, pattern: 1, onsiteDaysRequired: 3, fieldDays: 0, positionLimit: 2, cap: 2, capException: 'KEADAAN_KHUSUS', capExceptionRecognised: false, days: 1 },
  ],
  eligibility_not_eligible_no_days: [{ status: 'NOT_ELIGIBLE' }, { status: 'INDETERMINATE' }],
  eligibility_backup_partner_ignored: [
    { employeeId: '198503152010012003', partnerNip: '199001012015031001', reason: 'NOT_IN_UNIT' },
    { employeeId: '198503152010012003', partnerNip: '199001012015031001', reason: 'NOT_MUTUAL' },
    { employeeId: '198503152010012003', partnerNip: '198503152010012003', reason: 'SELF' },
  ],
};
