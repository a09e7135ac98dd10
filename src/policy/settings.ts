/**
 * Every setting of a policy as data: its path, what it means, its unit and where its
 * value comes from. The table behind `kerja-dinamis policy show` and the policy reference
 * of the documentation; `test/policy/settings.test.ts` fails when a setting of
 * `PolicySchema` has no row or a row names no setting.
 *
 * Sources are taken from the sections' documentation (src/policy/sections/*.ts),
 * docs/policy.md and the domain reference; `[D]` marks a default chosen by this project
 * where no public rule was found (domain reference §8).
 */
import type { LocalizedText } from '../_lib/errors';

/**
 * The unit of a policy setting: what its value counts or lists (`days-per-week`,
 * `weekday-list`, `box-list`…); its labels are in {@link POLICY_SETTING_UNITS}.
 */
export type PolicySettingUnit =
  | 'identifier'
  | 'text'
  | 'jurisdiction'
  | 'date'
  | 'bilingual-text'
  | 'document-list'
  | 'yes-no'
  | 'box-list'
  | 'score'
  | 'months'
  | 'days'
  | 'days-per-week'
  | 'days-by-box'
  | 'minutes'
  | 'minutes-per-week'
  | 'minutes-per-month'
  | 'day-hours'
  | 'ramadan-hours-list'
  | 'holiday-list'
  | 'date-list'
  | 'date-move-list'
  | 'calendar-year-list'
  | 'ramadan-period-list'
  | 'exception-list'
  | 'percent'
  | 'headcount'
  | 'weekday-list'
  | 'service-list'
  | 'service-id-list'
  | 'ownership-list'
  | 'workplace-list'
  | 'mbps'
  | 'points'
  | 'choice'
  | 'predikat-list'
  | 'penalty-list'
  | 'level-list';

const label = (id: string, en: string): LocalizedText => Object.freeze({ id, en });

/** Units of policy settings, each with its label in Bahasa Indonesia and English. */
export const POLICY_SETTING_UNITS: Readonly<Record<PolicySettingUnit, LocalizedText>> = /* @__PURE__ */ Object.freeze({
  identifier: label('pengenal', 'identifier'),
  text: label('teks', 'text'),
  jurisdiction: label('kode wilayah', 'region code'),
  date: label('tanggal', 'date'),
  'bilingual-text': label('teks id/en', 'text in id/en'),
  'document-list': label('daftar dokumen', 'list of documents'),
  'yes-no': label('ya/tidak', 'yes/no'),
  'box-list': label('daftar kotak talenta', 'list of talent boxes'),
  score: label('nilai 0–100', 'score 0–100'),
  months: label('bulan', 'months'),
  days: label('hari', 'days'),
  'days-per-week': label('hari per minggu', 'days a week'),
  'days-by-box': label('hari per minggu menurut kotak', 'days a week by box'),
  minutes: label('menit', 'minutes'),
  'minutes-per-week': label('menit per minggu', 'minutes a week'),
  'minutes-per-month': label('menit per bulan', 'minutes a month'),
  'day-hours': label('jam mulai–selesai, istirahat', 'start–end, break'),
  'ramadan-hours-list': label('jam Ramadan per tahun Hijriah', 'Ramadan hours by Hijri year'),
  'holiday-list': label('daftar hari libur', 'list of holidays'),
  'date-list': label('daftar tanggal', 'list of dates'),
  'date-move-list': label('daftar pemindahan tanggal', 'list of date moves'),
  'calendar-year-list': label('daftar tahun kalender', 'list of calendar years'),
  'ramadan-period-list': label('daftar masa Ramadan', 'list of Ramadan periods'),
  'exception-list': label('daftar pengecualian', 'list of exceptions'),
  percent: label('persen', 'percent'),
  headcount: label('orang', 'people'),
  'weekday-list': label('daftar hari', 'list of weekdays'),
  'service-list': label('daftar layanan', 'list of services'),
  'service-id-list': label('daftar id layanan', 'list of service ids'),
  'ownership-list': label('daftar kepemilikan', 'list of ownerships'),
  'workplace-list': label('daftar tempat kerja', 'list of workplaces'),
  mbps: label('Mbit/s', 'Mbit/s'),
  points: label('poin', 'points'),
  choice: label('pilihan', 'choice'),
  'predikat-list': label('daftar predikat', 'list of predikat'),
  'penalty-list': label('daftar hukuman disiplin', 'list of disciplinary penalties'),
  'level-list': label('daftar tingkat peringatan', 'list of warning levels'),
});

/** One setting of a policy, as {@link POLICY_SETTINGS} lists it. */
export interface PolicySetting {
  /** Where the setting is in a policy, keys joined by `.`, e.g. `talentBox.eligibleBoxes`. */
  readonly path: string;
  /** What the setting means, in Bahasa Indonesia and English. */
  readonly meaning: LocalizedText;
  /** Its unit. */
  readonly unit: PolicySettingUnit;
  /**
   * Where its value comes from, cited as Indonesian regulations are: the document and
   * article (`PermenPANRB 4/2025 Pasal 13 ayat (1)`); `[D]` for a default chosen by this
   * project where no rule was found (first, when a preset takes its value from a document
   * and the others keep the default); `null` for the fields that identify the policy
   * rather than set a rule.
   */
  readonly source: string | null;
}

const row = (path: string, unit: PolicySettingUnit, source: string | null, id: string, en: string): PolicySetting => ({ path, unit, source, meaning: { id, en } });

const D = '[D]';
const PERMEN_4_2025_13 = 'PermenPANRB 4/2025 Pasal 13 ayat (1)';
const SE_150 = 'SE Sekda Jabar 150/KPG.03/BKD (22 Oktober 2025)';
const SE_188 = 'SE Gubernur Jabar 188/KPG.03/BKD (Januari 2026)';
const KOMPAS_2023 = 'Kompas.com, 20 Juni 2023 (Kepala BKD Jabar)';
const TRK = 'Aturan TRK Jabar (Tunjangan Remunerasi Kinerja)';

const WEEKDAY_NAMES = [
  ['SENIN', 'Senin', 'Monday'],
  ['SELASA', 'Selasa', 'Tuesday'],
  ['RABU', 'Rabu', 'Wednesday'],
  ['KAMIS', 'Kamis', 'Thursday'],
  ['JUMAT', 'Jumat', 'Friday'],
] as const;

const hours = (week: 'regular' | 'ramadan'): PolicySetting[] =>
  WEEKDAY_NAMES.map(([day, idName, enName]) =>
    week === 'regular'
      ? row(
          `schedule.regular.${day}`,
          'day-hours',
          D,
          `Jam kerja hari ${idName} di luar Ramadan (mulai 07.30 dan istirahat 60 menit, Jumat 90, menurut Perpres 21/2023 Pasal 4; jam selesai dipilih agar 450 menit kerja sehari)`,
          `Working hours on ${enName} outside Ramadan (start 07:30 and a 60-minute break, 90 on Friday, per Perpres 21/2023 Pasal 4; end chosen for 450 work minutes a day)`,
        )
      : row(
          `schedule.ramadan.${day}`,
          'day-hours',
          D,
          `Jam kerja hari ${idName} selama Ramadan bila tahun itu tidak punya jam sendiri (mulai 08.00, istirahat 30 menit, Jumat 60, menurut Perpres 21/2023 Pasal 4)`,
          `Working hours on ${enName} during a Ramadan without hours of its own (start 08:00, a 30-minute break, 60 on Friday, per Perpres 21/2023 Pasal 4)`,
        ),
  );

/**
 * Every setting of a {@link Policy}, in the order of its sections: path, meaning in Bahasa
 * Indonesia and English, unit, and source — or `[D]` for this project's default where no
 * public rule was found. The table behind `kerja-dinamis policy show` and
 * {@link describePolicy}; a documentation site can build its policy reference from it.
 * Lists (boxes, weekdays, holidays, services) are one setting each, as a file replaces
 * them whole; so are the flexible days by box.
 *
 * @example
 * ```ts
 * import { POLICY_SETTINGS } from 'kerja-dinamis/policy';
 *
 * const boxes = POLICY_SETTINGS.find((s) => s.path === 'talentBox.eligibleBoxes');
 * boxes?.unit;
 * //=> 'box-list'
 * POLICY_SETTINGS.find((s) => s.path === 'workPattern.coreOnlineMinutes')?.source;
 * //=> '[D]'
 * ```
 */
export const POLICY_SETTINGS: readonly PolicySetting[] = /* @__PURE__ */ Object.freeze(
  [
    // Identity: who, where, when.
    row('id', 'identifier', null, 'Pengenal kebijakan yang tetap, dicatat pada setiap keputusan', 'Stable identifier of the policy, carried by every decision'),
    row('version', 'text', null, 'Versi naskah kebijakan, dicatat pada setiap keputusan', 'Version of the policy text, carried by every decision'),
    row(
      'jurisdiction',
      'jurisdiction',
      null,
      'Wilayah berlakunya: ID (nasional), ID-JB (provinsi, ISO 3166-2) atau ID-JB-<kode BPS> (kabupaten/kota)',
      'Where it applies: ID (national), ID-JB (a province, ISO 3166-2) or ID-JB-<BPS code> (a kabupaten/kota)',
    ),
    row('effectiveFrom', 'date', null, 'Hari pertama kebijakan berlaku (WIB)', 'First day the policy is in force (WIB)'),
    row('effectiveUntil', 'date', null, 'Hari terakhir kebijakan berlaku, bila ditetapkan untuk suatu masa', 'Last day the policy is in force, when it is set for a period'),
    row('name', 'bilingual-text', null, 'Nama kebijakan', 'Name of the policy'),
    row('basis', 'document-list', null, 'Peraturan dan surat edaran yang menjadi dasar kebijakan', 'The regulations and circulars the policy follows'),
    row('extends', 'identifier', null, 'Kebijakan asal yang diubah oleh kebijakan ini', 'The policy this one was derived from'),

    // Talent box.
    row('talentBox.gate', 'yes-no', 'PermenPANRB 3/2020; ' + KOMPAS_2023, 'Apakah syarat kotak talenta berlaku (tidak, pada kebijakan nasional PermenPANRB 4/2025)', 'Whether the talent-box gate applies (not in the national PermenPANRB 4/2025 baseline)'),
    row(
      'talentBox.eligibleBoxes',
      'box-list',
      KOMPAS_2023 + ': "Box 4,5,7,8 dan 9"',
      'Kotak talenta yang boleh memakai MKD (lihat docs/talent-box.md tentang kutipan "4,5,6,8,9")',
      'Talent boxes that may use MKD (see docs/talent-box.md on the "4,5,6,8,9" quote)',
    ),
    row('talentBox.cutOffs.kinerja.DI_ATAS_EKSPEKTASI', 'score', D, 'Nilai kinerja terendah yang dinilai di atas ekspektasi (PermenPANRB 3/2020 tidak menetapkan angka)', 'Lowest performance score rated above expectations (PermenPANRB 3/2020 sets no number)'),
    row('talentBox.cutOffs.kinerja.SESUAI_EKSPEKTASI', 'score', D, 'Nilai kinerja terendah yang dinilai sesuai ekspektasi', 'Lowest performance score rated as meeting expectations'),
    row('talentBox.cutOffs.potensial.TINGGI', 'score', D, 'Nilai potensial terendah yang dinilai tinggi (pita "optimal" job-person-match BKN)', 'Lowest potential score rated high (BKN job-person-match "optimal" band)'),
    row('talentBox.cutOffs.potensial.MENENGAH', 'score', D, 'Nilai potensial terendah yang dinilai menengah', 'Lowest potential score rated medium'),
    row('talentBox.maxAssessmentAgeMonths', 'months', D, 'Penilaian talenta yang lebih tua dari ini pada tanggal keputusan sudah kedaluwarsa', 'A talent assessment older than this on the decision date is out of date'),

    // Schedule.
    row('schedule.weeklyMinutes', 'minutes-per-week', 'Perpres 21/2023 Pasal 4 ayat (1)', 'Menit kerja seminggu di luar Ramadan (37 jam 30 menit)', 'Work minutes a week outside Ramadan (37 h 30 min)'),
    row(
      'schedule.ramadanWeeklyMinutes',
      'minutes-per-week',
      'Perpres 21/2023 Pasal 4 ayat (2)',
      'Menit kerja seminggu selama Ramadan tanpa jam sendiri; paling sedikit 1.950 (32 jam 30 menit)',
      'Work minutes a week during a Ramadan without hours of its own; at least 1,950 (32 h 30 min)',
    ),
    ...hours('regular'),
    ...hours('ramadan'),
    row(
      'schedule.ramadanByYear',
      'ramadan-hours-list',
      'SE Sekda Jabar 23/OT.03/ORG (1446 H); SE Gubernur Jabar 21/KPG.03.04/ORG (1447 H)',
      'Jam kerja Ramadan yang ditetapkan untuk tahun Hijriah tertentu, masing-masing dengan jumlah menit seminggu',
      'Ramadan hours set for particular Hijri years, each with its own weekly minutes',
    ),

    // Calendar.
    row(
      'calendar.added',
      'holiday-list',
      'SKB 3 Menteri; LIBUR_DAERAH: keputusan provinsi, kabupaten atau kota',
      'Hari libur tambahan, mis. libur daerah; hari yang sudah libur harus dihapus dulu',
      'Extra non-working days, e.g. a regional holiday; a day that is already a holiday must be removed first',
    ),
    row('calendar.removed', 'date-list', 'SKB 3 Menteri', 'Hari libur bawaan yang tidak berlaku lagi', 'Built-in holidays that no longer apply'),
    row('calendar.moved', 'date-move-list', 'Keputusan Menteri Agama', 'Hari libur yang dipindahkan ke tanggal lain', 'Holidays moved to another day'),
    row('calendar.years', 'calendar-year-list', 'SKB 3 Menteri tahun itu', 'Tahun kalender lengkap yang menggantikan data bawaan tahun itu', 'Whole calendar years that replace the built-in data of that year'),
    row('calendar.ramadan', 'ramadan-period-list', 'Sidang isbat Kementerian Agama', 'Masa Ramadan yang menggantikan perkiraan untuk tahun Hijriah yang sama', 'Ramadan periods replacing the estimate for the same Hijri year'),
    row('calendar.allowProvisional', 'yes-no', D, 'Apakah tahun kalender sementara (SKB belum terbit) boleh dipakai', 'Whether a provisional calendar year (no SKB yet) may be used'),

    // Work pattern.
    row(
      'workPattern.maxFlexibleDaysPerWeek',
      'days-per-week',
      PERMEN_4_2025_13 + '; Pernyataan Gubernur Jabar, 19 Juni 2023 (jabar-mkd-2023)',
      'Paling banyak hari fleksibel (lokasi) seorang pegawai dalam satu minggu ISO',
      'Most flexible (location) days an employee may have in one ISO week',
    ),
    row('workPattern.capExceptions', 'exception-list', PERMEN_4_2025_13 + ' huruf a dan b', 'Pengecualian yang disetujui yang mengangkat batas mingguan: TUGAS_LUAR, KEADAAN_KHUSUS', 'Approved exceptions that lift the weekly cap: TUGAS_LUAR, KEADAAN_KHUSUS'),
    row('workPattern.exceptionMaxFlexibleDaysPerWeek', 'days-per-week', D, 'Batas mingguan pegawai dengan pengecualian yang disetujui', 'Weekly cap of an employee with an approved exception'),
    row('workPattern.minOnsitePercent', 'percent', D + '; ' + SE_150 + ' (skema 50:50)', 'Bagian pegawai hadir (tidak cuti, tidak tugas lapangan) yang tetap di kantor setiap hari kerja', 'Share of the staff present (not on leave or field duty) that stays on site each working day'),
    row('workPattern.minOnsiteHeadcount', 'headcount', D, 'Paling sedikit pegawai di kantor pada hari kerja, berapa pun hasil persentasenya', 'Fewest staff on site on a working day, whatever the percentage gives'),
    row('workPattern.coreOnlineMinutes', 'minutes', D, 'Menit hari fleksibel yang tetap jam reguler: daring dan dapat dihubungi', 'Minutes of a flexible day that stay regular time: online and reachable'),
    row(
      'workPattern.collectiveFlexibleWeekdays',
      'weekday-list',
      SE_150 + '; ' + SE_188,
      'Hari seluruh unit bekerja fleksibel (WFH Kamis); unit yang melayani masyarakat langsung dikecualikan',
      'Weekdays on which a whole unit works flexibly (Thursday work from home); units serving the public directly are exempt',
    ),
    row('workPattern.collectiveCountsTowardCap', 'yes-no', D, 'Apakah hari fleksibel bersama dihitung dalam batas mingguan pegawai (PermenPANRB 4/2025 Pasal 13 membatasi setiap hari lokasi fleksibel)', 'Whether a collective flexible day counts toward an employee\'s weekly cap (PermenPANRB 4/2025 Pasal 13 caps every day of flexible location)'),
    row('workPattern.approvableCollectiveWeekdays', 'weekday-list', SE_188, 'Hari yang dapat disetujui untuk bekerja fleksibel seluruh unit, di atas hari bersama (Jumat atas persetujuan BKD)', 'Weekdays a unit may be approved to work flexibly as a whole, on top of the collective ones (Friday on BKD\'s approval)'),
    row(
      'workPattern.anchorWeekdays',
      'weekday-list',
      D + '; Sekda Jabar, 6 November 2025 (skema 50:50)',
      'Hari tanpa hari fleksibel bagi semua unit (apel Senin); kolom hari_apel berkas unit menambahnya',
      'Weekdays on which no unit has a flexible day (a Monday assembly); a unit file\'s hari_apel column adds to them',
    ),
    row('workPattern.publicServiceUnitsOnSite', 'yes-no', SE_150, 'Apakah unit yang melayani masyarakat langsung tetap di kantor seluruhnya, tanpa hari fleksibel sama sekali', 'Whether units serving the public directly keep all their staff on site, with no flexible day at all'),

    // Remoteness.
    row('remoteness.defaultCampuranOnsiteDays', 'days-per-week', D, 'Hari di kantor per minggu layanan CAMPURAN yang tidak menyebut angkanya sendiri', 'On-site days a week of a CAMPURAN service that does not state its own'),
    row(
      'remoteness.catalogChanges.add',
      'service-list',
      'PermenPANRB 4/2025 (kriteria tugas); penyaringan layanan BKD Jabar, ' + KOMPAS_2023,
      'Layanan baru yang ditambahkan ke katalog layanan',
      'New services added to the service catalogue',
    ),
    row('remoteness.catalogChanges.replace', 'service-list', 'PermenPANRB 4/2025 (kriteria tugas); penyaringan layanan BKD Jabar, ' + KOMPAS_2023, 'Layanan katalog yang diganti (mode atau hari di kantornya diubah)', 'Catalogue services replaced (their mode or on-site days changed)'),
    row('remoteness.catalogChanges.remove', 'service-id-list', 'PermenPANRB 4/2025 (kriteria tugas); penyaringan layanan BKD Jabar, ' + KOMPAS_2023, 'Layanan yang dihapus dari katalog', 'Services removed from the catalogue'),

    // Readiness.
    row('readiness.laptop.required', 'yes-no', KOMPAS_2023, 'Apakah laptop kerja wajib tersedia', 'Whether a work laptop is required'),
    row('readiness.laptop.allowedOwnerships', 'ownership-list', D, 'Kepemilikan laptop yang diterima: DINAS, PRIBADI', 'Laptop ownerships that count: DINAS (issued), PRIBADI (personal)'),
    row('readiness.bandwidth.required', 'yes-no', KOMPAS_2023, 'Apakah kecepatan internet yang terukur wajib memenuhi batas', 'Whether the measured internet speed must meet the minimums'),
    row('readiness.bandwidth.minDownloadMbps', 'mbps', D, 'Kecepatan unduh terendah yang lulus', 'Lowest download speed that passes'),
    row('readiness.bandwidth.minUploadMbps', 'mbps', D, 'Kecepatan unggah terendah yang lulus', 'Lowest upload speed that passes'),
    row('readiness.bandwidth.maxMeasurementAgeDays', 'days', D, 'Umur tertua pengukuran kecepatan yang diterima, sebelum tanggal keputusan', 'Oldest speed measurement accepted, before the decision date'),
    row('readiness.kmob.required', 'yes-no', D, 'Apakah aplikasi presensi K-Mob wajib aktif', 'Whether the K-Mob attendance app must be active'),
    row('readiness.tte.required', 'yes-no', D, 'Apakah tanda tangan elektronik (TTE) wajib aktif bagi penanda tangan surat', 'Whether an electronic signature (TTE) must be active for those who sign letters'),
    row('readiness.workspace.required', 'yes-no', D, 'Apakah tempat kerja di luar kantor wajib dinyatakan', 'Whether a workspace outside the office must be declared'),
    row('readiness.workspace.allowedWorkplaces', 'workplace-list', 'PermenPANRB 4/2025 Pasal 12 ayat (1)', 'Tempat kerja fleksibel yang diterima: KANTOR_LAIN, DOMISILI, DITETAPKAN_PPK', 'Workplaces that count: KANTOR_LAIN, DOMISILI, DITETAPKAN_PPK'),

    // Employee criteria.
    row('employeeCriteria.minMonthsInPosition', 'months', D, 'Kurang dari sekian bulan di jabatan sekarang berarti "baru ditempatkan" (PermenPANRB 4/2025); 0 mematikan aturan ini', 'Fewer months than this in the current position means "newly placed" (PermenPANRB 4/2025); 0 turns the rule off'),
    row('employeeCriteria.servedPenaltyLookbackMonths', 'months', D, 'Hukuman disiplin yang berakhir kurang dari sekian bulan sebelum keputusan masih dihitung', 'A disciplinary penalty that ended fewer months than this before the decision still counts'),

    // Performance.
    row('performance.weights.TRK', 'points', D, 'Bobot menit efektif TRK dalam nilai bulanan', 'Weight of TRK effective minutes in the monthly score'),
    row('performance.weights.KEHADIRAN', 'points', D, 'Bobot disiplin kehadiran (K-Mob) dalam nilai bulanan', 'Weight of attendance discipline (K-Mob) in the monthly score'),
    row('performance.weights.SKP', 'points', D, 'Bobot SKP dalam nilai bulanan; ketiga bobot berjumlah 100', 'Weight of SKP in the monthly score; the three weights add up to 100'),
    row('performance.unknownComponent', 'choice', D, 'Komponen tanpa data: ZERO (bernilai 0) atau REDISTRIBUTE (bobotnya dibagi ke komponen lain)', 'A component without data: ZERO (scores 0) or REDISTRIBUTE (its weight is shared among the others)'),
    row('performance.trk.monthlyMinimumMinutes', 'minutes-per-month', TRK, 'Menit efektif sebulan untuk nilai TRK penuh, sebelum disesuaikan dengan cuti', 'Effective minutes a month for full TRK points, before proration for leave'),
    row('performance.trk.absenceDeductionMinutes', 'minutes', TRK, 'Menit yang dikurangkan untuk setiap hari tidak hadir tanpa keterangan', 'Minutes taken off for each working day absent without reason'),
    row('performance.attendance.absentDayPoints', 'points', D, 'Poin kehadiran yang dikurangkan per hari tidak hadir tanpa keterangan', 'Attendance points taken off per day absent without reason'),
    row('performance.attendance.flexibleDayWithoutCheckInPoints', 'points', D, 'Poin kehadiran yang dikurangkan per hari fleksibel tanpa presensi K-Mob', 'Attendance points taken off per flexible day without a K-Mob check-in'),
    row('performance.attendance.lateOrEarlyMinutesPerPoint', 'minutes', D, 'Menit terlambat atau pulang cepat yang mengurangi satu poin kehadiran', 'Minutes late or leaving early that cost one attendance point'),
    ...(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const).map((p) =>
      row(`performance.skp.predikatPoints.${p}`, 'points', D, `Poin SKP untuk predikat ${p} (mengikuti konversi PerBKN 3/2023, paling tinggi 100)`, `SKP points for the predikat ${p} (after the PerBKN 3/2023 conversion, at most 100)`),
    ),

    // Early warning.
    row('earlyWarning.scoreThreshold', 'score', D, 'Bulan dengan nilai di bawah ini ditandai', 'A month scored below this is flagged'),
    row('earlyWarning.severePredikat', 'predikat-list', D, 'Predikat yang membuat bulan berat (MKD langsung DICABUT)', 'Predikat that make a month severe (MKD revoked at once)'),
    row('earlyWarning.flaggedPredikat', 'predikat-list', D, 'Predikat yang menandai bulan', 'Predikat that flag a month'),
    row('earlyWarning.peringatanPredikat', 'predikat-list', D, 'Predikat yang, pada bulan yang ditandai, menaikkan tingkat paling sedikit ke PERINGATAN', 'Predikat that, in a flagged month, raise the level to at least PERINGATAN'),
    row('earlyWarning.severePenalties', 'penalty-list', D, 'Hukuman disiplin yang membuat bulan berat; hukuman lain menandainya', 'Disciplinary penalties that make a month severe; any other flags it'),
    row('earlyWarning.flagBelowTrkMinimum', 'yes-no', D, 'Apakah menit TRK di bawah batas minimal menandai bulan', 'Whether TRK minutes below the minimum flag a month'),
    row('earlyWarning.absentDaysToFlag', 'days', D, 'Hari tidak hadir tanpa keterangan yang menandai bulan (sekian atau lebih)', 'Days absent without reason that flag a month (this many or more)'),
    row('earlyWarning.flexibleDaysWithoutCheckInToFlag', 'days', D, 'Hari fleksibel tanpa presensi K-Mob yang menandai bulan (sekian atau lebih)', 'Flexible days without a K-Mob check-in that flag a month (this many or more)'),
    row('earlyWarning.streakLevels', 'level-list', D, 'Tingkat yang dicapai rangkaian bulan ditandai: ke-k untuk k bulan, yang terakhir untuk lebih lama', 'The level a flagged streak reaches: entry k for k months, the last for any longer streak'),
    row('earlyWarning.cleanMonthsToRestore', 'months', D, 'Bulan bersih berturut-turut yang mengembalikan tingkat ke NORMAL', 'Consecutive clean months that bring the level back to NORMAL'),

    // Eligibility.
    row(
      'eligibility.flexibleDaysByBox',
      'days-by-box',
      D + ' (pola "4-1", "3-2", "1-4" Pemprov Jabar 2023)',
      'Hari fleksibel per minggu menurut kotak talenta, sebelum hari di kantor jabatan dan batas mingguan; kotak yang tidak disebut mendapat 0',
      'Flexible days a week by talent box, before the position\'s on-site days and the weekly cap; a box not listed gets 0',
    ),
    row('eligibility.flexibleDaysWithoutBox', 'days-per-week', D, 'Hari fleksibel per minggu bila kebijakan tidak memakai syarat kotak talenta', 'Flexible days a week when the policy has no talent-box gate'),
    row('eligibility.missingEarlyWarning', 'choice', D, 'Tanpa data kinerja dan keadaan peringatan dini: UNKNOWN (belum dapat ditentukan) atau NORMAL (pendatang baru)', 'Without performance data or an early-warning state: UNKNOWN (indeterminate) or NORMAL (a newcomer starts clean)'),
    row('eligibility.maxEarlyWarningAgeMonths', 'months', D, 'Bukti peringatan dini harus mencapai paling tidak sekian bulan sebelum bulan keputusan', 'The early-warning evidence must reach at least this many months before the decision month'),
  ].map((setting) => Object.freeze({ ...setting, meaning: Object.freeze(setting.meaning) })),
);
