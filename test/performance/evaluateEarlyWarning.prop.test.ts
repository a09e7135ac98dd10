import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { runs } from '../_helpers/runs';
import { _deepFreeze } from '../../src/_lib/freeze';
import { definePolicy, jabarMkd2025, type Policy } from '../../src/policy/index';
import {
  WARNING_LEVELS,
  evaluateEarlyWarning,
  scoreMonthlyPerformance,
  type EarlyWarningMonthInput,
  type EarlyWarningState,
  type MonthlyPerformanceInput,
  type WarningLevel,
} from '../../src/performance/index';
import { BUILT_IN_MONTHS, betterMonthArb, monthsOfRun, reorder, runArb, type RunEntry } from '../arbitraries/performance';

const rank = (level: WarningLevel) => WARNING_LEVELS.indexOf(level);

/** Policies with any non-decreasing streak levels and any clean months to restore. */
const earlyWarningPolicyArb: fc.Arbitrary<Policy> = fc
  .record({
    streak: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }).map((xs) => [...xs].sort((a, b) => a - b).map((i) => WARNING_LEVELS[i]!)),
    restore: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ streak, restore }) => definePolicy(jabarMkd2025, { id: `ew-${streak.join('-')}-${restore}`, earlyWarning: { streakLevels: streak, cleanMonthsToRestore: restore } }));
const policyArb = fc.oneof(fc.constant(jabarMkd2025), earlyWarningPolicyArb);

/** Any state the machine can be in. */
const stateArb: fc.Arbitrary<EarlyWarningState> = fc
  .record({ level: fc.constantFrom(...WARNING_LEVELS), flagged: fc.nat({ max: 5 }), clean: fc.nat({ max: 5 }), which: fc.boolean() })
  .map(({ level, flagged, clean, which }) => ({ level, flaggedStreak: which ? flagged : 0, cleanStreak: which ? 0 : clean }));

// --- The transition table of domain reference §6, restated as an oracle ----------------
type Kind = 'severe' | 'flagged' | 'flaggedBP' | 'clean' | 'missing' | 'gap';
const kindArb = fc.constantFrom<Kind>('severe', 'flagged', 'flaggedBP', 'clean', 'missing', 'gap');

function entryOf(kind: Kind, month: string): EarlyWarningMonthInput | undefined {
  const s = { employeeId: 'E1', month, breakdown: [] };
  switch (kind) {
    case 'severe':
      return { ...s, score: 95, predikat: 'SANGAT_KURANG' };
    case 'flagged':
      return { ...s, score: 40 };
    case 'flaggedBP':
      return { ...s, score: 95, predikat: 'BUTUH_PERBAIKAN' };
    case 'clean':
      return { ...s, score: 95, predikat: 'BAIK' };
    case 'missing':
      return { month, missing: true };
    case 'gap':
      return undefined;
  }
}

function oracle(state: { level: WarningLevel; fs: number; cs: number }, kind: Kind, p: Policy): { level: WarningLevel; fs: number; cs: number } {
  const { streakLevels, cleanMonthsToRestore } = p.earlyWarning;
  const max = (a: WarningLevel, b: WarningLevel) => (rank(a) >= rank(b) ? a : b);
  switch (kind) {
    case 'severe':
      return { level: 'DICABUT', fs: state.fs + 1, cs: 0 };
    case 'flagged':
    case 'flaggedBP': {
      const fs = state.fs + 1;
      let level = max(state.level, streakLevels[Math.min(fs, streakLevels.length) - 1]!);
      if (kind === 'flaggedBP') level = max(level, 'PERINGATAN');
      return { level, fs, cs: 0 };
    }
    case 'clean': {
      const cs = state.cs + 1;
      return { level: cs >= cleanMonthsToRestore ? 'NORMAL' : state.level, fs: 0, cs };
    }
    default:
      return { level: state.level, fs: state.fs, cs: 0 };
  }
}

/** A run, the index of one of its raw inputs (-1 when it has none), and a better month for it. */
interface Improvement {
  readonly run: readonly RunEntry[];
  readonly k: number;
  readonly better: MonthlyPerformanceInput | undefined;
}
const improvementArb: fc.Arbitrary<Improvement> = runArb.chain((run): fc.Arbitrary<Improvement> => {
  const inputs = run.flatMap((e, i) => (e.kind === 'input' ? [i] : []));
  if (inputs.length === 0) return fc.constant({ run, k: -1, better: undefined });
  return fc.constantFrom(...inputs).chain((k) => betterMonthArb((run[k] as { input: MonthlyPerformanceInput }).input).map((better) => ({ run, k, better })));
});

const kindsArb = fc
  .array(kindArb, { minLength: 1, maxLength: 18 })
  .map((kinds) => kinds.map((k, i) => ((i === 0 || i === kinds.length - 1) && k === 'gap' ? ('missing' as const) : k)));

describe('evaluateEarlyWarning', () => {
  it.prop([kindsArb, stateArb, policyArb])('every month moves the level by the transition table of domain reference §6', (kinds, initial, policy) => {
    const months = kinds.map((k, i) => entryOf(k, BUILT_IN_MONTHS[i]!)).filter((e) => e !== undefined);
    const r = evaluateEarlyWarning(months, policy, { initialState: { ...initial, lastMonth: '2024-12' } });
    let s = { level: initial.level, fs: initial.flaggedStreak, cs: initial.cleanStreak };
    expect(r.months).toHaveLength(kinds.length);
    kinds.forEach((kind, i) => {
      s = oracle(s, kind, policy);
      const entry = r.months[i]!;
      expect(entry.month).toBe(BUILT_IN_MONTHS[i]);
      expect(entry.classification).toBe(kind === 'gap' ? 'missing' : kind === 'flaggedBP' ? 'flagged' : kind);
      expect([entry.level, entry.flaggedStreak, entry.cleanStreak]).toEqual([s.level, s.fs, s.cs]);
      expect(entry.mkdAllowed).toBe(s.level !== 'DICABUT');
      expect(entry.mkdAllowedFor).toBe(BUILT_IN_MONTHS[i + 1] ?? '2027-01');
    });
    expect(r.finalState).toEqual({ level: s.level, flaggedStreak: s.fs, cleanStreak: s.cs, lastMonth: BUILT_IN_MONTHS[kinds.length - 1] });
  });

  it.prop([improvementArb, policyArb], { numRuns: runs(60) }  )('replacing a month with a better one never gives a worse level in that or any later month', ({ run, k, better }, policy) => {
    fc.pre(k >= 0);
    const improved = run.map((e, i): RunEntry => (i === k ? { kind: 'input', input: better! } : e));
    const before = evaluateEarlyWarning(monthsOfRun(run), policy).months;
    const after = evaluateEarlyWarning(monthsOfRun(improved), policy).months;
    expect(after.map((m) => m.month)).toEqual(before.map((m) => m.month));
    before.forEach((m, i) => expect(rank(after[i]!.level)).toBeLessThanOrEqual(rank(m.level)));
  });

  it.prop([runArb, fc.nat(), policyArb], { numRuns: runs(60) })('splitting a run in two and resuming from finalState gives the same entries', (run, cut, policy) => {
    const months = monthsOfRun(run);
    const j = cut % (months.length + 1);
    const whole = evaluateEarlyWarning(months, policy);
    const first = evaluateEarlyWarning(months.slice(0, j), policy);
    const second = evaluateEarlyWarning(months.slice(j), policy, { initialState: first.finalState });
    expect([...first.months, ...second.months]).toEqual(whole.months);
    expect(second.finalState).toEqual(whole.finalState);
  });

  it.prop([runArb, fc.nat(), policyArb], { numRuns: runs(60) })('evaluating a prefix of the months gives the same entries as the full run (no look-ahead)', (run, cut, policy) => {
    const months = monthsOfRun(run);
    const j = cut % (months.length + 1);
    const whole = evaluateEarlyWarning(months, policy).months;
    const prefix = evaluateEarlyWarning(months.slice(0, j), policy).months;
    expect(prefix).toEqual(whole.slice(0, prefix.length));
  });

  it.prop([kindsArb, stateArb, policyArb])('after DICABUT, MKD returns only after the required consecutive clean months', (kinds, initial, policy) => {
    const months = kinds.map((k, i) => entryOf(k, BUILT_IN_MONTHS[i]!)).filter((e) => e !== undefined);
    const r = evaluateEarlyWarning(months, policy, { initialState: { ...initial, lastMonth: '2024-12' } });
    const need = policy.earlyWarning.cleanMonthsToRestore;
    let level = initial.level;
    let clean = initial.cleanStreak;
    r.months.forEach((m) => {
      clean = m.classification === 'clean' ? clean + 1 : 0;
      if (level === 'DICABUT' && m.mkdAllowed) expect(clean).toBeGreaterThanOrEqual(need);
      if (level === 'DICABUT' && clean < need) expect(m.mkdAllowed).toBe(false);
      level = m.level;
    });
  });

  it.prop([runArb, policyArb], { numRuns: runs(60) })('a month left out counts exactly like a month marked missing', (run, policy) => {
    const gapsMarked = run.map((e) => (e.kind === 'gap' ? { kind: 'missing' as const, month: e.month } : e));
    const strip = (xs: ReturnType<typeof evaluateEarlyWarning>['months']) => xs.map(({ findings, ...rest }) => [rest, findings.slice(1)]);
    expect(strip(evaluateEarlyWarning(monthsOfRun(run), policy).months)).toEqual(strip(evaluateEarlyWarning(monthsOfRun(gapsMarked), policy).months));
  });

  it.prop([runArb, policyArb], { numRuns: runs(40) })('raw inputs and their scored results (or their JSON) give the same output', (run, policy) => {
    const months = monthsOfRun(run);
    const results = months.map((m) => ('missing' in m ? m : scoreMonthlyPerformance(m as MonthlyPerformanceInput, policy)));
    const raw = evaluateEarlyWarning(months, policy);
    expect(JSON.stringify(evaluateEarlyWarning(results, policy))).toBe(JSON.stringify(raw));
    expect(JSON.stringify(evaluateEarlyWarning(JSON.parse(JSON.stringify(results)), policy))).toBe(JSON.stringify(raw));
  });

  it.prop([runArb, fc.nat({ max: 10 })], { numRuns: runs(40) })('the order of the fields of the months and the state does not change the output', (run, seed) => {
    const months = monthsOfRun(run);
    const state = { level: 'WASPADA', flaggedStreak: 1, cleanStreak: 0, lastMonth: '2024-11' } as const;
    const expected = JSON.stringify(evaluateEarlyWarning(months, jabarMkd2025, { initialState: state }));
    expect(JSON.stringify(evaluateEarlyWarning(reorder(months, seed) as EarlyWarningMonthInput[], jabarMkd2025, { initialState: reorder(state, seed) as EarlyWarningState }))).toBe(expected);
  });

  it.prop([runArb], { numRuns: runs(40) })('no input is mutated, and the same input gives the same JSON', (run) => {
    const months = monthsOfRun(run);
    const frozen = _deepFreeze(structuredClone(months));
    const first = JSON.stringify(evaluateEarlyWarning(frozen, jabarMkd2025));
    expect(JSON.stringify(evaluateEarlyWarning(structuredClone(months), jabarMkd2025))).toBe(first);
    expect(frozen).toEqual(months);
  });
});
