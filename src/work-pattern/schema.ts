import * as z from 'zod/mini';
import { WORKING_WEEKDAYS, _parseIsoDate, type Weekday } from '../_lib/dates';
import { type _Report, _hasExactKeys, _isArrayOf, _isEntityId, _isIdRecordOf, _isIntIn, _isIsoDate, _isIsoMonth, _isPlainObject, _present, _reportsNothing } from '../_lib/guard';
import { EntityIdSchema, IsoDateSchema, IsoMonthSchema, _addIssue, _withoutProtoKey } from '../_lib/schema';
import { CAP_EXCEPTIONS, WorkingWeekdaySchema, type CapException } from '../policy/sections/work-pattern';
import { _quote } from '../_lib/quote';

/** One unit (a bidang or UPT) whose staff share the office. */
export interface WorkPatternUnit {
  /** Stable identifier of the unit. */
  readonly id: string;
  /** Fewest staff on site each working day; default the policy's `minOnsiteHeadcount`. */
  readonly minOnsiteHeadcount?: number;
  /** Share of the staff present that stays on site, in %; default the policy's `minOnsitePercent` (50). */
  readonly minOnsitePercent?: number;
  /** Weekdays on which nobody in the unit is flexible (e.g. `SENIN` for the Monday assembly). */
  readonly anchorWeekdays?: readonly Weekday[];
  /** Whether the unit serves the public directly; then the policy's collective flexible weekdays do not apply. */
  readonly servesPublicDirectly?: boolean;
  /**
   * Weekdays on which the whole unit works flexibly besides the policy's collective
   * weekdays, by an approval of its own (SE 188/KPG.03/BKD: a Friday at home when BKD
   * approves the unit's request). Only the policy's `approvableCollectiveWeekdays` take
   * effect; others are reported and ignored.
   */
  readonly approvedCollectiveWeekdays?: readonly Weekday[];
}

/** One employee of the unit, as the allocation needs them. */
export interface WorkPatternEmployee {
  /** Stable identifier (a NIP, or the app's id); unique in the unit. */
  readonly id: string;
  /** Flexible days a week the employee is entitled to (0–5); the policy's weekly cap applies on top. */
  readonly flexibleDaysPerWeek: number;
  /** An approved exception to the weekly cap (PermenPANRB 4/2025 Art. 13(1)). */
  readonly capException?: CapException;
  /** Weekdays with in-person duties: never flexible. */
  readonly onsiteWeekdays?: readonly Weekday[];
  /** Weekdays of field duty (`LAPANGAN`): away, not flexible, outside the cap. */
  readonly fieldWeekdays?: readonly Weekday[];
  /** Dates of approved leave (`YYYY-MM-DD`); dates outside the month are ignored. */
  readonly leaveDates?: readonly string[];
  /** Weekdays the employee would rather be flexible on, most preferred first. */
  readonly preferredWeekdays?: readonly Weekday[];
  /** The colleague who covers for this employee; the two are never flexible on the same day. Must be mutual. */
  readonly backupPartner?: string;
}

/** An approved request for a flexible day on a given date. */
export interface PinnedFlexibleDay {
  /** The employee. */
  readonly employeeId: string;
  /** The date, `YYYY-MM-DD`, in the month allocated. */
  readonly date: string;
}

/** Input of {@link allocateWorkPatterns}: one unit and one month. */
export interface WorkPatternInput {
  /** The unit. */
  readonly unit: WorkPatternUnit;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Its staff. */
  readonly employees: readonly WorkPatternEmployee[];
  /**
   * Flexible days already granted, per employee id, in the ISO week that contains the
   * 1st of the month (days of the previous month). That week's cap is reduced by it.
   * When absent every employee's is 0, and a finding says so.
   */
  readonly carryIn?: Readonly<Record<string, number>>;
  /** Cumulative shortfall of earlier months per employee id, used to rotate who loses a tie. */
  readonly history?: Readonly<Record<string, number>>;
  /** Approved flexible-day requests. A pin may break only coverage; others are dropped with a finding. */
  readonly pinned?: readonly PinnedFlexibleDay[];
}

// The limits of a unit's input, read by the schema and by its guard alike.
const MAX_WEEKDAYS = 5;
const MAX_ENTITLEMENT = 5;
const MAX_LEAVE_DATES = 62;
const MAX_EMPLOYEES = 5000;
const MAX_HEADCOUNT = 10_000;
const MAX_CARRY_IN = 5;
const MAX_HISTORY = 1_000_000;

const weekdays = /* @__PURE__ */ (() => z.array(WorkingWeekdaySchema).check(z.maxLength(MAX_WEEKDAYS)))();

const EmployeeSchema = /* @__PURE__ */ (() => z.strictObject({
  id: EntityIdSchema,
  flexibleDaysPerWeek: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_ENTITLEMENT)),
  capException: z.exactOptional(z.enum(CAP_EXCEPTIONS)),
  onsiteWeekdays: z.exactOptional(weekdays),
  fieldWeekdays: z.exactOptional(weekdays),
  leaveDates: z.exactOptional(z.array(IsoDateSchema).check(z.maxLength(MAX_LEAVE_DATES))),
  preferredWeekdays: z.exactOptional(weekdays),
  backupPartner: z.exactOptional(EntityIdSchema),
}))();

const WEEKDAY_BIT: Readonly<Record<string, number>> = { SENIN: 1, SELASA: 2, RABU: 4, KAMIS: 8, JUMAT: 16 };

/** Number of distinct weekdays in a list. */
function bitsOf(days: readonly string[]): number {
  let m = 0;
  for (const d of days) m |= WEEKDAY_BIT[d] ?? 0;
  let count = 0;
  for (; m !== 0; m &= m - 1) count++;
  return count;
}

/** The values that occur more than once, each once, in first-repeat order. */
export function _repeated<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const twice = new Set<T>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

/**
 * Reports each weekday a list repeats (`duplicate_value` at `path`), once, in
 * first-repeat order: the rule of every weekday list of the allocation, shared with the
 * employee record's lists (`EmployeeRecordSchema`), which `planMonth` passes on.
 */
export function _reportRepeatedWeekdays(days: readonly string[], report: _Report, path: (string | number)[]): void {
  for (const d of _repeated(days)) report('duplicate_value', { id: `Hari ${d} berulang`, en: `Weekday ${d} repeats` }, path);
}

/** Schema of {@link WorkPatternUnit}. */
export const _WorkPatternUnitSchema = /* @__PURE__ */ (() => z.strictObject({
  id: EntityIdSchema,
  minOnsiteHeadcount: z.exactOptional(z.number().check(z.int(), z.minimum(0), z.maximum(MAX_HEADCOUNT))),
  minOnsitePercent: z.exactOptional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  anchorWeekdays: z.exactOptional(weekdays),
  servesPublicDirectly: z.exactOptional(z.boolean()),
  approvedCollectiveWeekdays: z.exactOptional(weekdays),
}))();

/** Schema of {@link WorkPatternInput}, including the checks across employees (ids, partners, references). */
export const WorkPatternInputSchema = /* @__PURE__ */ (() => z.strictObject({
  unit: _WorkPatternUnitSchema,
  month: IsoMonthSchema,
  employees: z.array(EmployeeSchema).check(z.maxLength(MAX_EMPLOYEES)),
  carryIn: z.exactOptional(_withoutProtoKey(z.record(EntityIdSchema, z.number().check(z.int(), z.minimum(0), z.maximum(MAX_CARRY_IN))))),
  history: z.exactOptional(_withoutProtoKey(z.record(EntityIdSchema, z.number().check(z.int(), z.minimum(0), z.maximum(MAX_HISTORY))))),
  pinned: z.exactOptional(z.array(z.strictObject({ employeeId: EntityIdSchema, date: IsoDateSchema }))),
}).check(z.superRefine((input, ctx) => _crossCheck(input, (code, message, path) => _addIssue(ctx, code, message, path)))))();

const WEEKDAY_LISTS = ['onsiteWeekdays', 'fieldWeekdays', 'preferredWeekdays'] as const;

/**
 * The checks across employees, on well-formed input: unique ids, weekday lists without
 * repeats, on-site and field weekdays apart, mutual backup pairs, and carry-in,
 * history and pins naming employees of the unit, each pin once. Shared by the schema
 * and its guard.
 */
function _crossCheck(input: WorkPatternInput, report: _Report): void {
  const { employees } = input;
  const index = new Map<string, number>();
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i]!;
    if (index.has(e.id)) {
      report('duplicate_employee', { id: `Pegawai ${_quote(e.id)} tercantum lebih dari sekali`, en: `Employee ${_quote(e.id)} is listed more than once` }, ['employees', i, 'id']);
    } else index.set(e.id, i);
  }
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i]!;
    // Weekday lists as bit sets: a repeat shows as fewer bits than entries.
    for (const list of WEEKDAY_LISTS) {
      const days = e[list];
      if (days !== undefined && days.length > 1 && bitsOf(days) !== days.length) {
        _reportRepeatedWeekdays(days, report, ['employees', i, list]);
      }
    }
    if (e.onsiteWeekdays !== undefined && e.fieldWeekdays !== undefined) {
      for (const d of e.fieldWeekdays) {
        if (e.onsiteWeekdays.includes(d)) {
          report(
            'onsite_and_field_day',
            { id: `Hari ${d} tidak dapat sekaligus hari tugas di kantor dan hari tugas lapangan`, en: `${d} cannot be both an on-site and a field-duty weekday` },
            ['employees', i, 'fieldWeekdays'],
          );
        }
      }
    }
    const partner = e.backupPartner;
    if (partner === undefined) continue;
    const j = index.get(partner);
    if (partner === e.id) {
      report('backup_partner_self', { id: 'Pegawai tidak dapat menjadi pendamping dirinya sendiri', en: 'An employee cannot be their own backup partner' }, ['employees', i, 'backupPartner']);
    } else if (j === undefined) {
      report('backup_partner_unknown', { id: `Pendamping ${_quote(partner)} tidak ada di unit ini`, en: `Backup partner ${_quote(partner)} is not in this unit` }, ['employees', i, 'backupPartner']);
    } else if (employees[j]!.backupPartner !== e.id) {
      const other = employees[j]!.backupPartner;
      report(
        'backup_partner_not_mutual',
        {
          id: `Pendampingan harus timbal balik: ${_quote(e.id)} memilih ${_quote(partner)}, tetapi ${_quote(partner)} ${other === undefined ? 'tidak memilih pendamping' : `memilih ${_quote(other)}`}`,
          en: `Backup pairing must be mutual: ${_quote(e.id)} names ${_quote(partner)}, but ${_quote(partner)} ${other === undefined ? 'names nobody' : `names ${_quote(other)}`}`,
        },
        ['employees', i, 'backupPartner'],
      );
    }
  }
  for (const field of ['carryIn', 'history'] as const) {
    for (const id of Object.keys(input[field] ?? {})) {
      if (!index.has(id)) {
        report('unknown_employee', { id: `Pegawai ${_quote(id)} tidak ada di unit ini`, en: `Employee ${_quote(id)} is not in this unit` }, [field, id]);
      }
    }
  }
  // A pin's key: employee index and epoch day as one number (epoch days of years
  // 1000–9999 span less than 4,000,000, so keys never collide; no string to build), or
  // the text for an employee not in the unit.
  const pins = new Set<number | string>();
  const pinned = input.pinned ?? [];
  for (let k = 0; k < pinned.length; k++) {
    const pin = pinned[k]!;
    const i = index.get(pin.employeeId);
    if (i === undefined) {
      report('unknown_employee', { id: `Pegawai ${_quote(pin.employeeId)} tidak ada di unit ini`, en: `Employee ${_quote(pin.employeeId)} is not in this unit` }, ['pinned', k, 'employeeId']);
    }
    const key = i === undefined ? `${pin.employeeId}\u0000${pin.date}` : i * 4_000_000 + _parseIsoDate(pin.date)!;
    if (pins.has(key)) {
      report('duplicate_pin', { id: `Permohonan ${_quote(pin.employeeId)} tanggal ${pin.date} tercantum dua kali`, en: `The request of ${_quote(pin.employeeId)} for ${pin.date} is listed twice` }, ['pinned', k]);
    }
    pins.add(key);
  }
}

const WEEKDAY_SET: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(WORKING_WEEKDAYS);

// The guard's checks are written out rather than composed from callbacks: a call
// through a shared helper with many callbacks is not inlined, and a unit's employees
// are checked on every call.

/** A list of at most five working weekdays (absent is fine). */
function isWeekdays(x: unknown): boolean {
  if (x === undefined) return true;
  if (!Array.isArray(x) || x.length > MAX_WEEKDAYS) return false;
  for (let i = 0; i < x.length; i++) if (!WEEKDAY_SET.has(x[i])) return false;
  return true;
}

/** At most 62 leave dates (absent is fine). */
function isLeaveDates(x: unknown): boolean {
  if (x === undefined) return true;
  if (!Array.isArray(x) || x.length > MAX_LEAVE_DATES) return false;
  for (let i = 0; i < x.length; i++) if (!_isIsoDate(x[i])) return false;
  return true;
}

const isCarry = (x: unknown): boolean => _isIntIn(x, 0, MAX_CARRY_IN);
const isHistory = (x: unknown): boolean => _isIntIn(x, 0, MAX_HISTORY);

function isEmployee(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { id, flexibleDaysPerWeek, capException, onsiteWeekdays, fieldWeekdays, leaveDates, preferredWeekdays, backupPartner } = x;
  const defined = 2 + _present(capException) + _present(onsiteWeekdays) + _present(fieldWeekdays) + _present(leaveDates) + _present(preferredWeekdays) + _present(backupPartner);
  return (
    _isEntityId(id) &&
    _isIntIn(flexibleDaysPerWeek, 0, MAX_ENTITLEMENT) &&
    (capException === undefined || CAP_EXCEPTIONS.includes(capException as CapException)) &&
    isWeekdays(onsiteWeekdays) &&
    isWeekdays(fieldWeekdays) &&
    isLeaveDates(leaveDates) &&
    isWeekdays(preferredWeekdays) &&
    (backupPartner === undefined || _isEntityId(backupPartner)) &&
    _hasExactKeys(x, defined)
  );
}

function isEmployees(x: unknown): boolean {
  if (!Array.isArray(x) || x.length > MAX_EMPLOYEES) return false;
  for (let i = 0; i < x.length; i++) if (!isEmployee(x[i])) return false;
  return true;
}

function isPin(x: unknown): boolean {
  return _isPlainObject(x) && _isEntityId(x['employeeId']) && _isIsoDate(x['date']) && _hasExactKeys(x, 2);
}

function isUnit(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { id, minOnsiteHeadcount, minOnsitePercent, anchorWeekdays, servesPublicDirectly, approvedCollectiveWeekdays } = x;
  return (
    _isEntityId(id) &&
    (minOnsiteHeadcount === undefined || _isIntIn(minOnsiteHeadcount, 0, MAX_HEADCOUNT)) &&
    (minOnsitePercent === undefined || _isIntIn(minOnsitePercent, 0, 100)) &&
    isWeekdays(anchorWeekdays) &&
    isWeekdays(approvedCollectiveWeekdays) &&
    (servesPublicDirectly === undefined || typeof servesPublicDirectly === 'boolean') &&
    _hasExactKeys(
      x,
      1 + _present(minOnsiteHeadcount) + _present(minOnsitePercent) + _present(anchorWeekdays) + _present(servesPublicDirectly) + _present(approvedCollectiveWeekdays),
    )
  );
}

/**
 * The guard of {@link WorkPatternInputSchema} (see `_Guard`): `true` only for plain,
 * well-formed input that passes every check across employees, which the schema would
 * return unchanged. A unit of 50 staff is checked some ten times faster than by zod,
 * and without the copy; anything else goes to zod for its issues.
 */
export function _isWorkPatternInput(x: unknown): x is WorkPatternInput {
  if (!_isPlainObject(x)) return false;
  const defined = 3 + _present(x['carryIn']) + _present(x['history']) + _present(x['pinned']);
  if (
    !_hasExactKeys(x, defined) ||
    !isUnit(x['unit']) ||
    !_isIsoMonth(x['month']) ||
    !isEmployees(x['employees']) ||
    (x['carryIn'] !== undefined && !_isIdRecordOf(x['carryIn'], isCarry)) ||
    (x['history'] !== undefined && !_isIdRecordOf(x['history'], isHistory)) ||
    (x['pinned'] !== undefined && !_isArrayOf(x['pinned'], Number.MAX_SAFE_INTEGER, isPin))
  ) {
    return false;
  }
  return _reportsNothing(_crossCheck, x as unknown as WorkPatternInput);
}
