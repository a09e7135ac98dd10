import type { EligibilityOwnFinding, GateName } from '../../eligibility/findings';
import type { DecisionWording, MessagesFor } from '../types';
import { capException, count, list, warningLevel as level } from './_terms';

const BACKUP_REASON = { NOT_IN_UNIT: 'not in this unit, or their record was rejected', NOT_MUTUAL: 'the pairing is not mutual', SELF: 'it is the employee\'s own NIP' } as const;

/** "Early warning 2026-02", or "Early warning" when the month is not known. */
const warningOf = (month: string | null | undefined): string => (month === null || month === undefined ? 'Early warning' : `Early warning ${month}`);

/** "the talent box gate", "the talent box and readiness gates". */
const gates = (names: readonly GateName[]): string => `the ${list(names.map((g) => gateNames[g]))} ${names.length === 1 ? 'gate' : 'gates'}`;

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
      ? `${warningOf(p.lastMonth)}: level ${level[p.level]}, so MKD is not allowed in ${p.decisionMonth}.`
      : `${warningOf(p.lastMonth)}: level ${level[p.level]}; MKD stays allowed in ${p.decisionMonth}${p.level === 'NORMAL' ? '' : ', under watch'}.`,
  eligibility_early_warning_missing: (p) =>
    p.treatedAs === 'NORMAL'
      ? 'No monthly performance or early-warning record yet; the policy treats it as NORMAL.'
      : 'No monthly performance or early-warning state yet, so the early-warning gate cannot be assessed.',
  eligibility_early_warning_stale: (p) =>
    `The latest early-warning evidence (${p.lastMonth === null ? 'month unknown' : p.lastMonth}) is too old for a decision in ${p.decisionMonth} (at most ${count(p.maxAgeMonths, 'month')} before).`,
  eligibility_early_warning_after_decision: (p) =>
    `The saved early-warning state already covers ${p.lastMonth}, not before the decision month ${p.decisionMonth}, so it cannot be used for this decision.`,
  eligibility_early_warning_months_ignored: (p) => `Performance of ${list(p.months)} ${p.months.length === 1 ? 'is not used: it is' : 'are not used: they are'} not before the decision month ${p.decisionMonth}.`,
  eligibility_flexible_days: (p) =>
    `Flexible days: the ${p.box === null ? "policy's" : `box ${p.box}`} pattern gives ${p.pattern}, the position leaves ${p.positionLimit} (5 − ${p.onsiteDaysRequired} on-site − ${count(p.fieldDays, 'field day')}), the weekly cap is ${p.cap}${
      p.capException === null ? '' : p.capExceptionRecognised ? ` (an exception for ${capException[p.capException]})` : ` (the exception for ${capException[p.capException]} is not recognised by the policy)`
    }; so at most ${count(p.days, 'day')} a week.`,
  eligibility_not_eligible_no_days: (p) =>
    p.status === 'NOT_ELIGIBLE' ? 'Not eligible, so no flexible days.' : 'No flexible days until the decision can be made.',
  eligibility_backup_partner_ignored: (p) =>
    `Backup partner ${p.partnerNip} of ${p.employeeId} is not used in the roster: ${BACKUP_REASON[p.reason]}.`,
};

/** English wording of a whole decision. */
export const decision: DecisionWording = {
  eligible: (days) => `Eligible for MKD: at most ${count(days, 'flexible day')} a week.`,
  notEligible: (failed, unknown) =>
    `Not eligible for MKD: ${gates(failed)} ${failed.length === 1 ? 'is' : 'are'} not met${unknown.length > 0 ? `; ${gates(unknown)} could not be assessed` : ''}.`,
  indeterminate: (unknown) => `Cannot be decided yet: ${gates(unknown)} could not be assessed.`,
  gate: gateNames,
};
