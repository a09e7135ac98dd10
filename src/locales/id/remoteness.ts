import type { Weekday } from '../../_lib/dates';
import type { TaskCriterion } from '../../policy/sections/remoteness';
import type { RemotenessFinding, ServiceFindingParams } from '../../remoteness/findings';
import type { MessagesFor } from '../types';
import { list, quotedChoice } from './_terms';

const criterion: Readonly<Record<TaskCriterion, string>> = {
  doableOutsideOffice: 'dapat dilakukan di luar kantor',
  noSpecialSpaceOrEquipment: 'tidak memerlukan ruang atau peralatan khusus',
  doableWithIct: 'dapat dilakukan dengan TIK',
  minimalFaceToFace: 'interaksi tatap muka minimal',
  noContinuousSupervision: 'tidak memerlukan pengawasan langsung terus-menerus',
};

const weekday: Readonly<Record<Weekday, string>> = {
  SENIN: 'Senin',
  SELASA: 'Selasa',
  RABU: 'Rabu',
  KAMIS: 'Kamis',
  JUMAT: 'Jumat',
  SABTU: 'Sabtu',
  MINGGU: 'Minggu',
};

/** Lower-cases the first letter of a sentence to follow a colon, unless it starts an acronym. */
const clause = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);

const label = (p: ServiceFindingParams): string => (p.source === 'task' ? `Tugas "${p.serviceId}"` : `Layanan "${p.name?.id ?? p.serviceId}" (${p.serviceId})`);

function why(p: ServiceFindingParams): string {
  if (p.derivedFromCriteria) {
    return p.unmetCriteria.length === 0
      ? ': kelima kriteria tugas PermenPANRB 4/2025 terpenuhi'
      : `; kriteria tugas yang tidak terpenuhi: ${list(p.unmetCriteria.map((c) => `“${criterion[c]}”`))}`;
  }
  return p.reason !== undefined ? `: ${clause(p.reason.id)}` : '';
}

/** Bahasa Indonesia messages of the service-remoteness gate. */
export const remoteness: MessagesFor<RemotenessFinding> = {
  remoteness_service_remote: (p) => `${label(p)} dapat dikerjakan dari luar kantor (JARAK_JAUH)${why(p)}.`,
  remoteness_service_hybrid: (p) =>
    `${label(p)} memerlukan ${p.onsiteDaysPerWeek} hari per minggu di kantor (CAMPURAN${p.policyDefault ? ', sesuai ketentuan bawaan kebijakan' : ''})${why(p)}.`,
  remoteness_service_in_person: (p) => `${label(p)} harus dilayani secara tatap muka (TATAP_MUKA)${why(p)}.`,
  remoteness_service_field: (p) =>
    `${label(p)} merupakan tugas lapangan (LAPANGAN), biasanya ${p.fieldDaysPerWeek} hari per minggu di luar kantor${why(p)}.`,
  remoteness_service_unknown: (p) =>
    `Layanan "${p.serviceId}" tidak ada dalam katalog, sehingga tidak pernah dianggap dapat dikerjakan dari luar kantor${p.suggestions.length === 0 ? '.' : `; maksud Anda ${quotedChoice(p.suggestions)}?`}`,
  remoteness_field_days: (p) =>
    p.count === 0
      ? 'Belum ada hari lapangan yang ditetapkan untuk jabatan ini.'
      : `${p.count} hari tugas lapangan per minggu${p.weekdays !== undefined ? ` (${list(p.weekdays.map((d) => weekday[d]))})` : ''}, di luar batas 2 hari fleksibel lokasi PermenPANRB 4/2025.`,
  remoteness_position_empty: () => 'Jabatan belum mencantumkan layanan atau tugas; modenya belum dapat ditentukan.',
  remoteness_position_field_only: (p) =>
    `Jabatan hanya mencantumkan tugas lapangan (${list(p.serviceIds)}); pekerjaan pada hari lainnya belum diuraikan, sehingga modenya belum dapat ditentukan.`,
  remoteness_position_indeterminate: (p) => `Mode jabatan belum dapat ditentukan: ${list(p.unknownServiceIds)} tidak ada dalam katalog.`,
  remoteness_position_in_person: (p) => `Jabatan harus dikerjakan secara tatap muka (TATAP_MUKA) karena ${list(p.serviceIds)}.`,
  remoteness_position_hybrid: (p) =>
    `Jabatan dapat bekerja fleksibel dengan ${p.onsiteDaysRequired} hari per minggu di kantor (CAMPURAN), ditentukan oleh ${list(p.serviceIds)}.`,
  remoteness_position_remote: (p) => `Jabatan dapat dikerjakan dari luar kantor (JARAK_JAUH): ${list(p.serviceIds)}.`,
};
