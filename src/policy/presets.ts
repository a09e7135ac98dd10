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
// Perpres 21/2023 Pasal 4: (1) 37 h 30 min a week, (2) 32 h 30 min in Ramadan, (3)–(4) start
// 07:30 / 08:00, (5)–(6) breaks 60 Mon–Thu and 90 Fri / 30 and 60 in Ramadan.
const regularWeek: SchedulePolicy['regular'] = { SENIN: regularDay, SELASA: regularDay, RABU: regularDay, KAMIS: regularDay, JUMAT: regularFriday };
const ramadanWeek: SchedulePolicy['ramadan'] = { SENIN: ramadanDay, SELASA: ramadanDay, RABU: ramadanDay, KAMIS: ramadanDay, JUMAT: ramadanFriday };
const schedulePerpres21: SchedulePolicy = { weeklyMinutes: 2250, ramadanWeeklyMinutes: 1950, regular: regularWeek, ramadan: ramadanWeek, ramadanByYear: [] };

// Jabar sets its Ramadan hours each year by circular (docs/policy.md); other years take the
// national hours above [D]. Every Jabar preset carries every year's, so that a month is
// scored with the hours of its own Ramadan whichever preset was in force.
// 1446 H / 2025 — SE Sekda Jabar 23/OT.03/ORG (reported 1 Mar 2025, jabarprov.go.id), with
// MenPANRB letter B/34/KT.02/2025: Mon–Thu 06:30–14:00 break 60, Fri 06:30–14:30 break 90.
const ramadanJabar1446Day = { start: '06:30', end: '14:00', breakMinutes: 60 };
const ramadanJabar1446Friday = { start: '06:30', end: '14:30', breakMinutes: 90 };
// 1447 H / 2026 — SE Gubernur Jabar 21/KPG.03.04/ORG (9 Feb 2026, as reported by IDN Times
// and others): Mon–Thu 06:30–14:00 break 30, Fri 06:30–14:00 break 60; 2,070 minutes a week.
const ramadanJabar1447Day = { start: '06:30', end: '14:00', breakMinutes: 30 };
const ramadanJabar1447Friday = { start: '06:30', end: '14:00', breakMinutes: 60 };
const scheduleJabar: SchedulePolicy = {
  weeklyMinutes: 2250,
  ramadanWeeklyMinutes: 1950,
  regular: regularWeek,
  ramadan: ramadanWeek,
  ramadanByYear: [
    {
      hijriYear: 1446,
      weeklyMinutes: 1950,
      hours: { SENIN: ramadanJabar1446Day, SELASA: ramadanJabar1446Day, RABU: ramadanJabar1446Day, KAMIS: ramadanJabar1446Day, JUMAT: ramadanJabar1446Friday },
      source: 'SE Sekda Jabar 23/OT.03/ORG tentang Penetapan Jam Kerja pada Bulan Ramadhan 1446 H/2025 M (Maret 2025)',
    },
    {
      hijriYear: 1447,
      weeklyMinutes: 2070,
      hours: { SENIN: ramadanJabar1447Day, SELASA: ramadanJabar1447Day, RABU: ramadanJabar1447Day, KAMIS: ramadanJabar1447Day, JUMAT: ramadanJabar1447Friday },
      source: 'SE Gubernur Jabar 21/KPG.03.04/ORG tentang Penetapan Jam Kerja pada Bulan Ramadhan 1447 H/2026 M (9 Februari 2026)',
    },
  ],
};

// No changes to the built-in SKB 3 Menteri calendar (kerja-dinamis/calendar, docs/calendar.md).
const calendarNational: CalendarOverrides = { added: [], removed: [], moved: [], years: [], ramadan: [] };

// The weekly cap is the one thing the Jabar 2023 and national 2025 rules differ on:
// Pergub Jabar 102/2022 as launched, up to 4 flexible days a week ("4-1"); PermenPANRB
// 4/2025 Pasal 13(1), at most 2, except duties outside the office (TUGAS_LUAR) and
// special circumstances (KEADAAN_KHUSUS). Coverage 50 % / at least 1 on site and 240
// core online minutes are [D] (domain reference §6). A collective day counts toward the
// cap [D]: Pasal 13(1) caps the days of flexible location, whoever decides them.
function workPatternWithCap(maxFlexibleDaysPerWeek: number, changes: Partial<WorkPatternPolicy> = {}): WorkPatternPolicy {
  return {
    maxFlexibleDaysPerWeek,
    capExceptions: ['TUGAS_LUAR', 'KEADAAN_KHUSUS'],
    exceptionMaxFlexibleDaysPerWeek: 5,
    minOnsitePercent: 50,
    minOnsiteHeadcount: 1,
    coreOnlineMinutes: 240,
    collectiveFlexibleWeekdays: [],
    collectiveCountsTowardCap: true,
    approvableCollectiveWeekdays: [],
    anchorWeekdays: [],
    publicServiceUnitsOnSite: false,
    ...changes,
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
// Where: every place PermenPANRB 4/2025 Pasal 12 ayat (1) allows (another office of the
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
 * 21/2023): talent boxes {4,5,7,8,9}, up to 4 flexible days a week by track record —
 * the cap as Governor Ridwan Kamil stated it at the launch ("maksimal empat hari dalam
 * sepekan", Kompas.com and others, 19–20 June 2023); the Pergub's text is not public.
 * Jurisdiction `ID-JB`; in force from 2023-06-19 until `jabarMkd2025`.
 */
export const jabarMkd2023: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-mkd-2023',
  version: '2023.2',
  jurisdiction: 'ID-JB',
  effectiveFrom: '2023-06-19',
  name: { id: 'Mekanisme Kerja Dinamis Pemprov Jawa Barat 2023', en: 'West Java Dynamic Working Mechanism 2023' },
  basis: ['Pergub Jabar 102/2022', 'Pernyataan Gubernur Jabar saat peluncuran MKD, 19 Juni 2023', 'Perpres 21/2023', 'PermenPANRB 3/2020', 'PermenPANRB 6/2022'],
  talentBox: talentBoxJabar,
  schedule: scheduleJabar,
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
 * Jurisdiction `ID-JB`; open-ended, so it is the Jabar policy whenever no circular of a
 * set period is in force — from 2027-01-01 too, as no circular for 2027 is known.
 */
export const jabarMkd2025: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-mkd-2025',
  version: '2025.2',
  jurisdiction: 'ID-JB',
  effectiveFrom: '2025-04-21',
  name: { id: 'Mekanisme Kerja Dinamis Pemprov Jawa Barat 2025', en: 'West Java Dynamic Working Mechanism 2025' },
  basis: ['Pergub Jabar 102/2022', 'Perpres 21/2023', 'PermenPANRB 3/2020', 'PermenPANRB 4/2025', 'PermenPANRB 6/2022'],
  talentBox: talentBoxJabar,
  schedule: scheduleJabar,
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
  version: '2025.2',
  jurisdiction: 'ID',
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

// Jabar's circulars of a set period. Only news reports quoting them are public (docs/policy.md).
const basisSe150 = ['SE Sekda Jabar 150/KPG.03/BKD (22 Oktober 2025)', 'Pergub Jabar 102/2022', 'Perpres 21/2023', 'PermenPANRB 3/2020', 'PermenPANRB 4/2025', 'PermenPANRB 6/2022'];

/**
 * The November 2025 trial of SE Sekda Jabar 150/KPG.03/BKD (22 October 2025): every
 * Thursday the whole staff of every perangkat daerah works from home — a collective
 * flexible day — except units with direct public service (the circular: "unit/bagian/tim
 * kerja yang memiliki fungsi pelayanan langsung kepada masyarakat"). Individual MKD as in
 * {@link jabarMkd2025}; the Thursday counts toward the weekly cap of 2 [D].
 * Jurisdiction `ID-JB`; in force 2025-11-01 to 2025-11-30 (the first Thursday was 6 November).
 */
export const jabarWfhThursdayTrial2025: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-wfh-kamis-2025-11',
  version: '2025.11',
  jurisdiction: 'ID-JB',
  effectiveFrom: '2025-11-01',
  effectiveUntil: '2025-11-30',
  name: { id: 'Uji coba WFH setiap Kamis Pemprov Jawa Barat, November 2025', en: 'West Java Thursday work-from-home trial, November 2025' },
  basis: basisSe150,
  talentBox: talentBoxJabar,
  schedule: scheduleJabar,
  calendar: calendarNational,
  workPattern: /* @__PURE__ */ workPatternWithCap(2, { collectiveFlexibleWeekdays: ['KAMIS'] }),
  remoteness: remotenessDefault,
  readiness: readinessJabar,
  employeeCriteria: employeeCriteriaDefault,
  performance: performanceJabar,
  earlyWarning: earlyWarningJabar,
  eligibility: eligibilityJabar,
});

// The 50:50 scheme is for every employee of a unit without direct public service: no
// talent-box gate [D] (the reports name none), 2 days a week each [D] (Monday in the
// office and Tuesday–Friday in alternating halves, as the Sekda described it: 4 days ×
// 50 % = 2 days; within PermenPANRB 4/2025's cap of 2).
const talentBoxOff: TalentBoxPolicy = { gate: false, eligibleBoxes: [1, 2, 3, 4, 5, 6, 7, 8, 9], cutOffs: talentCutOffs, maxAssessmentAgeMonths: 24 };

/**
 * The 50:50 scheme of SE Sekda Jabar 150/KPG.03/BKD from December 2025: at most half of
 * each unit's present staff works from home on each working day, the composition set by
 * the unit and reported to BKD for K-Mob. Encoded as coverage of 50 % on site, Monday in
 * the office for every unit ([S]: the Sekda, 6 November 2025), and 2 flexible days a week
 * for every employee whatever the talent box [D]; units with direct public service stay
 * in the office. The other gates (remoteness, readiness, employee criteria, early warning)
 * still apply [D]. Jurisdiction `ID-JB`; in force 2025-12-01 [D: the circular's start of
 * Tuesday 2 December rounded to the month] to 2025-12-31.
 */
export const jabarWfhHalf2025: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-wfh-50-50-2025-12',
  version: '2025.12',
  jurisdiction: 'ID-JB',
  effectiveFrom: '2025-12-01',
  effectiveUntil: '2025-12-31',
  name: { id: 'Uji coba WFH 50:50 Pemprov Jawa Barat, Desember 2025', en: 'West Java 50:50 work-from-home trial, December 2025' },
  basis: basisSe150,
  talentBox: talentBoxOff,
  schedule: scheduleJabar,
  calendar: calendarNational,
  workPattern: /* @__PURE__ */ workPatternWithCap(2, { minOnsitePercent: 50, anchorWeekdays: ['SENIN'], publicServiceUnitsOnSite: true }),
  remoteness: remotenessDefault,
  readiness: readinessJabar,
  employeeCriteria: employeeCriteriaDefault,
  performance: performanceJabar,
  earlyWarning: earlyWarningJabar,
  eligibility: {
    flexibleDaysByBox: { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 2 },
    flexibleDaysWithoutBox: 2,
    missingEarlyWarning: 'UNKNOWN',
    maxEarlyWarningAgeMonths: 2,
  },
});

/**
 * Jabar in 2026 under SE Gubernur Jabar 188/KPG.03/BKD (January 2026, "Penyesuaian
 * Mekanisme Kerja Pegawai dalam Rangka Efisiensi Anggaran"): every Thursday all ASN work
 * from home, except units that serve the public directly (hospitals, schools); a unit may
 * also work from home on Friday when BKD approves its request (the unit's
 * `approvedCollectiveWeekdays: ['JUMAT']`). Individual MKD days as in {@link jabarMkd2025};
 * collective days count toward the cap of 2 [D], so a Thursday leaves one individual day
 * and Thursday plus an approved Friday none. Jurisdiction `ID-JB`; in force 2026-01-01 to
 * 2026-12-31 (the reports: "sepanjang tahun 2026").
 */
export const jabarMkd2026: Policy = /* @__PURE__ */ _brandPolicy({
  id: 'jabar-mkd-2026',
  version: '2026.1',
  jurisdiction: 'ID-JB',
  effectiveFrom: '2026-01-01',
  effectiveUntil: '2026-12-31',
  name: { id: 'Mekanisme Kerja Dinamis dan WFH Kamis Pemprov Jawa Barat 2026', en: 'West Java Dynamic Working Mechanism and Thursday work-from-home 2026' },
  basis: ['SE Gubernur Jabar 188/KPG.03/BKD (Januari 2026)', 'Pergub Jabar 102/2022', 'Perpres 21/2023', 'PermenPANRB 3/2020', 'PermenPANRB 4/2025', 'PermenPANRB 6/2022'],
  talentBox: talentBoxJabar,
  schedule: scheduleJabar,
  calendar: calendarNational,
  workPattern: /* @__PURE__ */ workPatternWithCap(2, { collectiveFlexibleWeekdays: ['KAMIS'], approvableCollectiveWeekdays: ['JUMAT'] }),
  remoteness: remotenessDefault,
  readiness: readinessJabar,
  employeeCriteria: employeeCriteriaDefault,
  performance: performanceJabar,
  earlyWarning: earlyWarningJabar,
  eligibility: eligibilityJabar,
});

/** Every built-in policy, by jurisdiction (national first) and then by date. */
export const presets: readonly Policy[] = /* @__PURE__ */ Object.freeze([
  nationalFwa2025,
  jabarMkd2023,
  jabarMkd2025,
  jabarWfhThursdayTrial2025,
  jabarWfhHalf2025,
  jabarMkd2026,
]);
