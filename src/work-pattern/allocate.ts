import { _daysInMonth, _epochDay, _formatIsoDate, _isoWeekLabel, _isoWeekdayNumber, _parseIsoDate, _parseIsoMonth, WEEKDAYS, type Weekday } from '../_lib/dates';
import { _finding } from '../_lib/finding';
import { _check, _parse } from '../_lib/schema';
import * as z from 'zod/mini';
import { _checkOptions, isInputError, type InputIssue } from '../_lib/errors';
import { _compileCalendar, type _CompiledCalendar } from '../calendar/compiled';
import { _ensurePolicy, _policyCheck, _policyRef } from '../policy/brand';
import { CalendarOverridesSchema, type CalendarOverrides } from '../policy/sections/calendar';
import { SchedulePolicySchema } from '../policy/sections/schedule';
import { WorkPatternPolicySchema } from '../policy/sections/work-pattern';

/** What allocation checks of an unsealed policy: its identity, `workPattern`, `calendar` and `schedule`. */
const PolicyCheck = /* @__PURE__ */ _policyCheck({ workPattern: WorkPatternPolicySchema, calendar: CalendarOverridesSchema, schedule: SchedulePolicySchema });
import type { Policy, PolicyRef } from '../policy/schema';
import type { PinDropReason, ShortfallReason, WorkPatternFinding } from './findings';
import { WorkPatternInputSchema, _isWorkPatternInput, type PinnedFlexibleDay, type WorkPatternEmployee, type WorkPatternInput } from './schema';
import { _popcount, _solve } from './solver';
import { _Arena } from './arena';
import { _quote } from '../_lib/quote';

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
  /**
   * The input history plus this month's shortfalls, per employee id: feed it to next
   * month's call. Employees with none are left out (a missing id counts as 0). An
   * object without a prototype (nothing inherited can clash with an id); its JSON is
   * an ordinary object's.
   */
  readonly history: Readonly<Record<string, number>>;
  /** Every step worth explaining. */
  readonly findings: readonly WorkPatternFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

const WEEKDAY_NUMBER: Readonly<Record<Weekday, number>> = { SENIN: 1, SELASA: 2, RABU: 3, KAMIS: 4, JUMAT: 5, SABTU: 6, MINGGU: 7 };
const NO_WEEKDAYS: readonly number[] = [];

/** FNV-1a, 32 bits, of `a`, a NUL, then `b`: a stable hash for tie-breaks that is the same on every machine. */
function hash(a: string, b: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 0x01000193);
  h = Math.imul(h, 0x01000193); // the NUL between them (h ^ 0 = h)
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


/**
 * The month laid out once per call: dates, weekdays, working days, work minutes and
 * ISO weeks. Sets of dates are 32-bit masks over the day of the month (bit k = day k+1).
 */
interface MonthLayout {
  readonly first: number;
  readonly length: number;
  readonly dates: readonly string[];
  readonly weekdayNo: Int32Array;
  readonly minutes: Int32Array;
  readonly workingMask: number;
  /** Working days of each ISO weekday (index 1–7). */
  readonly weekdayMask: Int32Array;
  readonly weeks: readonly string[];
  readonly weekIndex: Int32Array;
  /** Days of each week. */
  readonly weekMask: Int32Array;
  /** Whether the month lies in a provisional year of the calendar. */
  readonly provisional: boolean;
}

function layoutMonth(monthText: string, cal: _CompiledCalendar): MonthLayout {
  const { year, month } = _parseIsoMonth(monthText)!;
  const first = _epochDay(year, month, 1);
  const length = _daysInMonth(year, month);
  const dates: string[] = [];
  const weekdayNo = new Int32Array(length);
  const minutes = new Int32Array(length);
  const weekdayMask = new Int32Array(8);
  const weekIndex = new Int32Array(length);
  const weeks: string[] = [];
  let workingMask = 0;
  for (let k = 0; k < length; k++) {
    const day = first + k;
    dates.push(_formatIsoDate(day));
    const wd = _isoWeekdayNumber(day);
    weekdayNo[k] = wd;
    if (k === 0 || wd === 1) weeks.push(_isoWeekLabel(day));
    weekIndex[k] = weeks.length - 1;
    if (cal.isWorkingDay(day)) {
      workingMask |= 1 << k;
      weekdayMask[wd]! |= 1 << k;
      minutes[k] = cal.workMinutes(day);
    }
  }
  const weekMask = new Int32Array(weeks.length);
  for (let k = 0; k < length; k++) weekMask[weekIndex[k]!]! |= 1 << k;
  return { first, length, dates, weekdayNo, minutes, workingMask, weekdayMask, weeks, weekIndex, weekMask, provisional: cal.isProvisionalYear(year) };
}

/** Bit set of ISO weekday numbers (bit 1 = Monday … bit 7 = Sunday). */
function weekdayBits(list: readonly Weekday[] | undefined): number {
  let m = 0;
  if (list !== undefined) for (const wd of list) m |= 1 << WEEKDAY_NUMBER[wd];
  return m;
}

/** The days of the month whose weekday is in `bits`. */
function daysOfWeekdays(month: MonthLayout, bits: number): number {
  let m = 0;
  for (let wd = 1; wd <= 5; wd++) if ((bits >> wd) & 1) m |= month.weekdayMask[wd]!;
  return m;
}

/** The entries of a per-employee record as a Map, or `undefined` when there are none. */
function mapOf(record: Readonly<Record<string, number>> | undefined): Map<string, number> | undefined {
  if (record === undefined) return undefined;
  const keys = Object.keys(record);
  if (keys.length === 0) return undefined;
  const map = new Map<string, number>();
  for (const key of keys) map.set(key, record[key]!);
  return map;
}

/**
 * Month shapes by their four masks (flexible, own flexible, leave, field duty): an
 * open-addressing hash table on typed arrays, one probe for most employees instead of
 * four nested `Map` lookups.
 */
class ShapeCache {
  private keys = new Int32Array(4 * 16);
  private shapes: (MonthShape | undefined)[] = new Array<MonthShape | undefined>(16).fill(undefined); // small, so that ordinary units grow it too
  private size = 0;

  /** The slot of these masks: where their shape is, or where it goes. */
  slot(flex: number, ownFlex: number, off: number, away: number): number {
    const mask = this.shapes.length - 1;
    let h = Math.imul(flex ^ 0x27d4eb2f, 0x9e3779b1) ^ Math.imul(ownFlex, 0x85ebca6b) ^ Math.imul(off, 0xc2b2ae35) ^ Math.imul(away, 0x165667b1);
    h ^= h >>> 15;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      if (this.shapes[s] === undefined) return s;
      const k = 4 * s;
      if (this.keys[k] === flex && this.keys[k + 1] === ownFlex && this.keys[k + 2] === off && this.keys[k + 3] === away) return s;
    }
  }

  /** The shape in `slot`, if any. */
  at(slot: number): MonthShape | undefined {
    return this.shapes[slot];
  }

  /** Stores a shape in the slot `slot()` gave for its masks. */
  put(slot: number, flex: number, ownFlex: number, off: number, away: number, shape: MonthShape): void {
    const k = 4 * slot;
    this.keys[k] = flex;
    this.keys[k + 1] = ownFlex;
    this.keys[k + 2] = off;
    this.keys[k + 3] = away;
    this.shapes[slot] = shape;
    // At most half full, so that probes stay short.
    if (++this.size * 2 > this.shapes.length) this.grow();
  }

  private grow(): void {
    const { keys, shapes } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.shapes = new Array<MonthShape | undefined>(shapes.length * 2).fill(undefined);
    this.size = 0;
    for (let s = 0; s < shapes.length; s++) {
      const shape = shapes[s];
      if (shape === undefined) continue;
      const k = 4 * s;
      this.put(this.slot(keys[k]!, keys[k + 1]!, keys[k + 2]!, keys[k + 3]!), keys[k]!, keys[k + 1]!, keys[k + 2]!, keys[k + 3]!, shape);
    }
  }
}

/** An employee's month as the output shows it: statuses, weekly and monthly sums, pattern weekdays. */
interface MonthShape {
  readonly days: readonly DayStatus[];
  readonly weeks: readonly WeekSummary[];
  readonly month: PatternSummary;
  readonly flexibleWeekdays: readonly Weekday[];
}

/**
 * The output of an employee's month, built once per distinct set of days in a call and
 * shared (frozen) by every employee with the same days: in a large run most employees
 * share a handful of shapes, and sharing them spares the allocation and, above all,
 * the garbage collection of a million small objects.
 */
function shapeOf(
  month: MonthLayout,
  core: number,
  template: readonly DayStatus[],
  off: number,
  away: number,
  flex: number,
  ownFlex: number,
  cache: ShapeCache,
): MonthShape {
  const slot = cache.slot(flex, ownFlex, off, away);
  const known = cache.at(slot);
  if (known !== undefined) return known;
  const { dates, minutes, weeks, weekMask, weekdayNo, workingMask } = month;
  const office = workingMask & ~flex & ~away & ~off;
  // The template row (LIBUR or KANTOR) with this employee's days changed.
  const days = template.slice();
  let changed = off | away | flex;
  while (changed !== 0) {
    const k = 31 - Math.clz32(changed & -changed);
    const bit = 1 << k;
    days[k] = off & bit ? 'CUTI' : away & bit ? 'LAPANGAN' : 'FLEKSIBEL';
    changed &= changed - 1;
  }
  const weekSummaries: WeekSummary[] = [];
  let officeDays = 0;
  let flexibleDays = 0;
  let fieldDays = 0;
  let leaveDays = 0;
  let regularMinutes = 0;
  let flexibleMinutes = 0;
  for (let w = 0; w < weeks.length; w++) {
    const wm = weekMask[w]!;
    let regular = 0;
    let flexMinutes = 0;
    let worked = (office | away) & wm;
    while (worked !== 0) {
      const k = 31 - Math.clz32(worked & -worked);
      regular += minutes[k]!;
      worked &= worked - 1;
    }
    let f = flex & wm;
    while (f !== 0) {
      const k = 31 - Math.clz32(f & -f);
      const m = minutes[k]!;
      const r = m < core ? m : core;
      regular += r;
      flexMinutes += m - r;
      f &= f - 1;
    }
    const summary: WeekSummary = Object.freeze({
      week: weeks[w]!,
      start: dates[31 - Math.clz32(wm & -wm)]!,
      end: dates[31 - Math.clz32(wm)]!,
      officeDays: _popcount(office & wm),
      flexibleDays: _popcount(flex & wm),
      fieldDays: _popcount(away & wm),
      leaveDays: _popcount(off & wm),
      regularMinutes: regular,
      flexibleMinutes: flexMinutes,
    });
    weekSummaries.push(summary);
    officeDays += summary.officeDays;
    flexibleDays += summary.flexibleDays;
    fieldDays += summary.fieldDays;
    leaveDays += summary.leaveDays;
    regularMinutes += regular;
    flexibleMinutes += flexMinutes;
  }
  // Weekdays of the individually granted days, most frequent first.
  const weekdayCount = [0, 0, 0, 0, 0, 0, 0, 0];
  let own = ownFlex;
  while (own !== 0) {
    const k = 31 - Math.clz32(own & -own);
    weekdayCount[weekdayNo[k]!]! += 1;
    own &= own - 1;
  }
  const flexibleWeekdays: Weekday[] = [];
  for (let wd = 1; wd <= 5; wd++) if (weekdayCount[wd]! > 0) flexibleWeekdays.push(WEEKDAYS[wd - 1]!);
  // Most frequent first; the sort is stable, so weekdays as frequent keep their order.
  flexibleWeekdays.sort((a, b) => weekdayCount[WEEKDAY_NUMBER[b]]! - weekdayCount[WEEKDAY_NUMBER[a]]!);
  const shape: MonthShape = {
    days: Object.freeze(days),
    weeks: Object.freeze(weekSummaries),
    month: Object.freeze({ officeDays, flexibleDays, fieldDays, leaveDays, regularMinutes, flexibleMinutes }),
    flexibleWeekdays: Object.freeze(flexibleWeekdays),
  };
  cache.put(slot, flex, ownFlex, off, away, shape);
  return shape;
}

/** Allocates one validated unit-month on a laid-out month. */
function allocate(input: WorkPatternInput, p: Policy, month: MonthLayout, arena: _Arena, shapes: ShapeCache): WorkPatternResult {
  arena.reset();
  const rules = p.workPattern;
  const { first, length, dates, weekdayNo, workingMask, weeks, weekIndex, weekMask } = month;
  const W = weeks.length;
  const unit = input.unit;
  const findings: WorkPatternFinding[] = [];
  if (month.provisional) findings.push(_finding('work_pattern', 'unknown', 'work_pattern_provisional_calendar', { month: input.month, workingDays: _popcount(workingMask) }));
  const anchorBits = weekdayBits(unit.anchorWeekdays) | weekdayBits(rules.anchorWeekdays);
  const publicUnit = unit.servesPublicDirectly === true;
  const allOnSite = publicUnit && rules.publicServiceUnitsOnSite === true;
  if (allOnSite) findings.push(_finding('work_pattern', 'pass', 'work_pattern_public_unit_on_site', { employees: input.employees.length }));
  if (publicUnit && rules.collectiveFlexibleWeekdays.length > 0) {
    findings.push(_finding('work_pattern', 'pass', 'work_pattern_collective_exempt', { weekdays: [...rules.collectiveFlexibleWeekdays] }));
  }
  // The unit's own approved weekdays (SE 188: a Friday at home), where the policy allows them.
  let unitBits = 0;
  if (unit.approvedCollectiveWeekdays !== undefined && unit.approvedCollectiveWeekdays.length > 0) {
    const approvable = rules.approvableCollectiveWeekdays ?? [];
    const granted = unit.approvedCollectiveWeekdays.filter((wd) => approvable.includes(wd));
    const refused = unit.approvedCollectiveWeekdays.filter((wd) => !approvable.includes(wd));
    unitBits = weekdayBits(granted);
    if (granted.length > 0) findings.push(_finding('work_pattern', 'pass', 'work_pattern_unit_collective', { weekdays: granted }));
    if (refused.length > 0) findings.push(_finding('work_pattern', 'fail', 'work_pattern_unit_collective_not_allowed', { weekdays: refused, approvable: [...approvable] }));
  }
  const collectiveDays = daysOfWeekdays(month, ((publicUnit ? 0 : weekdayBits(rules.collectiveFlexibleWeekdays)) | unitBits) & ~anchorBits);
  const anchorDays = daysOfWeekdays(month, anchorBits);
  const percent = unit.minOnsitePercent ?? rules.minOnsitePercent;
  const headcount = unit.minOnsiteHeadcount ?? rules.minOnsiteHeadcount;

  // Employees sorted by id: the output does not depend on input order.
  const employees: WorkPatternEmployee[] = [...input.employees].sort((a, b) => compareIds(a.id, b.id));
  const n = employees.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(employees[i]!.id, i);
  const weeklyCap = arena.int32(n);
  const partner = arena.int32(n).fill(-1);
  const leave = arena.int32(n); // masks over the days of the month
  const field = arena.int32(n);
  const onsite = arena.int32(n);
  const collective = arena.int32(n);
  const pinned = arena.int32(n);
  const capUsed = arena.int32(n * W); // carry-in, collective days (if counted) and kept pins

  // Per-employee maps read as Maps: looking a fresh id string up as an object key makes
  // V8 intern it first, which costs more than the lookup.
  const carryIn = mapOf(input.carryIn);
  const historyIn = mapOf(input.history);
  if (input.carryIn === undefined && weekdayNo[0] !== 1) {
    findings.push(_finding('work_pattern', 'unknown', 'work_pattern_carry_in_assumed_zero', { week: weeks[0]! }));
  }
  for (let i = 0; i < n; i++) {
    const e = employees[i]!;
    const requested = e.flexibleDaysPerWeek;
    let cap = allOnSite ? 0 : Math.min(requested, rules.maxFlexibleDaysPerWeek);
    if (allOnSite) {
      // Reported once for the unit.
    } else if (e.capException !== undefined) {
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
    if (e.backupPartner !== undefined) partner[i] = indexOf.get(e.backupPartner)!;
    capUsed[i * W] = carryIn?.get(e.id) ?? 0;
    let leaveMask = 0;
    if (e.leaveDates !== undefined) {
      for (const date of e.leaveDates) {
        const k = _parseIsoDate(date)! - first;
        if (k >= 0 && k < length) leaveMask |= 1 << k;
      }
    }
    leave[i] = leaveMask & workingMask;
    field[i] = daysOfWeekdays(month, weekdayBits(e.fieldWeekdays)) & ~leave[i]!;
    onsite[i] = daysOfWeekdays(month, weekdayBits(e.onsiteWeekdays));
    const own = collectiveDays & ~leave[i]! & ~field[i]! & ~onsite[i]!;
    collective[i] = own;
    if (own !== 0 && rules.collectiveCountsTowardCap) {
      for (let w = 0; w < W; w++) capUsed[i * W + w]! += _popcount(own & weekMask[w]!);
    }
  }

  // Pins, in date then employee order: kept ones are fixed flexible days.
  const kept: PinnedFlexibleDay[] = [];
  const dropped: DroppedPin[] = [];
  const pins = input.pinned === undefined ? [] : [...input.pinned].sort((a, b) => compareIds(a.date, b.date) || compareIds(a.employeeId, b.employeeId));
  for (const pin of pins) {
    const i = indexOf.get(pin.employeeId)!;
    const k = _parseIsoDate(pin.date)! - first;
    const bit = 1 << k;
    let reason: PinDropReason | undefined;
    if (k < 0 || k >= length) reason = 'OUTSIDE_MONTH';
    else if ((workingMask & bit) === 0) reason = 'NON_WORKING_DAY';
    else if (leave[i]! & bit) reason = 'LEAVE_DAY';
    else if (field[i]! & bit) reason = 'FIELD_DAY';
    else if (anchorDays & bit) reason = 'ANCHOR_DAY';
    else if (onsite[i]! & bit) reason = 'ONSITE_DAY';
    else if (collective[i]! & bit) reason = 'COLLECTIVE_DAY';
    else if (capUsed[i * W + weekIndex[k]!]! >= weeklyCap[i]!) reason = 'OVER_CAP';
    else if (partner[i]! >= 0 && pinned[partner[i]!]! & bit) reason = 'BACKUP_PARTNER';
    if (reason === undefined) {
      kept.push({ employeeId: pin.employeeId, date: pin.date });
      pinned[i]! |= bit;
      capUsed[i * W + weekIndex[k]!]! += 1;
    } else {
      dropped.push({ employeeId: pin.employeeId, date: pin.date, reason });
      findings.push(_finding('work_pattern', 'fail', 'work_pattern_pin_dropped', { employeeId: pin.employeeId, date: pin.date, reason }));
    }
  }

  // Coverage: staff present and already flexible (collective days, pins) per day.
  const present = arena.int32(length);
  const fixedFlexible = arena.int32(length);
  for (let i = 0; i < n; i++) {
    let here = workingMask & ~leave[i]! & ~field[i]!;
    const fixed = collective[i]! | pinned[i]!;
    while (here !== 0) {
      const k = 31 - Math.clz32(here & -here);
      present[k]! += 1;
      if ((fixed >> k) & 1) fixedFlexible[k]! += 1;
      here &= here - 1;
    }
  }
  const required = arena.int32(length);
  // The optimisable days: working and not collective, as solver days 0…D−1.
  const kOfDay: number[] = [];
  for (let k = 0; k < length; k++) {
    if (((workingMask >> k) & 1) === 0) continue;
    required[k] = Math.max(headcount, Math.floor((percent * present[k]! + 99) / 100)); // ⌈percent × present / 100⌉
    if (((collectiveDays >> k) & 1) === 0) kOfDay.push(k);
  }
  const D = kOfDay.length;
  const weekOfD = arena.int32(D);
  const weekdayOfD = arena.int32(D);
  const slack = arena.int32(D);
  const weekMaskOfD = arena.int32(W);
  for (let d = 0; d < D; d++) {
    const k = kOfDay[d]!;
    weekOfD[d] = weekIndex[k]!;
    weekMaskOfD[weekIndex[k]!]! |= 1 << d;
    weekdayOfD[d] = weekdayNo[k]!;
    slack[d] = Math.max(0, present[k]! - required[k]! - fixedFlexible[k]!);
  }
  const allowed = arena.int32(n);
  const cap = arena.int32(n * W);
  const salt = arena.int32(n);
  const hashes = arena.int32(n);
  const order = arena.int32(n);
  const preferred: (readonly number[])[] = [];
  for (let i = 0; i < n; i++) {
    const e = employees[i]!;
    // Office days on which i may be flexible: not anchor, not on-site, not the partner's pin.
    const free = workingMask & ~leave[i]! & ~field[i]! & ~collective[i]! & ~pinned[i]! & ~anchorDays & ~onsite[i]! & ~(partner[i]! >= 0 ? pinned[partner[i]!]! : 0);
    let mask = 0;
    if (free !== 0) for (let d = 0; d < D; d++) if ((free >> kOfDay[d]!) & 1) mask |= 1 << d;
    allowed[i] = mask;
    for (let w = 0; w < W; w++) cap[i * W + w] = Math.max(0, weeklyCap[i]! - capUsed[i * W + w]!);
    const h = hash(e.id, input.month); // of id, NUL, month; unsigned 32 bits
    salt[i] = h % 5;
    hashes[i] = h | 0; // stored signed: the order it gives is as stable as any
    order[i] = i;
    preferred.push(e.preferredWeekdays === undefined ? NO_WEEKDAYS : e.preferredWeekdays.map((wd) => WEEKDAY_NUMBER[wd]));
  }
  const priorShortfall = arena.int32(n);
  if (historyIn !== undefined) for (let i = 0; i < n; i++) priorShortfall[i] = historyIn.get(employees[i]!.id) ?? 0;
  const historyOf = (i: number): number => priorShortfall[i]!;
  order.sort((a, b) => historyOf(b) - historyOf(a) || hashes[a]! - hashes[b]! || a - b);
  const solved = _solve({ n, days: D, weeks: W, weekOf: weekOfD, weekdayOf: weekdayOfD, slack, allowed, cap, partner, order, preferred, salt }, arena);

  // Flexible days per employee as month masks, and per day.
  const flexible = arena.int32(n);
  const flexibleOn = arena.int32(length);
  for (let i = 0; i < n; i++) {
    let mask = collective[i]! | pinned[i]!;
    let g = solved.granted[i]!;
    while (g !== 0) {
      const d = 31 - Math.clz32(g & -g);
      mask |= 1 << kOfDay[d]!;
      g &= g - 1;
    }
    flexible[i] = mask;
    let m = mask;
    while (m !== 0) {
      const k = 31 - Math.clz32(m & -m);
      flexibleOn[k]! += 1;
      m &= m - 1;
    }
  }

  const coverage: CoverageDay[] = [];
  for (let k = 0; k < length; k++) {
    if (((workingMask >> k) & 1) === 0) continue;
    const onSite = present[k]! - flexibleOn[k]!;
    const enforced = ((collectiveDays >> k) & 1) === 0;
    const weekday = WEEKDAYS[weekdayNo[k]! - 1]!;
    const day: CoverageDay = { date: dates[k]!, weekday, present: present[k]!, flexible: flexibleOn[k]!, onSite, required: required[k]!, met: onSite >= required[k]!, enforced };
    coverage.push(day);
    if (!enforced) {
      findings.push(
        _finding('work_pattern', 'pass', 'work_pattern_collective_day', {
          date: day.date,
          weekday,
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
  const template: DayStatus[] = [];
  for (let k = 0; k < length; k++) template.push((workingMask >> k) & 1 ? 'KANTOR' : 'LIBUR');
  const roster: RosterRow[] = [];
  const patterns: EmployeePattern[] = [];
  const shortfalls: Shortfall[] = [];
  // No prototype: a new key on an ordinary object is first looked up along its
  // prototype chain (a setter could intercept it); without one a fresh id is stored at
  // once, three times faster. Same JSON, and nothing inherited to clash with an id.
  const historyOut = Object.create(null) as Record<string, number>;
  let totalEntitled = 0;
  let totalGranted = 0;
  let maxShortfall = 0;
  let totalCollective = 0;
  for (let i = 0; i < n; i++) {
    const e = employees[i]!;
    const flex = flexible[i]!;
    const away = field[i]!;
    const off = leave[i]!;
    const shape = shapeOf(month, core, template, off, away, flex, flex & ~collective[i]!, shapes);
    roster.push({ employeeId: e.id, days: shape.days });

    const pinnedCount = _popcount(pinned[i]!);
    const granted = pinnedCount + _popcount(solved.granted[i]!);
    const entitled = pinnedCount + solved.entitled[i]!;
    const shortfall = entitled - granted;
    const collectiveCount = _popcount(collective[i]!);
    totalEntitled += entitled;
    totalGranted += granted;
    totalCollective += collectiveCount;
    if (shortfall > maxShortfall) maxShortfall = shortfall;
    const cumulative = historyOf(i) + shortfall;
    if (cumulative !== 0) historyOut[e.id] = cumulative;
    const { weeks: weekSummaries, month: monthTotal, flexibleWeekdays } = shape;
    patterns.push({
      employeeId: e.id,
      weeklyCap: weeklyCap[i]!,
      entitled,
      granted,
      shortfall,
      pinned: pinnedCount,
      collectiveDays: collectiveCount,
      flexibleWeekdays,
      weeks: weekSummaries,
      month: monthTotal,
    });

    if (shortfall > 0) {
      // Dates i could still take alone (allowed, free, room left in its week), and what blocks each.
      const blocked: string[] = [];
      let byCoverage = false;
      let byPartner = false;
      const g = solved.granted[i]!;
      const k2 = partner[i]!;
      let candidates = allowed[i]! & ~g;
      while (candidates !== 0) {
        const d = 31 - Math.clz32(candidates & -candidates);
        candidates &= candidates - 1;
        const w = weekOfD[d]!;
        if (_popcount(g & weekMaskOfD[w]!) >= cap[i * W + w]!) continue;
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
    roster,
    coverage,
    patterns,
    shortfalls,
    pins: { kept, dropped },
    totals: { entitled: totalEntitled, granted: totalGranted, maxShortfall, collectiveDays: totalCollective },
    history: historyOut,
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
 * import { allocateWorkPatterns } from 'kerja-dinamis/work-pattern';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
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
 * r.totals.maxShortfall; // 16–17 February are holidays: three days that week, and half of the three stay on site
 * //=> 1
 * ```
 */
export function allocateWorkPatterns(input: WorkPatternInput, policy: Policy, options?: WorkPatternOptions): WorkPatternResult {
  const parsed = _parse(WorkPatternInputSchema, input, [], _isWorkPatternInput);
  const p = _ensurePolicy(policy, PolicyCheck);
  const calendar = _checkOptions(options, ['calendar'])?.calendar;
  return allocate(parsed, p, layoutMonth(parsed.month, _compileCalendar(p, calendar, ['options', 'calendar'])), new _Arena(), new ShapeCache());
}

/** Options of {@link allocateWorkPatterns} and {@link allocateUnits}. */
export interface WorkPatternOptions {
  /**
   * Calendar overrides on top of the policy's `calendar` section: a regional holiday list
   * ({@link calendarFromHolidayList}), or `{ allowProvisional: true }` to roster a month of
   * a provisional year.
   */
  readonly calendar?: CalendarOverrides;
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
 * import { allocateUnits } from 'kerja-dinamis/work-pattern';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const { results, rejected } = allocateUnits(
 *   [
 *     { unit: { id: 'sekretariat' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 1 }, { id: 'B', flexibleDaysPerWeek: 1 }] },
 *     { unit: { id: 'bidang-perencanaan' }, month: '2026-13', employees: [{ id: 'C', flexibleDaysPerWeek: 2 }] },
 *   ],
 *   jabarMkd2025,
 * );
 * results.map((r) => [r.unitId, r.totals.granted]);
 * //=> [['sekretariat', 8]]
 * rejected.map((u) => [u.index, u.unitId, u.issues.map((i) => `${i.path.join('.')}: ${i.code}`)]);
 * //=> [[1, 'bidang-perencanaan', ['month: invalid_month']]]
 * ```
 */
export function allocateUnits(inputs: readonly WorkPatternInput[], policy: Policy, options?: WorkPatternOptions): AllocateUnitsResult {
  const p = _ensurePolicy(policy, PolicyCheck);
  const list = _parse(ArrayOfUnknown, inputs, ['inputs']);
  const cal = _compileCalendar(p, _checkOptions(options, ['calendar'])?.calendar, ['options', 'calendar']);
  // Unit ids first, so that each unit can be validated and allocated in turn and its
  // validated copy dropped at once (it would otherwise outlive every allocation).
  const idCount = new Map<string, number>();
  for (const raw of list) {
    const id = unitIdOf(raw);
    if (id !== undefined) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  const results: WorkPatternResult[] = [];
  const rejected: RejectedUnit[] = [];
  const layouts = new Map<string, { layout: MonthLayout; shapes: ShapeCache }>();
  const arena = new _Arena();
  list.forEach((raw, index) => {
    const checked = _check(WorkPatternInputSchema, raw, [], _isWorkPatternInput);
    if (!checked.ok) {
      rejected.push(rejectedUnit(index, raw, checked.issues));
      return;
    }
    const input = checked.value;
    if (idCount.get(input.unit.id)! > 1) {
      rejected.push(
        rejectedUnit(index, input, [
          { path: ['unit', 'id'], code: 'duplicate_unit', message: { id: `Unit ${_quote(input.unit.id)} tercantum lebih dari sekali`, en: `Unit ${_quote(input.unit.id)} is listed more than once` } },
        ]),
      );
      return;
    }
    try {
      let month = layouts.get(input.month);
      if (month === undefined) layouts.set(input.month, (month = { layout: layoutMonth(input.month, cal), shapes: new ShapeCache() }));
      results.push(allocate(input, p, month.layout, arena, month.shapes));
    } catch (error) {
      // A month the calendar has no data for is bad input of that unit.
      if (isInputError(error)) rejected.push(rejectedUnit(index, input, error.issues));
      else throw error;
    }
  });
  results.sort((a, b) => compareIds(a.unitId, b.unitId));
  return { results, rejected };
}

const ArrayOfUnknown = /* @__PURE__ */ (() => z.array(z.unknown()))();

/** The unit id of a raw input, when it has one. */
function unitIdOf(raw: unknown): string | undefined {
  const unit = typeof raw === 'object' && raw !== null ? (raw as { unit?: unknown }).unit : undefined;
  const id = typeof unit === 'object' && unit !== null ? (unit as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function rejectedUnit(index: number, raw: unknown, issues: readonly InputIssue[]): RejectedUnit {
  const id = unitIdOf(raw);
  return id !== undefined ? { index, unitId: id, issues } : { index, issues };
}
