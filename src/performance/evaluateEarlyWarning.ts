import * as z from 'zod/mini';
import { InputError, _checkOptions, _issue, type InputIssue } from '../_lib/errors';
import { _formatIsoMonth, _parseIsoMonth } from '../_lib/dates';
import { _finding } from '../_lib/finding';
import type { _Report } from '../_lib/guard';
import { EntityIdSchema, IsoMonthSchema, _addIssue, _check } from '../_lib/schema';
import { _compileCalendar, type _CompiledCalendar } from '../calendar/compiled';
import { _ensurePolicy, _policyRef } from '../policy/brand';
import { _performancePolicyCheck } from './policy-check';
import type { Policy, PolicyRef } from '../policy/schema';
import { DISCIPLINARY_PENALTIES, PREDIKAT_ORDER, type DisciplinaryPenalty, type Predikat } from '../policy/sections/performance';
import { WARNING_LEVELS, type WarningLevel } from '../policy/sections/early-warning';
import type { EarlyWarningFinding, LevelRaiseCause, MissingMonthReason } from './findings';
import { MonthlyPerformanceInputSchema, type MonthlyPerformanceInput } from './schema';
import { _monthCalendar, _scoreMonth, type PerformanceOptions } from './scoreMonthlyPerformance';

/**
 * Where a run of months stopped: feed a run's `finalState` to the next call as
 * `initialState` and it continues exactly there. Store it per employee.
 */
export interface EarlyWarningState {
  /** The warning level after the last month evaluated. */
  readonly level: WarningLevel;
  /** Consecutive flagged or severe months up to the last month. */
  readonly flaggedStreak: number;
  /** Consecutive clean months up to the last month. */
  readonly cleanStreak: number;
  /** The last month evaluated, `YYYY-MM`; the next run must start after it, and a gap is reported as missing months. */
  readonly lastMonth?: string;
}

/**
 * Schema of {@link EarlyWarningState}. A flagged and a clean streak cannot both be
 * running (a clean month ends the one, a flagged month the other).
 */
export const EarlyWarningStateSchema = /* @__PURE__ */ (() => z.strictObject({
  level: z.enum(WARNING_LEVELS),
  flaggedStreak: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
  cleanStreak: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
  lastMonth: z.exactOptional(IsoMonthSchema),
}).check(z.superRefine((value, ctx) => _checkEarlyWarningState(value, (code, message, path) => _addIssue(ctx, code, message, path)))))();

/** The check of a well-formed state across its fields: not two streaks at once. Shared by the schema and guards. */
export function _checkEarlyWarningState(value: EarlyWarningState, report: _Report): void {
  if (value.flaggedStreak > 0 && value.cleanStreak > 0) {
    report('early_warning_state_two_streaks', {
      id: `Rangkaian bulan ditandai (${value.flaggedStreak}) dan bulan bersih (${value.cleanStreak}) tidak dapat berjalan bersamaan`,
      en: `A flagged streak (${value.flaggedStreak}) and a clean streak (${value.cleanStreak}) cannot both be running`,
    });
  }
}

/** A month with no data at all: it counts as no evidence, never as a clean month. */
export interface MissingMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Always `true`. */
  readonly missing: true;
  /** The employee, when known (must match the other months). */
  readonly employeeId?: string;
}

/**
 * What the early warning reads from a scored month: a `MonthlyPerformanceResult` (kept
 * or stored as JSON) is one. The `breakdown` marks the entry as already scored; it is
 * not read again.
 */
export interface ScoredMonth {
  /** The employee. */
  readonly employeeId: string;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** The score, or `null` without data. */
  readonly score: number | null;
  /** The score's breakdown (marks a scored result; not read). */
  readonly breakdown: readonly unknown[];
  /** The predikat, when SKP ratings were given. */
  readonly predikat?: Predikat;
  /** Net TRK minutes, when TRK data were given. */
  readonly netTrkMinutes?: number;
  /** The month's TRK minimum, when TRK data were given. */
  readonly trkMinimum?: number;
  /** Days absent without reason, when attendance data were given. */
  readonly daysAbsentWithoutReason?: number;
  /** Flexible days without a K-Mob check-in, when attendance data were given. */
  readonly flexibleDaysWithoutCheckIn?: number;
  /** The month's disciplinary penalty, when there was one. */
  readonly disciplinaryPenalty?: DisciplinaryPenalty;
}

/**
 * One month given to {@link evaluateEarlyWarning}, in one of three forms, told apart by
 * their keys:
 * - `{ month, missing: true }` — a month known to have no data;
 * - a scored month (has `breakdown`) — the result of `scoreMonthlyPerformance`, as
 *   returned or stored as JSON;
 * - a raw {@link MonthlyPerformanceInput} (no `breakdown`, no `missing`) — scored here with
 *   the same policy, as `scoreMonthlyPerformance` would.
 */
export type EarlyWarningMonthInput = MissingMonth | ScoredMonth | MonthlyPerformanceInput;

const MissingMonthSchema = /* @__PURE__ */ (() => z.strictObject({
  month: IsoMonthSchema,
  missing: z.literal(true),
  employeeId: z.exactOptional(EntityIdSchema),
}))();

const count = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(0)))();

// A stored result may carry every other field of MonthlyPerformanceResult: not strict.
const ScoredMonthSchema = /* @__PURE__ */ (() => z.object({
  employeeId: EntityIdSchema,
  month: IsoMonthSchema,
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  breakdown: z.array(z.unknown()),
  predikat: z.exactOptional(z.enum(PREDIKAT_ORDER)),
  netTrkMinutes: z.exactOptional(count),
  trkMinimum: z.exactOptional(count),
  daysAbsentWithoutReason: z.exactOptional(count.check(z.maximum(31))),
  flexibleDaysWithoutCheckIn: z.exactOptional(count.check(z.maximum(31))),
  disciplinaryPenalty: z.exactOptional(z.enum(DISCIPLINARY_PENALTIES)),
}))();

function schemaFor(value: unknown): z.core.$ZodType {
  if (typeof value === 'object' && value !== null) {
    if (Object.hasOwn(value, 'missing')) return MissingMonthSchema;
    if (Object.hasOwn(value, 'breakdown')) return ScoredMonthSchema;
  }
  return MonthlyPerformanceInputSchema;
}

/**
 * Schema of one {@link EarlyWarningMonthInput}: the form is chosen by the keys (`missing`,
 * else `breakdown`, else a raw input) and the entry validated as that form, so the
 * issues reported are those of the form meant.
 */
export const EarlyWarningMonthSchema = /* @__PURE__ */ (() => z.unknown().check(z.superRefine((value, ctx) => {
  const checked = _check(schemaFor(value), value);
  if (!checked.ok) for (const issue of checked.issues) _addIssue(ctx, issue.code, issue.message, [...issue.path]);
})) as unknown as z.ZodMiniType<EarlyWarningMonthInput, unknown>)();

const MonthsSchema = /* @__PURE__ */ (() => z.array(EarlyWarningMonthSchema))();

/** How a month counts. */
export type MonthClassification = 'severe' | 'flagged' | 'clean' | 'missing';

/** The early-warning decision of one month. */
export interface EarlyWarningEntry {
  /** The month evaluated, `YYYY-MM`. */
  readonly month: string;
  /** How the month counted: `severe`, `flagged`, `clean` or `missing` (no evidence). */
  readonly classification: MonthClassification;
  /** The level after the month. */
  readonly level: WarningLevel;
  /** Whether MKD is allowed in the **following** month ({@link EarlyWarningEntry.mkdAllowedFor}): level ≠ DICABUT. */
  readonly mkdAllowed: boolean;
  /** The month `mkdAllowed` applies to: the one after {@link EarlyWarningEntry.month}. */
  readonly mkdAllowedFor: string;
  /** Consecutive flagged or severe months, this one included. */
  readonly flaggedStreak: number;
  /** Consecutive clean months, this one included. */
  readonly cleanStreak: number;
  /** The month's score, when it had one. */
  readonly score?: number;
  /** The month's predikat, when it had one. */
  readonly predikat?: Predikat;
  /** Why the month counted as it did, and what happened to the level. */
  readonly findings: readonly EarlyWarningFinding[];
}

/** The early warning over a run of months. */
export interface EarlyWarningResult {
  /** The employee, when any month names one. */
  readonly employeeId?: string;
  /** One entry per month from the first given to the last, gaps filled as missing months. */
  readonly months: readonly EarlyWarningEntry[];
  /** The state after the last month: pass it as `initialState` to continue. */
  readonly finalState: EarlyWarningState;
  /** The policy applied. */
  readonly policy: PolicyRef;
}

/** What classification reads from a month. */
interface MonthFacts {
  readonly month: string;
  readonly hasData: boolean;
  readonly score: number | null;
  readonly predikat?: Predikat | undefined;
  readonly netTrkMinutes?: number | undefined;
  readonly trkMinimum?: number | undefined;
  readonly daysAbsentWithoutReason?: number | undefined;
  readonly flexibleDaysWithoutCheckIn?: number | undefined;
  readonly disciplinaryPenalty?: DisciplinaryPenalty | undefined;
  readonly missingReason?: MissingMonthReason;
  /** Scored here on a provisional year of the calendar. */
  readonly provisional?: boolean;
}

const INITIAL_STATE: EarlyWarningState = { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 0 };

const rank = (level: WarningLevel): number => WARNING_LEVELS.indexOf(level);
const maxLevel = (a: WarningLevel, b: WarningLevel): WarningLevel => (rank(a) >= rank(b) ? a : b);

/** Months since year 0 of a valid `YYYY-MM`. */
function monthIndex(month: string): number {
  const { year, month: m } = _parseIsoMonth(month)!;
  return year * 12 + m - 1;
}

function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  return _formatIsoMonth(year, index - year * 12 + 1);
}

function factsOfScored(entry: ScoredMonth): MonthFacts {
  const hasData =
    entry.score !== null ||
    entry.predikat !== undefined ||
    entry.netTrkMinutes !== undefined ||
    entry.daysAbsentWithoutReason !== undefined ||
    entry.flexibleDaysWithoutCheckIn !== undefined ||
    entry.disciplinaryPenalty !== undefined;
  return {
    month: entry.month,
    hasData,
    score: entry.score,
    predikat: entry.predikat,
    netTrkMinutes: entry.netTrkMinutes,
    trkMinimum: entry.trkMinimum,
    daysAbsentWithoutReason: entry.daysAbsentWithoutReason,
    flexibleDaysWithoutCheckIn: entry.flexibleDaysWithoutCheckIn,
    disciplinaryPenalty: entry.disciplinaryPenalty,
  };
}

function missingFacts(month: string, reason: MissingMonthReason): MonthFacts {
  return { month, hasData: false, score: null, missingReason: reason };
}

/** Classifies one month, pushing the findings that explain it. */
function classify(f: MonthFacts, p: Policy, findings: EarlyWarningFinding[]): MonthClassification {
  const rules = p.earlyWarning;
  const month = f.month;
  if (!f.hasData) {
    findings.push(_finding('early_warning', 'unknown', 'early_warning_month_missing', { month, reason: f.missingReason ?? 'NO_DATA' }));
    return 'missing';
  }
  let severe = false;
  let flagged = false;
  if (f.predikat !== undefined && rules.severePredikat.includes(f.predikat)) {
    severe = true;
    findings.push(_finding('early_warning', 'fail', 'early_warning_severe_predikat', { month, predikat: f.predikat }));
  }
  if (f.disciplinaryPenalty !== undefined) {
    const isSevere = rules.severePenalties.includes(f.disciplinaryPenalty);
    if (isSevere) severe = true;
    else flagged = true;
    findings.push(_finding('early_warning', 'fail', 'early_warning_disciplinary_penalty', { month, penalty: f.disciplinaryPenalty, severe: isSevere }));
  }
  if (f.score !== null && f.score < rules.scoreThreshold) {
    flagged = true;
    findings.push(_finding('early_warning', 'fail', 'early_warning_score_below_threshold', { month, score: f.score, threshold: rules.scoreThreshold }));
  }
  if (rules.flagBelowTrkMinimum && f.netTrkMinutes !== undefined && f.trkMinimum !== undefined && f.netTrkMinutes < f.trkMinimum) {
    flagged = true;
    findings.push(_finding('early_warning', 'fail', 'early_warning_trk_below_minimum', { month, netTrkMinutes: f.netTrkMinutes, trkMinimum: f.trkMinimum }));
  }
  if (f.daysAbsentWithoutReason !== undefined && f.daysAbsentWithoutReason >= rules.absentDaysToFlag) {
    flagged = true;
    findings.push(_finding('early_warning', 'fail', 'early_warning_absent_days', { month, days: f.daysAbsentWithoutReason, threshold: rules.absentDaysToFlag }));
  }
  if (f.flexibleDaysWithoutCheckIn !== undefined && f.flexibleDaysWithoutCheckIn >= rules.flexibleDaysWithoutCheckInToFlag) {
    flagged = true;
    findings.push(
      _finding('early_warning', 'fail', 'early_warning_flexible_days_without_check_in', { month, days: f.flexibleDaysWithoutCheckIn, threshold: rules.flexibleDaysWithoutCheckInToFlag }),
    );
  }
  if (f.predikat !== undefined && rules.flaggedPredikat.includes(f.predikat)) {
    flagged = true;
    findings.push(_finding('early_warning', 'fail', 'early_warning_flagged_predikat', { month, predikat: f.predikat }));
  }
  if (severe) return 'severe';
  if (flagged) return 'flagged';
  findings.push(_finding('early_warning', 'pass', 'early_warning_month_clean', { month, score: f.score }));
  return 'clean';
}

/** One step of the state machine (domain reference §6): the month's entry and the new state. */
function step(state: EarlyWarningState, f: MonthFacts, monthIdx: number, p: Policy): { entry: EarlyWarningEntry; state: EarlyWarningState } {
  const rules = p.earlyWarning;
  const findings: EarlyWarningFinding[] = [];
  if (f.provisional === true) findings.push(_finding('early_warning', 'unknown', 'early_warning_provisional_calendar', { month: f.month }));
  const classification = classify(f, p, findings);
  const from = state.level;
  let level = from;
  let flaggedStreak = state.flaggedStreak;
  let cleanStreak = state.cleanStreak;
  let cause: LevelRaiseCause = 'STREAK';
  switch (classification) {
    case 'severe':
      level = 'DICABUT';
      flaggedStreak += 1;
      cleanStreak = 0;
      cause = 'SEVERE';
      break;
    case 'flagged': {
      flaggedStreak += 1;
      cleanStreak = 0;
      const byStreak = rules.streakLevels[Math.min(flaggedStreak, rules.streakLevels.length) - 1]!;
      level = maxLevel(from, byStreak);
      if (f.predikat !== undefined && rules.peringatanPredikat.includes(f.predikat) && rank(level) < rank('PERINGATAN')) {
        level = 'PERINGATAN';
        cause = 'PREDIKAT';
      }
      break;
    }
    case 'clean':
      flaggedStreak = 0;
      cleanStreak += 1;
      if (cleanStreak >= rules.cleanMonthsToRestore) level = 'NORMAL';
      break;
    case 'missing':
      cleanStreak = 0;
      break;
  }
  const month = f.month;
  if (rank(level) > rank(from)) {
    findings.push(_finding('early_warning', 'fail', 'early_warning_level_raised', { month, from, to: level, flaggedStreak, cause }));
  } else if (rank(level) < rank(from)) {
    findings.push(_finding('early_warning', 'pass', 'early_warning_level_restored', { month, from, cleanStreak }));
  } else {
    findings.push(
      _finding('early_warning', level === 'NORMAL' ? 'pass' : 'fail', 'early_warning_level_kept', {
        month,
        level,
        flaggedStreak,
        cleanStreak,
        cleanMonthsToRestore: rules.cleanMonthsToRestore,
      }),
    );
  }
  const mkdAllowed = level !== 'DICABUT';
  const mkdAllowedFor = monthOf(monthIdx + 1);
  if (mkdAllowed) findings.push(_finding('early_warning', 'pass', 'early_warning_mkd_allowed', { forMonth: mkdAllowedFor, level }));
  else findings.push(_finding('early_warning', 'fail', 'early_warning_mkd_suspended', { forMonth: mkdAllowedFor, cleanStreak, cleanMonthsToRestore: rules.cleanMonthsToRestore }));

  const entry: Record<string, unknown> = { month, classification, level, mkdAllowed, mkdAllowedFor, flaggedStreak, cleanStreak };
  if (f.score !== null) entry['score'] = f.score;
  if (f.predikat !== undefined) entry['predikat'] = f.predikat;
  entry['findings'] = findings;
  return { entry: entry as unknown as EarlyWarningEntry, state: { level, flaggedStreak, cleanStreak, lastMonth: month } };
}

/** Options of {@link evaluateEarlyWarning}. */
export interface EarlyWarningOptions extends PerformanceOptions {
  /** Where an earlier run stopped (its `finalState`); default NORMAL with no streaks and no last month. */
  readonly initialState?: EarlyWarningState;
}

/**
 * Runs BKD's early-warning system over one employee's months (domain reference §6,
 * docs/early-warning.md). Each month is classified — **severe** (predikat KURANG or
 * below, or a disciplinary penalty), **flagged** (score below 75, net TRK minutes below
 * the prorated minimum, a day absent without reason, a flexible day without a K-Mob
 * check-in, or predikat BUTUH_PERBAIKAN), **clean** (none of these, with data) or
 * **missing** (no data) — and moves the level NORMAL → WASPADA → PERINGATAN → DICABUT
 * by the transition table; two consecutive clean months bring it back to NORMAL. Every
 * threshold and count is the policy's `earlyWarning` section.
 *
 * `mkdAllowed` (level ≠ DICABUT) applies to the **following** month, named in
 * `mkdAllowedFor`. Months must be in increasing order without repeats, also after
 * `initialState.lastMonth`; a month not given between two given months (or after
 * `lastMonth`) is evaluated as a missing month and reported — never skipped. A missing
 * month is no evidence: it keeps the level, breaks a clean streak and keeps a flagged
 * streak. The result does not look ahead: evaluating a prefix gives the same entries,
 * and `finalState` passed back as `initialState` continues exactly where it stopped.
 *
 * @param months - The employee's months, oldest first: raw inputs (scored here with the
 *   same policy), results of `scoreMonthlyPerformance` (or their JSON), or
 *   `{ month, missing: true }`; see {@link EarlyWarningMonthInput}.
 * @param policy - The policy in force (its `earlyWarning` section; `performance` and
 *   `calendar` to score raw inputs).
 * @param options - `initialState`: where an earlier run stopped (default NORMAL with no
 *   streaks); `calendar`: overrides for the working days of raw months.
 * @returns One entry per month with its classification, level and `mkdAllowed`, and the final state.
 * @throws {@link InputError} when a month or the state is malformed, months are out of
 *   order or repeated, the months name different employees, or a raw input does not fit
 *   its month's working days or falls in a year the calendar has no data for.
 *
 * @example
 * ```ts
 * import { evaluateEarlyWarning } from 'kerja-dinamis/performance';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const r = evaluateEarlyWarning(
 *   [
 *     { employeeId: 'A', month: '2026-01', trk: { effectiveMinutes: 4000 } },  // flagged
 *     { employeeId: 'A', month: '2026-02', disciplinaryPenalty: 'RINGAN' },    // severe
 *     { month: '2026-03', missing: true },
 *   ],
 *   jabarMkd2025,
 * );
 * r.months.map((m) => [m.month, m.level, m.mkdAllowed, m.mkdAllowedFor]);
 * //=> [['2026-01', 'WASPADA', true, '2026-02'], ['2026-02', 'DICABUT', false, '2026-03'], ['2026-03', 'DICABUT', false, '2026-04']]
 * ```
 */
export function evaluateEarlyWarning(months: readonly EarlyWarningMonthInput[], policy: Policy, options?: EarlyWarningOptions): EarlyWarningResult {
  const p = _ensurePolicy(policy, _performancePolicyCheck);
  const opts = _checkOptions(options, ['initialState', 'calendar']);
  const overrides = opts?.calendar;
  const initialState = opts?.initialState;
  const calendar = overrides === undefined ? undefined : _compileCalendar(p, overrides, ['options', 'calendar']);
  const issues: InputIssue[] = [];
  const checkedMonths = _check(MonthsSchema, months, ['months']);
  if (!checkedMonths.ok) issues.push(...checkedMonths.issues);
  let state = INITIAL_STATE;
  if (initialState !== undefined) {
    const checkedState = _check(EarlyWarningStateSchema, initialState, ['options', 'initialState']);
    if (checkedState.ok) state = checkedState.value;
    else issues.push(...checkedState.issues);
  }
  if (issues.length > 0) throw new InputError(issues);
  return _evaluateEarlyWarning(months, p, state, calendar);
}

/**
 * The checked core of {@link evaluateEarlyWarning}, for callers that validated the
 * months, the state and the policy already (eligibility). Still checks the order of
 * the months and that they belong to one employee (throws InputError). `cal` is the
 * compiled calendar to score raw months with; made on first need when absent.
 */
export function _evaluateEarlyWarning(
  list: readonly EarlyWarningMonthInput[],
  p: Policy,
  initial: EarlyWarningState,
  calendar?: _CompiledCalendar,
): EarlyWarningResult {
  const issues: InputIssue[] = [];
  let state = initial;

  // Order, repeats and one employee.
  let previous = state.lastMonth === undefined ? undefined : monthIndex(state.lastMonth);
  let employeeId: string | undefined;
  list.forEach((entry, i) => {
    const index = monthIndex(entry.month);
    if (previous !== undefined && index <= previous) {
      const prior = monthOf(previous);
      const repeated = index === previous;
      const where = i === 0 ? { id: 'bulan terakhir pada initialState', en: 'the last month of initialState' } : { id: 'bulan sebelumnya dalam daftar', en: 'the month before it in the list' };
      issues.push(
        _issue(
          ['months', i, 'month'],
          repeated ? 'early_warning_month_repeated' : 'early_warning_month_out_of_order',
          repeated ? `Bulan ${entry.month} berulang: sama dengan ${where.id}` : `Bulan ${entry.month} tidak berurutan: muncul setelah ${prior}, ${where.id}`,
          repeated ? `The month ${entry.month} is repeated: it is ${where.en}` : `The month ${entry.month} is out of order: it comes after ${prior}, ${where.en}`,
        ),
      );
    }
    previous = previous === undefined ? index : Math.max(previous, index);
    const id = entry.employeeId;
    if (id !== undefined) {
      if (employeeId === undefined) employeeId = id;
      else if (id !== employeeId) {
        issues.push(
          _issue(
            ['months', i, 'employeeId'],
            'early_warning_employee_mismatch',
            `Bulan ${entry.month} milik pegawai "${id}", sedangkan bulan sebelumnya milik "${employeeId}"; peringatan dini dinilai per pegawai`,
            `The month ${entry.month} belongs to employee "${id}", the months before it to "${employeeId}"; the early warning runs per employee`,
          ),
        );
      }
    }
  });
  if (issues.length > 0) throw new InputError(issues);

  let cal = calendar;
  const out: EarlyWarningEntry[] = [];
  let cursor = state.lastMonth === undefined ? undefined : monthIndex(state.lastMonth);
  list.forEach((entry, i) => {
    const index = monthIndex(entry.month);
    // Months not given between the last one and this one are missing, and reported.
    if (cursor !== undefined) {
      for (let gap = cursor + 1; gap < index; gap++) {
        const next = step(state, missingFacts(monthOf(gap), 'NOT_GIVEN'), gap, p);
        out.push(next.entry);
        state = next.state;
      }
    }
    let facts: MonthFacts;
    if (Object.hasOwn(entry, 'missing')) facts = missingFacts(entry.month, 'MARKED_MISSING');
    else if (Object.hasOwn(entry, 'breakdown')) facts = factsOfScored(entry as ScoredMonth);
    else {
      cal ??= _compileCalendar(p);
      const input = entry as MonthlyPerformanceInput;
      const { workingDays, provisional } = _monthCalendar(cal, input.month, ['months', i, 'month']);
      facts = factsOfScored(_scoreMonth(input, p, workingDays, ['months', i], provisional));
      if (provisional) facts = { ...facts, provisional };
    }
    const next = step(state, facts, index, p);
    out.push(next.entry);
    state = next.state;
    cursor = index;
  });

  const result: Record<string, unknown> = {};
  if (employeeId !== undefined) result['employeeId'] = employeeId;
  result['months'] = out;
  result['finalState'] = state;
  result['policy'] = _policyRef(p);
  return result as unknown as EarlyWarningResult;
}
