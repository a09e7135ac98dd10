import * as z from 'zod/mini';
import { isInputError, type InputIssue } from '../_lib/errors';
import type { Outcome } from '../_lib/finding';
import { _finding, type _FindingCache } from '../_lib/finding';
import { _deepFreeze } from '../_lib/freeze';
import { WORKING_WEEKDAYS, _formatIsoMonth, _civil } from '../_lib/dates';
import { _asOfOptions, _check, _parse } from '../_lib/schema';
import { _compileCalendar, type _CompiledCalendar } from '../calendar/compiled';
import { _ensurePolicy, _policyRef } from '../policy/brand';
import { PolicySchema, type Policy, type PolicyRef } from '../policy/schema';
import { selectPolicy } from '../policy/select';
import type { WarningLevel } from '../policy/sections/early-warning';
import type { CalendarOverrides } from '../policy/sections/calendar';
import type { TalentBoxKey } from '../policy/sections/eligibility';
import type { TalentBoxNumber } from '../policy/sections/talent-box';
import { _normalizeNip } from '../nip/parse';
import { _classifyTalentBox, type TalentAssessment } from '../talent-box/classify';
import { _assessRemoteness, type FieldDays, type PositionMode, type RemotenessPosition } from '../remoteness/assess';
import { serviceCatalog } from '../remoteness/catalog';
import { _ensureCatalog, _resolveCatalog, type ServiceCatalog } from '../remoteness/seal';
import { _checkReadiness, type ReadinessEvidence } from '../readiness/check';
import { _checkEmployeeCriteria, type EmployeeCriteriaInput } from '../readiness/employee-criteria';
import { _evaluateEarlyWarning, type EarlyWarningState } from '../performance/evaluateEarlyWarning';
import type { MonthlyPerformanceInput } from '../performance/schema';
import { GATES, type EligibilityFinding, type GateName } from './findings';
import { EmployeeRecordSchema, _isEmployeeRecord, type EmployeePosition, type EmployeeRecord } from './schema';

/** The MKD decision for one ASN. */
export type EligibilityStatus = 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'INDETERMINATE';

/** How one gate came out. */
export interface GateOutcome {
  /** The gate. */
  readonly gate: GateName;
  /** `pass`, `fail`, or `unknown` (missing, stale or contradictory evidence). */
  readonly outcome: Outcome;
}

/** One ASN's MKD decision, with every reason. Unknown fields are omitted. */
export interface EligibilityDecision {
  /** The employee: their NIP. */
  readonly employeeId: string;
  /** Full name. */
  readonly name: string;
  /** The unit. */
  readonly unitId: string;
  /** `NOT_ELIGIBLE` if any gate fails; else `INDETERMINATE` if any is unknown; else `ELIGIBLE`. */
  readonly status: EligibilityStatus;
  /** Flexible days a week the employee may have; 0 unless `ELIGIBLE`. */
  readonly maxFlexibleDaysPerWeek: number;
  /** The five gates in order: employee criteria, talent box, remoteness, readiness, early warning. */
  readonly gates: readonly GateOutcome[];
  /** The talent box, when it could be determined. */
  readonly box?: TalentBoxNumber;
  /** How the position can be worked. */
  readonly positionMode: PositionMode;
  /** On-site days a week the position needs, when known. */
  readonly onsiteDaysRequired?: number;
  /** Field duty of the position. */
  readonly fieldDays: FieldDays;
  /** The early-warning level the decision used, when known. */
  readonly warningLevel?: WarningLevel;
  /** Every step: the gates' findings in gate order, then the decision's own. */
  readonly findings: readonly EligibilityFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
  /** The decision date. */
  readonly asOf: string;
}

/** Options of {@link assessEligibility} and {@link assessUnit}: the decision date, and what else the gates read besides the record and the policy. */
export interface EligibilityOptions {
  /** The decision date, `YYYY-MM-DD` (WIB); required: the library has no clock. */
  readonly asOf: string;
  /** The service catalogue positions refer to; default `serviceCatalog`, with the policy's catalogue changes applied. */
  readonly catalog?: ServiceCatalog;
  /**
   * Calendar overrides on top of the policy's `calendar` section, for the working days of
   * months given raw: a regional holiday list, or `{ allowProvisional: true }`.
   */
  readonly calendar?: CalendarOverrides;
  /** Given several policies, the jurisdiction to pick the one in force for (see {@link selectPolicy}), e.g. `ID-JB-3278`. */
  readonly jurisdiction?: string;
}

/** Everything one call prepares once for all its records. */
interface Context {
  readonly p: Policy;
  readonly asOf: string;
  readonly asOfDay: number;
  readonly decisionMonthIndex: number;
  readonly decisionMonth: string;
  readonly catalog: ServiceCatalog;
  readonly calendar: () => _CompiledCalendar;
  /** The caller's calendar overrides, passed on to the roster by `planMonth`. */
  readonly calendarOverrides: CalendarOverrides | undefined;
  /** The policy reference every decision carries: one shared, frozen object. */
  readonly policyRef: PolicyRef;
  /** What many records of the call have alike, built once and shared: each gate's result by everything the gate reads of a record (see {@link shared}). */
  readonly shared: Readonly<Record<'criteria' | 'talent' | 'remoteness' | 'warning' | 'days', Store>>;
  /** The gates' findings that carry no value of a record's own, shared (see `_sharedFinding`). */
  readonly findings: _FindingCache;
  /** The gates of a decision, one frozen list per combination of the five outcomes (3^5), by {@link gatesIndex}. */
  readonly gateLists: (readonly GateOutcome[] | undefined)[];
}

/** Shared values by a path of four keys (Map keys: compared with SameValueZero). */
type Store = Map<unknown, unknown>;

/**
 * The value at the path `a`, `b`, `c`, `d` of `store`, made and deep-frozen the first
 * time. `make` must depend on nothing but what the path names (and the call's policy and
 * date), and must not return the caller's objects: freezing them would mutate the input.
 * Nested maps rather than one joined key: nothing to build or hash per record.
 */
function shared<T>(store: Store, a: unknown, b: unknown, c: unknown, d: unknown, make: () => T): T {
  let level1 = store.get(a) as Store | undefined;
  if (level1 === undefined) store.set(a, (level1 = new Map()));
  let level2 = level1.get(b) as Store | undefined;
  if (level2 === undefined) level1.set(b, (level2 = new Map()));
  let level3 = level2.get(c) as Store | undefined;
  if (level3 === undefined) level2.set(c, (level3 = new Map()));
  let value = level3.get(d) as T | undefined;
  if (value === undefined) level3.set(d, (value = _deepFreeze(make())));
  return value;
}

function monthIndexOf(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The options a context reads besides the date (validated by the caller as an object with known keys). */
type ContextOptions = Omit<EligibilityOptions, 'asOf'>;

/** The option names of {@link assessEligibility} and {@link assessUnit}. */
const ELIGIBILITY_OPTIONS = ['asOf', 'catalog', 'calendar', 'jurisdiction'] as const;

function contextOf(policy: unknown, asOf: string, asOfDay: number, options: ContextOptions | undefined): Context {
  const p = _ensurePolicy(policy, PolicySchema);
  const catalog = _resolveCatalog(p, options?.catalog === undefined ? serviceCatalog : _ensureCatalog(options.catalog, ['options', 'catalog']));
  const { year, month } = _civil(asOfDay);
  // Compiled on first need; at once when overrides are given, so that bad ones are the call's error, not a record's.
  let cal: _CompiledCalendar | undefined = options?.calendar === undefined ? undefined : _compileCalendar(p, options.calendar, ['options', 'calendar']);
  return {
    p,
    asOf,
    asOfDay,
    decisionMonthIndex: year * 12 + month - 1,
    decisionMonth: _formatIsoMonth(year, month),
    catalog,
    calendar: () => (cal ??= _compileCalendar(p)),
    calendarOverrides: options?.calendar,
    policyRef: Object.freeze(_policyRef(p)),
    shared: { criteria: new Map(), talent: new Map(), remoteness: new Map(), warning: new Map(), days: new Map() },
    findings: new Map(),
    gateLists: [],
  };
}

/** A record without a position is one whose position names nothing: every part of it unknown. */
const NO_POSITION: EmployeePosition = /* @__PURE__ */ Object.freeze({});

/** The position of a record, or {@link NO_POSITION} when it gives none. */
const positionOf = (record: EmployeeRecord): EmployeePosition => record.position ?? NO_POSITION;

const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { pass: 0, unknown: 1, fail: 2 };

/** One gate's outcome and the findings that explain it. */
interface GateResult {
  readonly outcome: Outcome;
  readonly findings: readonly EligibilityFinding[];
}

/** The early-warning gate, with the level it used. */
interface WarningGate extends GateResult {
  readonly level?: WarningLevel;
}

/**
 * The early-warning gate: the level after the last month evaluated before the decision
 * month. Without months to evaluate it reads only the saved state's level and last
 * month, so that result is shared by the records that have them alike.
 */
function earlyWarningGate(record: EmployeeRecord, ctx: Context): WarningGate {
  const evidence = record.performance;
  if (evidence?.months !== undefined && evidence.months.length > 0) return evaluateWarning(record, ctx);
  const state = evidence?.state;
  return shared(ctx.shared.warning, state?.level, state?.lastMonth, 0, 0, () => evaluateWarning(record, ctx));
}

function evaluateWarning(record: EmployeeRecord, ctx: Context): WarningGate {
  const { p, decisionMonth, decisionMonthIndex } = ctx;
  const findings: EligibilityFinding[] = [];
  const evidence = record.performance;
  const given = evidence?.months ?? [];
  const before = given.filter((m) => monthIndexOf(m.month) < decisionMonthIndex);
  if (before.length < given.length) {
    findings.push(
      _finding('eligibility', 'pass', 'eligibility_early_warning_months_ignored', {
        months: given.filter((m) => monthIndexOf(m.month) >= decisionMonthIndex).map((m) => m.month),
        decisionMonth,
      }),
    );
  }
  let level: WarningLevel | undefined;
  let lastMonth: string | undefined;
  const initial: EarlyWarningState = evidence?.state ?? { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 0 };
  if (before.length > 0) {
    const months: MonthlyPerformanceInput[] = before.map((m) => ({ employeeId: record.nip, ...m }));
    const run = _evaluateEarlyWarning(months, p, initial, ctx.calendar());
    const last = run.months[run.months.length - 1]!;
    findings.push(...last.findings);
    level = last.level;
    lastMonth = last.month;
  } else if (evidence?.state !== undefined) {
    level = evidence.state.level;
    lastMonth = evidence.state.lastMonth;
  } else {
    const treatedAs = p.eligibility.missingEarlyWarning;
    findings.push(_finding('eligibility', treatedAs === 'NORMAL' ? 'pass' : 'unknown', 'eligibility_early_warning_missing', { treatedAs }));
    return treatedAs === 'NORMAL' ? { outcome: 'pass', level: 'NORMAL', findings } : { outcome: 'unknown', findings };
  }
  const maxAgeMonths = p.eligibility.maxEarlyWarningAgeMonths;
  if (lastMonth !== undefined && monthIndexOf(lastMonth) >= decisionMonthIndex) {
    // A saved state that already covers the decision month cannot say what held before it.
    findings.push(_finding('eligibility', 'unknown', 'eligibility_early_warning_after_decision', { lastMonth, decisionMonth }));
    return { outcome: 'unknown', findings };
  }
  if (lastMonth === undefined || decisionMonthIndex - monthIndexOf(lastMonth) > maxAgeMonths) {
    findings.push(_finding('eligibility', 'unknown', 'eligibility_early_warning_stale', { lastMonth: lastMonth ?? null, decisionMonth, maxAgeMonths }));
    return { outcome: 'unknown', findings };
  }
  const outcome: Outcome = level === 'DICABUT' ? 'fail' : 'pass';
  findings.push(_finding('eligibility', outcome, 'eligibility_early_warning_level', { level, lastMonth, decisionMonth }));
  return level === undefined ? { outcome, findings } : { outcome, level, findings };
}

const outcomeOfStatus = (status: string, pass: string, fail: string): Outcome => (status === pass ? 'pass' : status === fail ? 'fail' : 'unknown');

/** The employee-criteria gate: reads the disciplinary record and the placement date only. */
function criteriaGate(record: EmployeeRecord, ctx: Context): GateResult {
  const d = record.disciplinary;
  const since = positionOf(record).since;
  return shared(ctx.shared.criteria, d?.status, d?.penalty, d?.until, since, () => {
    const input: Mutable<EmployeeCriteriaInput> = {};
    if (d !== undefined) input.disciplinary = d;
    if (since !== undefined) input.positionSince = since;
    const criteria = _checkEmployeeCriteria(input, ctx.p, ctx.asOf, ctx.asOfDay);
    return { outcome: outcomeOfStatus(criteria.status, 'met', 'not_met'), findings: criteria.findings };
  });
}

/** The talent-box gate, with the box when determined. */
interface TalentGate extends GateResult {
  readonly box?: TalentBoxNumber;
}

function classifyTalent(assessment: TalentAssessment, ctx: Context): TalentGate {
  const talent = _classifyTalentBox(assessment, ctx.p, ctx.asOf, ctx.asOfDay, ctx.findings);
  const outcome: Outcome = talent.eligible === true ? 'pass' : talent.eligible === false ? 'fail' : 'unknown';
  return talent.box === undefined ? { outcome, findings: talent.findings } : { outcome, box: talent.box, findings: talent.findings };
}

/** The talent-box gate: an assessment by levels alone is shared; scores are too varied to be. */
function talentGate(record: EmployeeRecord, ctx: Context): TalentGate {
  const t = record.talent;
  if (t !== undefined && (t.kinerjaScore !== undefined || t.potensialScore !== undefined)) return classifyTalent(t, ctx);
  return shared(ctx.shared.talent, t?.kinerja, t?.potensial, t?.assessedOn, 0, () => classifyTalent(t ?? EMPTY, ctx));
}

/** The remoteness gate, with what the roster and the days need. */
interface RemotenessGate extends GateResult {
  readonly mode: PositionMode;
  readonly onsiteDaysRequired?: number;
  readonly fieldDays: FieldDays;
}

function assessPosition(position: EmployeePosition, ctx: Context): RemotenessGate {
  const input: Mutable<RemotenessPosition> = {};
  if (position.serviceIds !== undefined) input.serviceIds = position.serviceIds;
  if (position.tasks !== undefined) input.tasks = position.tasks;
  if (position.fieldWeekdays !== undefined) input.fieldWeekdays = position.fieldWeekdays;
  const r = _assessRemoteness(input, ctx.catalog, ctx.p);
  const outcome: Outcome = r.mode === 'TATAP_MUKA' ? 'fail' : r.mode === 'indeterminate' ? 'unknown' : 'pass';
  const gate = { outcome, mode: r.mode, fieldDays: r.fieldDays, findings: r.findings };
  return r.onsiteDaysRequired === undefined ? gate : Object.assign(gate, { onsiteDaysRequired: r.onsiteDaysRequired });
}

/**
 * The remoteness gate: a position described by catalogue services alone is shared by
 * its list of ids (joined by NUL, so only ids without one).
 */
function remotenessGate(record: EmployeeRecord, ctx: Context): RemotenessGate {
  const position = positionOf(record);
  if (position.tasks !== undefined || position.fieldWeekdays !== undefined) return assessPosition(position, ctx);
  const ids = position.serviceIds ?? [];
  for (const id of ids) if (id.includes('\u0000')) return assessPosition(position, ctx);
  return shared(ctx.shared.remoteness, ids.length, ids.length === 1 ? ids[0] : ids.join('\u0000'), 0, 0, () => assessPosition(ids.length === 0 ? EMPTY : { serviceIds: [...ids] }, ctx));
}

/** The gates' findings in order, then the decision's own: one new array (`concat` of frozen lists is slow). */
function joined(
  a: readonly EligibilityFinding[],
  b: readonly EligibilityFinding[],
  c: readonly EligibilityFinding[],
  d: readonly EligibilityFinding[],
  e: readonly EligibilityFinding[],
  last: EligibilityFinding,
): EligibilityFinding[] {
  const out: EligibilityFinding[] = [];
  append(out, a);
  append(out, b);
  append(out, c);
  append(out, d);
  append(out, e);
  out.push(last);
  return out;
}

function append(out: EligibilityFinding[], list: readonly EligibilityFinding[]): void {
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
}

/** Index of a combination of the five gate outcomes in `Context.gateLists`. */
const gatesIndex = (a: Outcome, b: Outcome, c: Outcome, d: Outcome, e: Outcome): number =>
  OUTCOME_RANK[a] + 3 * OUTCOME_RANK[b] + 9 * OUTCOME_RANK[c] + 27 * OUTCOME_RANK[d] + 81 * OUTCOME_RANK[e];

/** Decides one validated record. */
function decide(record: EmployeeRecord, ctx: Context): EligibilityDecision {
  const { p, asOf, asOfDay } = ctx;
  const position = positionOf(record);

  const criteria = criteriaGate(record, ctx);
  const talent = talentGate(record, ctx);
  const remoteness = remotenessGate(record, ctx);

  // `signsLetters` is a fact of the position; the evidence may say it too. (A literal of
  // the seven fields rather than Object.assign: the core reads an undefined one as absent.)
  let evidence: ReadinessEvidence = record.readiness ?? EMPTY;
  if (evidence.signsLetters === undefined && position.signsLetters !== undefined) {
    const e = evidence;
    evidence = {
      laptop: e.laptop,
      bandwidth: e.bandwidth,
      kmobActive: e.kmobActive,
      tte: e.tte,
      signsLetters: position.signsLetters,
      workspaceDeclared: e.workspaceDeclared,
      workplace: e.workplace,
    } as ReadinessEvidence;
  }
  const readiness = _checkReadiness(evidence, p, asOf, asOfDay, ctx.findings);
  const readinessOutcome = outcomeOfStatus(readiness.status, 'ready', 'not_ready');

  const warning = earlyWarningGate(record, ctx);

  const worst = Math.max(OUTCOME_RANK[criteria.outcome], OUTCOME_RANK[talent.outcome], OUTCOME_RANK[remoteness.outcome], OUTCOME_RANK[readinessOutcome], OUTCOME_RANK[warning.outcome]);
  const status: EligibilityStatus = worst === 2 ? 'NOT_ELIGIBLE' : worst === 1 ? 'INDETERMINATE' : 'ELIGIBLE';

  // Flexible days: the pattern of the box, what the position leaves, then the cap.
  let days = 0;
  let daysFinding: EligibilityFinding;
  if (status === 'ELIGIBLE') {
    const rules = p.eligibility;
    const box = talent.box ?? null;
    const byBox = box === null ? undefined : rules.flexibleDaysByBox[String(box) as TalentBoxKey];
    const pattern = p.talentBox.gate ? (byBox ?? 0) : (byBox ?? rules.flexibleDaysWithoutBox);
    const onsite = remoteness.onsiteDaysRequired ?? 0;
    const field = remoteness.fieldDays.count;
    const positionLimit = Math.max(0, WORKING_WEEKDAYS.length - onsite - field);
    const exception = record.capException ?? null;
    const recognised = exception !== null && p.workPattern.capExceptions.includes(exception);
    const cap = recognised ? p.workPattern.exceptionMaxFlexibleDaysPerWeek : p.workPattern.maxFlexibleDaysPerWeek;
    days = Math.min(pattern, positionLimit, cap);
    // Every term follows from the box, the on-site and field days and the exception.
    daysFinding = shared(ctx.shared.days, box, onsite, field, exception, () =>
      _finding('eligibility', 'pass', 'eligibility_flexible_days', {
        box,
        pattern,
        onsiteDaysRequired: onsite,
        fieldDays: field,
        positionLimit,
        cap,
        capException: exception,
        capExceptionRecognised: recognised,
        days,
      }),
    );
  } else {
    daysFinding = shared(ctx.shared.days, status, 0, 0, 0, () => _finding('eligibility', status === 'NOT_ELIGIBLE' ? 'fail' : 'unknown', 'eligibility_not_eligible_no_days', { status }));
  }

  const findings = joined(criteria.findings, talent.findings, remoteness.findings, readiness.findings, warning.findings, daysFinding);
  const g = gatesIndex(criteria.outcome, talent.outcome, remoteness.outcome, readinessOutcome, warning.outcome);
  const gates = (ctx.gateLists[g] ??= Object.freeze([
    GATE_OUTCOME.employee_criteria[criteria.outcome],
    GATE_OUTCOME.talent_box[talent.outcome],
    GATE_OUTCOME.remoteness[remoteness.outcome],
    GATE_OUTCOME.readiness[readinessOutcome],
    GATE_OUTCOME.early_warning[warning.outcome],
  ]));
  const decision: Mutable<EligibilityDecision> = {
    employeeId: record.nip,
    name: record.name,
    unitId: record.unitId,
    status,
    maxFlexibleDaysPerWeek: days,
    gates,
    positionMode: remoteness.mode,
    fieldDays: remoteness.fieldDays,
    findings,
    policy: ctx.policyRef,
    asOf,
  };
  if (talent.box !== undefined) decision.box = talent.box;
  if (remoteness.onsiteDaysRequired !== undefined) decision.onsiteDaysRequired = remoteness.onsiteDaysRequired;
  if (warning.level !== undefined) decision.warningLevel = warning.level;
  return decision;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The fifteen possible gate outcomes, frozen and shared by every decision. */
const GATE_OUTCOME = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(
    GATES.map((gate) => [gate, Object.freeze({ pass: Object.freeze({ gate, outcome: 'pass' }), fail: Object.freeze({ gate, outcome: 'fail' }), unknown: Object.freeze({ gate, outcome: 'unknown' }) })]),
  ) as Record<GateName, Record<Outcome, GateOutcome>>,
);
const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

/**
 * The MKD decision for one ASN: all five gates evaluated — employee criteria
 * (PermenPANRB 4/2025), talent box (PermenPANRB 3/2020), service remoteness,
 * readiness, and the early warning — none skipped, so every reason is listed.
 * `NOT_ELIGIBLE` if any gate fails, else `INDETERMINATE` if any is unknown, else
 * `ELIGIBLE`, with `maxFlexibleDaysPerWeek` = min(the policy's pattern for the talent
 * box, 5 − the position's on-site and field days, the weekly cap — lifted by an
 * approved exception the policy recognises); 0 unless eligible.
 *
 * The early-warning gate reads the level after the last month evaluated before the
 * decision month (`mkdAllowed` applies to the following month); DICABUT fails it,
 * WASPADA and PERINGATAN pass it with a finding, and evidence older than the policy's
 * `maxEarlyWarningAgeMonths` is unknown.
 *
 * @param employee - The record (see {@link EmployeeRecordSchema}).
 * @param policy - The policy in force.
 * @param options - `asOf`, the decision date `YYYY-MM-DD` (WIB), required; the service catalogue and calendar overrides, when not the default.
 * @returns The decision with its gates, days, findings, policy and date.
 * @throws {@link InputError} when the record, policy or options (the date among them) are malformed.
 *
 * @example
 * ```ts
 * import { assessEligibility, type EmployeeRecord } from 'kerja-dinamis/eligibility';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 * import { explain } from 'kerja-dinamis/locales';
 *
 * const rina: EmployeeRecord = {
 *   nip: '198503152010012003',
 *   name: 'Rina Marlina',
 *   unitId: 'bidang-perencanaan',
 *   position: { title: 'Perencana Ahli Muda', serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false },
 *   talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-09-30' },
 *   readiness: { laptop: { available: true, ownership: 'DINAS' }, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2026-02-10' },
 *                kmobActive: true, workspaceDeclared: true },
 *   disciplinary: { status: 'NONE' },
 *   performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 4, lastMonth: '2026-02' } },
 * };
 * const d = assessEligibility(rina, jabarMkd2025, { asOf: '2026-03-02' });
 * [d.status, d.maxFlexibleDaysPerWeek];
 * //=> ['ELIGIBLE', 2]
 * explain(d, { locale: 'en' })[0];
 * //=> 'Eligible for MKD: at most 2 flexible days a week.'
 * ```
 */
export function assessEligibility(employee: EmployeeRecord, policy: Policy, options: EligibilityOptions): EligibilityDecision {
  const { options: opts, asOf, asOfDay } = _asOfOptions(options, ELIGIBILITY_OPTIONS);
  const ctx = contextOf(policy, asOf, asOfDay, opts);
  const record = _parse(EmployeeRecordSchema, employee, [], _isEmployeeRecord);
  return decide(record, ctx);
}

/** A record that could not be decided, with every problem found. */
export interface RejectedRecord {
  /** Position of the record in the input. */
  readonly index: number;
  /** The NIP, when it could be read. */
  readonly nip?: string;
  /** Every problem, paths relative to the record. */
  readonly issues: readonly InputIssue[];
}

/** Counts over a unit's decisions. */
export interface UnitSummary {
  /** Records decided. */
  readonly total: number;
  /** Decisions by status. */
  readonly byStatus: Readonly<Record<EligibilityStatus, number>>;
  /** Decisions in which each gate failed (a decision can count under several gates). */
  readonly byFailingGate: Readonly<Record<GateName, number>>;
  /** Decisions in which each gate was unknown. */
  readonly byUnknownGate: Readonly<Record<GateName, number>>;
  /** Records rejected as bad input. */
  readonly rejected: number;
}

/** Result of {@link assessUnit}. */
export interface UnitAssessment {
  /** One decision per valid record, sorted by unit, then NIP. */
  readonly results: readonly EligibilityDecision[];
  /** Records rejected, by index. */
  readonly rejected: readonly RejectedRecord[];
  /** Counts. */
  readonly summary: UnitSummary;
  /** The policy applied. */
  readonly policy: PolicyRef;
  /** The decision date. */
  readonly asOf: string;
}

/** The NIP of a raw record as the schema will read it (grouped digits joined), when it is text. */
function nipOf(raw: unknown): string | undefined {
  const nip = typeof raw === 'object' && raw !== null ? (raw as { nip?: unknown }).nip : undefined;
  return typeof nip === 'string' ? _normalizeNip(nip) : undefined;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const ListSchema = /* @__PURE__ */ (() => z.array(z.unknown()))();

/** Counts decisions by status and gate. */
export function _summarize(results: readonly EligibilityDecision[], rejected: number): UnitSummary {
  const byStatus = { ELIGIBLE: 0, NOT_ELIGIBLE: 0, INDETERMINATE: 0 };
  const zero = (): Record<GateName, number> => ({ employee_criteria: 0, talent_box: 0, remoteness: 0, readiness: 0, early_warning: 0 });
  const byFailingGate = zero();
  const byUnknownGate = zero();
  for (const d of results) {
    byStatus[d.status] += 1;
    for (const g of d.gates) {
      if (g.outcome === 'fail') byFailingGate[g.gate] += 1;
      else if (g.outcome === 'unknown') byUnknownGate[g.gate] += 1;
    }
  }
  return { total: results.length, byStatus, byFailingGate, byUnknownGate, rejected };
}

/** A decided record, with its place in the input (kept for planMonth). */
export interface _Decided {
  readonly index: number;
  readonly record: EmployeeRecord;
  readonly decision: EligibilityDecision;
}

/**
 * Validates and decides records one by one; shared by assessUnit and planMonth. The
 * decisions come in input order; `decided` (with each record) only when `keepRecords`:
 * a batch that keeps every record alive pays for it again in garbage collection.
 */
export function _assessRecords(
  list: readonly unknown[],
  ctx: Context,
  keepRecords: boolean,
): { decisions: EligibilityDecision[]; decided: _Decided[]; rejected: RejectedRecord[] } {
  // NIPs first, so that duplicates are rejected whatever the order of the records:
  // `repeated[i]` says whether another record has the NIP of record i.
  const nips = list.map(nipOf);
  const first = new Map<string, number>();
  const repeated = new Uint8Array(list.length);
  nips.forEach((nip, index) => {
    if (nip === undefined) return;
    const other = first.get(nip);
    if (other === undefined) first.set(nip, index);
    else repeated[other] = repeated[index] = 1;
  });
  const decisions: EligibilityDecision[] = [];
  const decided: _Decided[] = [];
  const rejected: RejectedRecord[] = [];
  for (let index = 0; index < list.length; index++) {
    const checked = _check(EmployeeRecordSchema, list[index], [], _isEmployeeRecord);
    let outcome: EligibilityDecision | readonly InputIssue[];
    if (!checked.ok) outcome = checked.issues;
    else if (repeated[index] === 1) outcome = duplicateNip(checked.value.nip);
    else outcome = decideOrReject(checked.value, ctx);
    if (isIssues(outcome)) {
      const nip = nips[index];
      rejected.push(nip === undefined ? { index, issues: outcome } : { index, nip, issues: outcome });
    } else {
      decisions.push(outcome);
      if (keepRecords && checked.ok) decided.push({ index, record: checked.value, decision: outcome });
    }
  }
  return { decisions, decided, rejected };
}

const isIssues = (x: EligibilityDecision | readonly InputIssue[]): x is readonly InputIssue[] => Array.isArray(x);

function duplicateNip(nip: string): InputIssue[] {
  return [{ path: ['nip'], code: 'duplicate_nip', message: { id: `NIP ${nip} tercantum lebih dari sekali`, en: `NIP ${nip} is listed more than once` } }];
}

/** The decision on a validated record, or the issues that make it bad input after all. */
function decideOrReject(record: EmployeeRecord, ctx: Context): EligibilityDecision | readonly InputIssue[] {
  try {
    return decide(record, ctx);
  } catch (error) {
    // Months out of order, or a month the calendar has no data for: bad input of this record.
    if (isInputError(error)) return error.issues;
    throw error;
  }
}

/**
 * The context for a call with one policy, or the one in force among several; `options`
 * were checked by the caller (an object with known keys only), `asOf` too.
 */
export function _contextFor(policy: Policy | readonly Policy[], asOf: string, asOfDay: number, options: ContextOptions): Context {
  const chosen = Array.isArray(policy)
    ? selectPolicy(policy as readonly Policy[], options.jurisdiction === undefined ? { asOf } : { asOf, jurisdiction: options.jurisdiction })
    : (policy as Policy);
  return contextOf(chosen, asOf, asOfDay, options);
}

/**
 * Decides a whole unit (or any list of records): each record validated on its own,
 * a bad one rejected with its index, NIP when readable and every issue — never
 * stopping the others. Records sharing a NIP are all rejected. Given several policies,
 * the one in force on `asOf` is used. Output is sorted, and byte-identical for any
 * order of the records.
 *
 * Typed over {@link EmployeeRecord}: a list of records written in code is checked by
 * the compiler. A list read from JSON (`unknown[]`, or `any`) is accepted as it is, and
 * each record is validated at run time either way.
 *
 * @param records - Employee records (each validated).
 * @param policy - A policy, or several to choose from by `asOf`.
 * @param options - `asOf`, the decision date `YYYY-MM-DD` (WIB), required; `jurisdiction` to choose among several policies; the service catalogue and calendar overrides, when not the default.
 * @returns Decisions, rejected records and a summary.
 * @throws {@link InputError} only when the policy, the options (the date among them) or the list itself is invalid.
 *
 * @example
 * ```ts
 * import { assessUnit, type EmployeeRecord } from 'kerja-dinamis/eligibility';
 * import { jabarMkd2023, jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const rina: EmployeeRecord = {
 *   nip: '198503152010012003',
 *   name: 'Rina Marlina',
 *   unitId: 'bidang-perencanaan',
 *   position: { title: 'Perencana Ahli Muda', serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false },
 *   talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-09-30' },
 *   readiness: { laptop: { available: true, ownership: 'DINAS' }, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2026-02-10' },
 *                kmobActive: true, workspaceDeclared: true },
 *   disciplinary: { status: 'NONE' },
 *   performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 4, lastMonth: '2026-02' } },
 * };
 * const asep: EmployeeRecord = { ...rina, nip: '199001012015031001', name: 'Asep Saepudin',
 *                talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' } }; // box 2
 * const { results, rejected, summary } = assessUnit([rina, asep, { ...rina, nip: '1985' }], [jabarMkd2023, jabarMkd2025], { asOf: '2026-03-02' });
 * summary.byStatus;
 * //=> { ELIGIBLE: 1, NOT_ELIGIBLE: 1, INDETERMINATE: 0 }
 * results.map((d) => [d.name, d.status]);
 * //=> [['Rina Marlina', 'ELIGIBLE'], ['Asep Saepudin', 'NOT_ELIGIBLE']]
 * rejected.map((r) => [r.index, r.issues.map((i) => i.code)]);
 * //=> [[2, ['nip_length']]]
 * ```
 */
export function assessUnit(records: readonly EmployeeRecord[], policy: Policy | readonly Policy[], options: EligibilityOptions): UnitAssessment;
/**
 * {@link assessUnit} on records not yet typed: a list read from JSON, whose elements are
 * `unknown`. Each record is validated at run time; a bad one is rejected, not thrown.
 *
 * @param records - Records of unknown shape (`unknown[]`), each validated.
 * @param policy - A policy, or several to choose from by `asOf`.
 * @param options - `asOf`, the decision date `YYYY-MM-DD` (WIB), required; `jurisdiction`, the service catalogue and calendar overrides.
 * @returns Decisions, rejected records and a summary.
 * @throws {@link InputError} only when the policy, the options (the date among them) or the list itself is invalid.
 */
export function assessUnit<R>(records: readonly R[] & (unknown extends R ? unknown : never), policy: Policy | readonly Policy[], options: EligibilityOptions): UnitAssessment;
export function assessUnit(records: readonly unknown[], policy: Policy | readonly Policy[], options: EligibilityOptions): UnitAssessment {
  const { options: opts, asOf, asOfDay } = _asOfOptions(options, ELIGIBILITY_OPTIONS);
  const ctx = _contextFor(policy, asOf, asOfDay, opts);
  const list = _parse(ListSchema, records, ['records']);
  const { decisions: results, rejected } = _assessRecords(list, ctx, false);
  // Counted before sorting, while the decisions lie in memory in the order they were made.
  const summary = _summarize(results, rejected.length);
  results.sort((a, b) => compare(a.unitId, b.unitId) || compare(a.employeeId, b.employeeId));
  return { results, rejected, summary, policy: _policyRef(ctx.p), asOf };
}

export type { Context as _EligibilityContext };
