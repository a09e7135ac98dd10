import type { WorkPatternFinding, PinDropReason, ShortfallReason } from '../../work-pattern/findings';
import type { MessagesFor } from '../types';
import { capException, list } from './_terms';

const weekday = { SENIN: 'Senin', SELASA: 'Selasa', RABU: 'Rabu', KAMIS: 'Kamis', JUMAT: 'Jumat', SABTU: 'Sabtu', MINGGU: 'Minggu' } as const;

const pinReason: Readonly<Record<PinDropReason, string>> = {
  OUTSIDE_MONTH: 'tanggalnya di luar bulan yang dijadwalkan',
  NON_WORKING_DAY: 'bukan hari kerja',
  LEAVE_DAY: 'pegawai sedang cuti',
  FIELD_DAY: 'hari tugas lapangan',
  ANCHOR_DAY: 'hari wajib hadir seluruh unit',
  ONSITE_DAY: 'hari tugas tatap muka pegawai',
  COLLECTIVE_DAY: 'sudah hari fleksibel kolektif',
  OVER_CAP: 'melebihi batas hari fleksibel minggu itu',
  BACKUP_PARTNER: 'pendampingnya sudah fleksibel pada hari itu',
};

const shortfallReason: Readonly<Record<ShortfallReason, string>> = {
  COVERAGE: 'jumlah minimal pegawai di kantor',
  BACKUP_PARTNER: 'jadwal pendamping',
  COVERAGE_AND_BACKUP_PARTNER: 'jumlah minimal pegawai di kantor dan jadwal pendamping',
};

/** Bahasa Indonesia messages of work-pattern allocation. */
export const workPattern: MessagesFor<WorkPatternFinding> = {
  work_pattern_allocated: (p) =>
    `${p.employees} pegawai: ${p.granted} dari ${p.entitled} hari fleksibel yang menjadi hak diberikan (jumlah terbesar yang mungkin); kekurangan terbesar seorang pegawai ${p.maxShortfall} hari (sekecil mungkin).`,
  work_pattern_carry_in_assumed_zero: (p) =>
    `Hari fleksibel bulan sebelumnya pada minggu ${p.week} tidak diberikan, sehingga dianggap nol.`,
  work_pattern_cap_applied: (p) => `${p.employeeId} berhak ${p.requested} hari fleksibel seminggu, dibatasi menjadi ${p.cap} oleh kebijakan.`,
  work_pattern_cap_exception: (p) =>
    `${p.employeeId} memiliki pengecualian ${capException[p.exception]} yang disetujui: batas ${p.cap} hari fleksibel seminggu.`,
  work_pattern_cap_exception_not_allowed: (p) =>
    `${p.employeeId} memiliki pengecualian ${capException[p.exception]}, yang tidak diakui kebijakan ini; berlaku batas biasa ${p.cap} hari seminggu.`,
  work_pattern_pin_dropped: (p) => `Permohonan fleksibel ${p.employeeId} tanggal ${p.date} tidak dapat dipenuhi: ${pinReason[p.reason]}.`,
  work_pattern_coverage_unmet: (p) =>
    `Tanggal ${p.date}: hanya ${p.onSite} dari ${p.present} pegawai hadir di kantor, kurang dari ${p.required} yang diperlukan, karena permohonan yang sudah disetujui dan cuti; tidak ada hari fleksibel lain yang diberikan.`,
  work_pattern_collective_day: (p) =>
    `${weekday[p.weekday]} ${p.date} adalah hari fleksibel kolektif: ${p.onSite} dari ${p.present} pegawai di kantor (aturan biasa memerlukan ${p.required}; dilaporkan, tidak diberlakukan)${p.countsTowardCap ? '; dihitung dalam batas mingguan' : ''}.`,
  work_pattern_collective_exempt: (p) =>
    `Unit ini melayani masyarakat secara langsung, sehingga hari fleksibel kolektif (${list(p.weekdays.map((d) => weekday[d]))}) tidak berlaku.`,
  work_pattern_provisional_calendar: (p) =>
    `Jadwal ${p.month} disusun dengan kalender kerja sementara (${p.workingDays} hari kerja): tanggal hari raya yang berpindah-pindah masih perkiraan dan cuti bersama belum ditetapkan, jadi jadwal perlu disusun ulang setelah SKB terbit.`,
  work_pattern_public_unit_on_site: (p) =>
    `Unit ini melayani masyarakat secara langsung, dan kebijakan menetapkan unit seperti ini tetap di kantor: ${p.employees} pegawainya tidak mendapat hari fleksibel.`,
  work_pattern_unit_collective: (p) =>
    `Unit ini mendapat persetujuan untuk bekerja fleksibel bersama pada hari ${list(p.weekdays.map((d) => weekday[d]))}, di samping hari fleksibel kolektif kebijakan.`,
  work_pattern_unit_collective_not_allowed: (p) =>
    `Persetujuan hari fleksibel kolektif unit pada hari ${list(p.weekdays.map((d) => weekday[d]))} tidak berlaku karena kebijakan ${p.approvable.length === 0 ? 'tidak mengizinkan hari kolektif tambahan' : `hanya mengizinkan ${list(p.approvable.map((d) => weekday[d]))}`}.`,
  work_pattern_shortfall: (p) =>
    `${p.employeeId} mendapat ${p.granted} dari ${p.entitled} hari fleksibel yang menjadi haknya (kurang ${p.shortfall}) karena ${shortfallReason[p.reason]}${p.blockedDates.length > 0 ? `; tanggal yang tidak dapat diberikan: ${list(p.blockedDates)}` : ''}.`,
};
