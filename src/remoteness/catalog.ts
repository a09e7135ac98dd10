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

const ENTRIES: ServiceEntry[] = [
  // ── Health (KESEHATAN): patients are met in person ─────────────────────────────
  {
    id: 'dokter-pelayanan-klinis',
    name: { id: 'Dokter (pelayanan klinis)', en: 'Doctor (clinical care)' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Memeriksa dan menangani pasien secara langsung', en: 'Examines and treats patients in person' },
  },
  {
    id: 'dokter-gigi',
    name: { id: 'Dokter gigi', en: 'Dentist' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Tindakan memerlukan pasien dan unit dental di tempat', en: 'Treatment needs the patient and the dental unit on site' },
  },
  {
    id: 'perawat',
    name: { id: 'Perawat', en: 'Nurse' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Asuhan keperawatan langsung di samping pasien, bergiliran', en: 'Direct bedside care, in shifts' },
  },
  {
    id: 'bidan',
    name: { id: 'Bidan', en: 'Midwife' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Pemeriksaan kehamilan dan pertolongan persalinan secara langsung', en: 'Antenatal care and deliveries in person' },
  },
  {
    id: 'apoteker',
    name: { id: 'Apoteker (pelayanan kefarmasian)', en: 'Pharmacist (dispensing)' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: {
      id: 'Menyerahkan obat dan memberi konseling kepada pasien di apotek',
      en: 'Dispenses medicines and counsels patients at the pharmacy',
    },
  },
  {
    id: 'pranata-laboratorium-kesehatan',
    name: { id: 'Pranata laboratorium kesehatan', en: 'Medical laboratory technologist' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Sampel dan peralatan laboratorium hanya ada di tempat', en: 'Samples and laboratory equipment are only on site' },
  },
  {
    id: 'radiografer',
    name: { id: 'Radiografer', en: 'Radiographer' },
    category: 'KESEHATAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Memerlukan peralatan radiologi dan pasien di tempat', en: 'Needs the imaging equipment and the patient on site' },
  },
  {
    id: 'perekam-medis',
    name: { id: 'Perekam medis', en: 'Medical records officer' },
    category: 'KESEHATAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: {
      id: 'Pengodean rekam medis elektronik dapat dari jauh; berkas kertas dan pendaftaran pasien di tempat',
      en: 'Coding electronic records can be remote; paper files and patient admission are on site',
    },
  },
  {
    id: 'epidemiolog-kesehatan',
    name: { id: 'Epidemiolog kesehatan', en: 'Health epidemiologist' },
    category: 'KESEHATAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: {
      id: 'Analisis surveilans dapat daring; penyelidikan wabah dan koordinasi di tempat',
      en: 'Surveillance analysis can be online; outbreak investigation and coordination are on site',
    },
  },

  // ── Teaching (PENDIDIKAN): SMA, SMK and SLB are provincial ──────────────────────
  {
    id: 'guru-sma',
    name: { id: 'Guru SMA', en: 'Senior high school teacher (SMA)' },
    category: 'PENDIDIKAN',
    mode: 'TATAP_MUKA',
    reason: {
      id: 'Mengajar di kelas sesuai jadwal; guru dikecualikan saat MKD diluncurkan',
      en: 'Teaches classes by timetable; teachers were excluded at the MKD launch',
    },
  },
  {
    id: 'guru-smk',
    name: { id: 'Guru SMK', en: 'Vocational school teacher (SMK)' },
    category: 'PENDIDIKAN',
    mode: 'TATAP_MUKA',
    reason: { id: 'Mengajar di kelas dan membimbing praktik di bengkel', en: 'Teaches classes and supervises workshop practice' },
  },
  {
    id: 'guru-slb',
    name: { id: 'Guru SLB', en: 'Special needs school teacher (SLB)' },
    category: 'PENDIDIKAN',
    mode: 'TATAP_MUKA',
    reason: {
      id: 'Peserta didik berkebutuhan khusus memerlukan pendampingan langsung',
      en: 'Students with special needs need direct assistance',
    },
  },
  {
    id: 'tenaga-administrasi-sekolah',
    name: { id: 'Tenaga administrasi sekolah', en: 'School administration staff' },
    category: 'PENDIDIKAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: {
      id: 'Data peserta didik (Dapodik) dapat daring; melayani siswa dan orang tua di sekolah',
      en: 'Student data (Dapodik) can be online; students and parents are served at school',
    },
  },
  {
    id: 'pengawas-sekolah',
    name: { id: 'Pengawas sekolah', en: 'School supervisor' },
    category: 'PENDIDIKAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: { id: 'Mengunjungi dan membina sekolah binaan', en: 'Visits and supervises the schools assigned' },
  },

  // ── Front counters (LOKET) ─────────────────────────────────────────────────────
  {
    id: 'loket-perizinan',
    name: { id: 'Petugas loket perizinan (DPMPTSP)', en: 'Licensing counter officer (one-stop service)' },
    category: 'LOKET',
    mode: 'TATAP_MUKA',
    reason: {
      id: 'Menerima pemohon dan berkas di loket selama jam layanan',
      en: 'Receives applicants and documents at the counter during opening hours',
    },
  },
  {
    id: 'loket-samsat',
    name: { id: 'Petugas Samsat (pajak kendaraan bermotor)', en: 'Samsat vehicle-tax counter officer' },
    category: 'LOKET',
    mode: 'TATAP_MUKA',
    reason: {
      id: 'Pembayaran pajak dan pengesahan STNK dilayani di loket',
      en: 'Tax payments and registration endorsements are served at the counter',
    },
  },
  {
    id: 'layanan-pengaduan-langsung',
    name: { id: 'Petugas layanan pengaduan tatap muka', en: 'Walk-in complaints desk officer' },
    category: 'LOKET',
    mode: 'TATAP_MUKA',
    reason: { id: 'Warga datang dan dilayani langsung di meja pengaduan', en: 'Citizens come in and are served at the desk' },
  },
  {
    id: 'layanan-informasi-ppid',
    name: { id: 'Petugas layanan informasi publik (PPID)', en: 'Public information desk officer (PPID)' },
    category: 'LOKET',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: {
      id: 'Sebagian besar permohonan informasi daring; permohonan langsung dilayani pada hari jaga',
      en: 'Most information requests are online; walk-in requests are served on desk days',
    },
  },
  {
    id: 'pengelola-pengaduan-daring',
    name: { id: 'Pengelola pengaduan daring (SP4N-LAPOR!)', en: 'Online complaints handler (SP4N-LAPOR!)' },
    category: 'LOKET',
    mode: 'JARAK_JAUH',
    reason: { id: 'Pengaduan masuk dan dijawab melalui sistem daring', en: 'Complaints arrive and are answered in the online system' },
  },

  // ── Field duty (LAPANGAN): away from the office, outside the 2-day cap ─────────
  {
    id: 'satpol-pp',
    name: { id: 'Satpol PP (patroli dan penegakan perda)', en: 'Municipal police, Satpol PP (patrols and by-law enforcement)' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 4,
    reason: { id: 'Patroli, pengamanan dan penertiban di lapangan', en: 'Patrols, security and enforcement in the field' },
  },
  {
    id: 'pemadam-kebakaran',
    name: { id: 'Petugas pemadam kebakaran dan penyelamatan', en: 'Fire and rescue officer' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 5,
    reason: { id: 'Siaga di pos dan bertugas di lokasi kejadian', en: 'On standby at the station and on duty at incidents' },
  },
  {
    id: 'pengawas-ketenagakerjaan',
    name: { id: 'Pengawas ketenagakerjaan', en: 'Labour inspector' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: { id: 'Memeriksa perusahaan di lokasi', en: 'Inspects companies on their premises' },
  },
  {
    id: 'penyuluh-pertanian',
    name: { id: 'Penyuluh pertanian', en: 'Agricultural extension worker' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: { id: 'Mendampingi kelompok tani di desa', en: 'Works with farmer groups in the villages' },
  },
  {
    id: 'penyuluh-kehutanan',
    name: { id: 'Penyuluh kehutanan', en: 'Forestry extension worker' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: { id: 'Mendampingi masyarakat sekitar hutan di lapangan', en: 'Works with forest communities in the field' },
  },
  {
    id: 'pengendali-dampak-lingkungan',
    name: { id: 'Pengendali dampak lingkungan', en: 'Environmental impact inspector' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 2,
    reason: { id: 'Memeriksa usaha dan mengambil sampel di lokasi', en: 'Inspects businesses and takes samples on site' },
  },
  {
    id: 'pengawas-konstruksi',
    name: { id: 'Pengawas konstruksi (jalan, jembatan, irigasi)', en: 'Construction supervisor (roads, bridges, irrigation)' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: { id: 'Mengawasi pekerjaan fisik di lokasi proyek', en: 'Supervises the works at the project site' },
  },
  {
    id: 'pengawas-perikanan',
    name: { id: 'Pengawas perikanan', en: 'Fisheries inspector' },
    category: 'LAPANGAN',
    mode: 'LAPANGAN',
    fieldDaysPerWeek: 3,
    reason: { id: 'Memeriksa pelabuhan, kapal dan usaha perikanan', en: 'Inspects ports, vessels and fisheries businesses' },
  },

  // ── Mixed services (CAMPURAN) ──────────────────────────────────────────────────
  {
    id: 'pekerja-sosial',
    name: { id: 'Pekerja sosial', en: 'Social worker' },
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: {
      id: 'Asesmen klien dan layanan panti di tempat; laporan kasus daring',
      en: 'Client assessment and shelter services on site; case reports online',
    },
  },
  {
    id: 'auditor-inspektorat',
    name: { id: 'Auditor (Inspektorat)', en: 'Internal auditor (Inspectorate)' },
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: {
      id: 'Telaah dokumen dapat daring; konfirmasi bukti dan pertemuan dengan auditi di tempat',
      en: 'Document review can be online; evidence checks and meetings with the auditee are on site',
    },
  },
  {
    id: 'pengelola-barang-milik-daerah',
    name: { id: 'Pengelola barang milik daerah', en: 'Regional asset manager' },
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: { id: 'Inventarisasi dan serah terima barang secara fisik', en: 'Stock-taking and handover of physical goods' },
  },
  {
    id: 'pengadministrasi-kepegawaian',
    name: { id: 'Pengadministrasi kepegawaian', en: 'Personnel administrator' },
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: {
      id: 'Layanan SIASN daring; berkas fisik dan layanan pegawai yang datang di kantor',
      en: 'SIASN services online; paper files and walk-in staff services at the office',
    },
  },
  {
    id: 'bendahara',
    name: { id: 'Bendahara pengeluaran', en: 'Disbursement treasurer' },
    category: 'CAMPURAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 2,
    reason: {
      id: 'Pembayaran melalui SIPD daring; dokumen bertanda tangan basah, kas dan setoran pajak di tempat',
      en: 'Payments in SIPD online; wet-signed documents, cash and tax deposits on site',
    },
  },
  {
    id: 'arsiparis',
    name: { id: 'Arsiparis', en: 'Archivist' },
    category: 'PERKANTORAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: {
      id: 'Arsip fisik di ruang arsip; arsip elektronik (SRIKANDI) dapat dari jauh',
      en: 'Paper records are in the records room; electronic records (SRIKANDI) can be handled remotely',
    },
  },
  {
    id: 'pranata-komputer-dukungan',
    name: { id: 'Pranata komputer (dukungan TI dan jaringan)', en: 'IT support and network officer' },
    category: 'PERKANTORAN',
    mode: 'CAMPURAN',
    onsiteDaysPerWeek: 3,
    reason: {
      id: 'Perangkat keras dan jaringan kantor ditangani di tempat; dukungan jarak jauh untuk sisanya',
      en: 'Office hardware and network are handled on site; remote support for the rest',
    },
  },
  {
    id: 'pustakawan',
    name: { id: 'Pustakawan (pengolahan bahan pustaka)', en: 'Librarian (cataloguing)' },
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
    reason: {
      id: 'Katalogisasi daring, tetapi koleksi fisik ada di perpustakaan',
      en: 'Cataloguing is online, but the physical collection is in the library',
    },
  },

  // ── Desk work (PERKANTORAN): doable away from the office with ICT ─────────────
  {
    id: 'analis-kebijakan',
    name: { id: 'Analis kebijakan', en: 'Policy analyst' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: {
      id: 'Kajian dan rekomendasi disusun dan dibahas secara daring',
      en: 'Studies and recommendations are written and discussed online',
    },
  },
  {
    id: 'perencana',
    name: { id: 'Perencana', en: 'Planner' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: { id: 'Dokumen perencanaan dan anggaran disusun dalam SIPD', en: 'Planning and budget documents are prepared in SIPD' },
  },
  {
    id: 'analis-keuangan',
    name: { id: 'Analis keuangan (penyusunan laporan keuangan)', en: 'Financial analyst (financial reporting)' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: {
      id: 'Laporan disusun dalam sistem akuntansi dan SIPD daring',
      en: 'Reports are prepared in the online accounting system and SIPD',
    },
  },
  {
    id: 'analis-data-statistik',
    name: { id: 'Analis data dan statistik', en: 'Data and statistics analyst' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: { id: 'Mengolah dan menyajikan data dengan komputer', en: 'Processes and presents data on a computer' },
  },
  {
    id: 'pranata-komputer-pengembang',
    name: { id: 'Pranata komputer (pengembangan aplikasi)', en: 'Software developer' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: {
      id: 'Pengembangan aplikasi dilakukan melalui repositori dan server jarak jauh',
      en: 'Development works through repositories and remote servers',
    },
  },
  {
    id: 'penyusun-naskah-pidato',
    name: { id: 'Penyusun naskah pidato', en: 'Speech writer' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: { id: 'Naskah disusun dan dikirim secara elektronik', en: 'Drafts are written and sent electronically' },
  },
  {
    id: 'pengonsep-naskah-dinas',
    name: { id: 'Pengonsep naskah dinas (persuratan elektronik)', en: 'Official letter drafter (electronic correspondence)' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: {
      id: 'Surat disusun dan diedarkan melalui Dokumen Persuratan Elektronik',
      en: 'Letters are drafted and routed in the electronic correspondence system',
    },
  },
  {
    id: 'persetujuan-daring',
    name: { id: 'Verifikasi dan persetujuan daring (TRK, e-SAKIP, K-Mob)', en: 'Online verification and approvals (TRK, e-SAKIP, K-Mob)' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: { id: 'Seluruh alur persetujuan berada dalam aplikasi daring', en: 'The whole approval flow is inside online applications' },
  },
  {
    id: 'pranata-humas',
    name: { id: 'Pranata hubungan masyarakat (konten digital)', en: 'Public relations officer (digital content)' },
    category: 'PERKANTORAN',
    mode: 'JARAK_JAUH',
    reason: { id: 'Konten disiapkan dan diterbitkan melalui kanal digital', en: 'Content is prepared and published on digital channels' },
  },
  {
    id: 'analis-hukum',
    name: { id: 'Analis hukum (penyusunan rancangan peraturan)', en: 'Legal analyst (drafting regulations)' },
    category: 'PERKANTORAN',
    // Described by the five criteria, all met: JARAK_JAUH.
    criteria: {
      doableOutsideOffice: true,
      noSpecialSpaceOrEquipment: true,
      doableWithIct: true,
      minimalFaceToFace: true,
      noContinuousSupervision: true,
    },
    reason: { id: 'Rancangan disusun dan diharmonisasi secara daring', en: 'Drafts are written and harmonised online' },
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
 * import { serviceCatalog } from 'kerja-dinamis/remoteness';
 *
 * serviceCatalog.find((s) => s.id === 'perawat');
 * //=> { id: 'perawat', name: { id: 'Perawat', en: 'Nurse' }, category: 'KESEHATAN', mode: 'TATAP_MUKA',
 * //     reason: { id: 'Asuhan keperawatan langsung di samping pasien, bergiliran', en: 'Direct bedside care, in shifts' } }
 * ```
 */
export const serviceCatalog: ServiceCatalog = /* @__PURE__ */ _sealTrusted(ENTRIES);
