import type { LaptopOwnership, Workplace } from '../../policy/sections/readiness';
import type { EmployeeCriteriaFinding, PenaltyLevel, ReadinessFinding } from '../../readiness/findings';
import type { MessagesFor } from '../types';
import { list, num, penaltyLevel } from './_terms';

const ownership: Readonly<Record<LaptopOwnership, string>> = { DINAS: 'milik dinas', PRIBADI: 'milik pribadi' };
// PermenPANRB 4/2025 Pasal 12 ayat (1).
const workplaceName: Readonly<Record<Workplace, string>> = {
  KANTOR_LAIN: 'kantor lain di lingkungan instansi',
  DOMISILI: 'rumah domisili yang tercatat dalam data kepegawaian',
  DITETAPKAN_PPK: 'tempat yang ditetapkan Pejabat Pembina Kepegawaian (PPK)',
};
/** A workplace by its name, or any other text quoted as given. */
const place = (w: string): string => (Object.hasOwn(workplaceName, w) ? workplaceName[w as Workplace] : `"${w}"`);
const places = (ws: readonly Workplace[]): string => list(ws.map(place));

/** Akhir kalimat: titik, didahului catatan bahwa pemeriksaannya opsional bila demikian. */
const end = (p: { required: boolean }): string => (p.required ? '.' : ' (pemeriksaan opsional; tidak memengaruhi status).');
const penalty = (p: { penalty?: PenaltyLevel }): string => (p.penalty !== undefined ? ` ${penaltyLevel[p.penalty]}` : '');

/** Bahasa Indonesia messages of the readiness checks. */
export const readiness: MessagesFor<ReadinessFinding> = {
  readiness_laptop_ok: (p) => `Laptop kerja tersedia${p.ownership !== undefined ? ` (${ownership[p.ownership]})` : ''}${end(p)}`,
  readiness_laptop_missing: (p) => `Tidak tersedia laptop kerja${end(p)}`,
  readiness_laptop_ownership_not_allowed: (p) =>
    `Laptop yang digunakan ${ownership[p.ownership]}, sedangkan kebijakan hanya menerima laptop ${list(p.allowedOwnerships.map((o) => ownership[o]))}${end(p)}`,
  readiness_laptop_ownership_unknown: (p) =>
    `Laptop tersedia, tetapi kepemilikannya tidak disebutkan; kebijakan hanya menerima laptop ${list(p.allowedOwnerships.map((o) => ownership[o]))}${end(p)}`,
  readiness_laptop_unknown: (p) => `Belum diketahui apakah laptop kerja tersedia${end(p)}`,
  readiness_bandwidth_ok: (p) =>
    `Hasil uji internet tanggal ${p.measuredOn}: unduh ${num(p.downloadMbps)} Mbit/s dan unggah ${num(p.uploadMbps)} Mbit/s, memenuhi batas minimal ${num(p.minDownloadMbps)} dan ${num(p.minUploadMbps)} Mbit/s${end(p)}`,
  readiness_download_too_low: (p) =>
    `Kecepatan unduh ${num(p.downloadMbps)} Mbit/s (diukur ${p.measuredOn}) di bawah batas minimal ${num(p.minDownloadMbps)} Mbit/s${end(p)}`,
  readiness_upload_too_low: (p) =>
    `Kecepatan unggah ${num(p.uploadMbps)} Mbit/s (diukur ${p.measuredOn}) di bawah batas minimal ${num(p.minUploadMbps)} Mbit/s${end(p)}`,
  readiness_bandwidth_unknown: (p) => `Belum ada hasil pengukuran kecepatan internet${end(p)}`,
  readiness_bandwidth_stale: (p) =>
    `Pengukuran internet tanggal ${p.measuredOn} sudah berumur ${p.ageDays} hari pada ${p.asOf}, melebihi batas ${p.maxAgeDays} hari; lakukan pengukuran ulang${end(p)}`,
  readiness_bandwidth_in_future: (p) => `Tanggal pengukuran internet ${p.measuredOn} sesudah tanggal keputusan ${p.asOf}${end(p)}`,
  readiness_kmob_active: (p) => `Aplikasi presensi K-Mob aktif${end(p)}`,
  readiness_kmob_inactive: (p) => `Aplikasi presensi K-Mob tidak aktif${end(p)}`,
  readiness_kmob_unknown: (p) => `Belum diketahui apakah aplikasi presensi K-Mob aktif${end(p)}`,
  readiness_tte_active: (p) => `Tanda tangan elektronik (TTE) aktif${end(p)}`,
  readiness_tte_inactive: (p) => `Pegawai menandatangani surat, tetapi tanda tangan elektronik (TTE) tidak aktif${end(p)}`,
  readiness_tte_unknown: (p) => `Pegawai menandatangani surat; belum diketahui apakah tanda tangan elektronik (TTE) aktif${end(p)}`,
  readiness_tte_not_applicable: (p) => `Pegawai tidak menandatangani surat, sehingga tanda tangan elektronik (TTE) tidak diperlukan${end(p)}`,
  readiness_signs_letters_unknown: (p) =>
    `Belum diketahui apakah pegawai menandatangani surat, sehingga kebutuhan tanda tangan elektronik (TTE) belum dapat ditentukan${end(p)}`,
  readiness_workspace_declared: (p) => `Tempat kerja di luar kantor sudah dinyatakan${end(p)}`,
  readiness_workspace_not_declared: (p) => `Tempat kerja di luar kantor belum dinyatakan${end(p)}`,
  readiness_workspace_unknown: (p) => `Belum diketahui apakah tempat kerja di luar kantor sudah dinyatakan${end(p)}`,
  readiness_workplace_allowed: (p) => `Tempat kerja di luar kantor yang dinyatakan adalah ${place(p.workplace)}, dan kebijakan menerima ${places(p.allowedWorkplaces)}${end(p)}`,
  readiness_workplace_not_allowed: (p) => `Tempat kerja yang dinyatakan adalah ${place(p.workplace)}, sedangkan kebijakan hanya menerima ${places(p.allowedWorkplaces)}${end(p)}`,
  readiness_workplace_conflict: (p) =>
    `Bukti saling bertentangan: tempat kerja dinyatakan ${place(p.workplace)}, tetapi juga disebutkan bahwa tempat kerja di luar kantor belum dinyatakan; periksa kembali datanya terhadap tempat kerja yang diterima kebijakan: ${places(p.allowedWorkplaces)}${end(p)}`,
  readiness_workplace_unknown: (p) =>
    `Tempat kerja di luar kantor sudah dinyatakan, tetapi jenisnya tidak disebutkan; kebijakan hanya menerima ${places(p.allowedWorkplaces)}${end(p)}`,
};

/** Bahasa Indonesia messages of the employee criteria of PermenPANRB 4/2025. */
export const employeeCriteria: MessagesFor<EmployeeCriteriaFinding> = {
  employee_disciplinary_none: () => 'Tidak ada catatan hukuman disiplin.',
  employee_disciplinary_unknown: () => 'Catatan hukuman disiplin belum diketahui.',
  employee_disciplinary_in_process: (p) =>
    `Pegawai sedang dalam proses pemeriksaan pelanggaran disiplin${p.penalty !== undefined ? ` (diusulkan hukuman disiplin ${penaltyLevel[p.penalty]})` : ''}; menurut PermenPANRB 4/2025 belum dapat bekerja fleksibel.`,
  employee_disciplinary_serving: (p) =>
    `Pegawai sedang menjalani hukuman disiplin${penalty(p)}${p.until !== undefined ? ` sampai ${p.until}` : ''}; menurut PermenPANRB 4/2025 belum dapat bekerja fleksibel.`,
  employee_disciplinary_served: (p) => `Hukuman disiplin${penalty(p)} telah selesai pada ${p.until} dan tidak lagi diperhitungkan.`,
  employee_disciplinary_recently_served: (p) =>
    `Hukuman disiplin${penalty(p)} selesai pada ${p.until}, tetapi masih diperhitungkan sampai ${p.countsUntil} (${p.lookbackMonths} bulan menurut kebijakan).`,
  employee_tenure_met: (p) => `Sudah ${p.monthsInPosition} bulan dalam jabatan sejak ${p.positionSince}, memenuhi batas minimal ${p.minMonths} bulan.`,
  employee_newly_placed: (p) =>
    `Baru ditempatkan: ${p.monthsInPosition} bulan dalam jabatan sejak ${p.positionSince}, kurang dari batas minimal ${p.minMonths} bulan; memenuhi syarat mulai ${p.eligibleFrom}.`,
  employee_position_since_unknown: () => 'Tanggal mulai menduduki jabatan saat ini belum diketahui.',
  employee_position_since_in_future: (p) => `Tanggal penempatan ${p.positionSince} sesudah tanggal keputusan ${p.asOf}.`,
};
