import type { Finding } from '../_lib/finding';
import type { Weekday } from '../_lib/dates';
import type { CapException } from '../policy/sections/work-pattern';

/** Why an approved request (pin) was not kept. */
export type PinDropReason =
  | 'OUTSIDE_MONTH'
  | 'NON_WORKING_DAY'
  | 'LEAVE_DAY'
  | 'FIELD_DAY'
  | 'ANCHOR_DAY'
  | 'ONSITE_DAY'
  | 'COLLECTIVE_DAY'
  | 'OVER_CAP'
  | 'BACKUP_PARTNER';

/** What kept an employee below their entitlement. */
export type ShortfallReason = 'COVERAGE' | 'BACKUP_PARTNER' | 'COVERAGE_AND_BACKUP_PARTNER';

/** Every finding of work-pattern allocation (rule `work_pattern`). */
export type WorkPatternFinding =
  | Finding<
      'work_pattern',
      'work_pattern_allocated',
      {
        /** Employees in the unit. */
        employees: number;
        /** Flexible days the individual rules alone would allow, summed. */
        entitled: number;
        /** Flexible days granted (the maximum possible), pins included. */
        granted: number;
        /** The largest shortfall of any employee (the smallest possible). */
        maxShortfall: number;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_carry_in_assumed_zero',
      {
        /** The ISO week that began in the previous month. */
        week: string;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_cap_applied',
      {
        /** The employee. */
        employeeId: string;
        /** Flexible days a week the employee is entitled to. */
        requested: number;
        /** The weekly cap that applies. */
        cap: number;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_cap_exception' | 'work_pattern_cap_exception_not_allowed',
      {
        /** The employee. */
        employeeId: string;
        /** The exception claimed. */
        exception: CapException;
        /** The weekly cap that applies. */
        cap: number;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_pin_dropped',
      {
        /** The employee. */
        employeeId: string;
        /** The date requested. */
        date: string;
        /** Why it was not kept. */
        reason: PinDropReason;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_coverage_unmet',
      {
        /** The working day. */
        date: string;
        /** Staff present (not on leave, not on field duty). */
        present: number;
        /** Staff on site. */
        onSite: number;
        /** Staff required on site. */
        required: number;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_collective_day',
      {
        /** The working day. */
        date: string;
        /** Its weekday. */
        weekday: Weekday;
        /** Staff present. */
        present: number;
        /** Staff on site (those with on-site duties that day). */
        onSite: number;
        /** Staff the coverage rule would require (reported, not enforced). */
        required: number;
        /** Whether the day counts toward the weekly cap. */
        countsTowardCap: boolean;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_collective_exempt',
      {
        /** The policy's collective flexible weekdays that do not apply to the unit. */
        weekdays: Weekday[];
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_provisional_calendar',
      {
        /** The month allocated, `YYYY-MM`, in a provisional year of the calendar. */
        month: string;
        /** Its working days on the provisional calendar (movable holidays expected, cuti bersama unknown). */
        workingDays: number;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_public_unit_on_site',
      {
        /** Staff of the unit, all on site on every working day. */
        employees: number;
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_unit_collective',
      {
        /** The unit's approved collective weekdays that the policy allows, now collective flexible days for the whole unit. */
        weekdays: Weekday[];
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_unit_collective_not_allowed',
      {
        /** The unit's approved collective weekdays that the policy does not allow (ignored). */
        weekdays: Weekday[];
        /** The weekdays the policy allows a unit to be approved for. */
        approvable: Weekday[];
      }
    >
  | Finding<
      'work_pattern',
      'work_pattern_shortfall',
      {
        /** The employee. */
        employeeId: string;
        /** Flexible days the individual rules alone would allow. */
        entitled: number;
        /** Flexible days granted. */
        granted: number;
        /** entitled − granted. */
        shortfall: number;
        /** What held the employee back. */
        reason: ShortfallReason;
        /** Dates the employee could have had alone but not within the unit. */
        blockedDates: string[];
      }
    >;

/** Code of a {@link WorkPatternFinding}. */
export type WorkPatternFindingCode = WorkPatternFinding['code'];
