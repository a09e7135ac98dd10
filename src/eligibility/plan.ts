import * as z from 'zod/mini';
import { _finding } from '../_lib/finding';
import { _epochDay, _formatIsoDate, _parseIsoMonth } from '../_lib/dates';
import { InputError, _checkOptions, _issue, isInputError } from '../_lib/errors';
import { IsoMonthSchema, _parse } from '../_lib/schema';
import { _policyRef } from '../policy/brand';
import type { Policy } from '../policy/schema';
import { allocateWorkPatterns, type WorkPatternResult } from '../work-pattern/allocate';
import { _WorkPatternUnitSchema, type PinnedFlexibleDay, type WorkPatternEmployee, type WorkPatternInput, type WorkPatternUnit } from '../work-pattern/schema';
import { _quote } from '../_lib/quote';
import { _closest } from '../_lib/suggest';
import { _isPlainObject } from '../_lib/guard';
import { _assessRecords, _contextFor, _summarize, type EligibilityOptions, type UnitAssessment } from './assess';
import type { EligibilityOwnFinding } from './findings';
import type { EmployeeRecord } from './schema';

/**
 * Options of {@link planMonth}: the unit and the month (both required), the roster inputs
 * that are not in the records, and what the eligibility gates read besides the records
 * (`asOf` is the 1st of the month).
 */
export interface PlanMonthOptions extends Omit<EligibilityOptions, 'asOf'> {
  /** The unit: id, anchor weekdays, coverage settings, public service. Records of another unit are rejected. */
  readonly unit: WorkPatternUnit;
  /** The month, `YYYY-MM`; the decisions are taken as of its 1st day. */
  readonly month: string;
  /** Flexible days already granted in the ISO week of the 1st, per NIP (see `WorkPatternInput.carryIn`). */
  readonly carryIn?: Readonly<Record<string, number>>;
  /** Cumulative shortfall of earlier months per NIP (the `history` of last month's plan). */
  readonly history?: Readonly<Record<string, number>>;
  /** Approved flexible-day requests. */
  readonly pinned?: readonly PinnedFlexibleDay[];
}

/** A month planned for one unit: the decisions, and the roster built from them. */
export interface MonthPlan {
  /** The eligibility decisions of the unit's records, as of the first day of the month. */
  readonly decisions: UnitAssessment;
  /** The roster of the month: eligible staff get their flexible days, the others stay at the office. */
  readonly allocation: WorkPatternResult;
  /** What planning noted beyond the decisions and the roster (backup pairings not used). */
  readonly findings: readonly EligibilityOwnFinding[];
}

/** Runs `f`, reporting an issue about the decision date (the 1st of the month) at `options.month`, which holds it. */
function withMonthPath<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!isInputError(error)) throw error;
    const at = (path: readonly (string | number)[]): boolean => path.length === 2 && path[0] === 'options' && path[1] === 'asOf';
    if (!error.issues.some((issue) => at(issue.path))) throw error;
    throw new InputError(error.issues.map((issue) => (at(issue.path) ? { ...issue, path: ['options', 'month'] } : issue)));
  }
}

/** The records argument of {@link planMonth}: a list (each record is validated by the assessment), its schema built once. */
const RecordListSchema = /* @__PURE__ */ (() => z.array(z.unknown()))();

/** The option names of {@link planMonth}. */
const PLAN_MONTH_OPTIONS = ['unit', 'month', 'catalog', 'calendar', 'jurisdiction', 'carryIn', 'history', 'pinned'] as const;

/** The pins of the unit's staff, and anything that is not a pin (a hole included) for the allocation to reject. */
function keptPins(pinned: readonly unknown[], known: ReadonlySet<string>): unknown[] {
  const kept: unknown[] = [];
  for (let i = 0; i < pinned.length; i++) {
    const pin = pinned[i];
    if (!_isPlainObject(pin) || known.has(pin['employeeId'] as string)) kept.push(pin);
  }
  return kept;
}

/**
 * Plans a unit's month in one call: decides every record as of the 1st of the month
 * ({@link assessUnit}), then allocates the roster ({@link allocateWorkPatterns}) with
 * each decided employee — `maxFlexibleDaysPerWeek` as entitlement (0 unless eligible,
 * so the not-eligible still count toward coverage), the position's on-site and field
 * weekdays, the approved cap exception of an eligible employee, and the record's
 * leave dates, preferred weekdays and backup partner. A pairing whose partner is not
 * a decided record of the unit, is not mutual, or is the employee's own NIP is left out
 * with a finding. Records
 * of another unit are rejected.
 *
 * Typed over {@link EmployeeRecord} like {@link assessUnit}: records written in code are
 * checked by the compiler, records read from JSON (`unknown[]`) are accepted, and each is
 * validated at run time.
 *
 * @param records - The unit's employee records (each validated).
 * @param policy - The policy in force (or several to choose from by the 1st of the month).
 * @param options - `unit` and `month` (`YYYY-MM`), required; carry-in, history and pins for the roster; the service catalogue; calendar overrides; `jurisdiction` to choose among several policies.
 * @returns The decisions, the roster, and planning findings.
 * @throws {@link InputError} when the options (unit and month among them) or the policy are malformed, or the month has no calendar data.
 *
 * @example
 * ```ts
 * import { planMonth, type EmployeeRecord } from 'kerja-dinamis/eligibility';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
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
 * const plan = planMonth([rina, asep], jabarMkd2025, { unit: { id: 'bidang-perencanaan', anchorWeekdays: ['SENIN'] }, month: '2026-03' });
 * plan.decisions.results.map((d) => [d.name, d.status, d.maxFlexibleDaysPerWeek]);
 * //=> [['Rina Marlina', 'ELIGIBLE', 2], ['Asep Saepudin', 'NOT_ELIGIBLE', 0]]
 * plan.allocation.totals.granted;
 * //=> 8
 * ```
 */
export function planMonth(records: readonly EmployeeRecord[], policy: Policy | readonly Policy[], options: PlanMonthOptions): MonthPlan;
/**
 * {@link planMonth} on records not yet typed: a list read from JSON, whose elements are
 * `unknown`. Each record is validated at run time; a bad one is rejected, not thrown.
 *
 * @param records - Records of unknown shape (`unknown[]`), each validated.
 * @param policy - The policy in force (or several to choose from by the 1st of the month).
 * @param options - `unit` and `month` (`YYYY-MM`), required; carry-in, history, pins, catalogue, calendar overrides, `jurisdiction`.
 * @returns The decisions, the roster, and planning findings.
 * @throws {@link InputError} when the options or the policy are malformed, or the month has no calendar data.
 */
export function planMonth<R>(records: readonly R[] & (unknown extends R ? unknown : never), policy: Policy | readonly Policy[], options: PlanMonthOptions): MonthPlan;
export function planMonth(records: readonly unknown[], policy: Policy | readonly Policy[], options: PlanMonthOptions): MonthPlan {
  if (options === undefined) {
    throw new InputError([_issue(['options'], 'invalid_type', "Opsi wajib diisi, setidaknya dengan unit dan bulan: { unit, month: 'YYYY-MM' }", "Options are required, with at least the unit and the month: { unit, month: 'YYYY-MM' }")]);
  }
  _checkOptions(options, PLAN_MONTH_OPTIONS);
  // The unit is read (its id) before the allocation validates it: it is checked first.
  const checkedUnit = _parse(_WorkPatternUnitSchema, options.unit, ['options', 'unit']);
  const m = _parse(IsoMonthSchema, options.month, ['options', 'month']);
  const { year, month: mm } = _parseIsoMonth(m)!;
  const asOf = _formatIsoDate(_epochDay(year, mm, 1));
  const ctx = withMonthPath(() => _contextFor(policy, asOf, _epochDay(year, mm, 1), options));
  const list = _parse(RecordListSchema, records, ['records']);
  const { decided, rejected } = _assessRecords(list, ctx, true);
  const inUnit = decided.filter(({ index, record, decision }) => {
    if (record.unitId === checkedUnit.id) return true;
    // A unit id one or two letters off the unit's is most likely a typo in the record.
    const typo = _closest(record.unitId, [checkedUnit.id]) !== undefined;
    rejected.push({
      index,
      nip: decision.employeeId,
      issues: [
        _issue(
          ['unitId'],
          'other_unit',
          `Pegawai ini tercatat di unit ${_quote(record.unitId)}, bukan ${_quote(checkedUnit.id)}${typo ? `; salah ketik untuk ${_quote(checkedUnit.id)}?` : ''}`,
          `This employee is recorded in unit ${_quote(record.unitId)}, not ${_quote(checkedUnit.id)}${typo ? `; a typo for ${_quote(checkedUnit.id)}?` : ''}`,
        ),
      ],
    });
    return false;
  });
  rejected.sort((a, b) => a.index - b.index);
  const findings: EligibilityOwnFinding[] = [];
  const byNip = new Map(inUnit.map((x) => [x.record.nip, x.record]));
  const employees: WorkPatternEmployee[] = inUnit.map(({ record, decision }) => {
    const e: Record<string, unknown> = { id: record.nip, flexibleDaysPerWeek: decision.maxFlexibleDaysPerWeek };
    if (decision.status === 'ELIGIBLE' && record.capException !== undefined) e['capException'] = record.capException;
    const position = record.position;
    if (position?.onsiteWeekdays !== undefined) e['onsiteWeekdays'] = position.onsiteWeekdays;
    if (position?.fieldWeekdays !== undefined) e['fieldWeekdays'] = position.fieldWeekdays;
    const roster = record.roster;
    if (roster?.leaveDates !== undefined) e['leaveDates'] = roster.leaveDates;
    if (roster?.preferredWeekdays !== undefined) e['preferredWeekdays'] = roster.preferredWeekdays;
    const partner = roster?.backupPartnerNip;
    if (partner !== undefined) {
      const other = byNip.get(partner);
      if (partner === record.nip) {
        // Mutual with itself, but no pairing: the allocation would refuse the whole unit.
        findings.push(_finding('eligibility', 'unknown', 'eligibility_backup_partner_ignored', { employeeId: record.nip, partnerNip: partner, reason: 'SELF' as const }));
      } else if (other === undefined) {
        findings.push(_finding('eligibility', 'unknown', 'eligibility_backup_partner_ignored', { employeeId: record.nip, partnerNip: partner, reason: 'NOT_IN_UNIT' as const }));
      } else if (other.roster?.backupPartnerNip !== record.nip) {
        findings.push(_finding('eligibility', 'unknown', 'eligibility_backup_partner_ignored', { employeeId: record.nip, partnerNip: partner, reason: 'NOT_MUTUAL' as const }));
      } else e['backupPartner'] = partner;
    }
    return e as unknown as WorkPatternEmployee;
  });
  const decisions = inUnit.map((x) => x.decision).sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  const known = new Set(byNip.keys());
  // Options are narrowed to the unit's staff before the allocation validates them: what is
  // not a plain object or list is passed on as it is, for the allocation to reject.
  const pick = (map: unknown): unknown => (_isPlainObject(map) ? Object.fromEntries(Object.entries(map).filter(([nip]) => known.has(nip))) : map);
  const input: Record<string, unknown> = { unit: checkedUnit, month: m, employees };
  const carryIn = pick(options?.carryIn);
  const history = pick(options?.history);
  const pinned: unknown = options?.pinned;
  if (carryIn !== undefined) input['carryIn'] = carryIn;
  if (history !== undefined) input['history'] = history;
  if (pinned !== undefined) input['pinned'] = Array.isArray(pinned) ? keptPins(pinned, known) : pinned;
  const allocation = allocateWorkPatterns(input as unknown as WorkPatternInput, ctx.p, ctx.calendarOverrides === undefined ? undefined : { calendar: ctx.calendarOverrides });
  return {
    decisions: { results: decisions, rejected, summary: _summarize(decisions, rejected.length), policy: _policyRef(ctx.p), asOf },
    allocation,
    findings,
  };
}
