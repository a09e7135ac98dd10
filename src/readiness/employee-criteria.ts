import * as z from 'zod/mini';
import { _addMonths, _formatIsoDate, _monthsBetween, _parseIsoDate } from '../_lib/dates';
import { _finding } from '../_lib/finding';
import type { _Report } from '../_lib/guard';
import { IsoDateSchema, _addIssue, _asOfOptions, _parse } from '../_lib/schema';
import type { AsOfOptions } from '../_lib/options';
import { _ensurePolicy, _policyCheck, _policyRef } from '../policy/brand';
import { EmployeeCriteriaPolicySchema } from '../policy/sections/employee-criteria';

/** What checkEmployeeCriteria checks of an unsealed policy: its identity and `employeeCriteria`. */
const PolicyCheck = /* @__PURE__ */ _policyCheck({ employeeCriteria: EmployeeCriteriaPolicySchema });
import type { Policy, PolicyRef } from '../policy/schema';
import type { EmployeeCriteriaFinding, PenaltyLevel } from './findings';

/**
 * Where an employee stands on discipline:
 * - `NONE` — no penalty on record (within the policy's look-back);
 * - `IN_PROCESS` — under examination for a disciplinary offence;
 * - `SERVING` — serving a penalty (until `until`, when given);
 * - `SERVED` — a penalty ended on `until`.
 */
export const DISCIPLINARY_STATUSES = ['NONE', 'IN_PROCESS', 'SERVING', 'SERVED'] as const;

/** A disciplinary status; see {@link DISCIPLINARY_STATUSES}. */
export type DisciplinaryStatus = (typeof DISCIPLINARY_STATUSES)[number];

/** Penalty levels of PP 94/2021: light (`RINGAN`), medium (`SEDANG`), heavy (`BERAT`). */
export const PENALTY_LEVELS = ['RINGAN', 'SEDANG', 'BERAT'] as const satisfies readonly PenaltyLevel[];

/** An employee's disciplinary record as it bears on flexible working. */
export interface DisciplinaryRecord {
  /** Where the employee stands. */
  readonly status: DisciplinaryStatus;
  /** Level of the penalty (proposed, served or being served); not with `NONE`. */
  readonly penalty?: PenaltyLevel;
  /**
   * Last day of the penalty, `YYYY-MM-DD`; required with `SERVED`, not with `NONE`. A
   * `SERVING` penalty whose last day is before the decision date has been served out;
   * a `SERVED` one whose last day is not yet past is still being served.
   */
  readonly until?: string;
}

/** What the employee criteria of PermenPANRB 4/2025 look at; a missing field is unknown. */
export interface EmployeeCriteriaInput {
  /** The disciplinary record. */
  readonly disciplinary?: DisciplinaryRecord;
  /** First day in the current position (after recruitment, promotion, mutation or rotation), `YYYY-MM-DD`. */
  readonly positionSince?: string;
}

/** Schema of {@link DisciplinaryRecord}. */
export const DisciplinaryRecordSchema = /* @__PURE__ */ (() => z.strictObject({
  status: z.enum(DISCIPLINARY_STATUSES),
  penalty: z.exactOptional(z.enum(PENALTY_LEVELS)),
  until: z.exactOptional(IsoDateSchema),
}).check(z.superRefine((record, ctx) => _checkDisciplinaryRecord(record, (code, message, path) => _addIssue(ctx, code, message, path)))))();

/**
 * The checks of a well-formed disciplinary record across its fields: `NONE` carries no
 * penalty or last day, `SERVED` needs its last day. Shared by the schema and guards.
 */
export function _checkDisciplinaryRecord(record: DisciplinaryRecord, report: _Report): void {
  if (record.status === 'NONE' && (record.penalty !== undefined || record.until !== undefined)) {
    report('disciplinary_inconsistent', {
      id: 'Status NONE (tanpa hukuman) tidak boleh disertai "penalty" atau "until"',
      en: 'Status NONE (no penalty) cannot carry "penalty" or "until"',
    });
  }
  if (record.status === 'SERVED' && record.until === undefined) {
    report('disciplinary_until_required', {
      id: 'Status SERVED memerlukan tanggal berakhirnya hukuman ("until")',
      en: 'Status SERVED needs the last day of the penalty ("until")',
    }, ['until']);
  }
}

/** Schema of {@link EmployeeCriteriaInput}; unknown keys are rejected. */
export const EmployeeCriteriaInputSchema = /* @__PURE__ */ (() => z.strictObject({
  disciplinary: z.exactOptional(DisciplinaryRecordSchema),
  positionSince: z.exactOptional(IsoDateSchema),
}))();

/** The employee-criteria decision. */
export interface EmployeeCriteriaResult {
  /** `not_met` if a criterion fails; else `indeterminate` if one is unknown; else `met`. */
  readonly status: 'met' | 'not_met' | 'indeterminate';
  /** The discipline finding, then the tenure finding. */
  readonly findings: readonly EmployeeCriteriaFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

/**
 * Checks the employee criteria of PermenPANRB 4/2025 for flexible working: not serving
 * or being examined for a disciplinary penalty (a penalty that ended counts for the
 * policy's `servedPenaltyLookbackMonths`, default 0), and not newly placed — at least
 * `minMonthsInPosition` whole months (default 3 [D]) in the current position on `asOf`.
 * A missing record, or a placement dated after `asOf`, is unknown.
 *
 * @param employee - The disciplinary record and the date placed in the position.
 * @param policy - The policy in force (its `employeeCriteria` section).
 * @param options - `asOf`: the decision date, `YYYY-MM-DD` (WIB); required.
 * @returns `met`, `not_met` or `indeterminate`, with findings and policy.
 * @throws {@link InputError} when the input, policy or date is malformed.
 *
 * @example
 * ```ts
 * import { checkEmployeeCriteria } from 'kerja-dinamis/readiness';
 * import { nationalFwa2025 } from 'kerja-dinamis/policy';
 *
 * checkEmployeeCriteria({ disciplinary: { status: 'NONE' }, positionSince: '2025-11-20' }, nationalFwa2025, { asOf: '2026-01-15' }).status;
 * //=> 'not_met' (newly placed: 1 month in the position, 3 required)
 * ```
 */
export function checkEmployeeCriteria(employee: EmployeeCriteriaInput, policy: Policy, options: AsOfOptions): EmployeeCriteriaResult {
  const input = _parse(EmployeeCriteriaInputSchema, employee);
  const p = _ensurePolicy(policy, PolicyCheck);
  const { asOf, asOfDay } = _asOfOptions(options, ['asOf']);
  return _checkEmployeeCriteria(input, p, asOf, asOfDay);
}

/**
 * The checked core of {@link checkEmployeeCriteria}, for modules that validated the
 * input, the policy and the date already (eligibility).
 */
export function _checkEmployeeCriteria(input: EmployeeCriteriaInput, p: Policy, asOf: string, asOfDay: number): EmployeeCriteriaResult {
  const rules = p.employeeCriteria;
  const findings: EmployeeCriteriaFinding[] = [];

  const d = input.disciplinary;
  if (d === undefined) {
    findings.push(_finding('employee_criteria', 'unknown', 'employee_disciplinary_unknown', {}));
  } else if (d.status === 'NONE') {
    findings.push(_finding('employee_criteria', 'pass', 'employee_disciplinary_none', {}));
  } else {
    // Params are built as fresh literals: a literal that starts with a spread is slow in V8.
    const withPenalty = <T extends object>(params: T): T & { penalty?: PenaltyLevel } =>
      d.penalty !== undefined ? Object.assign({ penalty: d.penalty }, params) : params;
    if (d.status === 'IN_PROCESS') {
      findings.push(_finding('employee_criteria', 'fail', 'employee_disciplinary_in_process', withPenalty({})));
    } else {
      const until = d.until;
      const untilDay = until === undefined ? undefined : (_parseIsoDate(until) as number);
      if (until === undefined || untilDay! >= asOfDay) {
        findings.push(_finding('employee_criteria', 'fail', 'employee_disciplinary_serving', withPenalty(until !== undefined ? { until } : {})));
      } else {
        // The penalty ended before asOf; with no lookback it counts until its last day only.
        const lookbackMonths = rules.servedPenaltyLookbackMonths;
        const countsUntil = _addMonths(untilDay!, lookbackMonths);
        if (asOfDay <= countsUntil) {
          findings.push(
            _finding('employee_criteria', 'fail', 'employee_disciplinary_recently_served', withPenalty({ until, lookbackMonths, countsUntil: _formatIsoDate(countsUntil) })),
          );
        } else {
          findings.push(_finding('employee_criteria', 'pass', 'employee_disciplinary_served', withPenalty({ until, lookbackMonths })));
        }
      }
    }
  }

  if (input.positionSince === undefined) {
    findings.push(_finding('employee_criteria', 'unknown', 'employee_position_since_unknown', {}));
  } else {
    const since = _parseIsoDate(input.positionSince) as number;
    if (since > asOfDay) {
      findings.push(_finding('employee_criteria', 'unknown', 'employee_position_since_in_future', { positionSince: input.positionSince, asOf }));
    } else {
      const minMonths = rules.minMonthsInPosition;
      const monthsInPosition = _monthsBetween(since, asOfDay);
      const eligibleFrom = _addMonths(since, minMonths);
      if (asOfDay < eligibleFrom) {
        findings.push(
          _finding('employee_criteria', 'fail', 'employee_newly_placed', {
            positionSince: input.positionSince,
            monthsInPosition,
            minMonths,
            eligibleFrom: _formatIsoDate(eligibleFrom),
          }),
        );
      } else {
        findings.push(_finding('employee_criteria', 'pass', 'employee_tenure_met', { positionSince: input.positionSince, monthsInPosition, minMonths }));
      }
    }
  }

  const status = findings.some((f) => f.outcome === 'fail') ? 'not_met' : findings.some((f) => f.outcome === 'unknown') ? 'indeterminate' : 'met';
  return { status, findings, policy: _policyRef(p) };
}
