import type { Weekday } from '../../_lib/dates';
import type { TaskCriterion } from '../../policy/sections/remoteness';
import type { RemotenessFinding, ServiceFindingParams } from '../../remoteness/findings';
import type { MessagesFor } from '../types';
import { list, quotedChoice } from './_terms';

const criterion: Readonly<Record<TaskCriterion, string>> = {
  doableOutsideOffice: 'doable outside the office',
  noSpecialSpaceOrEquipment: 'no special space or equipment',
  doableWithIct: 'doable with ICT',
  minimalFaceToFace: 'minimal face-to-face contact',
  noContinuousSupervision: 'no continuous supervision',
};

const weekday: Readonly<Record<Weekday, string>> = {
  SENIN: 'Monday',
  SELASA: 'Tuesday',
  RABU: 'Wednesday',
  KAMIS: 'Thursday',
  JUMAT: 'Friday',
  SABTU: 'Saturday',
  MINGGU: 'Sunday',
};

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/** Lower-cases the first letter of a sentence to follow a colon, unless it starts an acronym. */
const clause = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);

const label = (p: ServiceFindingParams): string => (p.source === 'task' ? `Task "${p.serviceId}"` : `Service "${p.name?.en ?? p.serviceId}" (${p.serviceId})`);

function why(p: ServiceFindingParams): string {
  if (p.derivedFromCriteria) {
    return p.unmetCriteria.length === 0
      ? ': all five task criteria of PermenPANRB 4/2025 are met'
      : `: task criteria not met — ${list(p.unmetCriteria.map((c) => `“${criterion[c]}”`))}`;
  }
  return p.reason !== undefined ? `: ${clause(p.reason.en)}` : '';
}

/** English messages of the service-remoteness gate. */
export const remoteness: MessagesFor<RemotenessFinding> = {
  remoteness_service_remote: (p) => `${label(p)} can be done outside the office (JARAK_JAUH)${why(p)}.`,
  remoteness_service_hybrid: (p) =>
    `${label(p)} needs ${days(p.onsiteDaysPerWeek)} a week on site (CAMPURAN${p.policyDefault ? ', the policy default' : ''})${why(p)}.`,
  remoteness_service_in_person: (p) => `${label(p)} must be delivered face to face (TATAP_MUKA)${why(p)}.`,
  remoteness_service_field: (p) =>
    `${label(p)} is field duty (LAPANGAN), typically ${days(p.fieldDaysPerWeek)} a week outside the office${why(p)}.`,
  remoteness_service_unknown: (p) =>
    `Service "${p.serviceId}" is not in the catalogue, so it is never taken as work that can be done outside the office${p.suggestions.length === 0 ? '.' : `; did you mean ${quotedChoice(p.suggestions)}?`}`,
  remoteness_field_days: (p) =>
    p.count === 0
      ? 'No field days are fixed for this position.'
      : `${days(p.count)} of field duty a week${p.weekdays !== undefined ? ` (${list(p.weekdays.map((d) => weekday[d]))})` : ''}, outside the 2-day location cap of PermenPANRB 4/2025.`,
  remoteness_position_empty: () => 'The position lists no services or tasks; its mode cannot be decided.',
  remoteness_position_field_only: (p) =>
    `The position lists only field duty (${list(p.serviceIds)}); its work on the other days is not described, so its mode cannot be decided.`,
  remoteness_position_indeterminate: (p) => `The position's mode cannot be decided: ${list(p.unknownServiceIds)} ${p.unknownServiceIds.length === 1 ? 'is' : 'are'} not in the catalogue.`,
  remoteness_position_in_person: (p) => `The position needs face-to-face work (TATAP_MUKA) because of ${list(p.serviceIds)}.`,
  remoteness_position_hybrid: (p) =>
    `The position can work flexibly with ${days(p.onsiteDaysRequired)} a week on site (CAMPURAN), set by ${list(p.serviceIds)}.`,
  remoteness_position_remote: (p) => `The position can be worked outside the office (JARAK_JAUH): ${list(p.serviceIds)}.`,
};
