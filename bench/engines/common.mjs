// bench/engines/common — what the rule-engine peers of bench/eligibility share: the policy's
// numbers and the service catalogue as plain data (read from the library's own policy and
// catalogue, so every peer decides by the same parameters), civil-date helpers, and the
// per-record outcome that is compared across the library and the peers.
import { assessRemoteness, serviceCatalog } from '../../dist/index.js';

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayOf = (s) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 864e5;

/** The day `months` calendar months after `day`, the day of month clamped to the month's last (as the library counts). */
export function addMonths(day, months) {
  const d = new Date(day * 864e5);
  const index = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / 864e5;
}

/** `YYYY-MM` → months since year 0. */
export const monthIndexOf = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

/**
 * What the peers need of the policy and the catalogue, as plain data. The catalogue's
 * services are classified by the library's own `assessRemoteness`, one service at a time:
 * the peers get the catalogue as the table a rule author would write from it.
 */
export function peerParameters(policy, asOf) {
  const services = {};
  for (const entry of serviceCatalog) {
    const r = assessRemoteness({ serviceIds: [entry.id] }, policy);
    const kind = r.mode === 'indeterminate' ? 'LAPANGAN' : r.mode;
    services[entry.id] = { kind, onsite: kind === 'CAMPURAN' ? r.onsiteDaysRequired : 0, field: r.fieldDays.count };
  }
  const rd = policy.readiness;
  return {
    asOf,
    asOfDay: dayOf(asOf),
    decisionMonthIndex: monthIndexOf(asOf.slice(0, 7)),
    decisionMonthFirst: `${asOf.slice(0, 7)}-01`,
    services,
    minMonthsInPosition: policy.employeeCriteria.minMonthsInPosition,
    servedPenaltyLookbackMonths: policy.employeeCriteria.servedPenaltyLookbackMonths,
    cutOffs: policy.talentBox.cutOffs,
    eligibleBoxes: [...policy.talentBox.eligibleBoxes],
    maxAssessmentAgeMonths: policy.talentBox.maxAssessmentAgeMonths,
    talentGate: policy.talentBox.gate,
    laptopOwnerships: [...rd.laptop.allowedOwnerships],
    allOwnerships: ['DINAS', 'PRIBADI'].every((o) => rd.laptop.allowedOwnerships.includes(o)),
    minDownloadMbps: rd.bandwidth.minDownloadMbps,
    minUploadMbps: rd.bandwidth.minUploadMbps,
    maxMeasurementAgeDays: rd.bandwidth.maxMeasurementAgeDays,
    workplaces: [...(rd.workspace.allowedWorkplaces ?? ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'])],
    allWorkplaces: ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK'].every((w) => (rd.workspace.allowedWorkplaces ?? ['KANTOR_LAIN', 'DOMISILI', 'DITETAPKAN_PPK']).includes(w)),
    required: { laptop: rd.laptop.required, bandwidth: rd.bandwidth.required, kmob: rd.kmob.required, tte: rd.tte.required, workspace: rd.workspace.required },
    missingEarlyWarning: policy.eligibility.missingEarlyWarning,
    maxEarlyWarningAgeMonths: policy.eligibility.maxEarlyWarningAgeMonths,
    flexibleDaysByBox: { ...policy.eligibility.flexibleDaysByBox },
    flexibleDaysWithoutBox: policy.eligibility.flexibleDaysWithoutBox,
    cap: policy.workPattern.maxFlexibleDaysPerWeek,
    exceptionCap: policy.workPattern.exceptionMaxFlexibleDaysPerWeek,
    capExceptions: [...policy.workPattern.capExceptions],
  };
}

/** What the peers do not encode (the bench's records have none of it): a record with any is refused up front. */
export function outsideEncoding(record) {
  const p = record.position;
  if (p?.tasks !== undefined || p?.fieldWeekdays !== undefined) return 'position.tasks / position.fieldWeekdays';
  if (record.performance?.months !== undefined && record.performance.months.length > 0) return 'performance.months';
  return undefined;
}

const LETTER = { pass: 'P', fail: 'F', unknown: 'U' };

/** The compared outcome of one record: status, flexible days, and the five gates' outcomes (P/F/U, in gate order). */
export const outcomeKey = (status, days, gates) => `${status} ${days} ${gates.map((g) => LETTER[g]).join('')}`;

/** The library's outcome of a decision. */
export const decisionKey = (d) => outcomeKey(d.status, d.maxFlexibleDaysPerWeek, d.gates.map((g) => g.outcome));

/** The gates, in the library's order. */
export const GATES = ['employee_criteria', 'talent_box', 'remoteness', 'readiness', 'early_warning'];
