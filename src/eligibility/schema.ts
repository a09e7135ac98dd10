import * as z from 'zod/mini';
import { WORKING_WEEKDAYS, type Weekday } from '../_lib/dates';
import { _hasExactKeys, _isArrayOf, _isEntityId, _isFiniteIn, _isIntIn, _isIsoDate, _isIsoMonth, _isPlainObject, _isTextIn, _present, _reportsNothing, type _Report } from '../_lib/guard';
import { EXPECTATION_LEVELS, POTENSIAL_LEVELS } from '../_lib/levels';
import { EntityIdSchema, IsoDateSchema, IsoMonthSchema, _addIssue } from '../_lib/schema';
import { NipSchema, _isNip } from '../nip/parse';
import { CAP_EXCEPTIONS, WorkingWeekdaySchema, type CapException } from '../policy/sections/work-pattern';
import { _repeated, _reportRepeatedWeekdays } from '../work-pattern/schema';
import { TalentAssessmentSchema, type TalentAssessment } from '../talent-box/classify';
import { PositionTaskSchema, type PositionTask } from '../remoteness/assess';
import { ReadinessEvidenceSchema, _MAX_WORKPLACE_LENGTH, type ReadinessEvidence } from '../readiness/check';
import { DISCIPLINARY_STATUSES, DisciplinaryRecordSchema, PENALTY_LEVELS, _checkDisciplinaryRecord, type DisciplinaryRecord } from '../readiness/employee-criteria';
import { EarlyWarningStateSchema, _checkEarlyWarningState, type EarlyWarningState } from '../performance/evaluateEarlyWarning';
import { DISCIPLINARY_PENALTIES, type DisciplinaryPenalty } from '../policy/sections/performance';
import { WARNING_LEVELS } from '../policy/sections/early-warning';
import { LAPTOP_OWNERSHIPS } from '../policy/sections/readiness';
import { TASK_CRITERIA } from '../policy/sections/remoteness';
import {
  _AttendanceInputSchema,
  _DisciplinaryPenaltySchema,
  _SkpSchema,
  _TrkInputSchema,
  _hasAtMostTwoDecimals,
  type AttendanceInput,
  type SkpRatings,
  type SkpRealisation,
  type TrkInput,
} from '../performance/schema';
import { _quote } from '../_lib/quote';

/** The position an ASN holds, as the remoteness gate and the roster need it. */
export interface EmployeePosition {
  /** Name of the position, for people (e.g. "Analis Kebijakan Ahli Muda"). */
  readonly title?: string;
  /** Ids of catalogue services the position delivers (see `serviceCatalog`). */
  readonly serviceIds?: readonly string[];
  /** Tasks not in the catalogue, each described by the five PermenPANRB 4/2025 criteria. */
  readonly tasks?: readonly PositionTask[];
  /** First day in the position (`YYYY-MM-DD`), after recruitment, promotion, mutation or rotation. */
  readonly since?: string;
  /** Whether the holder signs official letters (then an active TTE is required). */
  readonly signsLetters?: boolean;
  /** Weekdays with in-person duties: never flexible in the roster. */
  readonly onsiteWeekdays?: readonly Weekday[];
  /** Weekdays of field duty (`LAPANGAN`): away, not flexible, outside the weekly cap. */
  readonly fieldWeekdays?: readonly Weekday[];
}

/** One month of performance evidence in a record: a `MonthlyPerformanceInput` without the employee id (the NIP is used). */
export interface RecordPerformanceMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** TRK minutes. */
  readonly trk?: TrkInput;
  /** K-Mob attendance. */
  readonly attendance?: AttendanceInput;
  /** SKP ratings or target realisation. */
  readonly skp?: SkpRatings | SkpRealisation;
  /** A disciplinary penalty imposed in the month. */
  readonly disciplinaryPenalty?: DisciplinaryPenalty;
}

/**
 * The early-warning evidence of a record: recent months of performance, evaluated from
 * a saved state or from scratch, or only a saved state.
 */
export interface RecordPerformance {
  /** The saved early-warning state before `months` (or the whole evidence when `months` is absent). */
  readonly state?: EarlyWarningState;
  /** Recent months, oldest first, after `state.lastMonth` when a state is given. */
  readonly months?: readonly RecordPerformanceMonth[];
}

/** Roster wishes and facts used when the month is planned (`planMonth`). */
export interface RecordRoster {
  /** Weekdays the employee would rather be flexible on, most preferred first. */
  readonly preferredWeekdays?: readonly Weekday[];
  /** Dates of approved leave, `YYYY-MM-DD`. */
  readonly leaveDates?: readonly string[];
  /** NIP of the colleague who covers for this employee (must be mutual, in the same unit). */
  readonly backupPartnerNip?: string;
}

/**
 * Everything the five MKD gates look at for one ASN. A missing part is unknown
 * evidence: the gate that needs it is `unknown`, and the decision indeterminate.
 */
export interface EmployeeRecord {
  /** The 18-digit PNS NIP (validated: dates, sex digit). */
  readonly nip: string;
  /** Full name. */
  readonly name: string;
  /** The unit (bidang, UPT) the employee works in. */
  readonly unitId: string;
  /**
   * The position held. Absent, it is unknown evidence like any other part: the
   * remoteness gate is unknown (`remoteness_position_empty`), the time in the position
   * too (`employee_position_since_unknown`), and the decision `INDETERMINATE`.
   */
  readonly position?: EmployeePosition;
  /** The latest talent assessment (levels or scores, and its date). */
  readonly talent?: TalentAssessment;
  /** Readiness evidence: laptop, bandwidth, K-Mob, TTE, workspace and workplace (`signsLetters` comes from the position when absent here). */
  readonly readiness?: ReadinessEvidence;
  /** The disciplinary record (PP 94/2021). */
  readonly disciplinary?: DisciplinaryRecord;
  /** An approved exception to the weekly cap (PermenPANRB 4/2025 Art. 13(1)). */
  readonly capException?: CapException;
  /** Monthly performance and/or a saved early-warning state. */
  readonly performance?: RecordPerformance;
  /** Roster wishes and leave, for `planMonth`. */
  readonly roster?: RecordRoster;
}

// The limits of a record's own fields, read by the schemas and by the guard alike.
const MAX_WEEKDAYS = 5;
const MAX_TEXT = 200;
const MAX_ID = 100;
const MAX_LIST = 50;
const MAX_MONTHS = 60;
const MAX_LEAVE_DATES = 366;
const MAX_PARTNER_NIP = 30;

/**
 * A list of working weekdays, each at most once: a repeat is refused here (as
 * `allocateWorkPatterns` refuses it), not left for `planMonth`'s allocation to refuse the
 * whole unit over one record.
 */
const weekdays = /* @__PURE__ */ (() =>
  z.array(WorkingWeekdaySchema).check(
    z.maxLength(MAX_WEEKDAYS),
    z.superRefine((days, ctx) => {
      _reportRepeatedWeekdays(days, (code, message, path) => _addIssue(ctx, code, message, path), []);
    }),
  ))();

/** Schema of {@link EmployeePosition}. */
export const EmployeePositionSchema = /* @__PURE__ */ (() => z.strictObject({
  title: z.exactOptional(z.string().check(z.maxLength(MAX_TEXT))),
  serviceIds: z.exactOptional(z.array(z.string().check(z.minLength(1), z.maxLength(MAX_ID))).check(z.maxLength(MAX_LIST))),
  tasks: z.exactOptional(z.array(PositionTaskSchema).check(z.maxLength(MAX_LIST))),
  since: z.exactOptional(IsoDateSchema),
  signsLetters: z.exactOptional(z.boolean()),
  onsiteWeekdays: z.exactOptional(weekdays),
  fieldWeekdays: z.exactOptional(weekdays),
}).check(z.superRefine((position, ctx) => _checkPosition(position, (code, message, path) => _addIssue(ctx, code, message, path)))))();

/**
 * The checks of a well-formed position across its fields: task ids unique, no weekday
 * both on-site and field duty. Shared by the schema and its guard.
 */
function _checkPosition(position: EmployeePosition, report: _Report): void {
  if (position.tasks !== undefined && position.tasks.length > 1) {
    const seen = new Set<string>();
    position.tasks.forEach((task, index) => {
      if (seen.has(task.id)) report('duplicate_task_id', { id: `Id tugas ${_quote(task.id)} berulang`, en: `Task id ${_quote(task.id)} is repeated` }, ['tasks', index, 'id']);
      seen.add(task.id);
    });
  }
  if (position.fieldWeekdays === undefined || position.onsiteWeekdays === undefined) return;
  for (const d of position.fieldWeekdays) {
    if (position.onsiteWeekdays.includes(d)) {
      report(
        'onsite_and_field_day',
        { id: `Hari ${d} tidak dapat sekaligus hari tugas di kantor dan hari tugas lapangan`, en: `${d} cannot be both an on-site and a field-duty weekday` },
        ['fieldWeekdays'],
      );
    }
  }
}

const PerformanceMonthSchema = /* @__PURE__ */ (() => z.strictObject({
  month: IsoMonthSchema,
  trk: z.exactOptional(_TrkInputSchema),
  attendance: z.exactOptional(_AttendanceInputSchema),
  skp: z.exactOptional(_SkpSchema),
  disciplinaryPenalty: z.exactOptional(_DisciplinaryPenaltySchema),
}))();

/** Schema of {@link RecordPerformance}. */
export const RecordPerformanceSchema = /* @__PURE__ */ (() => z.strictObject({
  state: z.exactOptional(EarlyWarningStateSchema),
  months: z.exactOptional(z.array(PerformanceMonthSchema).check(z.maxLength(MAX_MONTHS))),
}))();

/** Schema of {@link RecordRoster}. */
export const RecordRosterSchema = /* @__PURE__ */ (() => z.strictObject({
  preferredWeekdays: z.exactOptional(weekdays),
  leaveDates: z.exactOptional(z.array(IsoDateSchema).check(z.maxLength(MAX_LEAVE_DATES))),
  backupPartnerNip: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(MAX_PARTNER_NIP))),
}))();

/** Schema of {@link EmployeeRecord}: every part validated with the schema of the gate that reads it. */
export const EmployeeRecordSchema = /* @__PURE__ */ (() => z.strictObject({
  nip: NipSchema,
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  unitId: EntityIdSchema,
  position: z.exactOptional(EmployeePositionSchema),
  talent: z.exactOptional(TalentAssessmentSchema),
  readiness: z.exactOptional(ReadinessEvidenceSchema),
  disciplinary: z.exactOptional(DisciplinaryRecordSchema),
  capException: z.exactOptional(z.enum(CAP_EXCEPTIONS)),
  performance: z.exactOptional(RecordPerformanceSchema),
  roster: z.exactOptional(RecordRosterSchema),
}))();

// ---- the guard ------------------------------------------------------------------------
// `_isEmployeeRecord` says `true` only for plain data that `EmployeeRecordSchema` accepts
// and copies to the same JSON: the same string-keyed properties and array items (what the
// rules read; zod's copy drops symbol keys and properties of arrays besides their items,
// which JSON does not show either). Each check below stands for the schema named in its comment (in this file or
// in the gate module that owns it); refinements across fields are the schemas' own
// functions. Each object's fields are read by name and counted for `_hasExactKeys`, so a key the
// schema does not know makes the count differ.

/** Membership in a list of allowed values (an enum schema). */
const oneOf =
  (values: readonly string[]) =>
  (x: unknown): boolean =>
    typeof x === 'string' && values.includes(x);
const isWorkingWeekday = /* @__PURE__ */ oneOf(WORKING_WEEKDAYS);
const isExpectationLevel = /* @__PURE__ */ oneOf(EXPECTATION_LEVELS);
const isPotensialLevel = /* @__PURE__ */ oneOf(POTENSIAL_LEVELS);
const isLaptopOwnership = /* @__PURE__ */ oneOf(LAPTOP_OWNERSHIPS);
const isDisciplinaryStatus = /* @__PURE__ */ oneOf(DISCIPLINARY_STATUSES);
const isPenaltyLevel = /* @__PURE__ */ oneOf(PENALTY_LEVELS);
const isCapException = /* @__PURE__ */ oneOf(CAP_EXCEPTIONS);
const isWarningLevel = /* @__PURE__ */ oneOf(WARNING_LEVELS);
const isDisciplinaryPenalty = /* @__PURE__ */ oneOf(DISCIPLINARY_PENALTIES);
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';

const isWeekdays = (x: unknown): boolean => _isArrayOf(x, MAX_WEEKDAYS, isWorkingWeekday) && _repeated(x as unknown[]).length === 0;
const isServiceId = (x: unknown): boolean => _isTextIn(x, 1, MAX_ID);
const isScore = (x: unknown): boolean => _isFiniteIn(x, 0, 100);
const isMbps = (x: unknown): boolean => _isFiniteIn(x, 0, 100_000);
const MONTH_MINUTES = 31 * 24 * 60;
const isMinutes = (x: unknown): boolean => _isIntIn(x, 0, MONTH_MINUTES);
const isDays = (x: unknown): boolean => _isIntIn(x, 0, 31);

/** `TaskCriteriaSchema`: the five criteria, each a boolean. */
function isTaskCriteria(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  let defined = 0;
  for (const c of TASK_CRITERIA) {
    if (!isBoolean(x[c])) return false;
    defined += 1;
  }
  return _hasExactKeys(x, defined);
}

/** `PositionTaskSchema`. */
function isTask(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { id, criteria, onsiteDaysPerWeek } = x;
  return (
    _hasExactKeys(x, 2 + _present(onsiteDaysPerWeek)) &&
    _isTextIn(id, 1, 100) &&
    isTaskCriteria(criteria) &&
    (onsiteDaysPerWeek === undefined || _isIntIn(onsiteDaysPerWeek, 1, 5))
  );
}

/** `EmployeePositionSchema`, with its checks across fields. */
function isPosition(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { title, serviceIds, tasks, since, signsLetters, onsiteWeekdays, fieldWeekdays } = x;
  const defined = _present(title) + _present(serviceIds) + _present(tasks) + _present(since) + _present(signsLetters) + _present(onsiteWeekdays) + _present(fieldWeekdays);
  if (
    !_hasExactKeys(x, defined) ||
    (title !== undefined && !_isTextIn(title, 0, MAX_TEXT)) ||
    (serviceIds !== undefined && !_isArrayOf(serviceIds, MAX_LIST, isServiceId)) ||
    (tasks !== undefined && !_isArrayOf(tasks, MAX_LIST, isTask)) ||
    (since !== undefined && !_isIsoDate(since)) ||
    (signsLetters !== undefined && !isBoolean(signsLetters)) ||
    (onsiteWeekdays !== undefined && !isWeekdays(onsiteWeekdays)) ||
    (fieldWeekdays !== undefined && !isWeekdays(fieldWeekdays))
  ) {
    return false;
  }
  return _reportsNothing(_checkPosition, x as EmployeePosition);
}

/** `TalentAssessmentSchema`. */
function isTalent(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { kinerja, potensial, kinerjaScore, potensialScore, assessedOn } = x;
  return (
    _hasExactKeys(x, _present(kinerja) + _present(potensial) + _present(kinerjaScore) + _present(potensialScore) + _present(assessedOn)) &&
    (kinerja === undefined || isExpectationLevel(kinerja)) &&
    (potensial === undefined || isPotensialLevel(potensial)) &&
    (kinerjaScore === undefined || isScore(kinerjaScore)) &&
    (potensialScore === undefined || isScore(potensialScore)) &&
    (assessedOn === undefined || _isIsoDate(assessedOn))
  );
}

/** The laptop of `ReadinessEvidenceSchema`. */
function isLaptop(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { available, ownership } = x;
  return _hasExactKeys(x, 1 + _present(ownership)) && isBoolean(available) && (ownership === undefined || isLaptopOwnership(ownership));
}

/** The bandwidth measurement of `ReadinessEvidenceSchema`. */
function isBandwidth(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { downloadMbps, uploadMbps, measuredOn } = x;
  return _hasExactKeys(x, 3) && isMbps(downloadMbps) && isMbps(uploadMbps) && _isIsoDate(measuredOn);
}

/** The TTE of `ReadinessEvidenceSchema`. */
function isTte(x: unknown): boolean {
  return _isPlainObject(x) && _hasExactKeys(x, 1) && isBoolean(x['active']);
}

/** `ReadinessEvidenceSchema`. */
function isReadiness(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { laptop, bandwidth, kmobActive, tte, signsLetters, workspaceDeclared, workplace } = x;
  return (
    _hasExactKeys(x, _present(laptop) + _present(bandwidth) + _present(kmobActive) + _present(tte) + _present(signsLetters) + _present(workspaceDeclared) + _present(workplace)) &&
    (laptop === undefined || isLaptop(laptop)) &&
    (bandwidth === undefined || isBandwidth(bandwidth)) &&
    (kmobActive === undefined || isBoolean(kmobActive)) &&
    (tte === undefined || isTte(tte)) &&
    (signsLetters === undefined || isBoolean(signsLetters)) &&
    (workspaceDeclared === undefined || isBoolean(workspaceDeclared)) &&
    (workplace === undefined || _isTextIn(workplace, 1, _MAX_WORKPLACE_LENGTH))
  );
}

/** `DisciplinaryRecordSchema`, with its checks across fields. */
function isDisciplinary(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { status, penalty, until } = x;
  if (
    !_hasExactKeys(x, 1 + _present(penalty) + _present(until)) ||
    !isDisciplinaryStatus(status) ||
    (penalty !== undefined && !isPenaltyLevel(penalty)) ||
    (until !== undefined && !_isIsoDate(until))
  ) {
    return false;
  }
  return _reportsNothing(_checkDisciplinaryRecord, x as unknown as DisciplinaryRecord);
}

/** `EarlyWarningStateSchema`, with its check across fields. */
function isState(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { level, flaggedStreak, cleanStreak, lastMonth } = x;
  if (
    !_hasExactKeys(x, 3 + _present(lastMonth)) ||
    !isWarningLevel(level) ||
    !_isIntIn(flaggedStreak, 0, 1_000_000) ||
    !_isIntIn(cleanStreak, 0, 1_000_000) ||
    (lastMonth !== undefined && !_isIsoMonth(lastMonth))
  ) {
    return false;
  }
  return _reportsNothing(_checkEarlyWarningState, x as unknown as EarlyWarningState);
}

/** `_TrkInputSchema`. */
function isTrk(x: unknown): boolean {
  return _isPlainObject(x) && _hasExactKeys(x, 1) && isMinutes(x['effectiveMinutes']);
}

/** `_AttendanceInputSchema`. */
function isAttendance(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { daysPresent, daysAbsentWithoutReason, minutesLate, minutesEarlyLeave, flexibleDaysWithoutCheckIn, leaveDays } = x;
  return (
    _hasExactKeys(x, 6) &&
    isDays(daysPresent) &&
    isDays(daysAbsentWithoutReason) &&
    isMinutes(minutesLate) &&
    isMinutes(minutesEarlyLeave) &&
    isDays(flexibleDaysWithoutCheckIn) &&
    isDays(leaveDays)
  );
}

/** `_SkpSchema`: ratings, or a realisation exact in hundredths. */
function isSkp(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { hasilKerja, perilakuKerja, targetRealisationPercent } = x;
  if (targetRealisationPercent === undefined) {
    return _hasExactKeys(x, 2) && isExpectationLevel(hasilKerja) && isExpectationLevel(perilakuKerja);
  }
  return _hasExactKeys(x, 1) && _isFiniteIn(targetRealisationPercent, 0, 1000) && _hasAtMostTwoDecimals(targetRealisationPercent);
}

/** `PerformanceMonthSchema`. */
function isPerformanceMonth(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { month, trk, attendance, skp, disciplinaryPenalty } = x;
  return (
    _hasExactKeys(x, 1 + _present(trk) + _present(attendance) + _present(skp) + _present(disciplinaryPenalty)) &&
    _isIsoMonth(month) &&
    (trk === undefined || isTrk(trk)) &&
    (attendance === undefined || isAttendance(attendance)) &&
    (skp === undefined || isSkp(skp)) &&
    (disciplinaryPenalty === undefined || isDisciplinaryPenalty(disciplinaryPenalty))
  );
}

/** `RecordPerformanceSchema`. */
function isPerformance(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { state, months } = x;
  return (
    _hasExactKeys(x, _present(state) + _present(months)) &&
    (state === undefined || isState(state)) &&
    (months === undefined || _isArrayOf(months, MAX_MONTHS, isPerformanceMonth))
  );
}

/** `RecordRosterSchema`. */
function isRoster(x: unknown): boolean {
  if (!_isPlainObject(x)) return false;
  const { preferredWeekdays, leaveDates, backupPartnerNip } = x;
  return (
    _hasExactKeys(x, _present(preferredWeekdays) + _present(leaveDates) + _present(backupPartnerNip)) &&
    (preferredWeekdays === undefined || isWeekdays(preferredWeekdays)) &&
    (leaveDates === undefined || _isArrayOf(leaveDates, MAX_LEAVE_DATES, _isIsoDate)) &&
    (backupPartnerNip === undefined || _isTextIn(backupPartnerNip, 1, MAX_PARTNER_NIP))
  );
}

/**
 * The guard of {@link EmployeeRecordSchema} (see `_Guard`): `true` only for a plain,
 * well-formed record the schema would return unchanged — among others its NIP already
 * in the 18-digit form `NipSchema` gives back. Anything else, valid or not, goes to zod,
 * which decides and reports every issue.
 */
export function _isEmployeeRecord(x: unknown): x is EmployeeRecord {
  if (!_isPlainObject(x)) return false;
  const { nip, name, unitId, position, talent, readiness, disciplinary, capException, performance, roster } = x;
  const defined = 3 + _present(position) + _present(talent) + _present(readiness) + _present(disciplinary) + _present(capException) + _present(performance) + _present(roster);
  return (
    _hasExactKeys(x, defined) &&
    _isNip(nip) &&
    _isTextIn(name, 1, MAX_TEXT) &&
    _isEntityId(unitId) &&
    (position === undefined || isPosition(position)) &&
    (talent === undefined || isTalent(talent)) &&
    (readiness === undefined || isReadiness(readiness)) &&
    (disciplinary === undefined || isDisciplinary(disciplinary)) &&
    (capException === undefined || isCapException(capException)) &&
    (performance === undefined || isPerformance(performance)) &&
    (roster === undefined || isRoster(roster))
  );
}
