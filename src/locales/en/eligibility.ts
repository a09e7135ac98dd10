import type { EligibilityOwnFinding, GateName } from '../../eligibility/findings';
import type { DecisionWording, MessagesFor } from '../types';
import { list } from './_terms';

const level = { NORMAL: 'NORMAL', WASPADA: 'WASPADA (watch)', PERINGATAN: 'PERINGATAN (warning)', DICABUT: 'DICABUT (MKD revoked)' } as const;

/** Gate names in English. */
export const gateNames: Readonly<Record<GateName, string>> = {
  employee_criteria: 'employee criteria',
  talent_box: 'talent box',
  remoteness: 'service remoteness',
  readiness: 'readiness',
  early_warning: 'early warning',
};

/** English messages of the eligibility decision. */
export const eligibility: MessagesFor<EligibilityOwnFinding> = {
  eligibility_early_warning_level: (p) =>
    p.level === 'DICABUT'
      ? `Early warning ${p.lastMonth ?? ''}: level ${level[p.level]}, so MKD is not allowed in ${p.decisionMonth}.`
      : `Early warning ${p.lastMonth ?? ''}: level ${level[p.level]}; MKD stays allowed in ${p.decisionMonth}${p.level === 'NORMAL' ? '' : ', under watch'}.`,
  eligibility_early_warning_missing: (p) =>
    p.treatedAs === 'NORMAL'
      ? 'No monthly performance or early-warning record yet; the policy treats it as NORMAL.'
      : 'No monthly performance or early-warning state yet, so the early-warning gate cannot be assessed.',
  eligibility_early_warning_stale: (p) =>
    `The latest early-warning evidence (${p.lastMonth === null ? 'month unknown' : p.lastMonth}) is too old for a decision in ${p.decisionMonth} (at most ${p.maxAgeMonths} months before).`,
  eligibility_early_warning_after_decision: (p) =>
    `The saved early-warning state already covers ${p.lastMonth}, not before the decision month ${p.decisionMonth}, so it cannot be used for this decision.`,
  eligibility_early_warning_months_ignored: (p) => `Performance of ${list(p.months)} is not used: it is not before the decision month ${p.decisionMonth}.`,
  eligibility_flexible_days: (p) =>
    `Flexible days: the ${p.box === null ? "policy's" : `box ${p.box}`} pattern gives ${p.pattern}, the position leaves ${p.positionLimit} (5 − ${p.onsiteDaysRequired} on-site − ${p.fieldDays} field days), the weekly cap is ${p.cap}${
      p.capException === null ? '' : p.capExceptionRecognised ? ` (${p.capException} exception)` : ` (the ${p.capException} exception is not recognised by the policy)`
    }; so at most ${p.days} a week.`,
  eligibility_not_eligible_no_days: (p) =>
    p.status === 'NOT_ELIGIBLE' ? 'Not eligible, so no flexible days.' : 'No flexible days until the decision can be made.',
  eligibility_backup_partner_ignored: (p) =>
    `Backup partner ${p.partnerNip} of ${p.employeeId} is not used in the roster: ${p.reason === 'NOT_IN_UNIT' ? 'not in this unit, or their record was rejected' : 'the pairing is not mutual'}.`,
};

/** English wording of a whole decision. */
export const decision: DecisionWording = {
  eligible: (days) => `Eligible for MKD: at most ${days} flexible day${days === 1 ? '' : 's'} a week.`,
  notEligible: (failed, unknown) =>
    `Not eligible for MKD: ${list(failed.map((g) => gateNames[g]))} not met${unknown.length > 0 ? `; ${list(unknown.map((g) => gateNames[g]))} could not be assessed` : ''}.`,
  indeterminate: (gates) => `Cannot be decided yet: the evidence for ${list(gates.map((g) => gateNames[g]))} is missing or out of date.`,
  gate: gateNames,
};
