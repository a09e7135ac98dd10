import { _daysInMonth, _epochDay, _formatIsoDate, _isoWeekLabel, _isoWeekdayNumber, _parseIsoDate, _parseIsoMonth, WEEKDAYS, type Weekday } from '../_lib/dates';
import { _finding } from '../_lib/finding';
import { _check, _parse } from '../_lib/schema';
import { z } from 'zod';
import { isInputError, type InputIssue } from '../_lib/errors';
import { _compileCalendar, type _CompiledCalendar } from '../calendar/compiled';
import { _ensurePolicy, _policyRef } from '../policy/brand';
import type { Policy, PolicyRef } from '../policy/schema';
import type { PinDropReason, ShortfallReason, WorkPatternFinding } from './findings';
import { WorkPatternInputSchema, type PinnedFlexibleDay, type WorkPatternEmployee, type WorkPatternInput } from './schema';
import { _popcount, _solve } from './solver';

/** What an employee does on a date. */
export type DayStatus = 'KANTOR' | 'FLEKSIBEL' | 'LAPANGAN' | 'CUTI' | 'LIBUR';

/** One employee's month: a status for every date of {@link WorkPatternResult.dates}, in order. */
export interface RosterRow {
  /** The employee. */
  readonly employeeId: string;
  /** Status on each date of the month. */
  readonly days: readonly DayStatus[];
}

/** Staffing of the unit on one working day. */
export interface CoverageDay {
  /** The date. */
  readonly date: string;
  /** Its weekday. */
  readonly weekday: Weekday;
  /** Staff present: not on leave (`CUTI`) and not on field duty (`LAPANGAN`). */
  readonly present: number;
  /** Staff flexible that day. */
  readonly flexible: number;
  /** Staff on site: present − flexible. */
  readonly onSite: number;
  /** max(minimum head count, ⌈minOnsitePercent × present / 100⌉). */
  readonly required: number;
  /** Whether onSite ≥ required. */
  readonly met: boolean;
  /** `false` on a collective flexible day, where coverage is reported but not enforced. */
  readonly enforced: boolean;
}

/** Days and minutes of one employee over a span (an ISO week clipped to the month, or the month). */
export interface PatternSummary {
  /** Office days (`KANTOR`). */
  readonly officeDays: number;
  /** Flexible days (`FLEKSIBEL`), collective ones included. */
  readonly flexibleDays: number;
  /** Field-duty days (`LAPANGAN`). */
  readonly fieldDays: number;
  /** Leave days (`CUTI`). */
  readonly leaveDays: number;
  /** Regular minutes: all of an office or field day, the core online minutes of a flexible day. */
  readonly regularMinutes: number;
  /** Flexible minutes: the rest of a flexible day's work minutes. */
  readonly flexibleMinutes: number;
}

/** A {@link PatternSummary} of one ISO week, clipped to the month. */
export interface WeekSummary extends PatternSummary {
  /** ISO week, `YYYY-Www`. */
  readonly week: string;
  /** First date of the week inside the month. */
  readonly start: string;
  /** Last date of the week inside the month. */
  readonly end: string;
}

/** One employee's allocation and its measures. */
export interface EmployeePattern {
  /** The employee. */
  readonly employeeId: string;
  /** Weekly cap on flexible days that applied (entitlement, policy cap, exception). */
  readonly weeklyCap: number;
  /** Flexible days the individual rules alone allow this month (pins included, collective days not). */
  readonly entitled: number;
  /** Flexible days granted (pins included, collective days not). */
  readonly granted: number;
  /** entitled − granted. */
  readonly shortfall: number;
  /** Flexible days granted by kept pins. */
  readonly pinned: number;
  /** Collective flexible days. */
  readonly collectiveDays: number;
  /** Weekdays of the granted flexible days, most frequent first: the pattern people plan around. */
  readonly flexibleWeekdays: readonly Weekday[];
  /** Per ISO week, clipped to the month. */
  readonly weeks: readonly WeekSummary[];
  /** The whole month. */
  readonly month: PatternSummary;
}

/** An employee who got fewer days than the individual rules allow, and why. */
export interface Shortfall {
  /** The employee. */
  readonly employeeId: string;
  /** Flexible days the individual rules alone allow. */
  readonly entitled: number;
  /** Flexible days granted. */
  readonly granted: number;
  /** entitled − granted (≥ 1). */
  readonly shortfall: number;
  /** What bound: the unit's coverage, the backup partner, or both. */
  readonly reason: ShortfallReason;
  /** Dates the employee could have had alone but not within the unit. */
  readonly blockedDates: readonly string[];
}

/** A pin that was not kept, and why. */
export interface DroppedPin extends PinnedFlexibleDay {
  /** Why the pin was dropped. */
  readonly reason: PinDropReason;
}

/** The allocation of one unit for one month. */
export interface WorkPatternResult {
  /** The unit. */
  readonly unitId: string;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Every date of the month, in order; the columns of {@link WorkPatternResult.roster}. */
  readonly dates: readonly string[];
  /** One row per employee, sorted by employee id. */
  readonly roster: readonly RosterRow[];
  /** Staffing on each working day. */
  readonly coverage: readonly CoverageDay[];
  /** Per employee, sorted by id. */
  readonly patterns: readonly EmployeePattern[];
  /** Employees below their entitlement, sorted by id. */
  readonly shortfalls: readonly Shortfall[];
  /** Pins kept and dropped. */
  readonly pins: {
    /** Pins kept, sorted by date then employee. */
    readonly kept: readonly PinnedFlexibleDay[];
    /** Pins dropped, with the reason. */
    readonly dropped: readonly DroppedPin[];
  };
  /** Unit totals. */
  readonly totals: {
    /** Σ entitled. */
    readonly entitled: number;
    /** Σ granted: the maximum possible under the rules. */
    readonly granted: number;
    /** The largest shortfall: the smallest possible among allocations granting the maximum. */
    readonly maxShortfall: number;
    /** Collective flexible days, summed over employees. */
    readonly collectiveDays: number;
  };
  /** The input history plus this month's shortfalls: feed it to next month's call. */
  readonly history: Readonly<Record<string, number>>;
  /** Every step worth explaining. */
  readonly findings: readonly WorkPatternFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

const WEEKDAY_NUMBER: Readonly<Record<Weekday, number>> = { SENIN: 1, SELASA: 2, RABU: 3, KAMIS: 4, JUMAT: 5, SABTU: 6, MINGGU: 7 };

/** FNV-1a, 32 bits: a stable hash for tie-breaks that is the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const weekdaySet = (list: readonly Weekday[] | undefined): number => {
  let m = 0;
  for (const wd of list ?? []) m |= 1 << WEEKDAY_NUMBER[wd];
  return m;
};

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Allocates one validated unit-month; the calendar is compiled by the caller. */
function allocate(input: WorkPatternInput, p: Policy, cal: _CompiledCalendar): WorkPatternResult {
  const rules = p.workPattern;
  const { year, month } = _parseIsoMonth(input.month)!;
  const first = _epochDay(year, month, 1);
  const length = _daysInMonth(year, month);
  const dates: string[] = [];
  const weekdayNo = new Int32Array(length);
  const working = new Uint8Array(length);
  const minutes = new Int32Array(length);
  const weekLabel: string[] = [];
  for (let k = 0; k < length; k++) {
    const day = first + k;
    dates.push(_formatIsoDate(day));
    weekdayNo[k] = _isoWeekdayNumber(day);
    working[k] = cal.isWorkingDay(day) ? 1 : 0;
    minutes[k] = working[k] ? cal.workMinutes(day) : 0;
    weekLabel.push(_isoWeekLabel(day));
  }
  // Weeks of the month in order, and the week index of each date.
  const weekIndex = new Int32Array(length);
  const weeks: string[] = [];
  for (let k = 0; k < length; k++) {
    if (weeks[weeks.length - 1] !== weekLabel[k]) weeks.push(weekLabel[k]!);
    weekIndex[k] = weeks.length - 1;
  }
  const W = weeks.length;

  const unit = input.unit;
  const findings: WorkPatternFinding[] = [];
  const anchors = weekdaySet(unit.anchorWeekdays);
  const collectiveWeekdays = unit.servesPublicDirectly === true ? 0 : weekdaySet(rules.collectiveFlexibleWeekdays) & ~anchors;
  if (unit.servesPublicDirectly === true && rules.collectiveFlexibleWeekdays.length > 0) {
    findings.push(_finding('work_pattern', 'pass', 'work_pattern_collective_exempt', { weekdays: [...rules.collectiveFlexibleWeekdays] }));
  }
  const isCollective = (k: number): boolean => working[k] === 1 && ((collectiveWeekdays >> weekdayNo[k]!) & 1) === 1;
  const percent = unit.minOnsitePercent ?? rules.minOnsitePercent;
  const headcount = unit.minOnsiteHeadcount ?? rules.minOnsiteHeadcount;

  // Employees sorted by id: the output does not depend on input order.
  const employees: WorkPatternEmployee[] = [...input.employees].sort((a, b) => compareIds(a.id, b.id));
  const n = employees.length;
  const indexOf = new Map<string, number>();
  employees.forEach((e, i) => indexOf.set(e.id, i));
  const status: DayStatus[][] = [];
  const weeklyCap = new Int32Array(n);
  const onsiteSet = new Int32Array(n);
  const partner = new Int32Array(n).fill(-1);
  const capUsed = new Int32Array(n * W); // carry-in, collective days (if counted) and kept pins
  const collectiveCount = new Int32Array(n);

  if (input.carryIn === undefined && weekdayNo[0] !== 1) {
    findings.push(_finding('work_pattern', 'unknown', 'work_pattern_carry_in_assumed_zero', { week: weeks[0]! }));
  }
  for (let i = 0; i < n; i++) {
    const e = employees[i]!;
    const requested = e.flexibleDaysPerWeek;
    let cap = Math.min(requested, rules.maxFlexibleDaysPerWeek);
    if (e.capException !== undefined) {
      const allowed = rules.capExceptions.includes(e.capException);
      if (allowed) cap = Math.min(requested, rules.exceptionMaxFlexibleDaysPerWeek);
      findings.push(
        _finding('work_pattern', allowed ? 'pass' : 'fail', allowed ? 'work_pattern_cap_exception' : 'work_pattern_cap_exception_not_allowed', {
          employeeId: e.id,
          exception: e.capException,
          cap,
        }),
      );
    } else if (requested > cap) {
      findings.push(_finding('work_pattern', 'pass', 'work_pattern_cap_applied', { employeeId: e.id, requested, cap }));
    }
    weeklyCap[i] = cap;
    onsiteSet[i] = weekdaySet(e.onsiteWeekdays);
    if (e.backupPartner !== undefined) partner[i] = indexOf.get(e.backupPartner)!;
    capUsed[i * W] = input.carryIn?.[e.id] ?? 0;
    const field = weekdaySet(e.fieldWeekdays);
    const leave = new Set<number>();
    for (const date of e.leaveDates ?? []) leave.add(_parseIsoDate(date)! - first);
    const row: DayStatus[] = new Array<DayStatus>(length);
    for (let k = 0; k < length; k++) {
      if (working[k] === 0) row[k] = 'LIBUR';
      else if (leave.has(k)) row[k] = 'CUTI';
      else if ((field >> weekdayNo[k]!) & 1) row[k] = 'LAPANGAN';
      else if (isCollective(k) && ((onsiteSet[i]! >> weekdayNo[k]!) & 1) === 0) {
        row[k] = 'FLEKSIBEL';
        collectiveCount[i]! += 1;
        if (rules.collectiveCountsTowardCap) capUsed[i * W + weekIndex[k]!]! += 1;
      } else row[k] = 'KANTOR';
    }
    status.push(row);
  }

  // Pins, in date then employee order: kept ones are fixed flexible days.
  const kept: PinnedFlexibleDay[] = [];
  const dropped: DroppedPin[] = [];
  const pinnedMask = new Int32Array(n); // by day index k (≤ 31 bits)
  const pins = [...(input.pinned ?? [])].sort((a, b) => compareIds(a.date, b.date) || compareIds(a.employeeId, b.employeeId));
  for (const pin of pins) {
    const i = indexOf.get(pin.employeeId)!;
    const k = _parseIsoDate(pin.date)! - first;
    const drop = (reason: PinDropReason): void => {
      dropped.push({ employeeId: pin.employeeId, date: pin.date, reason });
      findings.push(_finding('work_pattern', 'fail', 'work_pattern_pin_dropped', { employeeId: pin.employeeId, date: pin.date, reason }));
    };
    if (k < 0 || k >= length) drop('OUTSIDE_MONTH');
    else if (working[k] === 0) drop('NON_WORKING_DAY');
    else if (status[i]![k] === 'CUTI') drop('LEAVE_DAY');
    else if (status[i]![k] === 'LAPANGAN') drop('FIELD_DAY');
    else if ((anchors >> weekdayNo[k]!) & 1) drop('ANCHOR_DAY');
    else if ((onsiteSet[i]! >> weekdayNo[k]!) & 1) drop('ONSITE_DAY');
    else if (status[i]![k] === 'FLEKSIBEL') drop('COLLECTIVE_DAY');
    else if (capUsed[i * W + weekIndex[k]!]! >= weeklyCap[i]!) drop('OVER_CAP');
    else if (partner[i]! >= 0 && (pinnedMask[partner[i]!]! >> k) & 1) drop('BACKUP_PARTNER');
    else {
      kept.push({ employeeId: pin.employeeId, date: pin.date });
      pinnedMask[i]! |= 1 << k;
      capUsed[i * W + weekIndex[k]!]! += 1;
      status[i]![k] = 'FLEKSIBEL';
    }
  }

  // Coverage on each working day, and the optimisable days (working, not collective).
  const present = new Int32Array(length);
  const fixedFlexible = new Int32Array(length);
  const required = new Int32Array(length);
  for (let i = 0; i < n; i++) {
    const row = status[i]!;
    for (let k = 0; k < length; k++) {
      const s = row[k];
      if (s === 'KANTOR' || s === 'FLEKSIBEL') present[k]! += 1;
      if (s === 'FLEKSIBEL') fixedFlexible[k]! += 1;
    }
  }
  const dayOfK = new Int32Array(length).fill(-1);
  const kOfDay: number[] = [];
  for (let k = 0; k < length; k++) {
    if (working[k] === 0) continue;
    // Integer arithmetic: ⌈percent × present / 100⌉.
    required[k] = Math.max(headcount, Math.floor((percent * present[k]! + 99) / 100));
    if (!isCollective(k)) {
      dayOfK[k] = kOfDay.length;
      kOfDay.push(k);
    }
  }
  const D = kOfDay.length;
  const weekOfD = new Int32Array(D);
  const weekdayOfD = new Int32Array(D);
  const slack = new Int32Array(D);
  // Solver weeks are the month's weeks that hold optimisable days.
  for (let d = 0; d < D; d++) {
    const k = kOfDay[d]!;
    weekOfD[d] = weekIndex[k]!;
    weekdayOfD[d] = weekdayNo[k]!;
    slack[d] = Math.max(0, present[k]! - required[k]! - fixedFlexible[k]!);
  }
  const allowed = new Int32Array(n);
  const cap = new Int32Array(n * W);
  for (let i = 0; i < n; i++) {
    const row = status[i]!;
    let mask = 0;
    for (let d = 0; d < D; d++) {
      const k = kOfDay[d]!;
      const wd = weekdayNo[k]!;
      if (row[k] !== 'KANTOR' || (anchors >> wd) & 1 || (onsiteSet[i]! >> wd) & 1) continue;
      if (partner[i]! >= 0 && (pinnedMask[partner[i]!]! >> k) & 1) continue;
      mask |= 1 << d;
    }
    allowed[i] = mask;
    for (let w = 0; w < W; w++) cap[i * W + w] = Math.max(0, weeklyCap[i]! - capUsed[i * W + w]!);
  }
  const historyOf = (id: string): number => input.history?.[id] ?? 0;
  const salt = new Int32Array(n);
  const keys = employees.map((e, i) => {
    const h = hash(`${e.id}\u0000${input.month}`);
    salt[i] = h % 5;
    return { i, history: historyOf(e.id), h, id: e.id };
  });
  keys.sort((a, b) => b.history - a.history || a.h - b.h || compareIds(a.id, b.id));
  const solved = _solve({
    n,
    days: D,
    weeks: W,
    weekOf: weekOfD,
    weekdayOf: weekdayOfD,
    slack,
    allowed,
    cap,
    partner,
    order: Int32Array.from(keys, (x) => x.i),
    preferred: employees.map((e) => (e.preferredWeekdays ?? []).map((wd) => WEEKDAY_NUMBER[wd])),
    salt,
  });

  // Write the grants into the roster and measure.
  const grantedOnK = new Int32Array(length);
  for (let i = 0; i < n; i++) {
    const g = solved.granted[i]!;
    for (let d = 0; d < D; d++) {
      if ((g >> d) & 1) {
        status[i]![kOfDay[d]!] = 'FLEKSIBEL';
        grantedOnK[kOfDay[d]!]! += 1;
      }
    }
  }
  const coverage: CoverageDay[] = [];
  for (let k = 0; k < length; k++) {
    if (working[k] === 0) continue;
    const flexible = fixedFlexible[k]! + grantedOnK[k]!;
    const onSite = present[k]! - flexible;
    const enforced = !isCollective(k);
    const day: CoverageDay = { date: dates[k]!, weekday: WEEKDAYS[weekdayNo[k]! - 1]!, present: present[k]!, flexible, onSite, required: required[k]!, met: onSite >= required[k]!, enforced };
    coverage.push(day);
    if (!enforced) {
      findings.push(
        _finding('work_pattern', 'pass', 'work_pattern_collective_day', {
          date: day.date,
          weekday: day.weekday,
          present: day.present,
          onSite,
          required: day.required,
          countsTowardCap: rules.collectiveCountsTowardCap,
        }),
      );
    } else if (!day.met) {
      findings.push(_finding('work_pattern', 'fail', 'work_pattern_coverage_unmet', { date: day.date, present: day.present, onSite, required: day.required }));
    }
  }

  const core = rules.coreOnlineMinutes;
  const patterns: EmployeePattern[] = [];
  const shortfalls: Shortfall[] = [];
  const history: Record<string, number> = {};
  let totalEntitled = 0;
  let totalGranted = 0;
  let maxShortfall = 0;
  let totalCollective = 0;
  for (let i = 0; i < n; i++) {
    const e = employees[i]!;
    const row = status[i]!;
    const pinnedCount = _popcount(pinnedMask[i]!);
    const granted = pinnedCount + _popcount(solved.granted[i]!);
    const entitled = pinnedCount + solved.entitled[i]!;
    const shortfall = entitled - granted;
    totalEntitled += entitled;
    totalGranted += granted;
    totalCollective += collectiveCount[i]!;
    if (shortfall > maxShortfall) maxShortfall = shortfall;
    history[e.id] = historyOf(e.id) + shortfall;

    const weekSummaries: WeekSummary[] = [];
    const monthTotal = { officeDays: 0, flexibleDays: 0, fieldDays: 0, leaveDays: 0, regularMinutes: 0, flexibleMinutes: 0 };
    const weekdayCount = new Int32Array(8);
    let start = 0;
    for (let w = 0; w < W; w++) {
      const s = { officeDays: 0, flexibleDays: 0, fieldDays: 0, leaveDays: 0, regularMinutes: 0, flexibleMinutes: 0 };
      let k = start;
      for (; k < length && weekIndex[k] === w; k++) {
        const m = minutes[k]!;
        switch (row[k]) {
          case 'KANTOR':
            s.officeDays += 1;
            s.regularMinutes += m;
            break;
          case 'LAPANGAN':
            s.fieldDays += 1;
            s.regularMinutes += m;
            break;
          case 'FLEKSIBEL': {
            const regular = Math.min(core, m);
            s.flexibleDays += 1;
            s.regularMinutes += regular;
            s.flexibleMinutes += m - regular;
            if (!isCollective(k)) weekdayCount[weekdayNo[k]!]! += 1;
            break;
          }
          case 'CUTI':
            s.leaveDays += 1;
            break;
          default:
        }
      }
      weekSummaries.push({ week: weeks[w]!, start: dates[start]!, end: dates[k - 1]!, ...s });
      for (const key of Object.keys(monthTotal) as (keyof typeof monthTotal)[]) monthTotal[key] += s[key];
      start = k;
    }
    const flexibleWeekdays = [1, 2, 3, 4, 5]
      .filter((wd) => weekdayCount[wd]! > 0)
      .sort((a, b) => weekdayCount[b]! - weekdayCount[a]! || a - b)
      .map((wd) => WEEKDAYS[wd - 1]!);
    patterns.push({
      employeeId: e.id,
      weeklyCap: weeklyCap[i]!,
      entitled,
      granted,
      shortfall,
      pinned: pinnedCount,
      collectiveDays: collectiveCount[i]!,
      flexibleWeekdays,
      weeks: weekSummaries,
      month: monthTotal,
    });

    if (shortfall > 0) {
      // Dates i could still take alone (allowed, free, room left in the week), and what blocks each.
      const blocked: string[] = [];
      let byCoverage = false;
      let byPartner = false;
      const g = solved.granted[i]!;
      const k2 = partner[i]!;
      for (let d = 0; d < D; d++) {
        if (!((allowed[i]! >> d) & 1) || (g >> d) & 1) continue;
        let usedInWeek = 0;
        for (let d2 = 0; d2 < D; d2++) if (weekOfD[d2] === weekOfD[d] && (g >> d2) & 1) usedInWeek++;
        if (usedInWeek >= cap[i * W + weekOfD[d]!]!) continue;
        blocked.push(dates[kOfDay[d]!]!);
        if (k2 >= 0 && (solved.granted[k2]! >> d) & 1) byPartner = true;
        if (solved.count[d]! >= slack[d]!) byCoverage = true;
      }
      const reason: ShortfallReason = byCoverage && byPartner ? 'COVERAGE_AND_BACKUP_PARTNER' : byPartner ? 'BACKUP_PARTNER' : 'COVERAGE';
      shortfalls.push({ employeeId: e.id, entitled, granted, shortfall, reason, blockedDates: blocked });
      findings.push(_finding('work_pattern', 'fail', 'work_pattern_shortfall', { employeeId: e.id, entitled, granted, shortfall, reason, blockedDates: blocked }));
    }
  }
  findings.push(_finding('work_pattern', 'pass', 'work_pattern_allocated', { employees: n, entitled: totalEntitled, granted: totalGranted, maxShortfall }));

  return {
    unitId: unit.id,
    month: input.month,
    dates,
    roster: employees.map((e, i) => ({ employeeId: e.id, days: status[i]! })),
    coverage,
    patterns,
    shortfalls,
    pins: { kept, dropped },
    totals: { entitled: totalEntitled, granted: totalGranted, maxShortfall, collectiveDays: totalCollective },
    history,
    findings,
    policy: _policyRef(p),
  };
}

/**
 * Allocates one unit's month: for every employee and every date, office
 * (`KANTOR`), flexible (`FLEKSIBEL`), field duty (`LAPANGAN`), leave (`CUTI`) or
 * non-working (`LIBUR`), with regular and flexible minutes.
 *
 * The rules always hold: no flexible day on a holiday, leave, anchor or on-site
 * weekday; never more flexible days in an ISO week than the employee's cap (after
 * carry-in and collective days); backup partners never flexible together on an
 * individually granted day; on every working day the unit keeps its required staff
 * on site unless kept pins and leave alone make that impossible (then no unpinned
 * flexible day is given that date, and a finding reports it). Among allocations that
 * obey them it grants the **most flexible days possible**, and among those it makes
 * the **largest shortfall** (entitled − granted) **as small as possible** — both
 * exactly (docs/work-pattern.md). Ties go to a larger cumulative shortfall in
 * `history`, then preferred weekdays, then the same weekdays every week, then a
 * stable hash of employee id and month.
 *
 * @param input - The unit, month, employees, and optional carry-in, history and pins.
 * @param policy - The policy in force: its `workPattern`, `calendar` and `schedule` sections.
 * @returns Roster, coverage, per-employee patterns and minutes, shortfalls, findings.
 * @throws {@link InputError} when the input or policy is malformed (every issue listed),
 *   including duplicate employees, a backup pairing that is not mutual, references
 *   to employees not in the unit, or a month the calendar has no data for.
 *
 * @example
 * ```ts
 * const r = allocateWorkPatterns(
 *   {
 *     unit: { id: 'bidang-perencanaan', anchorWeekdays: ['SENIN'] },
 *     month: '2026-02',
 *     employees: [
 *       { id: 'A', flexibleDaysPerWeek: 2, preferredWeekdays: ['JUMAT'] },
 *       { id: 'B', flexibleDaysPerWeek: 2 },
 *       { id: 'C', flexibleDaysPerWeek: 0 },
 *     ],
 *   },
 *   jabarMkd2025,
 * );
 * r.totals.maxShortfall;
 * //=> 0
 * ```
 */
export function allocateWorkPatterns(input: WorkPatternInput, policy: Policy): WorkPatternResult {
  const parsed = _parse(WorkPatternInputSchema, input);
  const p = _ensurePolicy(policy);
  return allocate(parsed, p, _compileCalendar(p));
}

/** A unit that could not be allocated, with every problem found. */
export interface RejectedUnit {
  /** Position of the unit in the input array. */
  readonly index: number;
  /** The unit's id, when it could be read. */
  readonly unitId?: string;
  /** Every problem, paths relative to the unit's input. */
  readonly issues: readonly InputIssue[];
}

/** Result of {@link allocateUnits}. */
export interface AllocateUnitsResult {
  /** One allocation per valid unit, sorted by unit id. */
  readonly results: readonly WorkPatternResult[];
  /** Units rejected whole, sorted by index. */
  readonly rejected: readonly RejectedUnit[];
}

/**
 * Allocates many units: each input is validated on its own, a unit with bad input
 * is rejected whole with its issues, and the others are allocated. Output is the same
 * for any order of the units (units with the same id are all rejected).
 *
 * @param inputs - One {@link WorkPatternInput} per unit.
 * @param policy - The policy in force.
 * @returns The allocations, sorted by unit id, and the rejected units.
 * @throws {@link InputError} only when `policy` is invalid or `inputs` is not an array.
 *
 * @example
 * ```ts
 * const { results, rejected } = allocateUnits([unitA, unitB], jabarMkd2025);
 * ```
 */
export function allocateUnits(inputs: readonly WorkPatternInput[], policy: Policy): AllocateUnitsResult {
  const p = _ensurePolicy(policy);
  const list = _parse(ArrayOfUnknown, inputs, ['inputs']);
  const cal = _compileCalendar(p);
  const rejected: RejectedUnit[] = [];
  const valid: { index: number; input: WorkPatternInput }[] = [];
  list.forEach((raw, index) => {
    const checked = _check(WorkPatternInputSchema, raw);
    if (checked.ok) valid.push({ index, input: checked.value });
    else rejected.push(rejectedUnit(index, raw, checked.issues));
  });
  const idCount = new Map<string, number>();
  for (const { input } of valid) idCount.set(input.unit.id, (idCount.get(input.unit.id) ?? 0) + 1);
  const results: WorkPatternResult[] = [];
  for (const { index, input } of valid) {
    if (idCount.get(input.unit.id)! > 1) {
      rejected.push(
        rejectedUnit(index, input, [
          { path: ['unit', 'id'], code: 'duplicate_unit', message: { id: `Unit "${input.unit.id}" tercantum lebih dari sekali`, en: `Unit "${input.unit.id}" is listed more than once` } },
        ]),
      );
      continue;
    }
    try {
      results.push(allocate(input, p, cal));
    } catch (error) {
      // A month the calendar has no data for is bad input of that unit.
      if (isInputError(error)) rejected.push(rejectedUnit(index, input, error.issues));
      else throw error;
    }
  }
  results.sort((a, b) => compareIds(a.unitId, b.unitId));
  rejected.sort((a, b) => a.index - b.index);
  return { results, rejected };
}

const ArrayOfUnknown = z.array(z.unknown());

function rejectedUnit(index: number, raw: unknown, issues: readonly InputIssue[]): RejectedUnit {
  const unit = typeof raw === 'object' && raw !== null ? (raw as { unit?: unknown }).unit : undefined;
  const id = typeof unit === 'object' && unit !== null ? (unit as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? { index, unitId: id, issues } : { index, issues };
}
