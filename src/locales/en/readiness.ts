import type { LaptopOwnership, Workplace } from '../../policy/sections/readiness';
import type { EmployeeCriteriaFinding, PenaltyLevel, ReadinessFinding } from '../../readiness/findings';
import type { MessagesFor } from '../types';
import { count, list, penaltyLevel } from './_terms';

const ownership: Readonly<Record<LaptopOwnership, string>> = { DINAS: 'office-issued', PRIBADI: 'personal' };
// PermenPANRB 4/2025 Pasal 12 ayat (1).
const workplaceName: Readonly<Record<Workplace, string>> = {
  KANTOR_LAIN: 'another office of the agency',
  DOMISILI: 'the home registered as domicile in the personnel data',
  DITETAPKAN_PPK: 'a place set by the Pejabat Pembina Kepegawaian (PPK)',
};
/** A workplace by its name, or any other text quoted as given. */
const place = (w: string): string => (Object.hasOwn(workplaceName, w) ? workplaceName[w as Workplace] : `"${w}"`);
const places = (ws: readonly Workplace[]): string => list(ws.map(place));

/** The end of a sentence: a full stop, after a note that the check is optional when it is. */
const end = (p: { required: boolean }): string => (p.required ? '.' : ' (an optional check; it does not change the status).');
const months = (n: number): string => count(n, 'month');
const penalty = (p: { penalty?: PenaltyLevel }): string => (p.penalty !== undefined ? `${penaltyLevel[p.penalty]} ` : '');

/** English messages of the readiness checks. */
export const readiness: MessagesFor<ReadinessFinding> = {
  readiness_laptop_ok: (p) => `A work laptop is available${p.ownership !== undefined ? ` (${ownership[p.ownership]})` : ''}${end(p)}`,
  readiness_laptop_missing: (p) => `No work laptop is available${end(p)}`,
  readiness_laptop_ownership_not_allowed: (p) =>
    `The laptop is ${ownership[p.ownership]}, but the policy accepts only ${list(p.allowedOwnerships.map((o) => ownership[o]))} laptops${end(p)}`,
  readiness_laptop_ownership_unknown: (p) =>
    `A laptop is available but its ownership is not stated; the policy accepts only ${list(p.allowedOwnerships.map((o) => ownership[o]))} laptops${end(p)}`,
  readiness_laptop_unknown: (p) => `Whether a work laptop is available is not known${end(p)}`,
  readiness_bandwidth_ok: (p) =>
    `Bandwidth measured on ${p.measuredOn}: ${p.downloadMbps} Mbit/s down and ${p.uploadMbps} Mbit/s up, meeting the minimums of ${p.minDownloadMbps} and ${p.minUploadMbps} Mbit/s${end(p)}`,
  readiness_download_too_low: (p) =>
    `The download speed of ${p.downloadMbps} Mbit/s (measured ${p.measuredOn}) is below the minimum of ${p.minDownloadMbps} Mbit/s${end(p)}`,
  readiness_upload_too_low: (p) =>
    `The upload speed of ${p.uploadMbps} Mbit/s (measured ${p.measuredOn}) is below the minimum of ${p.minUploadMbps} Mbit/s${end(p)}`,
  readiness_bandwidth_unknown: (p) => `No bandwidth measurement is available${end(p)}`,
  readiness_bandwidth_stale: (p) =>
    `The bandwidth measurement of ${p.measuredOn} is ${count(p.ageDays, 'day')} old on ${p.asOf}, older than the ${count(p.maxAgeDays, 'day')} allowed; measure again${end(p)}`,
  readiness_bandwidth_in_future: (p) => `The bandwidth measurement date ${p.measuredOn} is after the decision date ${p.asOf}${end(p)}`,
  readiness_kmob_active: (p) => `The K-Mob attendance app is active${end(p)}`,
  readiness_kmob_inactive: (p) => `The K-Mob attendance app is not active${end(p)}`,
  readiness_kmob_unknown: (p) => `Whether the K-Mob attendance app is active is not known${end(p)}`,
  readiness_tte_active: (p) => `The electronic signature (TTE) is active${end(p)}`,
  readiness_tte_inactive: (p) => `The employee signs letters but the electronic signature (TTE) is not active${end(p)}`,
  readiness_tte_unknown: (p) => `The employee signs letters; whether the electronic signature (TTE) is active is not known${end(p)}`,
  readiness_tte_not_applicable: (p) => `The employee signs no letters, so no electronic signature (TTE) is needed${end(p)}`,
  readiness_signs_letters_unknown: (p) =>
    `Whether the employee signs letters is not known, so the need for an electronic signature (TTE) cannot be decided${end(p)}`,
  readiness_workspace_declared: (p) => `A workspace outside the office has been declared${end(p)}`,
  readiness_workspace_not_declared: (p) => `No workspace outside the office has been declared${end(p)}`,
  readiness_workspace_unknown: (p) => `Whether a workspace outside the office has been declared is not known${end(p)}`,
  readiness_workplace_allowed: (p) => `The declared workspace outside the office is ${place(p.workplace)}, and the policy accepts ${places(p.allowedWorkplaces)}${end(p)}`,
  readiness_workplace_not_allowed: (p) => `The declared workplace is ${place(p.workplace)}, but the policy accepts only ${places(p.allowedWorkplaces)}${end(p)}`,
  readiness_workplace_conflict: (p) =>
    `The evidence contradicts itself: the workplace is given as ${place(p.workplace)}, yet it also says that no workspace outside the office has been declared; check the data against the workplaces the policy accepts: ${places(p.allowedWorkplaces)}${end(p)}`,
  readiness_workplace_unknown: (p) =>
    `A workspace outside the office has been declared but its kind is not stated; the policy accepts only ${places(p.allowedWorkplaces)}${end(p)}`,
};

/** English messages of the employee criteria of PermenPANRB 4/2025. */
export const employeeCriteria: MessagesFor<EmployeeCriteriaFinding> = {
  employee_disciplinary_none: () => 'No disciplinary penalty is on record.',
  employee_disciplinary_unknown: () => 'The disciplinary record is not known.',
  employee_disciplinary_in_process: (p) =>
    `The employee is being examined for a disciplinary offence${p.penalty !== undefined ? ` (a ${penaltyLevel[p.penalty]} penalty proposed)` : ''}; PermenPANRB 4/2025 excludes flexible working meanwhile.`,
  employee_disciplinary_serving: (p) =>
    `The employee is serving a ${penalty(p)}disciplinary penalty${p.until !== undefined ? ` until ${p.until}` : ''}; PermenPANRB 4/2025 excludes flexible working meanwhile.`,
  employee_disciplinary_served: (p) => `The ${penalty(p)}disciplinary penalty ended on ${p.until} and no longer counts.`,
  employee_disciplinary_recently_served: (p) =>
    `The ${penalty(p)}disciplinary penalty ended on ${p.until} but still counts until ${p.countsUntil} (${months(p.lookbackMonths)} under the policy).`,
  employee_tenure_met: (p) => `${months(p.monthsInPosition)} in the position since ${p.positionSince}, at least the ${p.minMonths} required.`,
  employee_newly_placed: (p) =>
    `Newly placed: ${months(p.monthsInPosition)} in the position since ${p.positionSince}, fewer than the ${p.minMonths} required; eligible from ${p.eligibleFrom}.`,
  employee_position_since_unknown: () => 'The date of placement in the current position is not known.',
  employee_position_since_in_future: (p) => `The placement date ${p.positionSince} is after the decision date ${p.asOf}.`,
};
