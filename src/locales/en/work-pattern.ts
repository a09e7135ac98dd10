import type { WorkPatternFinding, PinDropReason, ShortfallReason } from '../../work-pattern/findings';
import type { MessagesFor } from '../types';
import { capException, count, list } from './_terms';

const weekday = { SENIN: 'Monday', SELASA: 'Tuesday', RABU: 'Wednesday', KAMIS: 'Thursday', JUMAT: 'Friday', SABTU: 'Saturday', MINGGU: 'Sunday' } as const;

const pinReason: Readonly<Record<PinDropReason, string>> = {
  OUTSIDE_MONTH: 'the date is outside the month allocated',
  NON_WORKING_DAY: 'it is not a working day',
  LEAVE_DAY: 'the employee is on leave',
  FIELD_DAY: 'it is a field-duty day',
  ANCHOR_DAY: 'the whole unit must be on site that weekday',
  ONSITE_DAY: 'the employee has in-person duties that weekday',
  COLLECTIVE_DAY: 'it is already a collective flexible day',
  OVER_CAP: "it would exceed the week's cap on flexible days",
  BACKUP_PARTNER: 'the backup partner is already flexible that day',
};

const shortfallReason: Readonly<Record<ShortfallReason, string>> = {
  COVERAGE: "the unit's minimum staffing on site",
  BACKUP_PARTNER: "the backup partner's days",
  COVERAGE_AND_BACKUP_PARTNER: "the unit's minimum staffing on site and the backup partner's days",
};

/** English messages of work-pattern allocation. */
export const workPattern: MessagesFor<WorkPatternFinding> = {
  work_pattern_allocated: (p) =>
    `${count(p.employees, 'employee')}: ${p.granted} of ${count(p.entitled, 'entitled flexible day')} granted (the most possible); the largest shortfall of any employee is ${count(p.maxShortfall, 'day')} (the smallest possible).`,
  work_pattern_carry_in_assumed_zero: (p) => `Flexible days of the previous month in week ${p.week} were not given, so they are taken as zero.`,
  work_pattern_cap_applied: (p) => `${p.employeeId} is entitled to ${count(p.requested, 'flexible day')} a week, capped at ${p.cap} by the policy.`,
  work_pattern_cap_exception: (p) =>
    `${p.employeeId} has an approved exception for ${capException[p.exception]}: a cap of ${count(p.cap, 'flexible day')} a week.`,
  work_pattern_cap_exception_not_allowed: (p) =>
    `${p.employeeId} has an exception for ${capException[p.exception]}, which this policy does not recognise; the ordinary cap of ${count(p.cap, 'day')} a week applies.`,
  work_pattern_pin_dropped: (p) => `The flexible-day request of ${p.employeeId} for ${p.date} cannot be kept: ${pinReason[p.reason]}.`,
  work_pattern_coverage_unmet: (p) =>
    `${p.date}: only ${p.onSite} of ${p.present} staff on site, below the ${p.required} required, because of approved requests and leave; no other flexible day is given that date.`,
  work_pattern_collective_day: (p) =>
    `${weekday[p.weekday]} ${p.date} is a collective flexible day: ${p.onSite} of ${p.present} staff on site (the usual rule would require ${p.required}; reported, not enforced)${p.countsTowardCap ? '; it counts toward the weekly cap' : ''}.`,
  work_pattern_collective_exempt: (p) =>
    `The unit serves the public directly, so the collective flexible weekdays (${list(p.weekdays.map((d) => weekday[d]))}) do not apply.`,
  work_pattern_provisional_calendar: (p) =>
    `The roster of ${p.month} uses a provisional working calendar (${count(p.workingDays, 'working day')}): movable holidays are expected dates and cuti bersama are not set yet, so it needs to be made again once the SKB is out.`,
  work_pattern_public_unit_on_site: (p) =>
    `The unit serves the public directly, and the policy keeps such units on site: its ${p.employees} staff get no flexible day.`,
  work_pattern_unit_collective: (p) =>
    `The unit is approved to work flexibly as a whole on ${list(p.weekdays.map((d) => weekday[d]))}, besides the policy's collective flexible weekdays.`,
  work_pattern_unit_collective_not_allowed: (p) =>
    `The unit's approval for collective flexible days on ${list(p.weekdays.map((d) => weekday[d]))} does not apply, because the policy ${p.approvable.length === 0 ? 'allows no additional collective weekday' : `allows only ${list(p.approvable.map((d) => weekday[d]))}`}.`,
  work_pattern_shortfall: (p) =>
    `${p.employeeId} gets ${p.granted} of ${count(p.entitled, 'entitled flexible day')} (${p.shortfall} short) because of ${shortfallReason[p.reason]}${p.blockedDates.length > 0 ? `; dates that could not be given: ${list(p.blockedDates)}` : ''}.`,
};
