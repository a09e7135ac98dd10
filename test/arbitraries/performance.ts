import fc from 'fast-check';
import { EXPECTATION_LEVELS } from '../../src/_lib/levels';
import { workingDaysInMonth } from '../../src/calendar/index';
import { DISCIPLINARY_PENALTIES, type AttendanceInput, type EarlyWarningMonthInput, type MonthlyPerformanceInput } from '../../src/performance/index';

/** The 24 months with built-in calendar data, and their working days (from the public calendar). */
export const BUILT_IN_MONTHS: readonly string[] = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
export const WORKING_DAYS: Readonly<Record<string, number>> = Object.fromEntries(BUILT_IN_MONTHS.map((m) => [m, workingDaysInMonth(m).length]));

export const levelArb = fc.constantFrom(...EXPECTATION_LEVELS);
export const penaltyArb = fc.constantFrom(...DISCIPLINARY_PENALTIES);

/** Valid attendance for a month of `workingDays`: the days fit, by construction. */
export function attendanceArb(workingDays: number): fc.Arbitrary<AttendanceInput> {
  return fc
    .tuple(fc.integer({ min: 0, max: workingDays }), fc.integer({ min: 0, max: workingDays }), fc.integer({ min: 0, max: workingDays }))
    .chain(([a, b, c]) => {
      // Mostly clean months, so that runs do not all sink to DICABUT at once.
      const leaveDays = Math.min(a % 7 === 0 ? a : 0, 4);
      const daysAbsentWithoutReason = Math.min(b % 4 === 0 ? 1 + (b % 3) : b % 9 === 1 ? 5 : 0, workingDays - leaveDays);
      const daysPresent = Math.min(c, workingDays - leaveDays - daysAbsentWithoutReason);
      const room = workingDays - leaveDays - daysAbsentWithoutReason;
      return fc.record({
        daysPresent: fc.constant(daysPresent),
        daysAbsentWithoutReason: fc.constant(daysAbsentWithoutReason),
        minutesLate: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })),
        minutesEarlyLeave: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })),
        flexibleDaysWithoutCheckIn: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.min(room, 3) }) }),
        leaveDays: fc.constant(leaveDays),
      });
    });
}

/** Ratings, mostly meeting or above expectations. */
const goodLevelArb = fc.oneof({ weight: 1, arbitrary: levelArb }, { weight: 3, arbitrary: fc.constantFrom('SESUAI_EKSPEKTASI' as const, 'DI_ATAS_EKSPEKTASI' as const) });

export const skpArb = fc.oneof(
  fc.record({ hasilKerja: goodLevelArb, perilakuKerja: goodLevelArb }),
  fc.integer({ min: 0, max: 15_000 }).map((h) => ({ targetRealisationPercent: h / 100 })),
);

export interface MonthInputOptions {
  /** Employee id to use. */
  readonly employeeId?: string;
  /** Force every component present (no unknowns). */
  readonly complete?: boolean;
}

/** A valid raw input for `month`, each component present or not. */
export function monthInputArb(month: string, { employeeId = 'E1', complete = false }: MonthInputOptions = {}): fc.Arbitrary<MonthlyPerformanceInput> {
  const w = WORKING_DAYS[month]!;
  const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => (complete ? arb : fc.option(arb, { nil: undefined, freq: 4 }));
  return fc
    .record({
      trk: opt(fc.oneof(fc.integer({ min: 0, max: 9000 }), fc.integer({ min: 5500, max: 7500 })).map((effectiveMinutes) => ({ effectiveMinutes }))),
      attendance: opt(attendanceArb(w)),
      skp: opt(skpArb),
      // fc.option's freq is the odds of nil (1 in freq): a penalty in about 1 month in 12.
      penalty: fc.oneof({ weight: 11, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: penaltyArb }),
    })
    .map(({ trk, attendance, skp, penalty }) => ({
      employeeId,
      month,
      ...(trk !== undefined ? { trk } : {}),
      ...(attendance !== undefined ? { attendance } : {}),
      ...(skp !== undefined ? { skp } : {}),
      ...(penalty !== undefined ? { disciplinaryPenalty: penalty } : {}),
    }));
}

/** Any valid raw input in a built-in month. */
export const anyMonthInputArb: fc.Arbitrary<MonthlyPerformanceInput> = fc.constantFrom(...BUILT_IN_MONTHS).chain((m) => monthInputArb(m));

const rankOf = (level: string): number => EXPECTATION_LEVELS.indexOf(level as never);

/**
 * A month at least as good as `input` in every metric: TRK minutes ≥, days absent,
 * minutes late or early and days without check-in ≤ (days present and leave kept),
 * ratings ≥ or realisation ≥, the penalty kept or dropped. The same components stay present.
 */
export function betterMonthArb(input: MonthlyPerformanceInput): fc.Arbitrary<MonthlyPerformanceInput> {
  const a = input.attendance;
  const skp = input.skp;
  return fc
    .record({
      extraMinutes: fc.nat({ max: 3000 }),
      absent: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: a?.daysAbsentWithoutReason ?? 0 })),
      late: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: a?.minutesLate ?? 0 })),
      early: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: a?.minutesEarlyLeave ?? 0 })),
      noCheckIn: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: a?.flexibleDaysWithoutCheckIn ?? 0 })),
      hasil: fc.constantFrom(...EXPECTATION_LEVELS),
      perilaku: fc.constantFrom(...EXPECTATION_LEVELS),
      extraPercent: fc.nat({ max: 5000 }),
      dropPenalty: fc.boolean(),
    })
    .map((b) => {
      const out: Record<string, unknown> = { employeeId: input.employeeId, month: input.month };
      if (input.trk !== undefined) out['trk'] = { effectiveMinutes: Math.min(44_640, input.trk.effectiveMinutes + b.extraMinutes) };
      if (a !== undefined) {
        out['attendance'] = { ...a, daysAbsentWithoutReason: b.absent, minutesLate: b.late, minutesEarlyLeave: b.early, flexibleDaysWithoutCheckIn: b.noCheckIn };
      }
      if (skp !== undefined) {
        if ('hasilKerja' in skp) {
          out['skp'] = {
            hasilKerja: rankOf(b.hasil) >= rankOf(skp.hasilKerja) ? b.hasil : skp.hasilKerja,
            perilakuKerja: rankOf(b.perilaku) >= rankOf(skp.perilakuKerja) ? b.perilaku : skp.perilakuKerja,
          };
        } else {
          out['skp'] = { targetRealisationPercent: Math.min(1000, Math.round(skp.targetRealisationPercent * 100 + b.extraPercent) / 100) };
        }
      }
      if (input.disciplinaryPenalty !== undefined && !b.dropPenalty) out['disciplinaryPenalty'] = input.disciplinaryPenalty;
      return out as unknown as MonthlyPerformanceInput;
    });
}

/** A run of months for one employee: consecutive built-in months from a start, some missing, some left out (gaps). */
export const runArb: fc.Arbitrary<RunEntry[]> = fc
  .record({ start: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 1, max: 12 }) })
  .chain(({ start, length }) => {
    const months = BUILT_IN_MONTHS.slice(start, start + length);
    return fc.tuple(
      ...months.map((m) =>
        fc.oneof(
          { weight: 8, arbitrary: monthInputArb(m).map((input) => ({ kind: 'input' as const, input })) },
          { weight: 1, arbitrary: fc.constant({ kind: 'missing' as const, month: m }) },
          { weight: 1, arbitrary: fc.constant({ kind: 'gap' as const, month: m }) },
        ),
      ),
    );
  })
  .map((entries) => {
    // The first and last months are always given, so that gaps lie between given months.
    return entries.map((e, i): RunEntry => (e.kind === 'gap' && (i === 0 || i === entries.length - 1) ? { kind: 'missing', month: e.month } : e));
  });

/** One entry of a generated run. */
export type RunEntry = { kind: 'input'; input: MonthlyPerformanceInput } | { kind: 'missing'; month: string } | { kind: 'gap'; month: string };

/** A generated run as `evaluateEarlyWarning` takes it: inputs and missing months kept, gaps left out. */
export const monthsOfRun = (run: readonly RunEntry[]): EarlyWarningMonthInput[] =>
  run.flatMap((e): EarlyWarningMonthInput[] => (e.kind === 'input' ? [e.input] : e.kind === 'missing' ? [{ month: e.month, missing: true }] : []));

/** The same value with the keys of every object in it (at every depth) in another order. */
export function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, seed));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const k = keys.length === 0 ? 0 : seed % keys.length;
  const order = [...keys.slice(k), ...keys.slice(0, k)].reverse();
  return Object.fromEntries(order.map((key) => [key, reorder((value as Record<string, unknown>)[key], seed + 1)]));
}
