import { InputError, _checkOptions, _issue, type InputIssue } from '../_lib/errors';
import { _daysInMonth, _epochDay, _isoWeekdayNumber, _parseIsoMonth } from '../_lib/dates';
import { _finding } from '../_lib/finding';
import { _parse } from '../_lib/schema';
import { _compileCalendar, type _CompiledCalendar } from '../calendar/compiled';
import { _ensurePolicy, _policyRef } from '../policy/brand';
import { _performancePolicyCheck } from './policy-check';
import type { Policy, PolicyRef } from '../policy/schema';
import { PERFORMANCE_COMPONENTS, type DisciplinaryPenalty, type PerformanceComponent, type Predikat } from '../policy/sections/performance';
import type { CalendarOverrides } from '../policy/sections/calendar';
import type { PerformanceFinding, WeightShare } from './findings';
import { PREDIKAT_MATRIX } from './tables';
import { MonthlyPerformanceInputSchema, type MonthlyPerformanceInput } from './schema';

/** How a component entered the score. */
export type ComponentStatus = 'scored' | 'unknown_zero' | 'unknown_redistributed';

/** One line of the score: a component, its weights, points and contribution. */
export interface BreakdownEntry {
  /** The component. */
  readonly component: PerformanceComponent;
  /** Its weight in the policy. */
  readonly weight: number;
  /**
   * The weight it carried: the policy weight, or with `REDISTRIBUTE` its share of the
   * weight of the components without data (to hundredths; 0 for a component left out).
   * The effective weights add up to 100.
   */
  readonly effectiveWeight: number;
  /** Its points, 0–100 to hundredths; `null` without data. */
  readonly points: number | null;
  /** effectiveWeight × points / 100, rounded half-up to hundredths; 0 without data. */
  readonly contribution: number;
  /** `scored`, or without data `unknown_zero` (policy `ZERO`) or `unknown_redistributed` (policy `REDISTRIBUTE`). */
  readonly status: ComponentStatus;
}

/** The score of one employee-month. Fields that are unknown are omitted. */
export interface MonthlyPerformanceResult {
  /** The employee. */
  readonly employeeId: string;
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /**
   * The score, 0–100 to hundredths: exactly the sum of the breakdown's contributions
   * (in hundredths: `Σ round(contribution × 100) = round(score × 100)`). `null` when no
   * component has data.
   */
  readonly score: number | null;
  /** One entry per component, in the order TRK, KEHADIRAN, SKP. */
  readonly breakdown: readonly BreakdownEntry[];
  /** The predikat, when SKP ratings were given. */
  readonly predikat?: Predikat;
  /** TRK minutes after the deduction for days absent without reason, when TRK data were given. */
  readonly netTrkMinutes?: number;
  /** The month's TRK minimum, prorated for approved leave, when TRK data were given. */
  readonly trkMinimum?: number;
  /** Working days of the month (the calendar with the policy's overrides). */
  readonly workingDays: number;
  /** Days absent without reason, when attendance data were given. */
  readonly daysAbsentWithoutReason?: number;
  /** Flexible days without a K-Mob check-in, when attendance data were given. */
  readonly flexibleDaysWithoutCheckIn?: number;
  /** The disciplinary penalty of the month, when there was one. */
  readonly disciplinaryPenalty?: DisciplinaryPenalty;
  /** Every step of the score, in order. */
  readonly findings: readonly PerformanceFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

/** ⌊num / den + ½⌋ for num ≥ 0, den > 0: division rounded half-up, in integers. */
function divHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/** ⌈num / den⌉ for num ≥ 0, den > 0. */
function divCeil(num: number, den: number): number {
  return Math.floor((num + den - 1) / den);
}

/**
 * Working days of a month under the compiled calendar; InputError naming the year when it
 * has no data. A working day is a Monday–Friday that is not a holiday (the compiled
 * calendar's own definition), so the count is the month's weekdays less the holidays on
 * them — read from the year's holiday list rather than day by day, which would lay out
 * the year's day table on every call (most of the cost of a one-month question).
 */
export function _workingDaysOf(cal: _CompiledCalendar, month: string, path: readonly (string | number)[]): number {
  return _monthCalendar(cal, month, path).workingDays;
}

/** The month's working days (see {@link _workingDaysOf}), and whether its year is provisional. */
export function _monthCalendar(cal: _CompiledCalendar, month: string, path: readonly (string | number)[]): { workingDays: number; provisional: boolean } {
  const { year, month: m } = _parseIsoMonth(month)!;
  if (!cal.hasYear(year)) throw cal.yearError(year, path);
  const first = _epochDay(year, m, 1);
  const length = _daysInMonth(year, m);
  // Four whole weeks hold 20 weekdays; then the 0–3 days left, from the 29th.
  let count = 20;
  for (let day = first + 28; day < first + length; day++) if (_isoWeekdayNumber(day) <= 5) count++;
  for (const holiday of cal.holidaysInYear(year)) {
    // `YYYY-MM-DD` of a validated calendar: the month by prefix, the day from its digits.
    if (!holiday.date.startsWith(month)) continue;
    const day = first + (holiday.date.charCodeAt(8) - 48) * 10 + (holiday.date.charCodeAt(9) - 48) - 1;
    if (_isoWeekdayNumber(day) <= 5) count--;
  }
  return { workingDays: count, provisional: cal.isProvisionalYear(year) };
}

/** Options of {@link scoreMonthlyPerformance} and {@link evaluateEarlyWarning}. */
export interface PerformanceOptions {
  /**
   * Calendar overrides on top of the policy's `calendar` section, for the month's working
   * days: a regional holiday list, or `{ allowProvisional: true }` for a provisional year.
   */
  readonly calendar?: CalendarOverrides;
}

/** The checks that need the month's working days; every problem, paths under `prefix`. */
function checkAgainstWorkingDays(input: MonthlyPerformanceInput, workingDays: number, prefix: readonly (string | number)[]): InputIssue[] {
  const a = input.attendance;
  if (a === undefined) return [];
  const issues: InputIssue[] = [];
  const used = a.daysPresent + a.daysAbsentWithoutReason + a.leaveDays;
  if (used > workingDays) {
    issues.push(
      _issue(
        [...prefix, 'attendance'],
        'attendance_days_exceed_working_days',
        `Hari hadir ${a.daysPresent} + tanpa keterangan ${a.daysAbsentWithoutReason} + cuti ${a.leaveDays} = ${used}, melebihi ${workingDays} hari kerja bulan ${input.month}`,
        `Days present ${a.daysPresent} + absent without reason ${a.daysAbsentWithoutReason} + leave ${a.leaveDays} = ${used}, more than the ${workingDays} working days of ${input.month}`,
      ),
    );
  }
  const room = workingDays - a.daysAbsentWithoutReason - a.leaveDays;
  if (a.flexibleDaysWithoutCheckIn > Math.max(0, room)) {
    issues.push(
      _issue(
        [...prefix, 'attendance', 'flexibleDaysWithoutCheckIn'],
        'attendance_check_in_days_exceed_working_days',
        `${a.flexibleDaysWithoutCheckIn} hari fleksibel tanpa presensi K-Mob melebihi ${Math.max(0, room)} hari kerja yang bukan cuti atau tanpa keterangan (${workingDays} − ${a.daysAbsentWithoutReason} − ${a.leaveDays}) bulan ${input.month}`,
        `${a.flexibleDaysWithoutCheckIn} flexible days without a K-Mob check-in exceed the ${Math.max(0, room)} working days of ${input.month} that are neither leave nor absence (${workingDays} − ${a.daysAbsentWithoutReason} − ${a.leaveDays})`,
      ),
    );
  }
  return issues;
}

/**
 * Scores one validated employee-month whose working days are known. Throws InputError
 * (paths under `prefix`) when the attendance does not fit in the working days.
 */
export function _scoreMonth(input: MonthlyPerformanceInput, p: Policy, workingDays: number, prefix: readonly (string | number)[] = [], provisional = false): MonthlyPerformanceResult {
  const issues = checkAgainstWorkingDays(input, workingDays, prefix);
  if (issues.length > 0) throw new InputError(issues);
  const rules = p.performance;
  const findings: PerformanceFinding[] = [];
  if (provisional) findings.push(_finding('performance', 'unknown', 'performance_provisional_calendar', { month: input.month, workingDays }));
  const att = input.attendance;
  // Points of each component in integer hundredths (0–10,000), or -1 without data.
  const pointsH: Record<PerformanceComponent, number> = { TRK: -1, KEHADIRAN: -1, SKP: -1 };

  let netTrkMinutes: number | undefined;
  let trkMinimum: number | undefined;
  if (input.trk !== undefined) {
    const raw = input.trk.effectiveMinutes;
    const absent = att?.daysAbsentWithoutReason ?? 0;
    const leave = att?.leaveDays ?? 0;
    const deduction = absent * rules.trk.absenceDeductionMinutes;
    const net = Math.max(0, raw - deduction);
    // ⌈minimum × (W − leave) / W⌉ in integers; a month without working days has no minimum.
    const minimum = workingDays === 0 ? 0 : divCeil(rules.trk.monthlyMinimumMinutes * Math.max(0, workingDays - leave), workingDays);
    const points = minimum === 0 ? 10_000 : Math.min(10_000, divHalfUp(10_000 * net, minimum));
    pointsH.TRK = points;
    netTrkMinutes = net;
    trkMinimum = minimum;
    if (att === undefined) {
      findings.push(_finding('performance', 'unknown', 'performance_trk_absences_unknown', { rawMinutes: raw, minimum }));
    }
    const met = net >= minimum;
    findings.push(
      _finding('performance', met ? 'pass' : 'fail', met ? 'performance_trk_minimum_met' : 'performance_trk_below_minimum', {
        rawMinutes: raw,
        daysAbsentWithoutReason: absent,
        deductionMinutes: deduction,
        netMinutes: net,
        workingDays,
        leaveDays: leave,
        minimum,
        points: points / 100,
      }),
    );
  }

  if (att !== undefined) {
    const a = rules.attendance;
    const den = a.lateOrEarlyMinutesPerPoint;
    // Points × den, so that minutes late are pro rata without fractions.
    const deductionNum =
      (a.absentDayPoints * att.daysAbsentWithoutReason + a.flexibleDayWithoutCheckInPoints * att.flexibleDaysWithoutCheckIn) * den + att.minutesLate + att.minutesEarlyLeave;
    const points = divHalfUp(100 * Math.max(0, 100 * den - deductionNum), den);
    pointsH.KEHADIRAN = points;
    findings.push(
      _finding('performance', 'pass', 'performance_attendance_scored', {
        daysPresent: att.daysPresent,
        daysAbsentWithoutReason: att.daysAbsentWithoutReason,
        minutesLate: att.minutesLate,
        minutesEarlyLeave: att.minutesEarlyLeave,
        flexibleDaysWithoutCheckIn: att.flexibleDaysWithoutCheckIn,
        leaveDays: att.leaveDays,
        workingDays,
        deductionPoints: divHalfUp(100 * deductionNum, den) / 100,
        points: points / 100,
      }),
    );
  }

  let predikat: Predikat | undefined;
  const skp = input.skp;
  if (skp !== undefined) {
    if ('hasilKerja' in skp) {
      predikat = PREDIKAT_MATRIX[skp.hasilKerja][skp.perilakuKerja];
      const points = rules.skp.predikatPoints[predikat];
      pointsH.SKP = points * 100;
      findings.push(_finding('performance', 'pass', 'performance_skp_from_ratings', { hasilKerja: skp.hasilKerja, perilakuKerja: skp.perilakuKerja, predikat, points }));
    } else {
      const points = Math.min(10_000, Math.round(skp.targetRealisationPercent * 100));
      pointsH.SKP = points;
      findings.push(_finding('performance', 'pass', 'performance_skp_from_realisation', { targetRealisationPercent: skp.targetRealisationPercent, points: points / 100 }));
    }
  }

  if (input.disciplinaryPenalty !== undefined) {
    findings.push(_finding('performance', 'fail', 'performance_disciplinary_penalty', { penalty: input.disciplinaryPenalty }));
  }

  // Effective weights in hundredths (adding up to 10,000).
  const mode = rules.unknownComponent;
  const known = PERFORMANCE_COMPONENTS.filter((c) => pointsH[c] >= 0);
  const unknown = PERFORMANCE_COMPONENTS.filter((c) => pointsH[c] < 0);
  for (const c of unknown) findings.push(_finding('performance', 'unknown', 'performance_component_unknown', { component: c, weight: rules.weights[c], mode }));
  const weightH: Record<PerformanceComponent, number> = { TRK: rules.weights.TRK * 100, KEHADIRAN: rules.weights.KEHADIRAN * 100, SKP: rules.weights.SKP * 100 };
  let knownWeight = 0;
  for (const c of known) knownWeight += rules.weights[c];
  if (mode === 'REDISTRIBUTE' && unknown.length > 0) {
    for (const c of unknown) weightH[c] = 0;
    if (knownWeight > 0) {
      // Largest remainder: each known component gets ⌊10,000 × w / Σw⌋ hundredths, and the
      // hundredths left over go one each to the largest remainders (ties: component order).
      let given = 0;
      const remainders = known.map((c, order) => {
        const num = 10_000 * rules.weights[c];
        weightH[c] = Math.floor(num / knownWeight);
        given += weightH[c];
        return { c, remainder: num % knownWeight, order };
      });
      remainders.sort((x, y) => y.remainder - x.remainder || x.order - y.order);
      for (let k = 0; k < 10_000 - given; k++) weightH[remainders[k]!.c] += 1;
      const shares: WeightShare[] = known.map((c) => ({ component: c, weight: rules.weights[c], effectiveWeight: weightH[c] / 100 }));
      findings.push(_finding('performance', 'pass', 'performance_weights_redistributed', { unknown: [...unknown], shares }));
    }
  }

  const scorable = known.length > 0 && (mode === 'ZERO' || knownWeight > 0);
  let scoreH = 0;
  const breakdown: BreakdownEntry[] = PERFORMANCE_COMPONENTS.map((c) => {
    const points = pointsH[c];
    if (points < 0) {
      return { component: c, weight: rules.weights[c], effectiveWeight: weightH[c] / 100, points: null, contribution: 0, status: mode === 'ZERO' ? 'unknown_zero' : 'unknown_redistributed' };
    }
    const contribution = scorable ? divHalfUp(weightH[c] * points, 10_000) : 0;
    scoreH += contribution;
    return { component: c, weight: rules.weights[c], effectiveWeight: weightH[c] / 100, points: points / 100, contribution: contribution / 100, status: 'scored' };
  });

  const score = scorable ? scoreH / 100 : null;
  if (score === null) {
    findings.push(_finding('performance', 'unknown', 'performance_no_score', { month: input.month, reason: known.length === 0 ? ('NO_DATA' as const) : ('NO_WEIGHTED_DATA' as const) }));
  } else {
    findings.push(_finding('performance', 'pass', 'performance_scored', { score, scored: [...known] }));
  }

  // Optional fields in a fixed order, omitted when unknown.
  const out: Record<string, unknown> = { employeeId: input.employeeId, month: input.month, score, breakdown };
  if (predikat !== undefined) out['predikat'] = predikat;
  if (netTrkMinutes !== undefined) out['netTrkMinutes'] = netTrkMinutes;
  if (trkMinimum !== undefined) out['trkMinimum'] = trkMinimum;
  out['workingDays'] = workingDays;
  if (att !== undefined) {
    out['daysAbsentWithoutReason'] = att.daysAbsentWithoutReason;
    out['flexibleDaysWithoutCheckIn'] = att.flexibleDaysWithoutCheckIn;
  }
  if (input.disciplinaryPenalty !== undefined) out['disciplinaryPenalty'] = input.disciplinaryPenalty;
  out['findings'] = findings;
  out['policy'] = _policyRef(p);
  return out as unknown as MonthlyPerformanceResult;
}

/**
 * Scores one employee's month (domain reference §6, docs/performance-score.md): TRK
 * minutes, K-Mob attendance and SKP become 0–100 points each, weighted by the policy
 * (default TRK 50, attendance 30, SKP 20 [D]) into a 0–100 score.
 *
 * - TRK: the library takes the policy's 300 minutes off the raw minutes for each day
 *   absent without reason, and compares the net minutes with the 6,000-minute monthly
 *   minimum prorated for approved leave, `⌈6000 × (workingDays − leaveDays) / workingDays⌉`;
 *   points = min(100, 100 × net / minimum). Working days come from the calendar with the
 *   policy's `calendar` overrides, as in work-pattern allocation.
 * - Attendance: 100 less 10 points per day absent without reason, 5 per flexible day
 *   without a K-Mob check-in and 1 per 10 minutes late or leaving early (pro rata),
 *   never below 0 [D].
 * - SKP: the predikat of the ratings (PermenPANRB 6/2022 matrix) converted by the
 *   policy (PerBKN 3/2023: 100 / 100 / 75 / 50 / 25), or min(100, target realisation %).
 *
 * Points are rounded half-up to hundredths; each contribution is effectiveWeight ×
 * points / 100 rounded half-up to hundredths, in integer arithmetic; the score is their
 * sum, so the breakdown adds up exactly. A component without data is reported
 * `unknown` and, by the policy, scores 0 with its weight (`ZERO`) or is left out with
 * its weight shared among the others (`REDISTRIBUTE`, the default). With no data at all
 * the score is `null`. A disciplinary penalty does not change the score; it is reported,
 * and the early warning treats it as severe.
 *
 * @param input - The employee, the month and whatever data there are.
 * @param policy - The policy in force (its `performance`, `calendar` and `schedule` sections).
 * @returns The score, its breakdown, the predikat and TRK figures, and findings.
 * @throws {@link InputError} when the input or policy is malformed, when days present +
 *   absent + leave exceed the month's working days (the message gives the numbers), or
 *   when the calendar has no data for the month's year (`calendar_year_missing`).
 *
 * @example
 * ```ts
 * import { scoreMonthlyPerformance } from 'kerja-dinamis/performance';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const r = scoreMonthlyPerformance(
 *   {
 *     employeeId: '198703122010011004',
 *     month: '2026-02',
 *     trk: { effectiveMinutes: 5400 },
 *     attendance: { daysPresent: 15, daysAbsentWithoutReason: 1, minutesLate: 45, minutesEarlyLeave: 20, flexibleDaysWithoutCheckIn: 1, leaveDays: 2 },
 *     skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
 *   },
 *   jabarMkd2025,
 * );
 * r.score;
 * //=> 91.36 (TRK 47.81 + attendance 23.55 + SKP 20)
 * ```
 */
export function scoreMonthlyPerformance(input: MonthlyPerformanceInput, policy: Policy, options?: PerformanceOptions): MonthlyPerformanceResult {
  const parsed = _parse(MonthlyPerformanceInputSchema, input);
  const p = _ensurePolicy(policy, _performancePolicyCheck);
  const calendar = _compileCalendar(p, _checkOptions(options, ['calendar'])?.calendar, ['options', 'calendar']);
  const { workingDays, provisional } = _monthCalendar(calendar, parsed.month, ['month']);
  return _scoreMonth(parsed, p, workingDays, [], provisional);
}
