/**
 * Built-in sample data for `kerja-dinamis demo`: a fictional dinas of a fictional
 * kabupaten, three units, 60 ASN. Every name and NIP is invented (the NIPs are valid in
 * form only). Between them the records meet every outcome of every gate — pass, fail and
 * unknown — the early-warning levels WASPADA, PERINGATAN and DICABUT, hybrid positions,
 * field duty, cap exceptions, backup pairs and leave; cli/test/demo-data.test.ts checks
 * that they do, and that every record is valid under `EmployeeRecordSchema`.
 */
import type { EmployeeRecord, RecordPerformanceMonth } from 'kerja-dinamis';
import type { WorkPatternUnit } from 'kerja-dinamis';
import { workingDaysInMonth } from 'kerja-dinamis';

/** The fictional dinas. */
export const DEMO_DINAS = 'Dinas Layanan Publik dan Digital Kabupaten Situmekar (fiktif)';
/** Decision date of the demo: the 1st of the month planned, as `planMonth` decides. */
export const DEMO_AS_OF = '2026-02-01';
/** The month the demo plans. */
export const DEMO_MONTH = '2026-02';
/** The months of performance in the records. */
export const DEMO_PERFORMANCE_MONTHS = ['2025-10', '2025-11', '2025-12', '2026-01'] as const;

/** The three units and their coverage settings. */
export const DEMO_UNITS: readonly WorkPatternUnit[] = [
  { id: 'bidang-layanan-digital', minOnsitePercent: 40 },
  { id: 'sekretariat', anchorWeekdays: ['SENIN'], minOnsiteHeadcount: 3 },
  { id: 'upt-pengawasan-lapangan', servesPublicDirectly: true, minOnsiteHeadcount: 12 },
];

/** How a month of performance went. */
type MonthKind = 'clean' | 'absent' | 'lowTrk' | 'butuh' | 'penalty';

const SCENARIOS: Readonly<Record<string, readonly MonthKind[]>> = {
  normal: ['clean', 'clean', 'clean', 'clean'],
  waspada: ['clean', 'clean', 'clean', 'absent'],
  waspadaTrk: ['clean', 'clean', 'clean', 'lowTrk'],
  peringatan: ['clean', 'clean', 'absent', 'absent'],
  peringatanPredikat: ['clean', 'clean', 'clean', 'butuh'],
  dicabut: ['clean', 'absent', 'lowTrk', 'absent'],
  dicabutPenalty: ['clean', 'clean', 'clean', 'penalty'],
  restored: ['absent', 'clean', 'clean', 'clean'],
};

function month(monthId: string, kind: MonthKind, leaveDays = 0): RecordPerformanceMonth {
  const workingDays = workingDaysInMonth(monthId).length;
  const absent = kind === 'absent' ? 1 : 0;
  return {
    month: monthId,
    trk: { effectiveMinutes: kind === 'lowTrk' ? 5200 : 6450 },
    attendance: {
      daysPresent: workingDays - absent - leaveDays,
      daysAbsentWithoutReason: absent,
      minutesLate: kind === 'clean' ? 15 : 40,
      minutesEarlyLeave: 0,
      flexibleDaysWithoutCheckIn: 0,
      leaveDays,
    },
    skp: kind === 'butuh' ? { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } : { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' },
    ...(kind === 'penalty' ? { disciplinaryPenalty: 'RINGAN' as const } : {}),
  };
}

const BOXES = {
  9: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' },
  8: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' },
  7: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH' },
  5: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'MENENGAH' },
  4: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH' },
  2: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH' },
} as const;

/** One person in compact form; what is not said is the "all in order" default. */
interface Person {
  readonly name: string;
  /** Birth date `YYYYMMDD`, appointment `YYYYMM`, sex digit, sequence: the NIP's parts. */
  readonly nip: readonly [string, string, 1 | 2, number];
  readonly unit: 'sekretariat' | 'bidang-layanan-digital' | 'upt-pengawasan-lapangan';
  readonly title: string;
  readonly services: readonly string[];
  readonly box?: keyof typeof BOXES;
  readonly scores?: readonly [number, number];
  readonly tweak?: (r: Mutable) => void;
  readonly performance?: keyof typeof SCENARIOS | 'none' | 'stale';
}

type Mutable = { -readonly [K in keyof EmployeeRecord]: EmployeeRecord[K] } & Record<string, unknown>;

const nipOf = ([birth, appointment, sex, sequence]: Person['nip']): string => `${birth}${appointment}${sex}${String(sequence).padStart(3, '0')}`;

function recordOf(p: Person): EmployeeRecord {
  const r: Mutable = {
    nip: nipOf(p.nip),
    name: p.name,
    unitId: p.unit,
    position: { title: p.title, serviceIds: p.services, since: '2021-07-01' },
    talent: p.scores === undefined ? { ...BOXES[p.box ?? 5], assessedOn: '2025-09-30' } : { kinerjaScore: p.scores[0], potensialScore: p.scores[1], assessedOn: '2025-09-30' },
    readiness: {
      laptop: { available: true, ownership: 'DINAS' },
      bandwidth: { downloadMbps: 28.5, uploadMbps: 9.2, measuredOn: '2026-01-12' },
      kmobActive: true,
      tte: { active: true },
      workspaceDeclared: true,
    },
    disciplinary: { status: 'NONE' },
  };
  const scenario = p.performance ?? 'normal';
  if (scenario === 'stale') r.performance = { months: [month('2025-10', 'clean'), month('2025-11', 'clean')] };
  else if (scenario !== 'none') r.performance = { months: DEMO_PERFORMANCE_MONTHS.map((m, i) => month(m, SCENARIOS[scenario]![i]!)) };
  p.tweak?.(r);
  return r;
}

const pos = (r: Mutable, extra: Partial<NonNullable<EmployeeRecord['position']>>): void => {
  r.position = { ...r.position, ...extra };
};

const PEOPLE: readonly Person[] = [
  // Sekretariat — desk work, mostly hybrid (2 on-site days); Monday assembly.
  { name: 'Rina Marlina', nip: ['19800312', '200501', 2, 4], unit: 'sekretariat', title: 'Kepala Subbagian Umum dan Kepegawaian', services: ['pengadministrasi-kepegawaian', 'pengonsep-naskah-dinas'], box: 9, tweak: (r) => { pos(r, { signsLetters: true }); r.roster = { backupPartnerNip: nipOf(['19860414', '201101', 1, 3]), preferredWeekdays: ['RABU'] }; } },
  { name: 'Asep Saepulloh', nip: ['19860414', '201101', 1, 3], unit: 'sekretariat', title: 'Analis Kepegawaian Ahli Muda', services: ['pengadministrasi-kepegawaian'], box: 8, tweak: (r) => { r.roster = { backupPartnerNip: nipOf(['19800312', '200501', 2, 4]), preferredWeekdays: ['RABU', 'KAMIS'] }; } },
  { name: 'Euis Komalasari', nip: ['19880921', '201403', 2, 11], unit: 'sekretariat', title: 'Pengelola Keuangan', services: ['bendahara'], box: 7, performance: 'waspada' },
  { name: 'Dadang Suherman', nip: ['19750603', '199903', 1, 2], unit: 'sekretariat', title: 'Perencana Ahli Muda', services: ['perencana'], box: 8, tweak: (r) => { r.roster = { preferredWeekdays: ['JUMAT'] }; } },
  { name: 'Neng Siti Rohmah', nip: ['19900118', '201503', 2, 7], unit: 'sekretariat', title: 'Arsiparis Ahli Pertama', services: ['arsiparis'], box: 5, tweak: (r) => { r.roster = { leaveDates: ['2026-02-09', '2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13'] }; } },
  { name: 'Ujang Hermawan', nip: ['19820227', '200803', 1, 5], unit: 'sekretariat', title: 'Pengadministrasi Umum', services: ['pengadministrasi-kepegawaian'], box: 5, tweak: (r) => { r.disciplinary = { status: 'SERVING', penalty: 'SEDANG', until: '2026-06-30' }; } },
  { name: 'Cucu Sumiati', nip: ['19791130', '200312', 2, 9], unit: 'sekretariat', title: 'Pengelola Barang Milik Daerah', services: ['pengelola-barang-milik-daerah'], box: 4 },
  { name: 'Yayan Sopyan', nip: ['19870705', '201201', 1, 14], unit: 'sekretariat', title: 'Pengadministrasi Perkantoran', services: ['arsiparis'], box: 2 },
  { name: 'Iis Nurhayati', nip: ['19911019', '201703', 2, 6], unit: 'sekretariat', title: 'Analis Keuangan', services: ['analis-keuangan'], box: 7 },
  { name: 'Deden Kurniawan', nip: ['19850808', '201001', 1, 8], unit: 'sekretariat', title: 'Pranata Komputer Ahli Pertama', services: ['pranata-komputer-dukungan'], box: 8, tweak: (r) => { r.readiness = { ...r.readiness, laptop: { available: false } }; } },
  { name: 'Lilis Suryani', nip: ['19831225', '200901', 2, 12], unit: 'sekretariat', title: 'Bendahara Pengeluaran', services: ['bendahara'], box: 5 },
  { name: 'Agus Setiawan Hidayat', nip: ['19890302', '201403', 1, 1], unit: 'sekretariat', title: 'Analis Perencanaan', services: ['perencana'], box: 7, performance: 'dicabut' },
  { name: 'Nining Kurniasih', nip: ['19920611', '201803', 2, 3], unit: 'sekretariat', title: 'Pengadministrasi Kepegawaian', services: ['pengadministrasi-kepegawaian'], box: 5, tweak: (r) => { delete r['disciplinary']; } },
  { name: 'Ade Rohendi', nip: ['19770915', '200201', 1, 10], unit: 'sekretariat', title: 'Analis Kebijakan Ahli Muda', services: ['analis-kebijakan'], box: 9 },
  { name: 'Tati Sumiyati', nip: ['19810417', '200601', 2, 15], unit: 'sekretariat', title: 'Pengelola Data Kepegawaian', services: ['pengadministrasi-kepegawaian'], box: 7, tweak: (r) => { r.talent = { ...r.talent, assessedOn: '2023-06-30' }; } },
  { name: 'Encep Ruhiyat', nip: ['19840120', '201001', 1, 13], unit: 'sekretariat', title: 'Arsiparis Ahli Muda', services: ['arsiparis'], box: 8 },
  { name: 'Yuyun Wahyuni', nip: ['19930504', '201903', 2, 2], unit: 'sekretariat', title: 'Penyusun Laporan Keuangan', services: ['analis-keuangan'], box: 5, tweak: (r) => { const { bandwidth: _b, ...rest } = r.readiness!; r.readiness = rest; } },
  { name: 'Ahmad Fauzi Ramdani', nip: ['19900716', '201503', 1, 17], unit: 'sekretariat', title: 'Perencana Ahli Pertama', services: ['perencana'], box: 4 },
  { name: 'Siti Nurjanah', nip: ['19870228', '201201', 2, 18], unit: 'sekretariat', title: 'Pengelola Surat', services: ['arsiparis', 'pengonsep-naskah-dinas'], box: 7 },
  { name: 'Budi Santoso', nip: ['19781008', '200312', 1, 19], unit: 'sekretariat', title: 'Kepala Subbagian Keuangan', services: ['analis-keuangan'], box: 8, tweak: (r) => { pos(r, { signsLetters: true }); r.readiness = { ...r.readiness, tte: { active: false } }; } },

  // Bidang Layanan Digital — mostly remote desk and system work.
  { name: 'Rizky Maulana', nip: ['19950823', '202003', 1, 4], unit: 'bidang-layanan-digital', title: 'Pranata Komputer Ahli Pertama', services: ['pranata-komputer-pengembang'], box: 8, performance: 'none' },
  { name: 'Fitri Handayani', nip: ['19910113', '201603', 2, 8], unit: 'bidang-layanan-digital', title: 'Pranata Komputer Ahli Muda', services: ['pranata-komputer-pengembang'], box: 9, tweak: (r) => { r.capException = 'KEADAAN_KHUSUS'; } },
  { name: 'Galih Pratama', nip: ['19940307', '201903', 1, 5], unit: 'bidang-layanan-digital', title: 'Analis Data', services: ['analis-data-statistik'], box: 7, performance: 'peringatan' },
  { name: 'Dewi Anggraeni', nip: ['19890620', '201403', 2, 16], unit: 'bidang-layanan-digital', title: 'Statistisi Ahli Muda', services: ['analis-data-statistik'], box: 8, tweak: (r) => { r.roster = { backupPartnerNip: nipOf(['19920902', '201703', 2, 9]) }; } },
  { name: 'Hendra Gunawan', nip: ['19860126', '201101', 1, 20], unit: 'bidang-layanan-digital', title: 'Kepala Seksi Infrastruktur', services: ['pranata-komputer-pengembang'], box: 9, tweak: (r) => pos(r, { since: '2025-12-15' }) },
  { name: 'Intan Permatasari', nip: ['19920902', '201703', 2, 9], unit: 'bidang-layanan-digital', title: 'Statistisi Ahli Pertama', services: ['analis-data-statistik'], box: 7, tweak: (r) => { r.roster = { backupPartnerNip: nipOf(['19890620', '201403', 2, 16]) }; } },
  { name: 'Yogi Firmansyah', nip: ['19960411', '202103', 1, 6], unit: 'bidang-layanan-digital', title: 'Pengembang Aplikasi', services: ['pranata-komputer-pengembang'], box: 8, tweak: (r) => { r.readiness = { ...r.readiness, bandwidth: { downloadMbps: 6, uploadMbps: 2.5, measuredOn: '2026-01-20' } }; } },
  { name: 'Ratna Sari Dewi', nip: ['19880315', '201201', 2, 21], unit: 'bidang-layanan-digital', title: 'Pengelola Layanan Informasi (PPID)', services: ['layanan-informasi-ppid'], box: 8, tweak: (r) => pos(r, { onsiteWeekdays: ['SELASA', 'KAMIS'] }) },
  { name: 'Ilham Nugraha', nip: ['19930818', '201803', 1, 7], unit: 'bidang-layanan-digital', title: 'Pranata Hubungan Masyarakat', services: ['pranata-humas'], box: 7, performance: 'waspadaTrk' },
  { name: 'Mega Puspitasari', nip: ['19951204', '202003', 2, 10], unit: 'bidang-layanan-digital', title: 'Pengelola Konten Digital', services: ['pranata-humas'], scores: [64.5, 71] },
  { name: 'Fajar Ramadhan', nip: ['19900505', '201503', 1, 22], unit: 'bidang-layanan-digital', title: 'Pengembang Sistem Informasi', services: ['pranata-komputer-pengembang'], box: 8, tweak: (r) => { r.capException = 'TUGAS_LUAR'; r.roster = { preferredWeekdays: ['SENIN', 'JUMAT'] }; } },
  { name: 'Anisa Rahmawati', nip: ['19970729', '202203', 2, 3], unit: 'bidang-layanan-digital', title: 'Analis Data Pertama', services: ['analis-data-statistik'], scores: [92.5, 81.75] },
  { name: 'Dimas Aditya', nip: ['19980210', '202303', 1, 11], unit: 'bidang-layanan-digital', title: 'Pranata Komputer Terampil', services: ['pranata-komputer-pengembang'], tweak: (r) => { delete r['talent']; } },
  { name: 'Putri Ayu Lestari', nip: ['19941117', '201903', 2, 12], unit: 'bidang-layanan-digital', title: 'Pengelola Pengaduan Daring', services: ['pengelola-pengaduan-daring'], box: 5, tweak: (r) => { r.roster = { leaveDates: ['2026-02-18', '2026-02-19', '2026-02-20'] }; } },
  { name: 'Rudi Hartono', nip: ['19850930', '201001', 1, 23], unit: 'bidang-layanan-digital', title: 'Pengelola Jaringan', services: ['pranata-komputer-dukungan'], box: 7, performance: 'dicabutPenalty' },
  { name: 'Sri Wahyuningsih', nip: ['19870412', '201201', 2, 24], unit: 'bidang-layanan-digital', title: 'Analis Sistem Informasi', services: ['pranata-komputer-pengembang'], box: 9 },
  { name: 'Teguh Prasetyo', nip: ['19910628', '201603', 1, 13], unit: 'bidang-layanan-digital', title: 'Operator Pesawat Nirawak', services: ['operator-drone-pemetaan'], box: 7 },
  { name: 'Nurul Aini', nip: ['19960103', '202103', 2, 14], unit: 'bidang-layanan-digital', title: 'Pengelola Pengaduan Daring', services: ['pengelola-pengaduan-daring'], box: 4 },
  { name: 'Eko Saputra', nip: ['19920214', '201703', 1, 15], unit: 'bidang-layanan-digital', title: 'Penyusun Naskah Pidato', services: ['penyusun-naskah-pidato'], box: 5 },
  { name: 'Wulan Sari', nip: ['19950926', '202003', 2, 16], unit: 'bidang-layanan-digital', title: 'Analis Data Statistik', services: ['analis-data-statistik'], box: 7, tweak: (r) => { r.readiness = { ...r.readiness, bandwidth: { downloadMbps: 30, uploadMbps: 10, measuredOn: '2025-09-01' } }; } },
  { name: 'Bayu Kusuma', nip: ['19890111', '201403', 1, 25], unit: 'bidang-layanan-digital', title: 'Pranata Komputer Ahli Muda', services: ['pranata-komputer-pengembang'], box: 8, performance: 'restored' },
  { name: 'Kartika Dewi', nip: ['19930719', '201803', 2, 17], unit: 'bidang-layanan-digital', title: 'Pengelola Persetujuan Daring', services: ['persetujuan-daring'], box: 5 },

  // UPT Pengawasan Lapangan — field inspections, a licensing counter and a complaints desk.
  { name: 'Jajang Nurjaman', nip: ['19810804', '200701', 1, 26], unit: 'upt-pengawasan-lapangan', title: 'Pengawas Bangunan Gedung', services: ['pengawas-konstruksi', 'pengonsep-naskah-dinas'], box: 8, tweak: (r) => { pos(r, { fieldWeekdays: ['SELASA', 'RABU', 'KAMIS'] }); r.roster = { backupPartnerNip: nipOf(['19830517', '200901', 1, 27]) }; } },
  { name: 'Enok Rukmini', nip: ['19840229', '201001', 2, 18], unit: 'upt-pengawasan-lapangan', title: 'Petugas Loket Perizinan', services: ['loket-perizinan'], box: 8 },
  { name: 'Oman Abdurahman', nip: ['19830517', '200901', 1, 27], unit: 'upt-pengawasan-lapangan', title: 'Pengawas Bangunan Gedung', services: ['pengawas-konstruksi', 'pengonsep-naskah-dinas'], box: 7, tweak: (r) => { pos(r, { fieldWeekdays: ['SELASA', 'RABU', 'KAMIS'] }); r.roster = { backupPartnerNip: nipOf(['19810804', '200701', 1, 26]) }; } },
  { name: 'Atikah Rohayati', nip: ['19860702', '201101', 2, 19], unit: 'upt-pengawasan-lapangan', title: 'Petugas Pengaduan Langsung', services: ['layanan-pengaduan-langsung'], box: 5 },
  { name: 'Dodi Supriadi', nip: ['19790321', '200401', 1, 28], unit: 'upt-pengawasan-lapangan', title: 'Pengendali Dampak Lingkungan', services: ['pengendali-dampak-lingkungan', 'pengonsep-naskah-dinas'], box: 9, tweak: (r) => { pos(r, { fieldWeekdays: ['SENIN', 'RABU', 'JUMAT'] }); r.capException = 'TUGAS_LUAR'; } },
  { name: 'Ela Nurlaela', nip: ['19880110', '201303', 2, 20], unit: 'upt-pengawasan-lapangan', title: 'Penyusun Laporan Pengawasan', services: ['pengonsep-naskah-dinas'], box: 7, performance: 'stale' },
  { name: 'Kurnia Sandi', nip: ['19920808', '201703', 1, 18], unit: 'upt-pengawasan-lapangan', title: 'Pengawas Lingkungan Hidup', services: ['pengendali-dampak-lingkungan', 'pengonsep-naskah-dinas'], box: 5, tweak: (r) => pos(r, { fieldWeekdays: ['SELASA', 'KAMIS', 'JUMAT'] }) },
  { name: 'Popon Saripah', nip: ['19800723', '200601', 2, 21], unit: 'upt-pengawasan-lapangan', title: 'Pengadministrasi Pengawasan', services: ['arsiparis'], box: 7, performance: 'peringatanPredikat' },
  { name: 'Tatang Sutarman', nip: ['19760419', '200003', 1, 29], unit: 'upt-pengawasan-lapangan', title: 'Kepala UPT', services: ['pengonsep-naskah-dinas', 'persetujuan-daring'], box: 9, tweak: (r) => pos(r, { signsLetters: true, onsiteWeekdays: ['SENIN'] }) },
  { name: 'Imas Masitoh', nip: ['19900315', '201503', 2, 22], unit: 'upt-pengawasan-lapangan', title: 'Pengelola Data Pengawasan', services: ['analis-data-statistik'], box: 5, tweak: (r) => { const { since: _s, ...rest } = r.position ?? {}; r.position = rest; } },
  { name: 'Engkus Kuswara', nip: ['19821111', '200803', 1, 30], unit: 'upt-pengawasan-lapangan', title: 'Pengawas Konstruksi', services: ['pengawas-konstruksi', 'pengonsep-naskah-dinas'], box: 4, tweak: (r) => pos(r, { fieldWeekdays: ['SENIN', 'SELASA', 'RABU'] }) },
  { name: 'Nani Suryani', nip: ['19850606', '201001', 2, 23], unit: 'upt-pengawasan-lapangan', title: 'Pengelola Arsip Perizinan', services: ['arsiparis'], box: 8, tweak: (r) => { r.roster = { leaveDates: ['2026-02-25'] }; } },
  { name: 'Maman Suparman', nip: ['19780914', '200212', 1, 31], unit: 'upt-pengawasan-lapangan', title: 'Petugas Loket Perizinan', services: ['loket-perizinan'], box: 5 },
  { name: 'Euis Rohayati', nip: ['19911228', '201603', 2, 24], unit: 'upt-pengawasan-lapangan', title: 'Pengelola Informasi Perizinan', services: ['layanan-informasi-ppid'], box: 7, tweak: (r) => { r.roster = { leaveDates: ['2026-02-24', '2026-02-25'] }; } },
  { name: 'Wahyu Hidayat', nip: ['19940402', '201903', 1, 19], unit: 'upt-pengawasan-lapangan', title: 'Pengawas Lingkungan Pertama', services: ['pengendali-dampak-lingkungan', 'pengonsep-naskah-dinas'], box: 8, tweak: (r) => { pos(r, { fieldWeekdays: ['RABU', 'KAMIS'] }); r.roster = { leaveDates: ['2026-02-02', '2026-02-03'] }; } },
  { name: 'Yanti Susanti', nip: ['19870817', '201201', 2, 25], unit: 'upt-pengawasan-lapangan', title: 'Staf Pelaksana', services: [], box: 5, tweak: (r) => { const { serviceIds: _s, ...rest } = r.position ?? {}; r.position = rest; } },
  { name: 'Ruhiyat Sobari', nip: ['19800129', '200503', 1, 32], unit: 'upt-pengawasan-lapangan', title: 'Pengadministrasi Umum', services: ['arsiparis'], box: 2 },
  { name: 'Ai Nurhasanah', nip: ['19960630', '202103', 2, 26], unit: 'upt-pengawasan-lapangan', title: 'Analis Pengaduan', services: ['pengelola-pengaduan-daring'], box: 8 },
];

/** The 60 sample records, sorted by unit then NIP (built on call: the months count working days). */
export function demoRecords(): EmployeeRecord[] {
  return PEOPLE.map(recordOf).sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
}
