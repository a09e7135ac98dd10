/**
 * The default service catalogue of a provincial government, as data.
 *
 * Basis:
 * - Kompas.com, 20 Jun 2023: BKD Jabar "filtered which public services can be remote and
 *   which cannot"; services that must be delivered face to face (health workers, nakes)
 *   cannot use MKD; teachers were excluded at the launch.
 * - PermenPANRB 4/2025: the five task criteria for flexible location, and Art. 13(1)(a),
 *   duties that must be done outside the office (field duty) are outside the 2-day cap.
 * - Pemprov Jabar, Nov 2025: the collective Thursday work-from-home excludes direct public
 *   services (population administration, health, education).
 *
 * The mode of each service and the day counts are this project's defaults [D], chosen
 * from those sources and the usual duties of the functional positions named; a
 * kabupaten/kota changes them with `defineCatalog` or its policy's
 * `remoteness.catalogChanges` (docs/remoteness.md).
 */
import type { ServiceEntry } from '../policy/sections/remoteness';
import { _sealTrusted, type ServiceCatalog } from './seal';

const t = (id: string, en: string) => ({ id, en });

const ENTRIES: ServiceEntry[] = [
  // ── Health (KESEHATAN): patients are met in person ─────────────────────────────
  {
    id: 'dokter-pelayanan-klinis',
    name: t('Dokter (pelayanan klinis)', 'Doctor (clinical care)'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Memeriksa dan menangani pasien secara langsung', 'Examines and treats patients in person'),
  },
  {
    id: 'dokter-gigi',
    name: t('Dokter gigi', 'Dentist'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Tindakan memerlukan pasien dan unit dental di tempat', 'Treatment needs the patient and the dental unit on site'),
  },
  {
    id: 'perawat',
    name: t('Perawat', 'Nurse'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Asuhan keperawatan langsung di samping pasien, bergiliran', 'Direct bedside care, in shifts'),
  },
  {
    id: 'bidan',
    name: t('Bidan', 'Midwife'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Pemeriksaan kehamilan dan pertolongan persalinan secara langsung', 'Antenatal care and deliveries in person'),
  },
  {
    id: 'apoteker',
    name: t('Apoteker (pelayanan kefarmasian)', 'Pharmacist (dispensing)'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Menyerahkan obat dan memberi konseling kepada pasien di apotek', 'Dispenses medicines and counsels patients at the pharmacy'),
  },
  {
    id: 'pranata-laboratorium-kesehatan',
    name: t('Pranata laboratorium kesehatan', 'Medical laboratory technologist'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Sampel dan peralatan laboratorium hanya ada di tempat', 'Samples and laboratory equipment are only on site'),
  },
  {
    id: 'radiografer',
    name: t('Radiografer', 'Radiographer'),
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: t('Memerlukan peralatan radiologi dan pasien di tempat', 'Needs the imaging equipment and the patient on site'),
  },
  {
    id: 'perekam-medis',
    name: t('Perekam medis', 'Medical records officer'),
    category: 'KESEHATAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: t(
      'Pengodean rekam medis elektronik dapat dari jauh; berkas kertas dan pendaftaran pasien di tempat',
      'Coding electronic records can be remote; paper files and patient admission are on site',
    ),
  },
  {
    id: 'epidemiolog-kesehatan',
    name: t('Epidemiolog kesehatan', 'Health epidemiologist'),
    category: 'KESEHATAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t(
      'Analisis surveilans dapat daring; penyelidikan wabah dan koordinasi di tempat',
      'Surveillance analysis can be online; outbreak investigation and coordination are on site',
    ),
  },

  // ── Teaching (PENDIDIKAN): SMA, SMK and SLB are provincial ──────────────────────
  {
    id: 'guru-sma',
    name: t('Guru SMA', 'Senior high school teacher (SMA)'),
    category: 'PENDIDIKAN',
    mode: 'TATAP_MUKA',
    reason: t('Mengajar di kelas sesuai jadwal; guru dikecualikan saat MKD diluncurkan', 'Teaches classes by timetable; teachers were excluded at the MKD launch'),
  },
  {
    id: 'guru-smk',
    name: t('Guru SMK', 'Vocational school teacher (SMK)'),
    category: 'PENDIDIKAN',
    mode: 'TATAP_MUKA',
    reason: t('Mengajar di kelas dan membimbing praktik di bengkel', 'Teaches classes and supervises workshop practice'),
  },
  {
    id: 'guru-slb',
    name: t('Guru SLB', 'Special needs school teacher (SLB)'),
    category: 'PENDIDIKAN',
    mode: 'TATAP_MUKA',
    reason: t('Peserta didik berkebutuhan khusus memerlukan pendampingan langsung', 'Students with special needs need direct assistance'),
  },
  {
    id: 'tenaga-administrasi-sekolah',
    name: t('Tenaga administrasi sekolah', 'School administration staff'),
    category: 'PENDIDIKAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: t(
      'Data peserta didik (Dapodik) dapat daring; melayani siswa dan orang tua di sekolah',
      'Student data (Dapodik) can be online; students and parents are served at school',
    ),
  },
  {
    id: 'pengawas-sekolah',
    name: t('Pengawas sekolah', 'School supervisor'),
    category: 'PENDIDIKAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: t('Mengunjungi dan membina sekolah binaan', 'Visits and supervises the schools assigned'),
  },

  // ── Front counters (LOKET) ─────────────────────────────────────────────────────
  {
    id: 'loket-perizinan',
    name: t('Petugas loket perizinan (DPMPTSP)', 'Licensing counter officer (one-stop service)'),
    category: 'LOKET',
    mode: 'TATAP_MUKA',
    reason: t('Menerima pemohon dan berkas di loket selama jam layanan', 'Receives applicants and documents at the counter during opening hours'),
  },
  {
    id: 'loket-samsat',
    name: t('Petugas Samsat (pajak kendaraan bermotor)', 'Samsat vehicle-tax counter officer'),
    category: 'LOKET',
    mode: 'TATAP_MUKA',
    reason: t('Pembayaran pajak dan pengesahan STNK dilayani di loket', 'Tax payments and registration endorsements are served at the counter'),
  },
  {
    id: 'layanan-pengaduan-langsung',
    name: t('Petugas layanan pengaduan tatap muka', 'Walk-in complaints desk officer'),
    category: 'LOKET',
    mode: 'TATAP_MUKA',
    reason: t('Warga datang dan dilayani langsung di meja pengaduan', 'Citizens come in and are served at the desk'),
  },
  {
    id: 'layanan-informasi-ppid',
    name: t('Petugas layanan informasi publik (PPID)', 'Public information desk officer (PPID)'),
    category: 'LOKET',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t(
      'Sebagian besar permohonan informasi daring; permohonan langsung dilayani pada hari jaga',
      'Most information requests are online; walk-in requests are served on desk days',
    ),
  },
  {
    id: 'pengelola-pengaduan-daring',
    name: t('Pengelola pengaduan daring (SP4N-LAPOR!)', 'Online complaints handler (SP4N-LAPOR!)'),
    category: 'LOKET',
    mode: 'JARAK_JAUH',
    reason: t('Pengaduan masuk dan dijawab melalui sistem daring', 'Complaints arrive and are answered in the online system'),
  },

  // ── Field duty (LAPANGAN): away from the office, outside the 2-day cap ─────────
  {
    id: 'satpol-pp',
    name: t('Satpol PP (patroli dan penegakan perda)', 'Municipal police, Satpol PP (patrols and by-law enforcement)'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 4,
    reason: t('Patroli, pengamanan dan penertiban di lapangan', 'Patrols, security and enforcement in the field'),
  },
  {
    id: 'pemadam-kebakaran',
    name: t('Petugas pemadam kebakaran dan penyelamatan', 'Fire and rescue officer'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 5,
    reason: t('Siaga di pos dan bertugas di lokasi kejadian', 'On standby at the station and on duty at incidents'),
  },
  {
    id: 'pengawas-ketenagakerjaan',
    name: t('Pengawas ketenagakerjaan', 'Labour inspector'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: t('Memeriksa perusahaan di lokasi', 'Inspects companies on their premises'),
  },
  {
    id: 'penyuluh-pertanian',
    name: t('Penyuluh pertanian', 'Agricultural extension worker'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: t('Mendampingi kelompok tani di desa', 'Works with farmer groups in the villages'),
  },
  {
    id: 'penyuluh-kehutanan',
    name: t('Penyuluh kehutanan', 'Forestry extension worker'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: t('Mendampingi masyarakat sekitar hutan di lapangan', 'Works with forest communities in the field'),
  },
  {
    id: 'pengendali-dampak-lingkungan',
    name: t('Pengendali dampak lingkungan', 'Environmental impact inspector'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 2,
    reason: t('Memeriksa usaha dan mengambil sampel di lokasi', 'Inspects businesses and takes samples on site'),
  },
  {
    id: 'pengawas-konstruksi',
    name: t('Pengawas konstruksi (jalan, jembatan, irigasi)', 'Construction supervisor (roads, bridges, irrigation)'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: t('Mengawasi pekerjaan fisik di lokasi proyek', 'Supervises the works at the project site'),
  },
  {
    id: 'pengawas-perikanan',
    name: t('Pengawas perikanan', 'Fisheries inspector'),
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: t('Memeriksa pelabuhan, kapal dan usaha perikanan', 'Inspects ports, vessels and fisheries businesses'),
  },

  // ── Mixed services (CAMPURAN) ──────────────────────────────────────────────────
  {
    id: 'pekerja-sosial',
    name: t('Pekerja sosial', 'Social worker'),
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t('Asesmen klien dan layanan panti di tempat; laporan kasus daring', 'Client assessment and shelter services on site; case reports online'),
  },
  {
    id: 'auditor-inspektorat',
    name: t('Auditor (Inspektorat)', 'Internal auditor (Inspectorate)'),
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t(
      'Telaah dokumen dapat daring; konfirmasi bukti dan pertemuan dengan auditi di tempat',
      'Document review can be online; evidence checks and meetings with the auditee are on site',
    ),
  },
  {
    id: 'pengelola-barang-milik-daerah',
    name: t('Pengelola barang milik daerah', 'Regional asset manager'),
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t('Inventarisasi dan serah terima barang secara fisik', 'Stock-taking and handover of physical goods'),
  },
  {
    id: 'pengadministrasi-kepegawaian',
    name: t('Pengadministrasi kepegawaian', 'Personnel administrator'),
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t('Layanan SIASN daring; berkas fisik dan layanan pegawai yang datang di kantor', 'SIASN services online; paper files and walk-in staff services at the office'),
  },
  {
    id: 'bendahara',
    name: t('Bendahara pengeluaran', 'Disbursement treasurer'),
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: t(
      'Pembayaran melalui SIPD daring; dokumen bertanda tangan basah, kas dan setoran pajak di tempat',
      'Payments in SIPD online; wet-signed documents, cash and tax deposits on site',
    ),
  },
  {
    id: 'arsiparis',
    name: t('Arsiparis', 'Archivist'),
    category: 'PERKANTORAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: t(
      'Arsip fisik di ruang arsip; arsip elektronik (SRIKANDI) dapat dari jauh',
      'Paper records are in the records room; electronic records (SRIKANDI) can be handled remotely',
    ),
  },
  {
    id: 'pranata-komputer-dukungan',
    name: t('Pranata komputer (dukungan TI dan jaringan)', 'IT support and network officer'),
    category: 'PERKANTORAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: t('Perangkat keras dan jaringan kantor ditangani di tempat; dukungan jarak jauh untuk sisanya', 'Office hardware and network are handled on site; remote support for the rest'),
  },
  {
    id: 'pustakawan',
    name: t('Pustakawan (pengolahan bahan pustaka)', 'Librarian (cataloguing)'),
    category: 'CAMPURAN',
    // Described by the five criteria: the collection is a special space, so CAMPURAN with
    // the policy's default on-site days.
    criteria: {
      doableOutsideOffice: true,
      noSpecialSpaceOrEquipment: false,
      doableWithIct: true,
      minimalFaceToFace: true,
      noContinuousSupervision: true,
    },
    reason: t('Katalogisasi daring, tetapi koleksi fisik ada di perpustakaan', 'Cataloguing is online, but the physical collection is in the library'),
  },

  // ── Desk work (PERKANTORAN): doable away from the office with ICT ─────────────
  {
    id: 'analis-kebijakan',
    name: t('Analis kebijakan', 'Policy analyst'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Kajian dan rekomendasi disusun dan dibahas secara daring', 'Studies and recommendations are written and discussed online'),
  },
  {
    id: 'perencana',
    name: t('Perencana', 'Planner'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Dokumen perencanaan dan anggaran disusun dalam SIPD', 'Planning and budget documents are prepared in SIPD'),
  },
  {
    id: 'analis-keuangan',
    name: t('Analis keuangan (penyusunan laporan keuangan)', 'Financial analyst (financial reporting)'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Laporan disusun dalam sistem akuntansi dan SIPD daring', 'Reports are prepared in the online accounting system and SIPD'),
  },
  {
    id: 'analis-data-statistik',
    name: t('Analis data dan statistik', 'Data and statistics analyst'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Mengolah dan menyajikan data dengan komputer', 'Processes and presents data on a computer'),
  },
  {
    id: 'pranata-komputer-pengembang',
    name: t('Pranata komputer (pengembangan aplikasi)', 'Software developer'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Pengembangan aplikasi dilakukan melalui repositori dan server jarak jauh', 'Development works through repositories and remote servers'),
  },
  {
    id: 'penyusun-naskah-pidato',
    name: t('Penyusun naskah pidato', 'Speech writer'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Naskah disusun dan dikirim secara elektronik', 'Drafts are written and sent electronically'),
  },
  {
    id: 'pengonsep-naskah-dinas',
    name: t('Pengonsep naskah dinas (persuratan elektronik)', 'Official letter drafter (electronic correspondence)'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Surat disusun dan diedarkan melalui Dokumen Persuratan Elektronik', 'Letters are drafted and routed in the electronic correspondence system'),
  },
  {
    id: 'persetujuan-daring',
    name: t('Verifikasi dan persetujuan daring (TRK, e-SAKIP, K-Mob)', 'Online verification and approvals (TRK, e-SAKIP, K-Mob)'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Seluruh alur persetujuan berada dalam aplikasi daring', 'The whole approval flow is inside online applications'),
  },
  {
    id: 'pranata-humas',
    name: t('Pranata hubungan masyarakat (konten digital)', 'Public relations officer (digital content)'),
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: t('Konten disiapkan dan diterbitkan melalui kanal digital', 'Content is prepared and published on digital channels'),
  },
  {
    id: 'analis-hukum',
    name: t('Analis hukum (penyusunan rancangan peraturan)', 'Legal analyst (drafting regulations)'),
    category: 'PERKANTORAN',
    // Described by the five criteria, all met: JARAK_JAUH.
    criteria: {
      doableOutsideOffice: true,
      noSpecialSpaceOrEquipment: true,
      doableWithIct: true,
      minimalFaceToFace: true,
      noContinuousSupervision: true,
    },
    reason: t('Rancangan disusun dan diharmonisasi secara daring', 'Drafts are written and harmonised online'),
  },
];

/**
 * The default service catalogue: 45 services typical of a provincial government —
 * health, teaching (SMA/SMK/SLB), front counters, field duty, mixed services and desk
 * work — each with its delivery mode and reason. Frozen; derive your own with
 * `defineCatalog`. See docs/remoteness.md for the table.
 *
 * @example
 * ```ts
 * serviceCatalog.find((s) => s.id === 'perawat')?.mode;
 * //=> 'TATAP_MUKA'
 * ```
 */
export const serviceCatalog: ServiceCatalog = _sealTrusted(ENTRIES);
