/**
 * Built-in policies. They are branded without validation at load time, so that an app
 * importing one does not load every schema; `test/policy/presets.test.ts` validates
 * each against `PolicySchema`. Values marked [D] in docs/ are this project's defaults where no
 * public rule was found (domain reference §8); override them with `definePolicy`.
 */
import type { TalentBoxPolicy } from './sections/talent-box';
import type { SchedulePolicy } from './sections/schedule';
import type { CalendarOverrides } from './sections/calendar';
import type { WorkPatternPolicy } from './sections/work-pattern';
import type { RemotenessPolicy } from './sections/remoteness';
import type { ReadinessPolicy } from './sections/readiness';
import type { EmployeeCriteriaPolicy } from './sections/employee-criteria';
import type { PerformancePolicy } from './sections/performance';
import type { EarlyWarningPolicy } from './sections/early-warning';
import type { EligibilityPolicy } from './sections/eligibility';
import type { Policy } from './schema';
import { _brandPolicy } from './brand';

// PermenPANRB 3/2020 sets no numeric cut-offs: [D] 90/70 for kinerja, 90/78 for
// potensial (BKN job-person-match bands); assessments older than 24 months are stale.
// (Shared parts are referenced by name, never read as `x.y` or spread, so that a bundler
// can drop the presets an app does not import.)
const talentCutOffs: TalentBoxPolicy['cutOffs'] = {
  kinerja: { DI_ATAS_EKSPEKTASI: 90, SESUAI_EKSPEKTASI: 70 },
  potensial: { TINGGI: 90, MENENGAH: 78 },
};
const talentBoxJabar: TalentBoxPolicy = {
  gate: true,
  eligibleBoxes: [4, 5, 7, 8, 9], // Kompas 20 Jun 2023, "Box 4,5,7,8 dan 9"; docs/talent-box.md
  cutOffs: talentCutOffs,
  maxAssessmentAgeMonths: 24,
};
// PermenPANRB 4/2025 has no box rule: every box passes.
const talentBoxNational: TalentBoxPolicy = {
  gate: false,
  eligibleBoxes: [1, 2, 3, 4, 5, 6, 7, 8, 9],
  cutOffs: talentCutOffs,
  maxAssessmentAgeMonths: 24,
};

// Perpres 21/2023: 37 h 30 min a week (2,250 minutes), Ramadan 32 h 30 min (1,950);
// start 07:30 / 08:00, breaks 60 min Mon–Thu and 90 min Fri / 30 and 60 in Ramadan.
// [D] end times giving 450 (390 in Ramadan) work minutes every weekday; domain reference §4.
const regularDay = { start: '07:30', end: '16:00', breakMinutes: 60 };
const regularFriday = { start: '07:30', end: '16:30', breakMinutes: 90 };
const ramadanDay = { start: '08:00', end: '15:00', breakMinutes: 30 };
const ramadanFriday = { start: '08:00', end: '15:30', breakMinutes: 60 };
const schedulePerpres21: SchedulePolicy = {
  weeklyMinutes: 2250,
  ramadanWeeklyMinutes: 1950,
  regular: { SENIN: regularDay, SELASA: regularDay, RABU: regularDay, KAMIS: regularDay, JUMAT: regularFriday },
  ramadan: { SENIN: ramadanDay, SELASA: ramadanDay, RABU: ramadanDay, KAMIS: ramadanDay, JUMAT: ramadanFriday },
};

// No changes to the built-in SKB 3 Menteri calendar (kerja-dinamis/calendar, docs/calendar.md).
const calendarNational: CalendarOverrides = { added: [], removed: [], moved: [], years: [], ramadan: [] };

// The weekly cap is the one thing the Jabar 2023 and national 2025 rules differ on:
// Pergub Jabar 102/2022 as launched, up to 4 flexible days a week ("4-1"); PermenPANRB
// 4/2025 Art. 13(1), at most 2, except duties outside the office (TUGAS_LUAR) and
// special circumstances (KEADAAN_KHUSUS). Coverage 50 % / at least 1 on site and 240
// core online minutes are [D] (domain reference §6). Jabar's Thursday work-from-home
// (from November 2025) is not built in: its start date is not public;
// docs/work-pattern.md shows the one-line definePolicy for it.
function workPatternWithCap(maxFlexibleDaysPerWeek: number): WorkPatternPolicy {
  return {
    maxFlexibleDaysPerWeek,
    capExceptions: ['TUGAS_LUAR', 'KEADAAN_KHUSUS'],
    exceptionMaxFlexibleDaysPerWeek: 5,
    minOnsitePercent: 50,
    minOnsiteHeadcount: 1,
    coreOnlineMinutes: 240,
    collectiveFlexibleWeekdays: [],
    collectiveCountsTowardCap: true,
  };
}
// Service remoteness: a CAMPURAN service without its own figure keeps 2 days a week on
// site [D] (the office side of Jabar's "3-2" pattern); the default catalogue unchanged.
const remotenessDefault: RemotenessPolicy = { defaultCampuranOnsiteDays: 2, catalogChanges: {} };

// Readiness [D] (domain reference §6): a laptop, own or issued; a speed test of at least
// 10 Mbit/s down and 5 up, at most 90 days old; K-Mob active; TTE for letter signers;
// a declared workspace (PermenPANRB 4/2025: the employee names where they will work).
const laptopCheck: ReadinessPolicy['laptop'] = { required: true, allowedOwnerships: ['DINAS', 'PRIBADI'] };
const bandwidthCheck: ReadinessPolicy['bandwidth'] = { required: true, minDownloadMbps: 10, minUploadMbps: 5, maxMeasurementAgeDays: 90 };
const required = { required: true };
// Where: every place PermenPANRB 4/2025 Pasal 11 huruf a allows (another office of the
// agency, the domicile in the personnel data, a place the PPK sets) [S].
const workspaceCheck: ReadinessPolicy['workspace'] = { required: true, allowedWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'] };
const readinessJabar: ReadinessPolicy = { laptop: laptopCheck, bandwidth: bandwidthCheck, kmob: required, tte: required, workspace: workspaceCheck };
// K-Mob is West Java's app: reported, not required, in the national baseline.
const readinessNational: ReadinessPolicy = { laptop: laptopCheck, bandwidth: bandwidthCheck, kmob: { required: false }, tte: required, workspace: workspaceCheck };

// PermenPANRB 4/2025 employee criteria; "newly placed" = under 3 months [D]; a penalty
// counts only while being served or in process.
const employeeCriteriaDefault: EmployeeCriteriaPolicy = { minMonthsInPosition: 3, servedPenaltyLookbackMonths: 0 };

// Monthly score (domain reference §6): TRK 50 / attendance 30 / SKP 20 [D]. TRK's
// 6,000-minute monthly minimum and −300 minutes per day absent are Jabar's TRK rules [S];
// the minimum is prorated for approved leave [D]. Attendance and SKP points [D]:
// docs/performance-score.md. A component without data is left out and its weight
// shared (REDISTRIBUTE) [D]: missing evidence is unknown, not a failure.
const performanceJabar: PerformancePolicy = {
  weights: { TRK: 50, KEHADIRAN: 30, SKP: 20 },
  unknownComponent: 'REDISTRIBUTE',
  trk: { monthlyMinimumMinutes: 6000, absenceDeductionMinutes: 300 },
  attendance: { absentDayPoints: 10, flexibleDayWithoutCheckInPoints: 5, lateOrEarlyMinutesPerPoint: 10 },
  // PerBKN 3/2023 conversion (150 / 100 / 75 / 50 / 25 %), capped at 100 points.
  skp: { predikatPoints: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 } },
};

// BKD Jabar's early-warning thresholds are not public: every value is [D]
// (domain reference §6, docs/early-warning.md).
const earlyWarningJabar: EarlyWarningPolicy = {
  scoreThreshold: 75,
  severePredikat: ['KURANG', 'SANGAT_KURANG'],
  flaggedPredikat: ['BUTUH_PERBAIKAN'],
  peringatanPredikat: ['BUTUH_PERBAIKAN'],
  severePenalties: ['RINGAN', 'SEDANG', 'BERAT'],
  flagBelowTrkMinimum: true,
  absentDaysToFlag: 1,
  flexibleDaysWithoutCheckInToFlag: 1,
  streakLevels: ['WASPADA', 'PERINGATAN', 'DICABUT'],
  cleanMonthsToRestore: 2,
};

// Pemprov Jabar 2023: up to 4 flexible days by track record, patterns "4-1", "3-2",
// "1-4". [D] box 9 → 4, boxes 7–8 → 3, boxes 4–5 → 1 (domain reference §6); a missing
// early-warning record is unknown; evidence must reach one of the two previous months.
const eligibilityJabar: EligibilityPolicy = {
  flexibleDaysByBox: { '9': 4, '8': 3, '7': 3, '5': 1, '4': 1 },
  flexibleDaysWithoutBox: 1,
  missingEarlyWarning: 'UNKNOWN',
  maxEarlyWarningAgeMonths: 2,
};

// PermenPANRB 4/2025 has no box rule: every eligible employee may ask for the 2 days.
const eligibilityNational: EligibilityPolicy = {
  flexibleDaysByBox: { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 2 },
  flexibleDaysWithoutBox: 2,
  missingEarlyWarning: 'UNKNOWN',
  maxEarlyWarningAgeMonths: 2,
};

/**
 * Pemprov Jabar MKD as launched on 19 June 2023 (Pergub Jabar 102/2022, Perpres
 * 21/2023): talent boxes {4,5,7,8,9}, up to 4 flexible days a week by track record.
 */
export const jabarMkd2023: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-mkd-2023',
  version: '2023.1',
  effectiveFrom: '2023-06-19',
  name: { id: 'Mekanisme Kerja Dinamis Pemprov Jawa Barat 2023', en: 'West Java Dynamic Working Mechanism 2023' },
  basis: ['Pergub Jabar 102/2022', 'Perpres 21/2023', 'PermenPANRB 3/2020', 'PermenPANRB 6/2022'],
  talentBox: talentBoxJabar,
  schedule: schedulePerpres21,
  calendar: calendarNational,
  workPattern: /* @__PURE__ */ workPatternWithCap(4),
  remoteness: remotenessDefault,
  readiness: readinessJabar,
  employeeCriteria: employeeCriteriaDefault,
  performance: performanceJabar,
  earlyWarning: earlyWarningJabar,
  eligibility: eligibilityJabar,
});

/**
 * Pemprov Jabar MKD from 21 April 2025: the same gates, with flexible location
 * clamped to the national 2 days a week of PermenPANRB 4/2025 and its exceptions.
 */
export const jabarMkd2025: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-mkd-2025',
  version: '2025.1',
  effectiveFrom: '2025-04-21',
  name: { id: 'Mekanisme Kerja Dinamis Pemprov Jawa Barat 2025', en: 'West Java Dynamic Working Mechanism 2025' },
  basis: ['Pergub Jabar 102/2022', 'Perpres 21/2023', 'PermenPANRB 3/2020', 'PermenPANRB 4/2025', 'PermenPANRB 6/2022'],
  talentBox: talentBoxJabar,
  schedule: schedulePerpres21,
  calendar: calendarNational,
  workPattern: /* @__PURE__ */ workPatternWithCap(2),
  remoteness: remotenessDefault,
  readiness: readinessJabar,
  employeeCriteria: employeeCriteriaDefault,
  performance: performanceJabar,
  earlyWarning: earlyWarningJabar,
  eligibility: eligibilityJabar,
});

/**
 * The national baseline of PermenPANRB 4/2025 (fleksibel lokasi at most 2 days a
 * week), without a talent-box gate; a starting point for a kabupaten/kota.
 */
export const nationalFwa2025: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'national-fwa-2025',
  version: '2025.1',
  effectiveFrom: '2025-04-21',
  name: { id: 'Fleksibilitas Kerja ASN Nasional 2025', en: 'National ASN Flexible Working 2025' },
  basis: ['PermenPANRB 4/2025', 'Perpres 21/2023', 'PermenPANRB 6/2022'],
  talentBox: talentBoxNational,
  schedule: schedulePerpres21,
  calendar: calendarNational,
  workPattern: /* @__PURE__ */ workPatternWithCap(2),
  remoteness: remotenessDefault,
  readiness: readinessNational,
  employeeCriteria: employeeCriteriaDefault,
  performance: performanceJabar,
  earlyWarning: earlyWarningJabar,
  eligibility: eligibilityNational,
});

/** Every built-in policy, oldest first. */
export const presets: readonly Policy[] = /* @__PURE__ */ Object.freeze([jabarMkd2023, jabarMkd2025, nationalFwa2025]);
